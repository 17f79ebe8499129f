import type { Check } from '../context';
import { type Finding, finding } from '../finding';
import type { SectionMatch } from '../match';

// Structure against the genre: required sections present, once, with content, in the template order.

/** Content length without whitespace and punctuation, as a reader would count words. */
function contentLength(text: string): number {
  return text.replace(/[\s\u3000，。、；：？！“”‘’（）《》—…,.;:?!()"']/g, '').length;
}

/** structure/* and order/*: missing, duplicate, empty, thin and out-of-order sections. */
export const checkSections: Check = ({ text, template, sections }) => {
  if (!template) return [];
  const out: Finding[] = [];
  for (const match of sections) {
    if (!match.found) {
      if (match.required && match.unclear) {
        const cues = template.sections.find((s) => s.id === match.id)?.cues?.slice(0, 3) ?? [];
        out.push(
          finding(
            'structure/uncovered',
            'info',
            match,
            `未明显写到“${match.title}”方面${cues.length ? `（如${cues.join('、')}）` : ''}`,
            `the “${match.id}” part is not clearly covered`,
          ),
        );
      } else if (match.required)
        out.push(
          finding(
            'structure/missing-section',
            'error',
            match,
            `缺少“${match.title}”部分`,
            `the “${template.sections.find((s) => s.id === match.id)?.title.en ?? match.id}” section is missing`,
          ),
        );
      continue;
    }
    for (const dup of match.duplicates)
      out.push(
        finding(
          'structure/duplicate-section',
          'warning',
          dup,
          `“${match.title}”部分出现了两次`,
          `the “${match.id}” section appears twice`,
        ),
      );
    for (const f of thin(text, match, template.sections.find((s) => s.id === match.id)?.minLength)) out.push(f);
  }
  for (const f of outOfOrder(sections)) out.push(f);
  return out;
};

function thin(text: string, match: SectionMatch, minLength: number | undefined): Finding[] {
  if (!match.heading || !match.body) return [];
  const at = match.heading;
  // A standalone "heading" this long carries its own content (a one-sentence item, or flattened text).
  const titleLength = contentLength(text.slice(at.title.start, at.title.end));
  const length = contentLength(text.slice(match.body.start, match.body.end)) + (titleLength > 30 ? titleLength : 0);
  if (length === 0)
    return [
      finding(
        'structure/empty-section',
        'error',
        at,
        `“${match.title}”部分只有标题，没有内容`,
        `the “${match.id}” section has no content`,
      ),
    ];
  if (minLength !== undefined && length < minLength)
    return [
      finding(
        'structure/thin-section',
        'warning',
        at,
        `“${match.title}”部分内容过少（${length}字，建议不少于${minLength}字）`,
        `the “${match.id}” section is thin (${length} characters, at least ${minLength} suggested)`,
      ),
    ];
  return [];
}

// A section whose heading comes before one that the template puts earlier is out of order.
function outOfOrder(sections: SectionMatch[]): Finding[] {
  const placed = sections
    .map((match, index) => ({ match, index }))
    .filter(({ match }) => match.heading)
    .sort((a, b) => (a.match.heading?.start ?? 0) - (b.match.heading?.start ?? 0));
  const out: Finding[] = [];
  let highest: SectionMatch | undefined;
  let highestIndex = -1;
  for (const { match, index } of placed) {
    if (index < highestIndex && highest && match.heading)
      out.push(
        finding(
          'order/section-order',
          'error',
          match.heading,
          `“${match.title}”应放在“${highest.title}”之前`,
          `the “${match.id}” section should come before “${highest.id}”`,
        ),
      );
    else if (index > highestIndex) {
      highest = match;
      highestIndex = index;
    }
  }
  return out;
}
