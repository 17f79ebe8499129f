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
  world.__tianbaoPage ??= { form: formPart.main, reader: readerPart.main, guard: guardPart.main };
});
