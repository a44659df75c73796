// The generated operation table against the bundled spec it came from, and the checks it compiled
// from the spec's schemas (src/operations/rule-checks.ts) against Ajv on the same schemas: for every
// parameter and request body of every operation, a corpus of values (the spec's own request examples,
// each mutated field by field, and fast-check values) gets the same verdict from both. Ajv here is the validator Prism's
// request validation is built on, so a disagreement is a request the client would refuse while the
// API accepts it, or send while the API refuses it.
import { createSpecValidator, loadBundledSpec, resolveRef } from '@leadway/spec/validator';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/errors/invalid-input-error.js';
import { operationsById } from '../../src/generated/operations.js';
import { checkValue } from '../../src/operations/check-value.js';
import type { Check } from '../../src/operations/rule-checks.js';
import { fieldMutations, ODD_VALUES } from '../helpers/odd-values.js';

const doc = loadBundledSpec();
const { validateAt } = createSpecValidator(doc);
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const escapePointerSegment = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

interface Target {
  label: string;
  pointer: string;
  check: Check;
  samples: unknown[];
}

/** Every parameter and JSON body of the spec, with where Ajv finds its schema and what the table holds. */
function targets(): Target[] {
  const list: Target[] = [];
  for (const [path, item] of Object.entries<Record<string, any>>(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const entry = (operationsById as Record<string, (typeof operationsById)[keyof typeof operationsById]>)[op.operationId]!;
      const raw = [
        ...(item.parameters ?? []).map((p: any, i: number) => ({ p, at: p.$ref ? `${p.$ref}` : `#/paths/${escapePointerSegment(path)}/parameters/${i}` })),
        ...(op.parameters ?? []).map((p: any, i: number) => ({
          p,
          at: p.$ref ? `${p.$ref}` : `#/paths/${escapePointerSegment(path)}/${method}/parameters/${i}`,
        })),
      ];
      for (const { p, at } of raw) {
        const param = resolveRef(doc, p);
        // Headers are the client's own: the table keeps only a fixed Version (checked below).
        if (param.in === 'header') continue;
        const check = param.in === 'path' ? entry.pathParameters?.[param.name] : entry.query?.[param.name];
        if (!check) throw new Error(`${op.operationId}: parameter ${param.in} ${param.name} missing from the table`);
        const samples = [param.example, ...Object.values<any>(param.examples ?? {}).map((e) => e.value)].filter((v) => v !== undefined);
        list.push({ label: `${op.operationId} ${param.in} ${param.name}`, pointer: `${at}/schema`, check, samples });
      }
      const body = op.requestBody && resolveRef(doc, op.requestBody);
      const json = body?.content?.['application/json'];
      if (json) {
        const samples = [json.example, ...Object.values<any>(json.examples ?? {}).map((e) => e.value)].filter((v) => v !== undefined);
        list.push({
          label: `${op.operationId} body`,
          pointer: `#/paths/${escapePointerSegment(path)}/${method}/requestBody/content/application~1json/schema`,
          check: entry.body!.check,
          samples,
        });
      }
    }
  }
  return list;
}

/** The sample itself, no value, each odd value, and for an object each field mutated (fieldMutations). */
function mutations(sample: unknown): unknown[] {
  const out: unknown[] = [sample, undefined, ...ODD_VALUES];
  if (typeof sample === 'object' && sample !== null && !Array.isArray(sample)) out.push(...fieldMutations(sample as Record<string, unknown>));
  return out;
}

/** Ajv's verdict on the value as JSON carries it (undefined fields dropped, NaN as null). */
function ajvAccepts(pointer: string, value: unknown): boolean {
  if (value === undefined) return true;
  return validateAt(pointer, JSON.parse(JSON.stringify(value))).ok;
}

function clientAccepts(check: Check, value: unknown): boolean {
  if (value === undefined) return true;
  return check(value, 'value') === undefined;
}

describe('the generated operation table', () => {
  it('holds every operation of the spec with its method, path, parameters, retry flag and success statuses', () => {
    let count = 0;
    for (const [path, item] of Object.entries<Record<string, any>>(doc.paths)) {
      for (const method of METHODS) {
        const op = item[method];
        if (!op) continue;
        count++;
        const entry = (operationsById as Record<string, any>)[op.operationId];
        expect(entry, op.operationId).toBeDefined();
        expect(entry.method).toBe(method.toUpperCase());
        expect(entry.path).toBe(path);
        expect(entry.retryable).toBe(op['x-leadway-retryable']);
        // An entry leaves out `success` when it is the usual [200].
        expect(entry.success ?? [200]).toEqual(
          Object.keys(op.responses)
            .filter((c) => /^2\d\d$/.test(c))
            .map(Number),
        );
        // The answer's content type (absent: JSON; null: no body) and the request body's, with whether it is required.
        const answer = resolveRef(doc, op.responses[Object.keys(op.responses).find((c) => /^2\d\d$/.test(c))!]);
        const answerType = entry.responseType === undefined ? 'application/json' : (entry.responseType ?? undefined);
        expect(answerType, `${op.operationId} answer`).toBe(Object.keys(answer.content ?? {})[0]);
        const requestBody = op.requestBody && resolveRef(doc, op.requestBody);
        expect(
          entry.body && { contentType: entry.body.contentType ?? 'application/json', required: entry.body.required ?? true },
          `${op.operationId} body`,
        ).toEqual(requestBody && { contentType: Object.keys(requestBody.content)[0], required: requestBody.required === true });
        const specParameters = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p: any) => resolveRef(doc, p));
        const named = (where: string, keep: (p: any) => boolean = () => true) =>
          specParameters.filter((p: any) => p.in === where && keep(p)).map((p: any) => p.name);
        // Every path and query parameter, in the spec's order; which query ones are required or sent joined.
        expect(Object.keys(entry.pathParameters ?? {}), `${op.operationId} path`).toEqual(named('path'));
        expect(Object.keys(entry.query ?? {}), `${op.operationId} query`).toEqual(named('query'));
        expect(entry.requiredQuery ?? [], `${op.operationId} required`).toEqual(named('query', (p) => p.required === true));
        expect(entry.joined ?? [], `${op.operationId} joined`).toEqual(named('query', (p) => p.explode === false));
        const versionParam = specParameters.find((p: any) => p.in === 'header' && p.name === 'Version');
        const fixed = versionParam?.schema?.enum?.length === 1 ? versionParam.schema.enum[0] : undefined;
        expect(entry.version, `${op.operationId} Version`).toBe(fixed);
      }
    }
    expect(Object.keys(operationsById)).toHaveLength(count);
  });

  it('says which operations page, how, and which array a page must hold', () => {
    const paged = Object.values(operationsById).filter((op) => op.pagination);
    expect(paged.map((op) => [op.id, op.pagination!.style, op.pagination!.cursorParam, op.pagination!.items])).toEqual([
      ['searchConversations', 'keyset', 'startAfterDate', 'conversations'],
      ['getMessages', 'cursor', 'lastMessageId', 'messages'],
      ['exportMessages', 'cursor', 'cursor', 'messages'],
    ]);
    expect(operationsById.searchConversations.pagination?.defaultLimit).toBe(20);
  });

  it('never sends a create twice: the operations that create something are not retryable', () => {
    for (const id of [
      'sendMessage',
      'createConversation',
      'addInboundMessage',
      'addOutboundCall',
      'replyToReview',
      'createCustomSubtype',
      'getAccessToken',
    ] as const) {
      expect(operationsById[id].retryable, id).toBe(false);
    }
  });
});

describe('the compiled input checks against Ajv on the spec', () => {
  const all = targets();

  it('agrees on every parameter and body with the spec examples, each mutated field by field', () => {
    let runs = 0;
    const disagreements: string[] = [];
    for (const target of all) {
      const seeds = target.samples.length > 0 ? target.samples : [undefined];
      for (const seed of seeds) {
        for (const value of mutations(seed)) {
          runs++;
          const ajv = ajvAccepts(target.pointer, value);
          const client = clientAccepts(target.check, value);
          if (ajv !== client) disagreements.push(`${target.label}: ${JSON.stringify(value)?.slice(0, 120)} ajv=${ajv} client=${client}`);
        }
      }
    }
    console.log(`operation table: ${runs} values over ${all.length} parameters and bodies, ${disagreements.length} disagreements`);
    expect(disagreements).toEqual([]);
  });

  it('agrees on arbitrary JSON values (fast-check, fixed seed)', () => {
    const disagreements: string[] = [];
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.jsonValue({ maxDepth: 3 }), (target, value) => {
        const ajv = ajvAccepts(target.pointer, value);
        const client = clientAccepts(target.check, value);
        if (ajv !== client) disagreements.push(`${target.label}: ${JSON.stringify(value).slice(0, 120)} ajv=${ajv} client=${client}`);
      }),
      { numRuns: 3000, seed: 20261201 },
    );
    expect(disagreements).toEqual([]);
  });
});

describe('checkValue messages', () => {
  const message = (value: unknown, check: Check) => {
    try {
      checkValue('body', value, check);
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      return (error as InvalidInputError).message;
    }
    return 'accepted';
  };

  it('names the field, the rule and the value type', () => {
    const send = operationsById.sendMessage.body!.check;
    expect(message({ contactId: 'c1' }, send)).toMatch(/body\.type.*required/);
    expect(message({ type: 'SMS', contactId: 'c1', attachments: 'x' }, send)).toMatch(/body\.attachments.*expected an array, got 'x'/);
    expect(message({ type: 'SMS', contactId: 'c1', nope: 1 }, send)).toMatch(/body\.nope.*not a known property/);
    expect(message({ type: 'SMS', contactId: 'c1', scheduledTimestamp: 1.5 }, send)).toMatch(/scheduledTimestamp.*whole number/);
    expect(message({ type: 'SMS', contactId: 'c1', scheduledTimestamp: 1e12 }, send)).toMatch(/at most 99999999999/);
    expect(message({ type: 'SMS', contactId: 'c1', message: 'hi' }, send)).toBe('accepted');
  });

  it('applies the cross-field rules the spec states (if/then, not)', () => {
    const send = operationsById.sendMessage.body!.check;
    expect(message({ type: 'SMS', contactId: 'c1' }, send)).toMatch(/^Invalid body: a send needs content/);
    expect(message({ type: 'SMS', contactId: 'c1', message: '   ' }, send)).toMatch(/a send needs content/);
    expect(message({ type: 'SMS', contactId: 'c1', attachments: ['https://example.com/a.png'] }, send)).toBe('accepted');
    expect(message({ type: 'Custom', contactId: 'c1', message: 'hi' }, send)).toMatch(
      /body\.conversationProviderId.*is required: a Custom send goes through a conversation provider/,
    );
    const inbound = operationsById.addInboundMessage.body!.check;
    expect(message({ type: 'Custom', conversationId: 'v1', contactId: 'c1', message: 'hi' }, inbound)).toMatch(/conversationProviderId.*stores nothing/);
    const initiate = operationsById.initiateUpload.body!.check;
    const upload = { locationId: 'l1', conversationId: 'v1', filename: 'a.mp4', contentType: 'video/mp4' };
    expect(message({ ...upload, channel: 'SMS', fileSize: 6_000_000 }, initiate)).toMatch(/fileSize.*at most 5242880.*other than WHATSAPP/);
    expect(message({ ...upload, channel: 'whatsapp', fileSize: 6_000_000 }, initiate)).toBe('accepted');
    expect(message('..', operationsById.getConversation.pathParameters!.conversationId!)).toMatch(/not '\.' or '\.\.'/);
  });

  it('takes any value of the right type for an open enum, and lists the values of a closed one', () => {
    const search = operationsById.searchConversations.query!;
    const rule = (name: string) => search[name]!;
    expect(message('TYPE_SOMETHING_NEW', rule('lastMessageType'))).toBe('accepted');
    expect(message('nope', rule('status'))).toMatch(/must be one of all, read, unread, starred, recents; got 'nope'/);
    expect(message(101, rule('limit'))).toMatch(/at most 100/);
  });
});
