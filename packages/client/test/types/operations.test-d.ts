// Type tests of the operations (vitest typecheck mode: `vitest run` type-checks these files with tsc).
// Driven by the generated standalone functions, so a new operation is checked without a line here:
// for every operationId, the function's result is the spec's 2xx body, and its arguments are the
// client context, one string per path parameter, the spec's query and body, and the call options.
// The operations whose function departs from that on purpose are read from the spec's extensions.
import { describe, expectTypeOf, it } from 'vitest';
import type { ApiContext, CallOptions } from '../../src/call.js';
import type * as generated from '../../src/generated/functions.js';
import type { operations, paths } from '../../src/generated/openapi.js';
import { createLeadwayClient, type LeadwayClient } from '../../src/index.js';

type Generated = typeof generated;
/** The operations the client serves with a generated function. */
type ClientOperation = keyof Generated & keyof operations;

/** The bundled spec as TypeScript reads its JSON: every key kept (the extensions too), values widened. */
type Spec = typeof import('@leadway/spec/openapi.json', { with: { type: 'json' }});
type Method = 'get' | 'put' | 'post' | 'delete' | 'patch';
/**
 * The extensions with which scripts/operation-functions.mjs reshapes an operation's signature or
 * result: `-arguments` (path and query as one object), `-body-argument` (the body's one field as the
 * argument), `-defaults` (body fields made optional), `-envelope` (the result read out of the observed
 * wrapper, or always a list), `-outcome` (a flag added), `-download` (a file instead of JSON).
 */
type ReshapingExtension =
  | 'x-leadway-arguments'
  | 'x-leadway-body-argument'
  | 'x-leadway-defaults'
  | 'x-leadway-envelope'
  | 'x-leadway-outcome'
  | 'x-leadway-download';
/** The operationIds of an operation's type: openapi-typescript's `paths` names it, the name is gone in the type. */
type IdOf<O> = { [K in keyof operations]: Same<operations[K], O> extends true ? K : never }[keyof operations];
type SpecPaths = keyof Spec['paths'] & keyof paths;
/** Per path and method of the spec carrying a reshaping extension: the operationIds of its type (one, checked below). */
type ExtendedOperations = {
  [P in SpecPaths]: {
    [M in Method & keyof Spec['paths'][P]]: [Extract<keyof Spec['paths'][P][M], ReshapingExtension>] extends [never] ? never : [IdOf<paths[P][M]>];
  }[Method & keyof Spec['paths'][P]];
}[SpecPaths];
/** A multipart body: its files are arguments of their own (`x-leadway-file`), the rest form text. */
type MultipartOperation = {
  [K in keyof operations]: 'multipart/form-data' extends RequestContentType<K> ? K : never;
}[keyof operations];
type RequestContentType<K extends keyof operations> = NonNullable<operations[K]['requestBody']> extends { content: infer C } ? keyof C : never;
/** The operations whose function reshapes the spec's signature or result; their shapes are checked below and by their contract tests. */
type Reshaped = ExtendedOperations[0] | MultipartOperation;
type OperationId = Exclude<ClientOperation, Reshaped>;

/** The spec's 2xx body of an operation, read from `operations` without the client's helper types. */
type SpecSuccess<K extends ClientOperation> = {
  [S in keyof operations[K]['responses']]: S extends 200 | 201 | 202 | 203 | 204
    ? operations[K]['responses'][S] extends { content: infer C }
      ? C[keyof C]
      : // biome-ignore lint/suspicious/noConfusingVoidType: the result of an operation that answers no body, as in `Promise<void>`.
        void
    : never;
}[keyof operations[K]['responses']];

/** The spec's query and body of an operation (never when it has none). */
type SpecQuery<K extends ClientOperation> = operations[K]['parameters'] extends { query?: infer Q } ? NonNullable<Q> : never;
type SpecBody<K extends ClientOperation> = operations[K] extends { requestBody?: infer B }
  ? NonNullable<B> extends { content: infer C }
    ? C[keyof C]
    : never
  : never;
type SpecPath<K extends ClientOperation> = operations[K]['parameters'] extends { path: infer P } ? P : Record<never, never>;

/** The arguments between the context and the options: path parameters, then query, then body. */
type Middle<P> = P extends [ApiContext, ...infer Rest] ? (Rest extends [...infer M, (CallOptions | undefined)?] ? M : never) : never;
type Strings<T extends unknown[]> = T extends [infer H, ...infer R] ? (H extends string ? [H, ...Strings<R>] : []) : [];
type AfterStrings<T extends unknown[]> = T extends [infer H, ...infer R] ? (H extends string ? AfterStrings<R> : T) : T;
type Count<T> = keyof T extends never ? 0 : UnionCount<keyof T>;
type UnionCount<U, Acc extends unknown[] = []> = [U] extends [never]
  ? Acc['length']
  : LastOf<U> extends infer L
    ? UnionCount<Exclude<U, L>, [...Acc, L]>
    : never;
type LastOf<U> = ((U extends unknown ? (x: () => U) => void : never) extends (x: infer I) => void ? I : never) extends () => infer R ? R : never;
/** The query argument: required when the spec's `query` is, optional when it is optional, absent when there is none. */
type QueryArgument<K extends ClientOperation> = operations[K]['parameters'] extends { query: infer Q }
  ? [Q]
  : [SpecQuery<K>] extends [never]
    ? []
    : [SpecQuery<K>?];
/** The body argument: the same rule on the spec's `requestBody`. */
type BodyArgument<K extends ClientOperation> = operations[K] extends { requestBody: { content: infer C } }
  ? [C[keyof C]]
  : [SpecBody<K>] extends [never]
    ? []
    : [SpecBody<K>?];
type Expected<K extends ClientOperation> = [...QueryArgument<K>, ...BodyArgument<K>];

/** True when A and B are the same type (TypeScript's own identity check, exact for unions and intersections). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Per operation: does the function agree with the spec on the result, the path parameters, and the query and body? */
type Agreement<K extends ClientOperation> = {
  result: Same<Awaited<ReturnType<Generated[K]>>, SpecSuccess<K>>;
  pathParameters: Same<Strings<Middle<Parameters<Generated[K]>>>['length'], Count<SpecPath<K>>>;
  queryAndBody: Same<AfterStrings<Middle<Parameters<Generated[K]>>>, Expected<K>>;
};
type Agrees = { result: true; pathParameters: true; queryAndBody: true };

describe('every generated operation function', () => {
  it('returns the spec success body and takes the path parameters, query, body and options the spec declares', () => {
    expectTypeOf<{ [K in OperationId]: Agreement<K> }>().toEqualTypeOf<{ [K in OperationId]: Agrees }>();
  });

  it('the operations read from the extensions: each is one operation, and each departs from the plain signature', () => {
    type IsUnion<T, U = T> = T extends unknown ? ([U] extends [T] ? false : true) : never;
    type Matches<T> = T extends [infer Ids] ? ([Ids] extends [never] ? 'none' : IsUnion<Ids> extends true ? 'several' : 'one') : never;
    expectTypeOf<Matches<ExtendedOperations>>().toEqualTypeOf<'one'>();
    expectTypeOf<{ [K in Reshaped & ClientOperation]: Agreement<K> extends Agrees ? 'agrees: no reshaping' : 'departs' }>().toEqualTypeOf<{
      [K in Reshaped & ClientOperation]: 'departs';
    }>();
  });

  it('the reshaping operations answer what their extension says', () => {
    expectTypeOf<Awaited<ReturnType<Generated['getMessages']>>>().toHaveProperty('messages');
    expectTypeOf<Awaited<ReturnType<Generated['getMessage']>>>().toHaveProperty('body');
    expectTypeOf<Awaited<ReturnType<Generated['cancelScheduledMessage']>>>().toHaveProperty('cancelled').toEqualTypeOf<boolean>();
    expectTypeOf<Awaited<ReturnType<Generated['cancelScheduledEmail']>>>().toHaveProperty('cancelled').toEqualTypeOf<boolean>();
  });
});

describe('client methods', () => {
  const client: LeadwayClient = createLeadwayClient({ token: 't' });

  it('conversations.get takes an id and answers the spec conversation', () => {
    expectTypeOf(client.conversations.get).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(client.conversations.get).returns.resolves.toEqualTypeOf<SpecSuccess<'getConversation'>>();
    expectTypeOf(client.conversations.get).returns.resolves.toHaveProperty('contactId');
  });

  it('messages.send takes the spec body and refuses a missing required field', () => {
    expectTypeOf(client.messages.send).parameter(0).toEqualTypeOf<SpecBody<'sendMessage'>>();
    // @ts-expect-error contactId is required by the spec
    void (() => client.messages.send({ type: 'SMS', message: 'hi' }));
  });

  it('conversations.search requires the locationId query parameter', () => {
    expectTypeOf(client.conversations.search).parameter(0).toEqualTypeOf<SpecQuery<'searchConversations'>>();
    // @ts-expect-error locationId is required by the spec
    void (() => client.conversations.search({ limit: 5 }));
  });
});
