import type { operations } from '../generated/openapi.js';

/** The spec's operationIds, as the generated types know them. */
export type OperationName = keyof operations;

/** The query parameters of an operation, as one object. */
export type QueryOf<K extends OperationName> = operations[K]['parameters'] extends { query?: infer Q } ? NonNullable<Q> : never;

/** The request body of an operation. */
export type BodyOf<K extends OperationName> = operations[K] extends { requestBody?: infer B }
  ? NonNullable<B> extends { content: infer C }
    ? C[keyof C]
    : never
  : never;

type SuccessStatus = 200 | 201 | 202 | 203 | 204;

/** The success body of an operation (a union when its 2xx answers differ); `void` when it has none. */
export type SuccessOf<K extends OperationName> = {
  [S in keyof operations[K]['responses'] & SuccessStatus]: operations[K]['responses'][S] extends { content: infer C }
    ? C[keyof C]
    : // biome-ignore lint/suspicious/noConfusingVoidType: the resolved value of a call that answers no body, as in `Promise<void>`.
      void;
}[keyof operations[K]['responses'] & SuccessStatus];
