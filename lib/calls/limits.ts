// The most text a call may carry, kept apart from the schemas so that page scripts can read them
// without taking zod with them.

/** The most text one insertion may carry; longer input is refused before it reaches a page. */
export const MAX_INSERT_CHARS = 1_000_000;

/** The most text one draft save may carry; a longer field is saved up to here. */
export const MAX_DRAFT_CHARS = 1_000_000;
