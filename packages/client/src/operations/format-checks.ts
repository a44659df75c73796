// The JSON Schema `format`s the client checks before sending, one check each (the generator maps
// `format: date-time` to `dateTime`, ...). A format not listed here is left to the server.
import { type Check, pattern } from './rule-checks.js';

const DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt ]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):?[0-5]\d)$/;
const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
const URI_SCHEME = /^[a-z][a-z0-9+.-]*:[^\s]*$/i;

/** `format: date-time` (RFC 3339). */
export const dateTime: Check = /* @__PURE__ */ pattern(DATE_TIME, 'must be an RFC 3339 date-time, e.g. 2026-12-01T13:45:00Z');

/** `format: email`. */
export const email: Check = /* @__PURE__ */ pattern(EMAIL, 'must be an email address');

/** `format: uri`: an absolute URI that the URL parser takes. */
export const uri: Check = /* @__PURE__ */ pattern(
  { test: (text) => URI_SCHEME.test(text) && URL.canParse(text) },
  'must be an absolute URI, e.g. https://example.com/file.png',
);
