import { layoutTemplates } from './layouts';
import type { Template } from './template-schema';
import { intToCn } from './text';

// The skeleton the panel inserts into an empty field: the genre's headings (of its first layout), numbered 一、二、三,
// with room to write under each, and the usual closing formula.

/**
 * Plain text with the template's section headings, ready to be filled in, under `title` (the
 * genre's name when none is given).
 */
export function skeleton(template: Template, title: string = template.name.zh): string {
  // A title line, so that the opening that follows reads as the opening and not as a title.
  const lines: string[] = [title, ''];
  let n = 0;
  // A genre of several layouts gets its first (the one listed first is the one most units ask for).
  const sections = layoutTemplates(template)[0]?.template.sections ?? template.sections;
  for (const section of sections) {
    if (section.role === 'opening') lines.push(sentence(template.openings.at(-1) ?? ''), '');
    else if (section.role === 'closing') {
      if (template.closings[0]) lines.push(template.closings[0]);
    } else lines.push(`${intToCn(++n)}、${section.title.zh}`, '');
  }
  return `${lines.join('\n').trim()}\n`;
}

// An opening formula as a sentence: ends with 。 unless it already ends with a mark.
function sentence(text: string): string {
  return text && !/[。：:！？]$/.test(text) ? `${text}。` : text;
}
