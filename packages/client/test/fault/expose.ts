// Everything an error exposes, as text: what a log line, a crash report or a snapshot could print.
import { inspect } from 'node:util';

export function exposedText(error: unknown, logs: unknown[] = []): string[] {
  const texts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 8; depth++) {
    texts.push(String(current));
    texts.push(safeJson(current));
    texts.push(inspect(current, { showHidden: true, depth: 10, getters: true }));
    if (current instanceof Error && current.stack) texts.push(current.stack);
    current = (current as { cause?: unknown }).cause;
  }
  texts.push(safeJson(logs), inspect(logs, { depth: 10 }));
  return texts;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch (error) {
    return String(error);
  }
}
