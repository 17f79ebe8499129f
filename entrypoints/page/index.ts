import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { world } from '@/lib/fields/world';
import { formPart } from './form';
import { guardPart } from './guard';
import { readerPart } from './reader';

/**
 * The page script: all the code we put in a page, one file loaded once per frame, so that no
 * module is there twice. It starts nothing itself: each part is started by a one-line file loaded
 * after it (public/form.js, form-reader.js, submit-guard.js; entrypoints/background/inject.ts says
 * which loads when). Loaded again in the same frame (the form part registered at document_idle
 * after the guard at document_start), it leaves the first copy's parts in place.
 */
export default defineUnlistedScript(() => {
  // (A copy left by the version before an update shares this world but not its extension context:
  // its parts would call APIs that are gone. This copy replaces it.)
  if (world.__tianbaoPage?.alive()) return;
  world.__tianbaoPage = {
    alive: () => browser.runtime?.id !== undefined,
    form: formPart.main,
    reader: readerPart.main,
    guard: guardPart.main,
  };
});
