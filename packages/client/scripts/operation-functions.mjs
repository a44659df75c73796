// Builds, from the bundled spec:
//   functions.ts: one standalone, tree-shakeable function per operation the client serves
//                 (`getConversation(core, conversationId, options)`), each a call of
//                 invokeOperation with its generated table entry and its input check
//                 (checkPathInput for path parameters alone, else checkOperationInput), and one `<operationId>All`
//                 iterator per list that pages (`x-leadway-pagination`), a call of paginateOperation;
//   groups.ts:    the grouped methods of createLeadwayClient() (`client.conversations.get`), from
//                 `x-leadway-client: group.method`, and `<method>All` for each iterator, leaving out
//                 an operation marked `x-leadway-hand-written` (written outside src/generated/): each
//                 group's type with every method's signature and doc, and the functions bound to the
//                 core by bindGroup (src/operations/bind-group.ts).
// Signatures follow one rule: path parameters in path order, then `params` (the query) when the
// operation has any, then `body` when it has one, then the call options. The spec may say otherwise,
// and what the answer is, with these extensions (each read by one generic helper in src/operations/):
//   x-leadway-arguments: <name>       path and query parameters come as one object argument <name>;
//   x-leadway-body-argument: <field>  the body's only field is the argument itself (`{ <field> }` is sent);
//   x-leadway-defaults: {...}         body properties filled in when left out;
//   x-leadway-file on a multipart form field: the argument carrying its files, their extensions;
//   x-leadway-envelope: {...}         the answer comes wrapped or not (or one item or a list): read-envelope.ts;
//                                     a page without it must hold its items array: read-page.ts;
//   x-leadway-outcome: {...}          the real outcome is a status in the body: read-outcome.ts;
//   x-leadway-download: {...}         a binary answer (bytes, content type, safe file name): read-download.ts.

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** @returns {{ functions: string, groups: string }} the TypeScript sources (without the banner) */
export function operationFunctionSources(spec) {
  const resolve = (node) => {
    if (!node?.$ref) return node;
    let target = spec;
    for (const part of node.$ref.replace(/^#\//, '').split('/')) target = target[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    return resolve(target);
  };
  const functions = [];
  const imports = new Set(['invokeOperation']);
  const groups = new Map();
  // Each group method: its type and documentation, and the function it calls (bindGroup passes the core first).
  const addToGroup = (group, name, signature, result, id, doc) => {
    const entry = { type: `${indent(doc, '  ')}\n  ${name}: (${signature}) => ${result};`, binding: `${name}: ${id}` };
    groups.set(group, [...(groups.get(group) ?? []), entry]);
  };
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    const shared = (item.parameters ?? []).map(resolve);
    for (const method of METHODS) {
      const op = item[method];
      if (!op || op['x-leadway-client'] === undefined) continue;
      const id = op.operationId;
      const where = `${id} (${method.toUpperCase()} ${path})`;
      const own = (op.parameters ?? []).map(resolve);
      const params = [...shared.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)), ...own];
      const pathNames = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      for (const name of pathNames) {
        if (!params.some((p) => p.in === 'path' && p.name === name)) throw new Error(`${where}: path parameter {${name}} is not declared`);
        if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`${where}: path parameter {${name}} is not a usable argument name`);
      }
      const query = params.filter((p) => p.in === 'query');
      const body = resolve(op.requestBody);
      const { args, input, async } = argumentsOf(op, id, where, pathNames, query, body, resolve, imports);
      // Path parameters alone are checked by checkPathInput, so a path-only function carries no query or body checks.
      const check = input.every((field) => field.startsWith('path:')) ? 'checkPathInput' : 'checkOperationInput';
      imports.add(check);
      args.push({ name: 'options', type: 'CallOptions', optional: true });
      const signature = signatureOf(args);
      const { type: result, expect } = resultOf(op, id, where, resolve, imports);
      const doc = docComment(op, method, path);
      functions.push(
        `${doc}\nexport ${async ? 'async ' : ''}function ${id}(api: ApiContext, ${signature}): Promise<${result}> {\n` +
          `  return invokeOperation<${result}>(api, ${id}Operation, ${check}, { ${input.join(', ')} }, options${expect}).then(dataOf);\n}\n`,
      );
      // Where no extension can say it, the spec marks the operation hand-written: its method is left out.
      const handWritten = op['x-leadway-hand-written'] !== undefined;
      const [group, name] = op['x-leadway-client'].split('.');
      if (!handWritten) addToGroup(group, name, signature, `Promise<${result}>`, id, doc);

      const pagination = op['x-leadway-pagination'];
      if (pagination === undefined) continue;
      imports.add('paginateOperation');
      const all = `${id}All`;
      const iteratorArgs = [...args.slice(0, -1), { name: 'options', type: 'PageIteratorOptions', optional: true }];
      const iteratorSignature = signatureOf(iteratorArgs);
      const iterable = `Paginated<ItemOf<${result}, ${JSON.stringify(pagination.items)}>, ${result}>`;
      const iteratorDoc = iteratorComment(op, pagination);
      functions.push(
        `${iteratorDoc}\nexport function ${all}(api: ApiContext, ${iteratorSignature}): ${iterable} {\n` +
          `  return paginateOperation(api, ${id}Operation, { ${input.join(', ')} }, options${expect});\n}\n`,
      );
      if (!handWritten) addToGroup(group, `${name}All`, iteratorSignature, iterable, all, iteratorDoc);
    }
  }

  const helpers = {
    invokeOperation: '../operations/invoke-operation.js',
    checkPathInput: '../operations/check-path-input.js',
    checkOperationInput: '../operations/check-operation-input.js',
    paginateOperation: '../operations/paginate-operation.js',
    parametersOf: '../operations/parameters-of.js',
    multipartBody: '../operations/multipart-body.js',
    readEnvelope: '../operations/read-envelope.js',
    readPage: '../operations/read-page.js',
    readOutcome: '../operations/read-outcome.js',
    readDownload: '../operations/read-download.js',
  };
  const functionsSource = [
    `import type { ApiContext, CallOptions, WithResponse } from '../call.js';`,
    ...Object.entries(helpers)
      .filter(([name]) => imports.has(name))
      .map(([name, from]) => `import { ${name} } from '${from}';`),
    ...typeImports(functions.join('\n')),
    `import {`,
    ...[...new Set(functions.map((f) => /export (?:async )?function (\w+?)(?:All)?\(/.exec(f)[1]))].map((id) => `  ${id}Operation,`),
    `} from './operations.js';`,
    '',
    `const dataOf = <T>(result: WithResponse<T>): T => result.data;`,
    '',
    ...functions,
  ].join('\n');
  const entries = [...groups.values()].flat();
  const names = [...new Set(entries.map((e) => /: (\w+)$/.exec(e.binding)[1]))].sort();
  const groupsSource = [
    `import type { ApiContext, CallOptions } from '../call.js';`,
    `import { bindGroup } from '../operations/bind-group.js';`,
    ...typeImports(entries.map((e) => e.type).join('\n')),
    `import { ${names.join(', ')} } from './functions.js';`,
    '',
    ...[...groups].map(([group, members]) => {
      const type = `${group[0].toUpperCase()}${group.slice(1)}Resource`;
      return (
        `/** \`client.${group}\`: every method generated from the spec, built by {@link ${group}Resource}. */\n` +
        `export type ${type} = {\n${members.map((m) => m.type).join('\n')}\n};\n\n` +
        `/** \`client.${group}\` on a {@link LeadwayCore}, every method generated from the spec: build it alone for a smaller bundle. */\n` +
        `export function ${group}Resource(api: ApiContext): ${type} {\n  return bindGroup(api, { ${members.map((m) => m.binding).join(', ')} });\n}\n`
      );
    }),
  ].join('\n');
  return { functions: functionsSource, groups: groupsSource };
}

/** The type-only imports the generated `source` uses. */
function typeImports(source) {
  const modules = {
    '../operations/read-download.js': ['DownloadedFile'],
    '../operations/operation-types.js': [
      'AsList',
      'BodyOf',
      'FormInput',
      'ItemOf',
      'PathOf',
      'QueryOf',
      'SuccessOf',
      'Unwrapped',
      'WithDefaults',
      'WithOutcome',
    ],
    '../pagination.js': ['Paginated', 'PageIteratorOptions'],
  };
  return Object.entries(modules).flatMap(([from, names]) => {
    const used = names.filter((name) => new RegExp(`\\b${name}\\b`).test(source));
    return used.length ? [`import type { ${used.join(', ')} } from '${from}';`] : [];
  });
}

/** The arguments of an operation's function, and the OperationInput fields built from them. */
function argumentsOf(op, id, where, pathNames, query, body, resolve, imports) {
  const args = [];
  const input = [];
  let async = false;
  const asOne = op['x-leadway-arguments'];
  if (asOne !== undefined) {
    if (!/^[a-z]\w*$/.test(asOne)) throw new Error(`${where}: x-leadway-arguments must be an argument name`);
    const parts = [pathNames.length ? `PathOf<'${id}'>` : '', query.length ? `QueryOf<'${id}'>` : ''].filter(Boolean);
    args.push({ name: asOne, type: parts.join(' & ') || 'Record<string, never>', optional: false });
    input.push(`...parametersOf(${id}Operation, ${JSON.stringify(asOne)}, ${asOne})`);
    imports.add('parametersOf');
    async = true; // a refused argument rejects the promise
  } else {
    args.push(...pathNames.map((name) => ({ name, type: 'string', optional: false })));
    if (pathNames.length) input.push(`path: { ${pathNames.join(', ')} }`);
    if (query.length) {
      args.push({ name: 'params', type: `QueryOf<'${id}'>`, optional: !query.some((p) => p.required) });
      input.push('query: params');
    }
  }
  if (!body) return { args, input, async };
  const [contentType, media] = Object.entries(body.content ?? {})[0] ?? [];
  const bodyArgument = op['x-leadway-body-argument'];
  const defaults = op['x-leadway-defaults'];
  if (contentType === 'multipart/form-data') {
    const files = {};
    for (const [field, schema] of Object.entries(resolve(media.schema).properties ?? {})) {
      const file = schema['x-leadway-file'];
      if (file !== undefined) files[field] = { argument: file.argument, extensions: file.extensions };
    }
    if (Object.keys(files).length === 0) throw new Error(`${where}: a multipart form names no file field (x-leadway-file)`);
    const argumentNames = Object.fromEntries(Object.entries(files).map(([field, f]) => [field, f.argument]));
    args.push({ name: 'body', type: `FormInput<BodyOf<'${id}'>, ${JSON.stringify(argumentNames)}>`, optional: body.required !== true });
    input.push(`body: multipartBody(${id}Operation, body, ${JSON.stringify(files)})`);
    imports.add('multipartBody');
    async = true;
  } else if (bodyArgument !== undefined) {
    args.push({ name: bodyArgument, type: `BodyOf<'${id}'>[${JSON.stringify(bodyArgument)}]`, optional: false });
    input.push(`body: { ${bodyArgument} }`);
  } else {
    const type = defaults
      ? `WithDefaults<BodyOf<'${id}'>, ${Object.keys(defaults)
          .map((k) => JSON.stringify(k))
          .join(' | ')}>`
      : `BodyOf<'${id}'>`;
    args.push({ name: 'body', type, optional: body.required !== true });
    input.push('body');
  }
  if (defaults) input.push(`defaults: ${JSON.stringify(defaults)}`);
  return { args, input, async };
}

/** The type an operation's function resolves with, and the reader argument of invokeOperation. */
function resultOf(op, id, where, resolve, imports) {
  const success = `SuccessOf<'${id}'>`;
  const envelope = op['x-leadway-envelope'];
  const outcome = op['x-leadway-outcome'];
  const download = op['x-leadway-download'];
  const responseType = Object.keys(resolve(Object.entries(op.responses ?? {}).find(([code]) => /^2\d\d$/.test(code))?.[1])?.content ?? {})[0];
  if (responseType !== undefined && !responseType.includes('json') && download === undefined) {
    throw new Error(`${where}: a ${responseType} answer needs x-leadway-download (its fallbackFilename)`);
  }
  if ([envelope, outcome, download].filter((x) => x !== undefined).length > 1)
    throw new Error(`${where}: at most one of x-leadway-envelope, -outcome, -download`);
  if (download !== undefined) {
    imports.add('readDownload');
    return { type: 'DownloadedFile', expect: `, readDownload(${JSON.stringify(download.fallbackFilename)})` };
  }
  if (outcome !== undefined) {
    imports.add('readOutcome');
    return { type: `WithOutcome<${success}, ${JSON.stringify(outcome.flag)}>`, expect: `, readOutcome(${JSON.stringify(outcome)})` };
  }
  const items = op['x-leadway-pagination']?.items;
  if (envelope === undefined && items !== undefined) {
    imports.add('readPage');
    return { type: success, expect: `, readPage(${JSON.stringify(items)})` };
  }
  if (envelope === undefined) return { type: success, expect: '' };
  imports.add('readEnvelope');
  const reader = `, readEnvelope(${JSON.stringify({ ...envelope, ...(items ? { items } : {}) })})`;
  if (envelope.list) return { type: `AsList<${success}>`, expect: reader };
  const keep = (envelope.keep ?? []).map((k) => JSON.stringify(k)).join(' | ') || 'never';
  return { type: `Unwrapped<${success}, ${JSON.stringify(envelope.field)}, ${keep}>`, expect: reader };
}

function signatureOf(args) {
  // An optional argument cannot come before a required one: make it `| undefined` instead.
  const lastRequired = args.findLastIndex((a) => !a.optional);
  return args.map((a, i) => (a.optional && i > lastRequired ? `${a.name}?: ${a.type}` : `${a.name}: ${a.type}${a.optional ? ' | undefined' : ''}`)).join(', ');
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
    op['x-leadway-retryable']
      ? 'A failed attempt may be sent again (retried on timeouts, 408, 429 and 5xx).'
      : 'Never sent twice: not retried once it may have reached the server.',
    '@throws InvalidInputError before anything is sent when an argument breaks the spec.',
  );
  return comment(lines);
}

function iteratorComment(op, p) {
  const end =
    p.style === 'keyset'
      ? `each request sends the last item's \`${p.cursorFrom}\`${p.cursorFallback ? ` (else its \`${p.cursorFallback}\`)` : ''} as \`${p.cursorParam}\`; it ends at a page shorter than the limit, or an empty one`
      : `each request sends the page's \`${p.cursorFrom}\`${p.cursorFallback ? ` (else the last item's \`${p.cursorFallback}\`)` : ''} as \`${p.cursorParam}\`; it ends ${p.more ? `when \`${p.more}\` is not true, ` : ''}when there is none, or at an empty page`;
  return comment([
    `Every item of \`${op.operationId}\`, page by page: ${end}.`,
    '`for await (const item of ...)`, or `.pages()` for whole pages; nothing is sent until iteration starts.',
    'Throws MalformedResponseError when the API repeats a cursor or answers one that cannot be sent back.',
    '@throws InvalidInputError at once when an argument, `maxItems` or `maxPages` is refused.',
  ]);
}

function comment(lines) {
  return `/**\n${lines.map((l) => ` *${l ? ` ${l.replace(/\*\//g, '* /')}` : ''}`).join('\n')}\n */`;
}

function indent(text, prefix) {
  return text
    .split('\n')
    .map((l) => prefix + l)
    .join('\n');
}
