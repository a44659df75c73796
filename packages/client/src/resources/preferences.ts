import type { ApiContext } from '../call.js';
import { preferencesGroup } from '../generated/groups.js';
import type { components } from '../generated/openapi.js';

type Schemas = components['schemas'];
/** The vendor publishes no schema for these answers: any JSON object. */
export type PreferencesAnswer = Schemas['PreferencesAnswer'];
/** Body of `preferences.createCustomSubtype()`. */
export type CustomSubtypeCreateRequest = Schemas['CustomSubtypeCreateRequest'];
/** Body of `preferences.updateCustomSubtype()`. */
export type CustomSubtypeUpdateRequest = Schemas['CustomSubtypeUpdateRequest'];
/** Body of `preferences.changeUserSubscription()`. */
export type SubscriptionChangeRequest = Schemas['SubscriptionChangeRequest'];

/**
 * Email and SMS subscription preferences, generated from the spec: what `client.preferences` is. The
 * vendor declares no OAuth scope for these operations; a location token is still required.
 */
export function preferencesResource(api: ApiContext) {
  return preferencesGroup(api);
}

export type PreferencesResource = ReturnType<typeof preferencesResource>;
