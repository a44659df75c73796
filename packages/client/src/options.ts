import type { components } from './generated/openapi.js';

/** Every default of the client, in one place. */

/** The API host (Leadway and HighLevel share it). */
export const DEFAULT_BASE_URL = 'https://services.leadconnectorhq.com';

/** A value the spec accepts for the `Version` header. */
export type ApiVersion = components['parameters']['Version'];

/** Leadway documents 2021-07-28; the vendor's Conversations spec documents 2021-04-15. Both are accepted. */
export const DEFAULT_API_VERSION: ApiVersion = '2021-07-28';
export const SUPPORTED_API_VERSIONS: readonly ApiVersion[] = ['2021-07-28', '2021-04-15'];

/** Per-attempt timeout. @unit milliseconds */
export const DEFAULT_TIMEOUT_MS = 30_000;
