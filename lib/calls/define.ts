import * as z from 'zod/mini';

// The machinery of a cross-context call (panel, service worker, page scripts): each call is defined
// once, as a name in a table with the schema of its request and of its reply; a message on the wire
// is the request with its name in `type` (`{ type: 'field:insert', text: '…' }`). Only the extension's
// own contexts (service worker, panel) load this file: page scripts import the tables' types alone
// (`import type`), so zod stays out of what we put in a page (see serve.ts).

/** One call: the shape of its request (an object, without `type`) and of its reply. */
export interface CallDef<Q extends z.ZodMiniObject = z.ZodMiniObject, P extends z.ZodMiniType = z.ZodMiniType> {
  request: Q;
  reply: P;
}

/** A table of calls by name: who serves them is the table's business (its module says). */
export type Calls = Record<string, CallDef>;

/** Defines a call from the schemas of its request and reply. */
export function call<Q extends z.ZodMiniObject, P extends z.ZodMiniType>(request: Q, reply: P): CallDef<Q, P> {
  return { request, reply };
}

/** The request of call `K` of table `C`, as its handler receives it. */
export type RequestOf<C extends Calls, K extends keyof C> = NoKeys<z.infer<C[K]['request']>>;

// zod types an empty object as Record<string, never>, to which no `type` could be added.
type NoKeys<T> = [keyof T] extends [never] ? Record<never, never> : string extends keyof T ? Record<never, never> : T;

/** The reply of call `K` of table `C`. */
export type ReplyOf<C extends Calls, K extends keyof C> = z.infer<C[K]['reply']>;

/** Call `K` as it travels: its request with its name in `type`. */
export type Wire<C extends Calls, K extends keyof C> = { type: K } & RequestOf<C, K>;

/** Any call of table `C` as it travels. */
export type AnyWire<C extends Calls> = { [K in keyof C]: Wire<C, K> }[keyof C];

/** One handler per call of `C`; `context` is what the router knows of the caller (its tab, its frame). */
export type Handlers<C extends Calls, Context = void> = {
  [K in keyof C]: (request: RequestOf<C, K>, context: Context) => Answer<ReplyOf<C, K>>;
};

/** What a handler returns for a reply of type `T`: it, or its promise. */
export type Answer<T> = T | Promise<T>;

/** The zod schema of every call of `calls` as it travels (a union discriminated by `type`). */
export function wireUnion<C extends Calls>(calls: C): z.ZodMiniType<AnyWire<C>> {
  const members = Object.entries(calls).map(([name, def]) => z.extend(def.request, { type: z.literal(name) }));
  return z.discriminatedUnion('type', members as unknown as [z.ZodMiniObject, ...z.ZodMiniObject[]]) as never;
}

/** `raw` as a call of `calls` (its name one of theirs, its request valid), or undefined. */
export function parseCall<C extends Calls>(calls: C, raw: unknown): AnyWire<C> | undefined {
  const type = (raw as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !Object.hasOwn(calls, type)) return undefined;
  const parsed = z.safeParse((calls as Calls)[type]?.request as z.ZodMiniObject, raw);
  return parsed.success ? ({ ...parsed.data, type } as AnyWire<C>) : undefined;
}

/** `raw` as the reply of call `name` of `calls`, or undefined when it is not one. */
export function parseReply<C extends Calls, K extends keyof C & string>(
  calls: C,
  name: K,
  raw: unknown,
): ReplyOf<C, K> | undefined {
  const parsed = z.safeParse(calls[name]?.reply as z.ZodMiniType, raw);
  return parsed.success ? (parsed.data as ReplyOf<C, K>) : undefined;
}

/**
 * Runs the handler of the call `raw` names, once `raw` is a valid request of `calls`; undefined
 * (and no handler run) for anything else. What a router does with a message, wherever it arrives.
 */
export function dispatch<C extends Calls, Context>(
  calls: C,
  handlers: Handlers<C, Context>,
  raw: unknown,
  context: Context,
): { reply: Promise<unknown> } | undefined {
  const message = parseCall(calls, raw);
  if (!message) return undefined;
  const { type, ...request } = message as { type: keyof C } & object;
  const handler = handlers[type] as (request: object, context: Context) => unknown;
  return { reply: Promise.resolve().then(() => handler(request, context)) };
}
