// The package README documents every option, subcommand and scenario the command has: read from
// `leadway-mock --help` and `leadway-mock webhook --help` (whose scenario list comes from the spec).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const help = (...args: string[]) => spawnSync(process.execPath, [cli, ...args, '--help'], { encoding: 'utf8', timeout: 60_000 }).stdout;
const optionsIn = (text: string) => [...new Set([...text.matchAll(/^\s+(--[a-z-]+)/gm)].map((m) => m[1]))];

describe('README', () => {
  it('documents every option of leadway-mock', () => {
    const options = optionsIn(help());
    expect(options.length).toBeGreaterThanOrEqual(10);
    expect(options.filter((option) => !readme.includes(`\`${option}`))).toEqual([]);
  });

  it('documents every option of leadway-mock webhook', () => {
    const options = optionsIn(help('webhook'));
    expect(options.length).toBeGreaterThanOrEqual(6);
    expect(options.filter((option) => !readme.includes(`\`${option}`))).toEqual([]);
  });

  it("lists every operation's scenarios in the bundled spec", () => {
    const lines = help().split('Scenarios (Prefer: example=<name>) in the bundled spec:\n')[1]?.trim().split('\n') ?? [];
    expect(lines.length).toBeGreaterThan(10);
    const missing: string[] = [];
    for (let i = 0; i + 1 < lines.length; i += 2) {
      const operation = lines[i]!.trim();
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${operation}\` |`));
      for (const name of lines[i + 1]!.split(',').map((n) => n.trim())) if (!row?.includes(`\`${name}\``)) missing.push(`${operation}: ${name}`);
    }
    expect(missing).toEqual([]);
  });
});
