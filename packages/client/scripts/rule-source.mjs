// Compiles the spec's request-side JSON Schemas into the source of checks for
// src/generated/operations.ts: each schema becomes calls of the keyword checks of
// src/operations/rule-checks.ts (`all(type("string"), length(1, 128), pattern(/.../u, "..."))`), so
// a bundle keeps only the checks its operations use. Only the keywords the client checks are read;
// descriptions and examples are dropped. Every call is marked pure, so a bundler drops the rules no
// kept operation refers to. Identical rules are interned (see `ruleCompiler`).

/** The keywords read from a schema; anything else is left to the server. */
const KEYWORDS = new Set([
  'type',
  'enum',
  'const',
  'required',
  'properties',
  'additionalProperties',
  'minProperties',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'items',
  'minItems',
  'maxItems',
  'anyOf',
  'oneOf',
  'allOf',
  'not',
  'if',
  'then',
  'else',
  'dependentRequired',
  'x-leadway-rule',
]);

/** The formats the client checks, by the check of src/operations/format-checks.ts; others are left to the server. */
const FORMAT_CHECKS = { 'date-time': 'dateTime', email: 'email', uri: 'uri' };

const NOT_ALLOWED = 'has a form that is not allowed here';

/** What a local `$ref` (`#/components/...`) points at in `spec`. */
export function refTarget(spec, ref) {
  let node = spec;
  for (const part of ref.replace(/^#\//, '').split('/')) node = node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  if (node === undefined) throw new Error(`unresolved $ref ${ref}`);
  return node;
}

/**
 * A compiler of rules over one spec. `rule(schema, where)` returns a token standing for the rule's
 * check; `declarations()` the shared constants (each component schema, and every rule used twice);
 * `resolveTokens(source)` replaces the tokens of a source by those constants or the rule itself;
 * `imports()` the import lines of the checks used.
 */
export function ruleCompiler(spec) {
  // definitions keep the order rules were completed in (children first), so constants are declared before use.
  const definitions = []; // { token, name?, source, uses, facts }
  const byKey = new Map();
  const byToken = new Map();
  const inProgress = new Set();
  const used = new Set();

  const define = (key, source, facts, name) => {
    let entry = byKey.get(key);
    if (!entry) {
      entry = { token: `@@${definitions.length}@@`, name, source, uses: 0, facts };
      byKey.set(key, entry);
      byToken.set(entry.token, entry);
      definitions.push(entry);
    }
    entry.uses += 1;
    return entry.token;
  };
  /** What an anyOf/oneOf/not/if reads of a rule: its own `type`, `enum`, `const` and `x-leadway-rule`. */
  const factsOf = (token) => byToken.get(token).facts;
  const pointer = (ref) => refTarget(spec, ref);
  const constName = (name) => `schema${name.replace(/[^A-Za-z0-9]/g, '')}`;
  const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));
  const json = (value) => (value === undefined ? undefined : JSON.stringify(value));
  const call = (name, args = []) => {
    used.add(name);
    const list = [...args];
    while (list.length > 0 && list[list.length - 1] === undefined) list.pop();
    return `/* @__PURE__ */ ${name}(${list.map((a) => a ?? 'undefined').join(', ')})`;
  };
  /** A check that is itself a constant (`anything`, `uri`, ...), not made by a call. */
  const named = (name) => {
    used.add(name);
    return name;
  };

  /**
   * The token of a schema's check. `nonFinite`: whether NaN or Infinity can reach it (not after a
   * parent's `type` that excludes them, `const` or `enum`); only then does a schema with no number
   * keywords need the finite-number check every number gets.
   */
  function rule(schema, where, nonFinite = true) {
    if (schema === true || schema === undefined) schema = {};
    if (typeof schema !== 'object' || schema === null) throw new Error(`${where}: not a schema`);
    if (schema.$ref) return reference(schema, where);
    // An open enum takes any value of its open branches' types: the named values add no rule, so the
    // check keeps only the types (the named values live in enums.ts and the types).
    if (schema['x-open-enum'] === true) {
      const types = (schema.anyOf ?? schema.oneOf ?? []).filter((b) => !Array.isArray(b.enum) && b.type !== undefined).map((b) => b.type);
      const nullable = Array.isArray(schema.type) && schema.type.includes('null') ? ['null'] : [];
      const all = [...new Set([...types.flat(), ...nullable])];
      if (all.length === 0) throw new Error(`${where}: an open enum without an open branch`);
      const type = all.length === 1 ? all[0] : all;
      const source = call('type', [json(type)]);
      return define(source, source, { type });
    }
    const s = Object.fromEntries(Object.entries(schema).filter(([k]) => KEYWORDS.has(k)));
    if (s.properties && Object.hasOwn(s.properties, '__proto__')) throw new Error(`${where}: a property named __proto__ cannot be checked`);
    const why = s['x-leadway-rule'];
    const types = s.type === undefined ? undefined : [s.type].flat();
    const numbersHere = nonFinite && (types === undefined || types.includes('number'));
    const afterValues = numbersHere && s.const === undefined && s.enum === undefined;
    const parts = [];
    if (s.type !== undefined) parts.push(call('type', [json(s.type)]));
    if (s.const !== undefined) parts.push(call('constant', [json(s.const)]));
    if (s.enum !== undefined) parts.push(call('enumValues', [json(s.enum)]));
    const bounds = [s.minimum, s.maximum, s.exclusiveMinimum, s.exclusiveMaximum];
    if (afterValues || bounds.some((b) => b !== undefined)) parts.push(call('number', [...bounds.map(json), json(why)]));
    if (s.minLength !== undefined || s.maxLength !== undefined) parts.push(call('length', [json(s.minLength), json(s.maxLength)]));
    if (s.pattern !== undefined) parts.push(call('pattern', [String(new RegExp(s.pattern, 'u')), json(why ?? `must match the pattern ${s.pattern}`)]));
    if (s.format !== undefined && Object.hasOwn(FORMAT_CHECKS, s.format)) parts.push(named(FORMAT_CHECKS[s.format]));
    if (s.minItems !== undefined || s.maxItems !== undefined || s.items !== undefined) {
      parts.push(call('array', [json(s.minItems), json(s.maxItems), s.items === undefined ? undefined : rule(s.items, `${where}/items`)]));
    }
    const closed = s.additionalProperties === false;
    if (s.required !== undefined || s.properties !== undefined || closed || s.minProperties !== undefined) {
      const properties =
        s.properties === undefined
          ? undefined
          : `{ ${Object.entries(s.properties)
              .map(([p, child]) => `${key(p)}: ${rule(child, `${where}.${p}`)}`)
              .join(', ')} }`;
      parts.push(call('object', [json(s.required ?? []), properties, closed ? 'true' : undefined, json(s.minProperties)]));
    }
    if (s.dependentRequired !== undefined) parts.push(call('dependentRequired', [json(s.dependentRequired)]));
    // The combinators see the value only once its type, const and enum held.
    for (const [i, part] of (s.allOf ?? []).entries()) parts.push(rule(part, `${where}/allOf/${i}`, afterValues));
    for (const name of ['anyOf', 'oneOf']) {
      if (s[name] === undefined) continue;
      const branches = s[name].map((branch, i) => rule(branch, `${where}/${name}/${i}`, afterValues));
      const facts = branches.map(factsOf);
      const words = facts.map((f) => (f.enum ? `one of ${f.enum.map(String).join(', ')}` : f.const !== undefined ? JSON.stringify(f.const) : undefined));
      const args = [`[${branches.join(', ')}]`, `[${facts.map((f) => json(f.type) ?? 'undefined').join(', ')}]`];
      if (words.some((w) => w !== undefined)) args.push(`[${words.map((w) => json(w) ?? 'undefined').join(', ')}]`);
      parts.push(call(name, args));
    }
    if (s.not !== undefined) {
      const inner = rule(s.not, `${where}/not`, afterValues);
      parts.push(call('not', [inner, json(factsOf(inner).why ?? why ?? NOT_ALLOWED)]));
    }
    if (s.if !== undefined && (s.then !== undefined || s.else !== undefined)) {
      const branch = (name) => {
        if (s[name] === undefined) return undefined;
        const token = rule(s[name], `${where}/${name}`, afterValues);
        const reason = factsOf(token).why ?? why;
        return reason === undefined ? token : call('explained', [token, json(reason)]);
      };
      parts.push(call('ifThen', [rule(s.if, `${where}/if`, afterValues), branch('then'), branch('else')]));
    }
    const source = parts.length === 0 ? named('anything') : parts.length === 1 ? parts[0] : call('all', parts);
    // Two schemas with the same check but different words (`x-leadway-rule`) stay two: an `if` reads them.
    return define(why === undefined ? source : `${source} ${JSON.stringify(why)}`, source, { type: s.type, enum: s.enum, const: s.const, why });
  }

  /** A `$ref`: a component schema is one shared constant; sibling keywords (3.1 allows them) narrow it further. */
  function reference(schema, where) {
    const match = /^#\/components\/schemas\/(.+)$/.exec(schema.$ref);
    if (!match) return rule(pointer(schema.$ref), where);
    const name = match[1];
    const componentKey = `component:${name}`;
    if (!byKey.has(componentKey)) {
      if (inProgress.has(name)) throw new Error(`${where}: the request schema ${name} refers to itself, which the table cannot hold`);
      inProgress.add(name);
      const target = rule(pointer(schema.$ref), `#/components/schemas/${name}`);
      inProgress.delete(name);
      define(componentKey, target, factsOf(target), constName(name));
      byKey.get(componentKey).uses -= 1;
    }
    const token = define(componentKey);
    const siblings = Object.entries(schema).filter(([k]) => KEYWORDS.has(k));
    if (siblings.length === 0) return token;
    const narrowed = rule(Object.fromEntries(siblings), where);
    const source = call('all', [token, narrowed]);
    return define(source, source, {});
  }

  /** The source with every token replaced: a constant's name, or the rule itself when used once. */
  function resolveTokens(source) {
    return source.replace(/@@(\d+)@@/g, (_, index) => {
      const entry = definitions[Number(index)];
      return entry.emitted ? entry.emitted : resolveTokens(entry.source);
    });
  }

  /** The shared constants: every component schema, and every other rule used more than once. */
  function declarations() {
    const sources = [];
    let shared = 0;
    for (const entry of definitions) {
      if (entry.name === undefined && entry.uses < 2) continue;
      const name = entry.name ?? `rule${++shared}`;
      const doc = entry.name ? `/** Request-side rules of the spec's \`${entry.name.replace(/^schema/, '')}\` schema. */\n` : '';
      sources.push(`${doc}const ${name}: Check = ${resolveTokens(entry.source)};\n`);
      entry.emitted = name;
    }
    return sources;
  }

  /** The import lines of the checks the rules use. */
  function imports() {
    const formats = new Set(Object.values(FORMAT_CHECKS));
    const checks = [...used].filter((n) => !formats.has(n)).sort();
    const formatChecks = [...used].filter((n) => formats.has(n)).sort();
    return [
      ...(formatChecks.length > 0 ? [`import { ${formatChecks.join(', ')} } from '../operations/format-checks.js';`] : []),
      `import { type Check, ${checks.join(', ')} } from '../operations/rule-checks.js';`,
    ];
  }

  return { rule, resolveTokens, declarations, imports };
}
