import { browser } from 'wxt/browser';
import type { Field } from '@/lib/fields/editable';
import { type FormShape, formShape, quickLook } from '@/lib/fields/guard-quick';
import { digestsOf, VerdictCache } from '@/lib/fields/guard-verdict';
import { type FieldIndex, FieldRegistry, pageSignals, scanFields } from '@/lib/fields/scan';
import { guardSubmissions } from '@/lib/fields/submit-guard';
import type { FormRead, FromContent, GuardVerdict, GuardWords } from '@/lib/messages';
import { showRange } from '../shadow';
import { askBeforeSubmit, showNotice } from './dialog';

/**
 * The check before 提交, the guard part of the page script (entrypoints/page/), registered at
 * document start only for the sites where the writer switched it on (entrypoints/background/sites.ts).
 * Each frame guards its own submissions and reads every field of the frames it can reach on the
 * same origin (a frameset's toolbar frame submits the report typed in its neighbour). The fields
 * are judged in the extension's worker (guard:judge) as the writer pauses; this part keeps only
 * the last verdict and the hashes of the texts it judged, so that a 提交 press on unchanged texts
 * is decided at once (issue 16: no engine in the page).
 */
export const guardPart = {
  main(): void {
    const world = globalThis as {
      __tianbaoGuard?: unknown;
      __tianbaoGuardMs?: number;
      __tianbaoJudgeMs?: number;
      __tianbaoVerdicts?: number;
    };
    if (world.__tianbaoGuard) return;
    const shared = sharedState();

    // The words of the notices until a verdict brings those of the language in settings (read
    // now: an extension updated under the page can no longer be asked).
    const fallback = browserWords();

    // What the last full read found, for the quick look of the next 提交 press.
    let shape: FormShape | null = null;

    /** This frame's view of the form now: the fields of every document it reaches. */
    const read = (docs = reachableDocuments()) => {
      const scan: FormRead = {
        frames: docs.map((doc, frameId) => {
          let registry = shared.registries.get(doc);
          if (!registry) {
            registry = new FieldRegistry();
            shared.registries.set(doc, registry);
            // Typing in any of them asks for a verdict when the writer pauses.
            doc.addEventListener('input', judgeSoon, true);
            // (A choice that shows or hides part of the form.)
            doc.addEventListener('change', judgeSoon, true);
          }
          return { frameId, fields: scanFields(doc, registry, shared.index), page: pageSignals(doc) };
        }),
      };
      const digests = digestsOf(scan);
      const fields = scan.frames.flatMap((frame) => {
        const registry = shared.registries.get(docs[frame.frameId] as Document);
        return frame.fields.map((f) => registry?.get(f.id)).filter((f): f is Field => f !== null && f !== undefined);
      });
      shape = formShape(docs, fields, digests);
      return { docs, scan, digests };
    };

    // The verdict the last decision used, with the documents its frame numbers stand for.
    let deciding: { verdict: GuardVerdict; docs: Document[] } | null = null;

    /** Asks the worker for a verdict on the texts now; the number of errors, or `unreachable`. */
    const judge = async (): Promise<number | 'unreachable'> => {
      const start = performance.now();
      const { docs, scan, digests } = read();
      const request = shared.cache.ask();
      const message: FromContent = { type: 'guard:judge', scan: JSON.stringify(scan) };
      const verdict = await withTimeout(browser.runtime.sendMessage(message) as Promise<GuardVerdict | null>);
      if (!verdict) return 'unreachable';
      shared.cache.keep(request, digests, verdict);
      deciding = { verdict, docs };
      // The test build times each verdict, for `npm run bench` (guard_decide_10000_ms).
      if (import.meta.env.MODE === 'e2e') {
        world.__tianbaoJudgeMs = performance.now() - start;
        world.__tianbaoVerdicts = (world.__tianbaoVerdicts ?? 0) + 1;
      }
      return verdict.items.length;
    };

    function judgeSoon() {
      shared.cancel?.();
      const timer = setTimeout(() => void judge().catch(() => undefined), PAUSE_MS);
      // (Timers belong to the frame that set them: the same frame clears it.)
      shared.cancel = () => clearTimeout(timer);
    }

    /** The decision on the last verdict, made synchronously: null when a text changed since. */
    const decide = (): number | null => {
      const docs = reachableDocuments();
      // Only the texts are read again when nothing else changed since the last full read.
      const look = shape ? quickLook(shape, docs) : 'unknown';
      if (look === 'changed') return null;
      const digests = look === 'same' && shape ? shape.digests : read(docs).digests;
      const verdict = shared.cache.current(digests);
      if (!verdict) return null;
      deciding = { verdict, docs };
      return verdict.items.length;
    };

    const ask = async (): Promise<'back' | 'submit'> => {
      const found = deciding;
      if (!found) return 'submit';
      const { items, words } = found.verdict;
      const answer = await askBeforeSubmit(document, items, words);
      if (answer === 'back') {
        // Straight to the first error, selected, so the writer can start on it.
        const first = items[0];
        const doc = first && found.docs[first.frameId];
        const field = first && doc && shared.registries.get(doc)?.get(first.fieldId);
        if (first && field) showRange(field, first.start, first.end);
      }
      return answer;
    };

    const guard = guardSubmissions(window, {
      errors: () => {
        // The extension was updated or removed under this page: held and released with the
        // notice (no verdict can come), then this guard steps aside.
        if (browser.runtime?.id === undefined) return null;
        if (import.meta.env.MODE !== 'e2e') return decide();
        // The test build times each decision, for `npm run bench` (guard_decide_ms).
        const start = performance.now();
        const found = decide();
        world.__tianbaoGuardMs = performance.now() - start;
        return found;
      },
      judge,
      ask,
      notSent: (why) => {
        const key = why === 'sent' ? 'alreadySent' : why === 'redrawn' ? 'pressAgain' : 'unreachable';
        showNotice(document, shared.cache.last?.words[key] ?? fallback[key]);
        // The extension was updated or removed under this page: step aside for good (the new
        // version guards the page once it is loaded again).
        if (why === 'unreachable' && browser.runtime?.id === undefined) {
          guard.stop();
          world.__tianbaoGuard = undefined;
        }
      },
    });
    world.__tianbaoGuard = guard;
    // A first verdict on what the page was loaded with, once it is there.
    if (document.readyState === 'complete') judgeSoon();
    else window.addEventListener('load', judgeSoon, { once: true });
  },
};

// How long the writer pauses before the texts are judged.
const PAUSE_MS = 400;
// How long a held submission waits for a verdict before it goes on unchecked: a worker that
// restarts answers in well under this; a 10,000-field form is judged in about a second.
const JUDGE_TIMEOUT_MS = 10_000;

/** Resolves as `promise` does, or with null after JUDGE_TIMEOUT_MS or when it fails. */
function withTimeout<T>(promise: Promise<T>): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    promise.then(
      (value) => value ?? null,
      () => null,
    ),
    new Promise<null>((resolve) => {
      timer = setTimeout(resolve, JUDGE_TIMEOUT_MS, null);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * What the guards of all frames of one page share, kept on the highest frame they reach (the
 * same for each of them): one verdict, one field numbering, one pause timer, so that a pause is
 * judged once however many frames the page has.
 */
interface SharedState {
  cache: VerdictCache;
  registries: WeakMap<Document, FieldRegistry>;
  // Labels and what may state limits are read once per field; each decision reads only the texts again.
  index: FieldIndex;
  // Cancels the pending judgement of a pause.
  cancel?: () => void;
}

function sharedState(): SharedState {
  const top = reachableTop() as Window & { __tianbaoGuardState?: SharedState };
  let state: SharedState | undefined;
  try {
    state = top.__tianbaoGuardState;
  } catch {
    // (Only frames of the same origin are reached; nothing to share otherwise.)
  }
  // (An object of another frame's realm: no instanceof.)
  if (typeof state === 'object' && state !== null && 'cache' in state) return state;
  const made: SharedState = { cache: new VerdictCache(), registries: new WeakMap(), index: new WeakMap() };
  try {
    top.__tianbaoGuardState = made;
  } catch {
    // As above.
  }
  return made;
}

/** The notices' words in the browser's language, before any verdict brought those of the settings. */
function browserWords(): Pick<GuardWords, 'alreadySent' | 'pressAgain' | 'unreachable'> {
  const say = (key: 'trust_guardAlreadySent' | 'trust_guardPressAgain' | 'guard_unreachable') => {
    try {
      return browser.i18n.getMessage(key) || key;
    } catch {
      return key;
    }
  };
  return {
    alreadySent: say('trust_guardAlreadySent'),
    pressAgain: say('trust_guardPressAgain'),
    unreachable: say('guard_unreachable'),
  };
}

/** The highest frame of the page this frame may reach (same origin). */
function reachableTop(): Window {
  let top: Window = window;
  try {
    while (top.parent !== top && top.parent.document) top = top.parent;
  } catch {
    // The parent is another origin: start here.
  }
  return top;
}

/** This frame's document and those of every frame of the page it may reach (same origin). */
function reachableDocuments(): Document[] {
  const docs: Document[] = [];
  const visit = (win: Window) => {
    let doc: Document;
    try {
      doc = win.document;
      if (!doc?.documentElement) return;
    } catch {
      return; // another origin
    }
    docs.push(doc);
    for (let i = 0; i < win.frames.length; i++) visit(win.frames[i] as Window);
  };
  visit(reachableTop());
  return docs;
}
