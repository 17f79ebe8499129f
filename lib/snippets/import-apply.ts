import type { Snippet, TianbaoDB } from '../db/tianbao';
import { guardWrite } from '../db/write-guard';

/**
 * What to do with an incoming snippet that matches one already in the library:
 * - `skip`: keep the library's version (the default);
 * - `overwrite`: the library's snippet takes every field of the incoming one but keeps its own id;
 * - `keep-both`: the incoming one is added beside it (with a new id if its id is taken).
 */
export type ImportPolicy = 'skip' | 'overwrite' | 'keep-both';

/** How an incoming snippet relates to the library. */
export type ImportMatch =
  /** Nothing like it in the library. */
  | { kind: 'new'; incoming: Snippet }
  /** The same snippet, every field equal: never written again. */
  | { kind: 'unchanged'; incoming: Snippet; existing: Snippet }
  /** Same title and body (its tags, counters or id may differ). */
  | { kind: 'duplicate'; incoming: Snippet; existing: Snippet }
  /** Same id or same title, but another body. */
  | { kind: 'conflict'; incoming: Snippet; existing: Snippet };

/** What an import would do, before anything is written, for the UI to show. */
export interface ImportPlan {
  matches: ImportMatch[];
  counts: { new: number; unchanged: number; duplicate: number; conflict: number };
}

/** What an import did. */
export interface ImportReport {
  added: number;
  replaced: number;
  keptBoth: number;
  skipped: number;
  unchanged: number;
  /** The snippets written, as they are stored now (a page can show them before it reads them back). */
  written: Snippet[];
}

const FIELDS = [
  'id',
  'title',
  'body',
  'tags',
  'genres',
  'sections',
  'favorite',
  'starter',
  'createdAt',
  'updatedAt',
  'useCount',
  'lastUsedAt',
] as const satisfies readonly (keyof Snippet)[];

/** True when two snippets are equal in every field. */
export function sameSnippet(a: Snippet, b: Snippet): boolean {
  return FIELDS.every((f) => JSON.stringify(a[f]) === JSON.stringify(b[f]));
}

/**
 * Matches each incoming snippet against the library: exact copies first, then by id, by title and
 * body, by title. Each library snippet is matched at most once, so that two incoming snippets never
 * overwrite the same one; a later one that would is planned as new.
 */
export function planImport(existing: readonly Snippet[], incoming: readonly Snippet[]): ImportPlan {
  const byId = new Map(existing.map((s) => [s.id, s]));
  const byContent = new Map<string, Snippet>();
  const byTitle = new Map<string, Snippet>();
  for (const s of existing) {
    if (!byContent.has(contentKey(s))) byContent.set(contentKey(s), s);
    if (!byTitle.has(s.title)) byTitle.set(s.title, s);
  }
  const claimed = new Set<string>();
  // Exact copies claim their snippet first, so a conflicting twin cannot take it from them.
  const unchanged = incoming.map((s) => {
    const same = byId.get(s.id);
    if (!same || claimed.has(same.id) || !sameSnippet(same, s)) return undefined;
    claimed.add(same.id);
    return same;
  });
  const matches: ImportMatch[] = incoming.map((s, i) => {
    const same = unchanged[i];
    if (same) return { kind: 'unchanged', incoming: s, existing: same };
    const candidate = [byId.get(s.id), byContent.get(contentKey(s)), byTitle.get(s.title)].find(
      (e) => e !== undefined && !claimed.has(e.id),
    );
    if (!candidate) return { kind: 'new', incoming: s };
    claimed.add(candidate.id);
    if (candidate.title === s.title && candidate.body === s.body)
      return { kind: 'duplicate', incoming: s, existing: candidate };
    return { kind: 'conflict', incoming: s, existing: candidate };
  });
  const counts = { new: 0, unchanged: 0, duplicate: 0, conflict: 0 };
  for (const m of matches) counts[m.kind]++;
  return { matches, counts };
}

function contentKey(s: Snippet): string {
  return `${s.title}\u0000${s.body}`;
}

/** What `planImport` would do with `incoming` in the library as it is now; writes nothing. */
export async function previewImport(db: TianbaoDB, incoming: readonly Snippet[]): Promise<ImportPlan> {
  return planImport(await db.snippets.toArray(), incoming);
}

/**
 * Imports `incoming` under `policy` in one transaction: either every write happens or none does
 * (a failure throws StoreError and leaves the library as it was). The plan is made inside the
 * transaction, so it matches the library it is applied to.
 */
export async function applyImport(
  db: TianbaoDB,
  incoming: readonly Snippet[],
  policy: ImportPolicy = 'skip',
  newId: () => string = () => crypto.randomUUID(),
): Promise<ImportReport> {
  return guardWrite(() =>
    db.transaction('rw', db.snippets, async () => {
      const existing = await db.snippets.toArray();
      const taken = new Set(existing.map((s) => s.id));
      const writes: Snippet[] = [];
      const report: ImportReport = { added: 0, replaced: 0, keptBoth: 0, skipped: 0, unchanged: 0, written: writes };
      const add = (s: Snippet) => {
        const id = taken.has(s.id) ? freshId(taken, newId) : s.id;
        taken.add(id);
        writes.push({ ...s, id });
      };
      for (const m of planImport(existing, incoming).matches) {
        if (m.kind === 'new') {
          add(m.incoming);
          report.added++;
        } else if (m.kind === 'unchanged') report.unchanged++;
        else if (policy === 'skip') report.skipped++;
        else if (policy === 'overwrite') {
          writes.push({ ...m.incoming, id: m.existing.id });
          report.replaced++;
        } else {
          add(m.incoming);
          report.keptBoth++;
        }
      }
      await db.snippets.bulkPut(writes);
      return report;
    }),
  );
}

function freshId(taken: ReadonlySet<string>, newId: () => string): string {
  for (let attempt = 0; attempt < 100; attempt++) {
    const id = newId();
    if (!taken.has(id)) return id;
  }
  throw new Error('newId keeps returning ids that are taken');
}
