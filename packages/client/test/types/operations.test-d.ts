// Type tests of the operations (vitest typecheck mode: `vitest run` type-checks these files with tsc).
// Driven by the generated standalone functions, so a new operation is checked without a line here:
// for every operationId, the function's result is the spec's 2xx body, and its arguments are the
// client context, one string per path parameter, the spec's query and body, and the call options.
import { describe, expectTypeOf, it } from 'vitest';
import type { ApiContext, CallOptions } from '../../src/call.js';
import type * as generated from '../../src/generated/functions.js';
import type { operations } from '../../src/generated/openapi.js';
import { createLeadwayClient, type LeadwayClient } from '../../src/index.js';

type Generated = typeof generated;
/**
 * Operations whose function reshapes the spec's signature through an `x-leadway-*` extension
 * (`-envelope`: the result read out of the observed wrapper; `-outcome`: a flag added; `-defaults`:
 * a body field made optional; `-body-argument`: the body's one field as the argument). The generic
 * check below skips them; their shapes are checked here and by their contract tests.
 */
type Unwrapping =
  | 'getMessages'
  | 'getMessage'
  | 'cancelScheduledMessage'
  | 'cancelScheduledEmail'
  | 'addOutboundCall'
  | 'updateMessageAttachments'
  | 'uploadAttachments'
  | 'getCallRecording'
  | 'getCallTranscription'
  | 'downloadCallTranscription';
type OperationId = Exclude<keyof Generated & keyof operations, Unwrapping>;

/** The spec's 2xx body of an operation, read from `operations` without the client's helper types. */
type SpecSuccess<K extends OperationId> = {
  [S in keyof operations[K]['responses']]: S extends 200 | 201 | 202 | 203 | 204
    ? operations[K]['responses'][S] extends { content: infer C }
      ? C[keyof C]
      : // biome-ignore lint/suspicious/noConfusingVoidType: the result of an operation that answers no body, as in `Promise<void>`.
        void
    : never;
}[keyof operations[K]['responses']];

/** The spec's query and body of an operation (never when it has none). */
type SpecQuery<K extends OperationId> = operations[K]['parameters'] extends { query?: infer Q } ? NonNullable<Q> : never;
type SpecBody<K extends OperationId> = operations[K] extends { requestBody?: infer B }
  ? NonNullable<B> extends { content: infer C }
    ? C[keyof C]
    : never
  : never;
type SpecPath<K extends OperationId> = operations[K]['parameters'] extends { path: infer P } ? P : Record<never, never>;

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
type QueryArgument<K extends OperationId> = operations[K]['parameters'] extends { query: infer Q }
  ? [Q]
  : [SpecQuery<K>] extends [never]
    ? []
    : [SpecQuery<K>?];
/** The body argument: the same rule on the spec's `requestBody`. */
type BodyArgument<K extends OperationId> = operations[K] extends { requestBody: { content: infer C } }
  ? [C[keyof C]]
  : [SpecBody<K>] extends [never]
    ? []
    : [SpecBody<K>?];
type Expected<K extends OperationId> = [...QueryArgument<K>, ...BodyArgument<K>];

/** True when A and B are the same type (TypeScript's own identity check, exact for unions and intersections). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Per operation: does the function agree with the spec on the result, the path parameters, and the query and body? */
type Agreement<K extends OperationId> = {
  result: Same<Awaited<ReturnType<Generated[K]>>, SpecSuccess<K>>;
  pathParameters: Same<Strings<Middle<Parameters<Generated[K]>>>['length'], Count<SpecPath<K>>>;
  queryAndBody: Same<AfterStrings<Middle<Parameters<Generated[K]>>>, Expected<K>>;
};
type Agrees = { result: true; pathParameters: true; queryAndBody: true };

describe('every generated operation function', () => {
  it('returns the spec success body and takes the path parameters, query, body and options the spec declares', () => {
    expectTypeOf<{ [K in OperationId]: Agreement<K> }>().toEqualTypeOf<{ [K in OperationId]: Agrees }>();
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
