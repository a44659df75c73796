import type { operations } from '../generated/openapi.js';
import type { UploadFile } from './multipart-body.js';

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

/** The path parameters of an operation, as one object. */
export type PathOf<K extends OperationName> = operations[K]['parameters'] extends { path?: infer P } ? NonNullable<P> : never;

/** The result of an `x-leadway-envelope` with a `field`: what the wrapper holds (with the `Keep` fields), or the flat form. */
export type Unwrapped<T, F extends string, Keep extends string = never> = T extends { [K in F]: infer I }
  ? I extends readonly unknown[]
    ? T
    : I & Pick<T, Keep & keyof T>
  : T;

/** The result of an `x-leadway-envelope` with `list: true`: always a list. */
export type AsList<T> = T extends readonly unknown[] ? T : T[];

/** The result of an `x-leadway-outcome`: the body with the flag that says whether its status is 2xx. */
export type WithOutcome<T, Flag extends string> = T & { [K in Flag]: boolean };

/** The items of a page type (`items` of `x-leadway-pagination`). */
export type ItemOf<Page, F extends string> = Page extends { [K in F]: readonly (infer I)[] } ? I : never;

/** A body whose `x-leadway-defaults` properties may be left out. */
export type WithDefaults<B, K extends keyof B> = Omit<B, K> & Partial<Pick<B, K>>;

/** A multipart body as the caller gives it: files under their argument names, form text as booleans too. */
export type FormInput<B, Files extends Partial<Record<keyof B, string>>> = {
  [K in keyof B as K extends keyof Files ? never : K]: FormText<B[K]>;
} & { [K in keyof Files as Files[K] & string]: UploadFile[] };
type FormText<T> = T extends 'true' | 'false' ? T | boolean : T;
