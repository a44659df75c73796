// The start the `leadway-mock` subcommands share (src/cli-subcommand.ts): a malformed or unknown
// option ends with exit code 2, the problem and the help; `--help` prints the help and ends with 0.
// Nothing is sent in either case (no mock runs here).
import { describe, expect, it } from 'vitest';
import { runReplyCommand } from '../src/state/cli-reply.js';
import { runWebhookCommand } from '../src/webhooks/cli-webhook.js';

function collectingIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) }, out, err };
}

describe.each([
  ['reply', runReplyCommand, 'Usage: leadway-mock reply'],
  ['webhook', runWebhookCommand, 'Usage: leadway-mock webhook'],
] as const)('leadway-mock %s', (name, run, usage) => {
  it('refuses an unknown option with exit code 2, naming it, and the help', async () => {
    const { io, out, err } = collectingIo();
    expect(await run(['--bogus'], io)).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(new RegExp(`^leadway-mock ${name}: .*--bogus`));
    expect(err[0]).toContain(usage);
  });

  it('prints the help and exits 0 with --help', async () => {
    const { io, out, err } = collectingIo();
    expect(await run(['--help'], io)).toBe(0);
    expect(err).toEqual([]);
    expect(out).toHaveLength(1);
    expect(out[0]).toContain(usage);
  });
});
