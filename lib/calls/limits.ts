// The most text a call may carry, kept apart from the schemas so that page scripts can read them
// without taking zod with them.

/** The most text one insertion may carry; longer input is refused before it reaches a page. */
export const MAX_INSERT_CHARS = 1_000_000;

/** The most text one draft save may carry; a longer field is saved up to here. */
export const MAX_DRAFT_CHARS = 1_000_000;

/** The most characters of a field's label as the page reads it, before the extension tidies it. */
export const MAX_LABEL_READ = 200;

/** The most characters of the text read around a field that may state its limit (限800字, 0/800). */
export const MAX_NEAR_CHARS = 400;
