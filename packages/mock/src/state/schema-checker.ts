import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** One rule a value breaks: where (a JSON path such as `conversations[0].unreadCount`) and which rule. */
export interface SchemaViolation {
  path: string;
  rule: string;
}

/**
 * Checks values against the spec's JSON schemas (2020-12, as OpenAPI 3.1 uses), each schema
 * compiled once. `check` answers the violations, none when the value is allowed.
 */
export function createSchemaChecker(): { check(schema: object, value: unknown, at?: string): SchemaViolation[] } {
  const ajv = new Ajv2020.default({ strict: false, allErrors: true, validateFormats: true, validateSchema: false });
  addFormats.default(ajv);
  const compiled = new WeakMap<object, ValidateFunction>();
  return {
    check(schema, value, at = '') {
      let validate = compiled.get(schema);
      if (!validate) {
        // Prism marks the schemas it hands out as draft-07; they are the spec's 2020-12 schemas.
        const { $schema: _draft, ...rest } = schema as { $schema?: string };
        validate = ajv.compile(rest);
        compiled.set(schema, validate);
      }
      if (validate(value)) return [];
      return (validate.errors ?? []).map((error) => ({
        path: at + jsonPointerToPath(error.instancePath),
        rule: `${error.message ?? 'is not allowed'}${error.params && 'allowedValues' in error.params ? ` (${(error.params.allowedValues as unknown[]).join(', ')})` : ''}`,
      }));
    },
  };
}

/** `/conversations/0/unreadCount` → `.conversations[0].unreadCount`. */
function jsonPointerToPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : /^[A-Za-z_$][\w$]*$/.test(part) ? `.${part}` : `[${JSON.stringify(part)}]`))
    .join('');
}

/** Violations as one line each: `path: rule`. */
export function describeViolations(violations: SchemaViolation[], root = '(the value)'): string[] {
  return violations.map((v) => `${v.path || root}: ${v.rule}`);
}
