import type { Answer, Calls, ReplyOf, Wire } from './define';

// The page-script side of the calls: a listener that runs the handler a call names. No zod here
// (the team's rule: a page script receives messages only from the extension itself, through
// runtime/tabs messaging, which pages cannot reach; its types are checked when it is compiled), so
// this file and the tables' types are all a page script takes from lib/calls.

/** A `runtime.onMessage` listener, as the browser calls it. */
export type Listener = (
  raw: unknown,
  sender: { id?: string },
  sendResponse: (reply: unknown) => void,
) => true | undefined;

/**
 * A page script's handler of each call of `C` it serves: given the call as it travelled, its reply,
 * or undefined when this copy of the script is not the one to answer (the dock, in a child frame).
 */
export type PageHandlers<C extends Calls> = {
  [K in keyof C]?: (request: Wire<C, K>) => Answer<ReplyOf<C, K>> | undefined;
};

/**
 * A listener that answers the calls of `C` with `handlers`: messages from any other sender than
 * the extension `extensionId`, and names it has no handler for, are left alone (another listener
 * may take them). A handler that returns a promise is answered when it settles.
 */
export function serve<C extends Calls>(extensionId: () => string | undefined, handlers: PageHandlers<C>): Listener {
  return (raw, sender, sendResponse) => {
    if (sender.id === undefined || sender.id !== extensionId()) return undefined;
    const type = (raw as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
    const handler = handlers[type] as (request: unknown) => unknown;
    const reply = handler(raw);
    if (reply instanceof Promise) {
      void reply.then(sendResponse, () => sendResponse(undefined));
      return true;
    }
    if (reply !== undefined) sendResponse(reply);
    return undefined;
  };
}
