import type { ReplyOf, Wire } from '../calls/define';
import { MAX_DRAFT_CHARS } from '../calls/limits';
import type { PageCalls } from '../calls/page';
import type { Field } from '../fields/editable';
import { readFieldText } from '../fields/text';
import { identify, neverSaved } from './identity';

/** What the form script sends the background to save (the `draft:save` call, lib/calls/page.ts). */
export type DraftSaveRequest = Wire<PageCalls, 'draft:save'>;

/** The background's answer to a save. */
export type DraftSaveReply = ReplyOf<PageCalls, 'draft:save'>;

export interface AutosaveOptions {
  /**
   * Whether this page's drafts are saved now (the site's setting, the panel being open); null
   * while that is not known yet (the settings are on their way): edits are kept until it is.
   */
  enabled(): boolean | null;
  /** Field keys the writer excluded on this site. */
  excluded(key: string): boolean;
  /** The page's path, the part of its address drafts are kept under. */
  page(): string;
  /** Sends a save; a failed one (full disk) stays marked and is tried again after `retryMs`. */
  send(request: DraftSaveRequest): Promise<DraftSaveReply | undefined>;
  /** At most this long after a keystroke its text is saved (also while typing on). */
  delayMs?: number;
  retryMs?: number;
  /** Wraps the timed save; the e2e build uses it to count the save's cost with the keystrokes'. */
  timed?: (listener: () => void) => () => void;
}

/** Coalesces typing into saves: a keystroke only marks its field, a timer reads and sends. */
export interface Autosave {
  /** The writer changed `field` (an input event): cheap, no reading of the text. */
  edited(field: Field): void;
  /** Saves every changed field now (blur, page hide, navigation). */
  flush(): void;
}

/**
 * Saves at most `delayMs` after the first unsaved keystroke, so typing on saves about once per
 * delay and a crash loses at most that much; `flush` saves at once. The newest text of a save that
 * failed stays marked and is sent again, never silently dropped.
 */
export function createAutosave(options: AutosaveOptions): Autosave {
  const delay = options.delayMs ?? 1000;
  const retry = options.retryMs ?? 5000;
  const dirty = new Set<Field>();
  const sent = new WeakMap<Field, string>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const schedule = (ms: number) => {
    timer ??= setTimeout(onTimer, ms);
  };

  function flush() {
    clearTimeout(timer);
    timer = undefined;
    const enabled = options.enabled();
    if (enabled === null) {
      // Typed before the settings came: kept, and saved once they say so.
      if (dirty.size > 0) schedule(delay);
      return;
    }
    if (!enabled) {
      dirty.clear();
      return;
    }
    for (const field of dirty) {
      dirty.delete(field);
      if (neverSaved(field)) continue;
      const { key, label } = identify(field);
      if (options.excluded(key)) continue;
      const whole = readFieldText(field).text;
      // A field longer than a draft may be is kept cut, and the draft says so (never restored
      // over a field that holds more).
      const text = whole.slice(0, MAX_DRAFT_CHARS);
      // (A text shaped as an ID, mobile or card number is refused by the worker: lib/drafts/secrets.ts.)
      if (sent.get(field) === text) continue;
      sent.set(field, text);
      const request: DraftSaveRequest = {
        type: 'draft:save',
        page: options.page(),
        field: key,
        label,
        title: document.title.slice(0, 300),
        text,
        ...(whole.length > text.length ? { cut: whole.length } : {}),
      };
      options.send(request).then(
        (reply) => {
          if (reply?.ok !== false || reply.error === 'refused') return;
          // Keep it to send again: the newest text is never dropped.
          if (sent.get(field) === text) sent.delete(field);
          dirty.add(field);
          schedule(retry);
        },
        () => {
          // The extension was reloaded or updated: this script is orphaned, nothing to save to.
        },
      );
    }
  }

  const onTimer = options.timed ? options.timed(flush) : flush;
  return {
    edited(field) {
      if (options.enabled() === false) return;
      dirty.add(field);
      schedule(delay);
    },
    flush,
  };
}
