import type { ReportDocument } from './document';
import { scoreHeading } from './match';
import type { Template } from './template-schema';

/** A detected genre and how sure the detection is (0–1). */
export interface GenreGuess {
  id: string;
  confidence: number;
}

/** Where the genre may be read from besides the text: the form field's label. */
export interface DetectOptions {
  label?: string;
}

/**
 * Guesses the genre from the title, the field label, the first lines and the headings; undefined when
 * nothing points to any genre.
 */
export function detectGenre(
  doc: ReportDocument,
  templates: readonly Template[],
  options: DetectOptions = {},
): GenreGuess | undefined {
  const text = doc.text;
  const title = doc.title ? text.slice(doc.title.start, doc.title.end) : text.slice(0, 60);
  const firstLines = text.slice(doc.opening?.start ?? 0, (doc.opening?.start ?? 0) + 200);
  // A report has a handful of sections; the first few dozen distinct headings are plenty to judge by.
  const titles = [...new Set(doc.headings.map((h) => text.slice(h.title.start, h.title.end)))].slice(0, 40);
  const scored = templates.map((template) => {
    let score = keywordScore(title, template.keywords, 2) + keywordScore(options.label ?? '', template.keywords, 2);
    score += keywordScore(firstLines, template.keywords, 0.5) * 0.5;
    const required = template.sections.filter((s) => s.required && s.role !== 'opening');
    const hit = required.filter((section) => titles.some((title) => scoreHeading(title, section) >= 0.6)).length;
    if (required.length) score += (2 * hit) / required.length;
    return { id: template.id, score };
  });
  scored.sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best || best.score < 2) return undefined;
  const margin = (best.score - (second?.score ?? 0)) / best.score;
  return { id: best.id, confidence: round(Math.min(1, best.score / 6) * (0.5 + 0.5 * margin)) };
}

// The longest keyword found counts: 述职述廉报告 beats 述职 for the same title.
function keywordScore(text: string, keywords: readonly string[], base: number): number {
  let best = 0;
  for (const keyword of keywords) if (keyword.length > best && text.includes(keyword)) best = keyword.length;
  return best ? base + best * 0.5 : 0;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
