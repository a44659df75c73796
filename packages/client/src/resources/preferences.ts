import type { ApiContext, CallOptions } from '../call.js';
import { requestContext } from '../call-options.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import type { components } from '../generated/openapi.js';
import { extraHeaders } from '../request-headers.js';
import { assertKnownKeys, assertObject, assertOneOf, assertResourceId, assertText, ownCopy } from '../validate.js';
import { keysOf } from './body-keys.js';

type Schemas = components['schemas'];
/** The vendor publishes no schema for these answers: any JSON object. */
export type PreferencesAnswer = Schemas['PreferencesAnswer'];
/** Body of `preferences.createCustomSubtype()`. */
export type CustomSubtypeCreateRequest = Schemas['CustomSubtypeCreateRequest'];
/** Body of `preferences.updateCustomSubtype()`. */
export type CustomSubtypeUpdateRequest = Schemas['CustomSubtypeUpdateRequest'];
/** Body of `preferences.changeUserSubscription()`. */
export type SubscriptionChangeRequest = Schemas['SubscriptionChangeRequest'];

const CREATE_KEYS = keysOf<CustomSubtypeCreateRequest>({ name: true, description: true, channel: true, language: true });
const UPDATE_KEYS = keysOf<CustomSubtypeUpdateRequest>({ name: true, description: true, archived: true, resubscription_legal_form_id: true });
const CHANGE_KEYS = keysOf<SubscriptionChangeRequest>({
  locationId: true, contactId: true, email: true, subscription_action: true, legal_reason: true, legal_description: true,
});
const ACTION_KEYS = keysOf<SubscriptionChangeRequest['subscription_action']>({ type: true, subtype_name: true, subtype_id: true, subtype_status: true });

/** Longest subtype `name` and `description` (documented). @unit characters */
export const MAX_SUBTYPE_TEXT = 100;

const isObject = (body: unknown) => (typeof body === 'object' && body !== null && !Array.isArray(body) ? undefined : 'the body is not a JSON object');

/**
 * Email and SMS subscription preferences. The vendor declares no OAuth scope for these operations; a
 * location token is still required.
 */
export function preferencesResource(api: ApiContext) {
  const version = () => ({ Version: api.version });
  return {
    /** Lists the subscription subtypes of a location (`GET /conversations/preferences/custom-subtypes`). */
    async listCustomSubtypes(locationId: string, options: CallOptions = {}): Promise<PreferencesAnswer> {
      assertResourceId('locationId', locationId);
      const context = requestContext('listCustomSubtypes', true, options);
      const headers = extraHeaders(options);
      const { data } = await api.call<PreferencesAnswer>(
        context,
        (fetch) =>
          api.http.GET('/conversations/preferences/custom-subtypes', { params: { query: { locationId }, header: version() }, headers, fetch }),
        { shape: isObject },
      );
      return data;
    },

    /**
     * Creates a subscription subtype (`POST /conversations/preferences/custom-subtypes`). Never retried
     * once it may have reached the server.
     */
    async createCustomSubtype(locationId: string, body: CustomSubtypeCreateRequest, options: CallOptions = {}): Promise<PreferencesAnswer> {
      assertResourceId('locationId', locationId);
      body = ownCopy('body', body);
      assertKnownKeys('body', body, CREATE_KEYS);
      assertText('name', body.name, MAX_SUBTYPE_TEXT);
      if (body.description !== undefined) checkDescription(body.description);
      assertOneOf('channel', body.channel, ['email', 'sms'] as const);
      assertText('language', body.language);
      const context = requestContext('createCustomSubtype', false, options);
      const headers = extraHeaders(options);
      const { data } = await api.call<PreferencesAnswer>(
        context,
        (fetch) =>
          api.http.POST('/conversations/preferences/custom-subtypes', { params: { query: { locationId }, header: version() }, body, headers, fetch }),
        { shape: isObject },
      );
      return data;
    },

    /** Renames, re-describes or archives a subtype (`PUT /conversations/preferences/custom-subtypes/{id}`). */
    async updateCustomSubtype(
      locationId: string,
      subtypeId: string,
      body: CustomSubtypeUpdateRequest,
      options: CallOptions = {},
    ): Promise<PreferencesAnswer> {
      assertResourceId('locationId', locationId);
      assertResourceId('subtypeId', subtypeId);
      body = ownCopy('body', body);
      assertKnownKeys('body', body, UPDATE_KEYS);
      if (Object.keys(body).length === 0) throw new InvalidInputError('body', 'names nothing to change');
      if (body.name !== undefined) assertText('name', body.name, MAX_SUBTYPE_TEXT);
      if (body.description !== undefined) checkDescription(body.description);
      if (body.archived !== undefined && typeof body.archived !== 'boolean') throw new InvalidInputError('archived', 'must be a boolean');
      const context = requestContext('updateCustomSubtype', true, options);
      const headers = extraHeaders(options);
      const { data } = await api.call<PreferencesAnswer>(
        context,
        (fetch) =>
          api.http.PUT('/conversations/preferences/custom-subtypes/{id}', {
            params: { path: { id: subtypeId }, query: { locationId }, header: version() },
            body,
            headers,
            fetch,
          }),
        { shape: isObject },
      );
      return data;
    },

    /** A contact's subscription statuses (`GET /conversations/preferences/unsubscriptions/status`). */
    async getUnsubscriptionStatus(
      query: { locationId: string; contactId: string; email?: string },
      options: CallOptions = {},
    ): Promise<PreferencesAnswer> {
      query = ownCopy('query', query);
      assertResourceId('locationId', query.locationId);
      assertResourceId('contactId', query.contactId);
      if (query.email !== undefined) assertText('email', query.email, 320);
      const { locationId, contactId, email } = query;
      const context = requestContext('getUnsubscriptionStatus', true, options);
      const headers = extraHeaders(options);
      const { data } = await api.call<PreferencesAnswer>(
        context,
        (fetch) =>
          api.http.GET('/conversations/preferences/unsubscriptions/status', {
            params: { query: { locationId, contactId, ...(email === undefined ? {} : { email }) }, header: version() },
            headers,
            fetch,
          }),
        { shape: isObject },
      );
      return data;
    },

    /**
     * Subscribes or unsubscribes a contact on an admin's behalf
     * (`POST /conversations/preferences/unsubscriptions/user-change`). A `custom` action needs
     * `subtype_id`. Never retried once it may have reached the server.
     */
    async changeUserSubscription(body: SubscriptionChangeRequest, options: CallOptions = {}): Promise<PreferencesAnswer> {
      body = ownCopy('body', body);
      assertResourceId('locationId', body.locationId);
      assertResourceId('contactId', body.contactId);
      assertText('email', body.email, 320);
      assertKnownKeys('body', body, CHANGE_KEYS);
      assertObject('subscription_action', body.subscription_action);
      const action = body.subscription_action;
      assertKnownKeys('subscription_action', action, ACTION_KEYS);
      assertOneOf('subscription_action.type', action.type, ['default', 'custom', 'resub_all'] as const);
      assertOneOf('subscription_action.subtype_status', action.subtype_status, ['subscribed', 'unsubscribed'] as const);
      if (action.type === 'custom') assertResourceId('subscription_action.subtype_id', action.subtype_id);
      const context = requestContext('changeUserSubscription', false, options);
      const headers = extraHeaders(options);
      const { data } = await api.call<PreferencesAnswer>(
        context,
        (fetch) =>
          api.http.POST('/conversations/preferences/unsubscriptions/user-change', { params: { header: version() }, body, headers, fetch }),
        { shape: isObject },
      );
      return data;
    },
  };
}

export type PreferencesResource = ReturnType<typeof preferencesResource>;

function checkDescription(value: unknown): void {
  if (typeof value !== 'string') throw new InvalidInputError('description', 'must be a string');
  if (value.length > MAX_SUBTYPE_TEXT) throw new InvalidInputError('description', `must be at most ${MAX_SUBTYPE_TEXT} characters`);
}
