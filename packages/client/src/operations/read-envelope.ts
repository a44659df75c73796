import { arrayAt, isJsonObject, jsonObject } from '../call.js';
import type { InvokeExpectation } from './invoke-operation.js';

/** The spec's `x-leadway-envelope`: an answer the API sends in more than one form. */
export interface EnvelopeSpec {
  /** The field of the observed wrapper that holds the result; the documented flat form is read as is. */
  readonly field?: string;
  /** Fields of the wrapper kept on the unwrapped result (a page's `traceId`). */
  readonly keep?: readonly string[];
  /** Fields the result must hold, wrapped or not (a message's `id`). */
  readonly requires?: readonly string[];
  /** The result is a list: a single object is returned as a list of one. */
  readonly list?: true;
  /** The array field the result must hold (a page's items, from `x-leadway-pagination`). */
  readonly items?: string;
}

/** Reads an answer in any of the forms its `x-leadway-envelope` names; one that fits none is malformed. */
export function readEnvelope(spec: EnvelopeSpec): InvokeExpectation {
  const read = (body: unknown) => (spec.list ? (Array.isArray(body) ? body : [body]) : unwrapped(body, spec));
  return { shape: (body) => problemOf(read(body), spec), read };
}

function unwrapped(body: unknown, spec: EnvelopeSpec): unknown {
  const inner = spec.field !== undefined && isJsonObject(body) ? body[spec.field] : undefined;
  if (!isJsonObject(inner)) return body;
  const outer = body as Record<string, unknown>;
  return { ...inner, ...Object.fromEntries((spec.keep ?? []).filter((key) => outer[key] !== undefined).map((key) => [key, outer[key]])) };
}

function problemOf(result: unknown, spec: EnvelopeSpec): string | undefined {
  if (spec.list) return (result as unknown[]).every(isJsonObject) ? undefined : 'the body is neither an object nor a list of objects';
  if (spec.items !== undefined) return arrayAt(spec.items)(result);
  const missing = isJsonObject(result) ? spec.requires?.find((key) => result[key] === undefined || result[key] === null) : undefined;
  return missing === undefined ? jsonObject(result) : `the body holds no ${spec.field ?? 'result'} (no ${missing}, wrapped or not)`;
}
