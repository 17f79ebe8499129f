import { browser } from 'wxt/browser';
import { fieldContext } from '@/lib/fields/context';
import { FieldRegistry, pageSignals, readLimits, scanFields } from '@/lib/fields/scan';
import { readFieldText } from '@/lib/fields/text';
import { world } from '@/lib/fields/world';
import type { FromContent, InsertHandOver } from '@/lib/messages';
import { showRange } from '../shadow';
import { readerDrafts } from './drafts';

/**
 * The reader part of the page script (entrypoints/page/): labels, limits, text and locating, which
 * only the panel needs. The background starts it in a frame the first time the panel reads the
 * form there, after the form part, and calls it through `scripting.executeScript`.
 */
export const readerPart = {
  main(): void {
    const form = world.__tianbaoForm;
    if (world.__tianbaoReader || !form) return;
    const registry = new FieldRegistry();
    // An old editor's own insertion runs in the page's main world, which only the background reaches.
    const runPageEditor = (handed: InsertHandOver, text: string) =>
      browser.runtime
        .sendMessage({ type: 'editor:handover', ...handed, text } satisfies FromContent)
        .then((reply: { read?: unknown } | undefined) => (typeof reply?.read === 'string' ? reply.read : null));
    const drafts = readerDrafts(document, form.tracker, runPageEditor);
    world.__tianbaoReader = {
      scan: () => scanFields(document, registry),
      scanJson: () => JSON.stringify({ fields: scanFields(document, registry), page: pageSignals(document) }),
      field: (id) => registry.get(id),
      context: () => {
        const field = form.tracker.field();
        const context = fieldContext(field, form.tracker.caret(), document);
        return field ? { ...context, fieldId: registry.idOf(field) } : context;
      },
      locate: ({ fieldId, start, end }) => {
        const field = registry.get(fieldId);
        const found = field ? showRange(field, start, end) : false;
        // The fix that follows goes into exactly this field (lib/fields/focus-rule.ts).
        if (found && field) form.tracker.choose(field);
        return found;
      },
      bounds: () => {
        const field = form.tracker.field();
        return field ? { ...readLimits(field), length: readFieldText(field).text.length } : null;
      },
      reachable: ({ host }) => void form.tracker.reachable(host),
      offerDrafts: (request) => void drafts.offer(request),
      draftTexts: ({ address }) => drafts.texts(address),
      draftHolds: ({ address, key }) => drafts.holds(address, key),
      restoreDraft: ({ key, text }) => drafts.restore(key, text),
      warnDrafts: ({ text, dismiss }) => void drafts.warn(text, dismiss),
      draftPrompt: drafts.promptRoot,
    };
    // Never cleared: an update of the extension starts the new version in a fresh world.
  },
};
