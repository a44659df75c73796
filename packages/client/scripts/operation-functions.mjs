// Builds, from the bundled spec:
//   functions.ts: one standalone, tree-shakeable function per operation the client serves
//                 (`getConversation(core, conversationId, options)`), each a call of
//                 invokeOperation with its generated table entry;
//   groups.ts:    the grouped methods of createLeadwayClient() (`client.conversations.get`), from
//                 `x-leadway-client: group.method`, leaving out those the spec marks
//                 `x-leadway-hand-written` (the resource modules add them by hand).
// Signatures follow one rule: path parameters in path order, then `params` (the query) when the
// operation has any, then `body` when it has one, then the call options.

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** @returns {{ functions: string, groups: string }} the TypeScript sources (without the banner) */
export function operationFunctionSources(spec) {
  const resolve = (node) => {
    if (!node?.$ref) return node;
    let target = spec;
    for (const part of node.$ref.replace(/^#\//, '').split('/')) target = target[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    return target;
  };
  const functions = [];
  const groups = new Map();
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    const shared = (item.parameters ?? []).map(resolve);
    for (const method of METHODS) {
      const op = item[method];
      if (!op || op['x-leadway-client'] === undefined) continue;
      const id = op.operationId;
      const own = (op.parameters ?? []).map(resolve);
      const params = [...shared.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)), ...own];
      const pathNames = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      for (const name of pathNames) {
        if (!params.some((p) => p.in === 'path' && p.name === name)) throw new Error(`${id}: path parameter {${name}} is not declared`);
        if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`${id}: path parameter {${name}} is not a usable argument name`);
      }
      const query = params.filter((p) => p.in === 'query');
      const body = resolve(op.requestBody);
      const args = pathNames.map((name) => ({ name, type: 'string', optional: false }));
      if (query.length > 0) args.push({ name: 'params', type: `QueryOf<'${id}'>`, optional: !query.some((p) => p.required) });
      if (body) args.push({ name: 'body', type: `BodyOf<'${id}'>`, optional: body.required !== true });
      args.push({ name: 'options', type: 'CallOptions', optional: true });
      // An optional argument cannot come before a required one: make it `| undefined` instead.
      const lastRequired = args.findLastIndex((a) => !a.optional);
      const signature = args
        .map((a, i) => (a.optional && i > lastRequired ? `${a.name}?: ${a.type}` : `${a.name}: ${a.type}${a.optional ? ' | undefined' : ''}`))
        .join(', ');
      const input = [
        pathNames.length ? `path: { ${pathNames.join(', ')} }` : '',
        query.length ? 'query: params' : '',
        body ? 'body' : '',
      ].filter(Boolean);
      const doc = docComment(op, method, path);
      functions.push(
        `${doc}\nexport function ${id}(api: ApiContext, ${signature}): Promise<SuccessOf<'${id}'>> {\n` +
          `  return invokeOperation<SuccessOf<'${id}'>>(api, ${id}Operation, { ${input.join(', ')} }, options).then(dataOf);\n}\n`,
      );
      if (op['x-leadway-hand-written'] !== undefined) continue;
      const [group, name] = op['x-leadway-client'].split('.');
      const callArgs = args.map((a) => a.name).join(', ');
      const entry = `${indent(doc, '    ')}\n    ${name}: (${signature}): Promise<SuccessOf<'${id}'>> => ${id}(api, ${callArgs}),`;
      groups.set(group, [...(groups.get(group) ?? []), entry]);
    }
  }

  const functionsSource = [
    `import type { ApiContext, CallOptions, WithResponse } from '../call.js';`,
    `import { invokeOperation } from '../operations/invoke-operation.js';`,
    `import type { BodyOf, QueryOf, SuccessOf } from '../operations/operation-types.js';`,
    `import {`,
    ...functions.map((f) => `  ${/export function (\w+)/.exec(f)[1]}Operation,`),
    `} from './operations.js';`,
    '',
    `const dataOf = <T>(result: WithResponse<T>): T => result.data;`,
    '',
    ...functions,
  ].join('\n');
  const names = [...new Set([...groups.values()].flat().map((e) => /=> (\w+)\(api/.exec(e)[1]))].sort();
  const groupsSource = [
    `import type { ApiContext, CallOptions } from '../call.js';`,
    `import type { BodyOf, QueryOf, SuccessOf } from '../operations/operation-types.js';`,
    `import { ${names.join(', ')} } from './functions.js';`,
    '',
    ...[...groups].map(
      ([group, entries]) =>
        `/** The generated methods of \`client.${group}\`; the resource module adds the hand-written ones. */\n` +
        `export function ${group}Group(api: ApiContext) {\n  return {\n${entries.join('\n')}\n  };\n}\n`,
    ),
  ].join('\n');
  return { functions: functionsSource, groups: groupsSource };
}

function docComment(op, method, path) {
  const scopes = (op.security ?? []).flatMap((s) => Object.values(s).flat());
  const lines = [
    `${String(op.summary ?? op.operationId).replace(/\.$/, '')} (\`${method.toUpperCase()} ${path}\`${scopes.length ? `, scope \`${scopes.join('`, `')}\`` : ''}).`,
  ];
  const description = String(op.description ?? '').trim();
  if (description) lines.push('', ...description.split('\n'));
  lines.push(
    '',
    op['x-leadway-retryable'] ? 'A failed attempt may be sent again (retried on timeouts, 408, 429 and 5xx).' : 'Never sent twice: not retried once it may have reached the server.',
    '@throws InvalidInputError before anything is sent when an argument breaks the spec.',
  );
  return `/**\n${lines.map((l) => ` *${l ? ` ${l.replace(/\*\//g, '* /')}` : ''}`).join('\n')}\n */`;
}

function indent(text, prefix) {
  return text.split('\n').map((l) => prefix + l).join('\n');
}
