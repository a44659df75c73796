// Every example in the spec must validate against the schema it illustrates. Examples are collected
// from the bundled document, so an example added anywhere is tested without touching this file.
import { describe, expect, it } from 'vitest';
import { createSpecValidator, resolveRef } from '../lib/validator.js';

const validator = createSpecValidator();
const { doc } = validator;

interface ExampleCase {
  where: string;
  schemaPointer: string;
  value: unknown;
}

function esc(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

function mediaExamples(media: any, pointer: string, where: string): ExampleCase[] {
  const out: ExampleCase[] = [];
  if (!media?.schema) return out;
  const schemaPointer = `${pointer}/schema`;
  if ('example' in media) out.push({ where: `${where} example`, schemaPointer, value: media.example });
  for (const [name, ex] of Object.entries<any>(media.examples ?? {})) {
    const resolved = resolveRef(doc, ex);
    if ('value' in resolved) out.push({ where: `${where} example "${name}"`, schemaPointer, value: resolved.value });
  }
  return out;
}

function collect(): ExampleCase[] {
  const cases: ExampleCase[] = [];
  const contentOf = (node: any, pointer: string, where: string) => {
    for (const [type, media] of Object.entries<any>(node?.content ?? {})) {
      cases.push(...mediaExamples(media, `${pointer}/content/${esc(type)}`, `${where} ${type}`));
    }
  };
  const paramOrHeader = (node: any, pointer: string, where: string) => {
    if (node?.schema && 'example' in node) cases.push({ where, schemaPointer: `${pointer}/schema`, value: node.example });
  };
  for (const [name, p] of Object.entries<any>(doc.components?.parameters ?? {})) {
    paramOrHeader(p, `#/components/parameters/${esc(name)}`, `parameter ${name}`);
  }
  for (const [name, h] of Object.entries<any>(doc.components?.headers ?? {})) {
    paramOrHeader(h, `#/components/headers/${esc(name)}`, `header ${name}`);
  }
  for (const [name, r] of Object.entries<any>(doc.components?.responses ?? {})) {
    contentOf(r, `#/components/responses/${esc(name)}`, `response ${name}`);
  }
  for (const [name, b] of Object.entries<any>(doc.components?.requestBodies ?? {})) {
    contentOf(b, `#/components/requestBodies/${esc(name)}`, `request body ${name}`);
  }
  const walkSchema = (node: any, pointer: string, where: string) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node.examples)) {
      for (const [i, value] of (node.examples as unknown[]).entries()) cases.push({ where: `${where} examples[${i}]`, schemaPointer: pointer, value });
    }
    for (const [key, child] of Object.entries<any>(node)) {
      if (key === 'examples' || key === 'example' || key === 'enum' || key === 'const' || key === 'default' || key.startsWith('x-')) continue;
      if (child && typeof child === 'object') walkSchema(child, `${pointer}/${esc(key)}`, where);
    }
  };
  for (const [name, s] of Object.entries<any>(doc.components?.schemas ?? {})) {
    walkSchema(s, `#/components/schemas/${esc(name)}`, `schema ${name}`);
  }
  const operationsOf = (items: Record<string, any>, root: string) => {
    for (const [path, item] of Object.entries<any>(items ?? {})) {
      const itemPointer = `${root}/${esc(path)}`;
      for (const [method, op] of Object.entries<any>(item)) {
        if (!['get', 'put', 'post', 'delete', 'patch', 'head', 'options'].includes(method)) continue;
        const opPointer = `${itemPointer}/${method}`;
        const label = `${method.toUpperCase()} ${path}`;
        if (op.requestBody && !op.requestBody.$ref) contentOf(op.requestBody, `${opPointer}/requestBody`, `${label} request`);
        for (const [status, response] of Object.entries<any>(op.responses ?? {})) {
          if (!response.$ref) contentOf(response, `${opPointer}/responses/${esc(status)}`, `${label} ${status}`);
        }
        (op.parameters ?? []).forEach((p: any, i: number) => {
          if (!p.$ref) paramOrHeader(p, `${opPointer}/parameters/${i}`, `${label} parameter ${p.name}`);
        });
      }
    }
  };
  operationsOf(doc.paths, '#/paths');
  operationsOf(doc.webhooks, '#/webhooks');
  return cases;
}

const cases = collect();

describe('spec examples', () => {
  it('finds the examples to check', () => {
    expect(cases.length).toBeGreaterThan(10);
  });

  it.each(cases.map((c) => [c.where, c] as const))('%s validates against its schema', (_where, c) => {
    const result = validator.validateAt(c.schemaPointer, c.value);
    expect(result.errors).toEqual([]);
  });
});

describe('the seed page example', () => {
  // Verbatim from the documentation page the project started from (seed/get-conversation.txt).
  const seed = {
    contactId: 've9EPM428kjkvShlRW1KT',
    locationId: 've9EPM428kjkvShlRW1KT',
    deleted: false,
    inbox: true,
    type: 0,
    unreadCount: 1,
    assignedTo: 've9EPM428kjkvShlRW1KT',
    id: 've9EPM428kjkvShlRW1KT',
    starred: true,
  };

  it('is carried by the spec unchanged', () => {
    expect(doc.components.examples.ConversationSeed.value).toEqual(seed);
  });

  it('validates against the 200 response of GET /conversations/{conversationId}, type 0 included', () => {
    expect(validator.validateResponse('GET', '/conversations/{conversationId}', 200, seed).errors).toEqual([]);
  });

  it('the schema still refuses what is not a conversation (the check can fail)', () => {
    expect(validator.validateResponse('GET', '/conversations/{conversationId}', 200, { ...seed, type: true }).ok).toBe(false);
    const { id: _id, ...withoutId } = seed;
    expect(validator.validateResponse('GET', '/conversations/{conversationId}', 200, withoutId).ok).toBe(false);
  });
});
