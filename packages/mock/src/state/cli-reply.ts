import { parseArgs } from 'node:util';
import { CONSOLE_IO, type CommandIo, parseSubcommand } from '../cli-subcommand.js';

const HELP = `Usage: leadway-mock reply --conversation <id> [--url http://127.0.0.1:4010] [--store NAME] [--channel SMS] <text>

Simulates a customer's reply in a running stateful mock (leadway-mock --stateful): the text is stored
as an inbound message of the conversation (the next read shows it, its unread count goes up), and
the signed InboundMessage webhook goes to the mock's --webhook-url, if it has one.

  --conversation  the conversation's id
  --url           the running mock (default http://127.0.0.1:4010)
  --store         the isolated store (x-mock-store) to reply in (default: the default store)
  --channel       the channel it comes by: SMS, Email, WhatsApp, ... (default SMS)`;

/** The reply command's options (throws on an unknown or malformed one). */
function parseReplyArguments(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      conversation: { type: 'string' },
      url: { type: 'string', default: 'http://127.0.0.1:4010' },
      store: { type: 'string' },
      channel: { type: 'string', default: 'SMS' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

/** `leadway-mock reply ...`: POST /__mock/reply on a running mock. Resolves with the exit code. */
export async function runReplyCommand(argv: readonly string[], io: CommandIo = CONSOLE_IO): Promise<number> {
  const parsed = parseSubcommand('reply', argv, parseReplyArguments, HELP, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (!values.conversation || positionals.length !== 1) {
    io.err(`leadway-mock reply: give --conversation <id> and one text\n\n${HELP}`);
    return 2;
  }
  let response: Response;
  try {
    response = await fetch(new URL('/__mock/reply', values.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(values.store ? { 'x-mock-store': values.store } : {}) },
      body: JSON.stringify({ conversationId: values.conversation, body: positionals[0], channel: values.channel }),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    io.err(`leadway-mock reply: could not reach the mock at ${values.url}: ${(error as Error).message}`);
    return 1;
  }
  const answer = (await response.json().catch(() => ({}))) as {
    message?: { id?: string } | string;
    webhook?: { event: string; status: number | null; error: string | null };
  };
  if (response.status !== 201 || typeof answer.message !== 'object') {
    const reason = typeof answer.message === 'string' ? answer.message : `status ${response.status}`;
    io.err(
      `leadway-mock reply: the mock refused the reply: ${reason}${response.status === 404 && !String(reason).includes('store') ? ' (is it started with --stateful?)' : ''}`,
    );
    return 1;
  }
  io.out(`leadway-mock reply: stored message ${answer.message.id} in conversation ${values.conversation}`);
  if (answer.webhook)
    io.out(
      `leadway-mock reply: ${answer.webhook.event} webhook ${answer.webhook.error ? `not delivered: ${answer.webhook.error}` : `answered ${answer.webhook.status}`}`,
    );
  return 0;
}
