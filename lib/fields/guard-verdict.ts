import type { FormRead, GuardVerdict } from '../messages';

/**
 * The page's side of the check before 提交: it keeps the last verdict the extension gave and, for
 * each field, a hash of what was judged, so that a 提交 press decides at once when no text changed
 * since (issue 16), and asks for a new verdict only when one did.
 */

/** Each field of a scan (by frame and id) with the hash of what the verdict depends on. */
export type Digests = Map<string, number>;

/**
 * A 32-bit FNV-1a hash of `text`'s UTF-16 units, continued from `seed`. Not cryptographic: it
 * tells the guard's own two readings of a field apart, which no page chooses the texts of.
 */
export function textHash(text: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The digests of every field of `scan`: its text, and what else changes its verdict (label,
 * whether it is shown and required, what may state its limit).
 */
export function digestsOf(scan: FormRead): Digests {
  const digests: Digests = new Map();
  for (const frame of scan.frames) {
    const page = frame.page ? textHash(frame.page.title, textHash(frame.page.heading)) : 0;
    digests.set(`${frame.frameId}`, page);
    for (const field of frame.fields) {
      const flags = `${field.visible ? 1 : 0}${field.required ? 1 : 0}${field.maxlength ?? ''}\u0000${field.kind}\u0000${field.near ?? ''}`;
      const head = textHash(field.label, textHash(flags));
      digests.set(`${frame.frameId}\u0000${field.id}`, textHash(field.text, head));
    }
  }
  return digests;
}

/** Whether two digests are of the same texts: the same fields, each hashed the same. */
export function sameDigests(a: Digests, b: Digests): boolean {
  if (a.size !== b.size) return false;
  for (const [key, hash] of a) if (b.get(key) !== hash) return false;
  return true;
}

/**
 * The last verdict and the digests of the texts it judged. Verdicts may come back out of order
 * (a pause, then a 提交 press): the one asked for last wins.
 */
export class VerdictCache {
  private judged: Digests | null = null;
  private verdict: GuardVerdict | null = null;
  private asked = 0;
  private kept = 0;

  /** Numbers a request for a verdict on `digests`; pass the number to keep() with its answer. */
  ask(): number {
    return ++this.asked;
  }

  /** Keeps `verdict` on the texts of `digests`, unless a later request was answered already. */
  keep(request: number, digests: Digests, verdict: GuardVerdict): void {
    if (request < this.kept) return;
    this.kept = request;
    this.judged = digests;
    this.verdict = verdict;
  }

  /** The verdict, when every text is as it judged them; null when one changed or none came yet. */
  current(digests: Digests): GuardVerdict | null {
    return this.judged && this.verdict && sameDigests(this.judged, digests) ? this.verdict : null;
  }

  /** The last verdict whatever the texts now (its words speak the language of the settings). */
  get last(): GuardVerdict | null {
    return this.verdict;
  }
}
