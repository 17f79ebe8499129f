import type { Check } from '../context';
import { type Finding, finding } from '../finding';

// Unfilled placeholders: XXX, ×××, 某某, **, 【……】, {{…}}, ____, □□, ○○. Every pattern is bounded;
// user-added placeholders are literal strings. 【】 counts only when it holds nothing, dots or gap
// marks, or names what to fill in (【单位名称】, 【请填写】): 【典型案例】 holding words is a label.
const BUILTIN =
  /(?<![A-Za-z])[Xx]{2,}(?![A-Za-z])|[×✕╳]{2,}|某某|\*{2,}|【[\s.…。·・XxＸ×*＿_□○某]{0,40}】|【[^】\n]{0,20}(?:填写|输入|填入|此处|待定|待补充|名称|姓名|单位|日期|时间|职务|年份|数量|金额)[^】\n]{0,20}】|\{\{[^}\n]{0,40}\}\}|_{3,}|＿{2,}|□{2,}|(?<![〇零一二三四五六七八九])○{2,}(?![〇零一二三四五六七八九])/g;

/** placeholder/unfilled: template gaps left in the text; runs of the anonymisation marker are allowed. */
export const checkPlaceholders: Check = ({ text, data, anonymisationMarker }) => {
  const out: Finding[] = [];
  const marker = anonymisationMarker;
  const push = (start: number, end: number) => {
    const run = text.slice(start, end);
    if (marker && [...run].every((ch) => ch === marker)) return;
    out.push(
      finding(
        'placeholder/unfilled',
        'error',
        { start, end },
        `占位符“${run}”尚未填写`,
        `unfilled placeholder “${run}”`,
      ),
    );
  };
  BUILTIN.lastIndex = 0;
  for (let m = BUILTIN.exec(text); m; m = BUILTIN.exec(text)) push(m.index, m.index + m[0].length);
  for (const literal of data.placeholders) {
    if (!literal) continue; // an empty entry (unchecked data) would match everywhere
    for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + literal.length))
      push(at, at + literal.length);
  }
  return dedupe(out);
};

function dedupe(findings: Finding[]): Finding[] {
  const sorted = findings.sort((a, b) => a.start - b.start || b.end - a.end);
  return sorted.filter((f, i) => {
    const prev = sorted[i - 1];
    return !prev || f.start >= prev.end;
  });
}
