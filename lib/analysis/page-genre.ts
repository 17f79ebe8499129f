import type { FormScan } from '../messages';
import { detectGenre, parse, type Template } from '../structure';

/**
 * The genre the whole page points to: the titles of the page and its frames, the form's own
 * heading (…登记表, …述职报告, …对照检查材料) and the labels of its fields, read together, so that
 * a 个人总结 field on a 事业单位工作人员年度考核登记表 is that genre's summary, not the one its
 * label alone suggests. Uses the engine's own detection (its keywords, the longest found wins),
 * with the page's words standing where a field's label would. Undefined when nothing points to
 * a genre; the writer's choice for the site, when there is one, wins over this (the callers).
 */
export function pageGenre(scan: FormScan, templates: readonly Template[]): string | undefined {
  const words: string[] = [];
  for (const frame of scan.frames) {
    if (frame.page) words.push(frame.page.heading, frame.page.title);
    for (const field of frame.fields) if (field.visible) words.push(field.label);
  }
  const label = words.filter(Boolean).join(' ').slice(0, 4000);
  return label ? detectGenre(parse(''), templates, { label })?.id : undefined;
}
