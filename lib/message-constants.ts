/*
 * The plain values of the calls between contexts, apart from their schemas (lib/messages.ts, which
 * re-exports them): the panel's first paint imports these without loading zod.
 */

export { MAX_INSERT_CHARS } from './calls/limits';

/**
 * Session-storage key under which the background asks the panel of tab `tabId` to focus its search
 * (the focus-search shortcut); the value is the time of the request. A key rather than a message, so
 * that a panel the shortcut has just opened finds it when it starts.
 */
export const searchRequestKey = (tabId: number): string => `searchRequest:${tabId}`;
