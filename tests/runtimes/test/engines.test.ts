import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inWorkspace } from '../../release/src/paths.js';
import { workspaceMembers } from '../../release/src/workspace-members.js';
import { NODE_RUNTIMES, TESTED_NODE_ENGINES } from '../src/runtimes.js';

describe('engines: every package.json names the Node versions the runtime matrix tests', () => {
  it('the range covers exactly the Node lines of the matrix', () => {
    const majors = [...TESTED_NODE_ENGINES.matchAll(/\^(\d+)\./g)].map((match) => `node${match[1]}`);
    expect(majors).toEqual(NODE_RUNTIMES.map((runtime) => runtime.id));
  });

  it('the root and every published package declare that range', () => {
    const root = JSON.parse(readFileSync(inWorkspace('package.json'), 'utf8')) as { engines?: { node?: string } };
    expect(root.engines?.node).toBe(TESTED_NODE_ENGINES);
    const published = workspaceMembers(inWorkspace()).filter((member) => !member.private);
    expect(published.length).toBeGreaterThan(0);
    for (const member of published) {
      expect((member.manifest.engines as { node?: string } | undefined)?.node, member.name).toBe(TESTED_NODE_ENGINES);
    }
  });
});
