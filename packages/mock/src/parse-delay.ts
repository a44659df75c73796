import { MockStartError } from './errors.js';

/** Longest artificial latency accepted, so a typo cannot hang a page for hours. @unit milliseconds */
export const MAX_DELAY_MS = 60_000;

/**
 * Reads a latency like `300ms`, `1.5s` or `300` (milliseconds) into milliseconds.
 * @throws MockStartError('BAD_OPTION') for anything else, or more than a minute.
 */
export function parseDelay(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s)?\s*$/i.exec(text);
  if (!match) throw new MockStartError('BAD_OPTION', `--delay expects a duration like 300ms or 1s, got "${text}"`);
  const ms = Number(match[1]) * ((match[2] ?? 'ms').toLowerCase() === 's' ? 1000 : 1);
  if (ms > MAX_DELAY_MS) throw new MockStartError('BAD_OPTION', `--delay must be at most ${MAX_DELAY_MS / 1000}s, got "${text}"`);
  return Math.round(ms);
}
