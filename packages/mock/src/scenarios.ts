import { readFileSync } from 'node:fs';
import { bundledSpecPath } from './spec-path.js';

/** Named success examples of one operation: the scenarios `Prefer: example=<name>` picks. */
export interface OperationScenarios {
  /** e.g. `GET /conversations/search` */
  operation: string;
  /** Example names of its success answers, in spec order. */
  examples: string[];
}

function resolve(doc: any, node: any): any {
  let current = node;
  for (let hops = 0; current && typeof current.$ref === 'string' && hops < 32; hops += 1) {
    current = current.$ref
      .slice(2)
      .split('/')
      .map((part: string) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce((n: any, key: string) => n?.[key], doc);
  }
  return current;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/**
 * Every operation of the spec with more than one named success example, read from the bundled
 * spec, so `leadway-mock --help` lists the screens a front end can ask for without a list to keep.
 */
export function listScenarios(specPath: string = bundledSpecPath): OperationScenarios[] {
  const doc = JSON.parse(readFileSync(specPath, 'utf8'));
  const found: OperationScenarios[] = [];
  for (const [path, item] of Object.entries<any>(doc.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item?.[method];
      if (!operation?.responses) continue;
      const examples: string[] = [];
      for (const [code, response] of Object.entries<any>(operation.responses)) {
        if (!code.startsWith('2')) continue;
        for (const media of Object.values<any>(resolve(doc, response)?.content ?? {})) {
          for (const name of Object.keys(media?.examples ?? {})) if (!examples.includes(name)) examples.push(name);
        }
      }
      if (examples.length > 1) found.push({ operation: `${method.toUpperCase()} ${path}`, examples });
    }
  }
  return found;
}
