// Turns turbo's streamed task output into a few progress lines while `pnpm test` runs:
//   ▶ @leadway/client:test                    a task started (a cache hit says "✓ ... cached")
//     client  test/unit/paging.test.ts  ✓ 12  [3/40 files]  · all: 530 passed, 0 failed
//   ✓ @leadway/client:test: 812 passed, 0 failed           its last test file finished
//   ✗ @leadway/redis:test failed: its output follows in full
// Everything else a task prints is held back, and shown in full only when that task fails (what
// turbo's --output-logs=errors-only showed). Lines without a task prefix (turbo's own header and
// closing summary) pass through.
import { createInterface } from 'node:readline';

const PROGRESS = 'leadway-progress ';
const TASK_LINE = /^(\S+?):(\S+?): (.*)$/; // "@leadway/client:test: ...", "//:lint:biome: ..."
// How turbo says a task failed: in its output, or (with --continue) on a line of its own.
const TASK_FAILED = /^(?:(\S+?)#(\S+?):\s+(?:ERROR|WARNING)\s+command finished with error|(\S+?):(\S+?): ERROR: command finished with error)/;

/** Reads turbo's stdout (`--output-logs=new-only --log-order=stream`) and writes progress to `out`. */
export function reportProgress(input, out = process.stdout) {
  const held = new Map();
  const totals = { passed: 0, failed: 0 };
  const perTask = new Map();
  const started = Date.now();
  const clock = () => {
    const s = Math.round((Date.now() - started) / 1000);
    return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
  };
  const write = (line) => out.write(`${line}\n`);

  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  lines.on('line', (raw) => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes start with ESC.
    const line = raw.replace(/\x1b\[[0-9;]*m/g, '');
    const failed = TASK_FAILED.exec(line);
    if (failed) {
      const id = `${failed[1] ?? failed[3]}:${failed[2] ?? failed[4]}`;
      write(`${clock()} ✗ ${id} failed; its output:`);
      for (const kept of held.get(id) ?? []) write(`${id}: ${kept}`);
      held.delete(id);
      return write(line);
    }
    const match = TASK_LINE.exec(line);
    if (!match) return write(line);
    const [, member, task, text] = match;
    const id = `${member}:${task}`;
    if (/^cache (miss|bypass)/.test(text)) return write(`${clock()} ▶ ${id}`);
    if (/^cache hit/.test(text)) return write(`${clock()} ✓ ${id} (cached)`);
    if (text.startsWith(PROGRESS)) {
      const file = JSON.parse(text.slice(PROGRESS.length));
      totals.passed += file.passed;
      totals.failed += file.failed;
      const mine = perTask.get(id) ?? { passed: 0, failed: 0 };
      mine.passed += file.passed;
      mine.failed += file.failed;
      perTask.set(id, mine);
      const mark = file.failed > 0 ? `✗ ${file.failed} failed, ${file.passed} passed` : `✓ ${file.passed}`;
      write(
        `${clock()}   ${member.replace('@leadway/', '')}  ${file.file}  ${mark}  [${file.done}/${file.files} files]  · all: ${totals.passed} passed, ${totals.failed} failed`,
      );
      if (file.done === file.files) write(`${clock()} ${mine.failed > 0 ? '✗' : '✓'} ${id}: ${mine.passed} passed, ${mine.failed} failed`);
      return;
    }
    if (!held.has(id)) held.set(id, []);
    held.get(id).push(text);
  });
  return new Promise((resolve) => lines.on('close', resolve));
}
