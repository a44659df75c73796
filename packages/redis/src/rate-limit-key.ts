/** A location's quota: what Location-token calls draw on. */
export interface LocationQuota {
  /** The location (sub-account) the calls are for. */
  locationId: string;
  /** The marketplace app, when several apps share one Redis (the API's limits are per app). */
  appId?: string;
}

/** An agency's quota: what agency-token calls draw on. */
export interface AgencyQuota {
  /** The agency (company) the calls are for. */
  companyId: string;
  /** The marketplace app, when several apps share one Redis (the API's limits are per app). */
  appId?: string;
}

/** Whose quota a pacing key names: the API's limits are per app and per location (or agency). */
export type RateLimitKeyParts = LocationQuota | AgencyQuota;

/**
 * The `pacing.key` for a location's or an agency's quota: `location:<id>` or `company:<id>`, after
 * `app:<appId>:` when given. Every client, in every process, that calls for the same location with
 * the same app must use the same key, so they pace together.
 */
export function rateLimitKey(parts: RateLimitKeyParts): string {
  const app = parts.appId === undefined ? '' : `app:${nonEmpty('appId', parts.appId)}:`;
  if ('locationId' in parts) return `${app}location:${nonEmpty('locationId', parts.locationId)}`;
  if ('companyId' in parts) return `${app}company:${nonEmpty('companyId', parts.companyId)}`;
  throw new TypeError('rateLimitKey needs { locationId } or { companyId }');
}

function nonEmpty(name: string, value: unknown): string {
  if (typeof value !== 'string' || value === '') throw new TypeError(`rateLimitKey: ${name} must be a non-empty string`);
  return value;
}
