// `pnpm demo`, `pnpm mock` and `pnpm bench`: build one member and what it needs with turbo, saying
// so (the first build takes about half a minute, a cached one about a second), then run its program.
//   node scripts/build-then-run.mjs <package name> <program, relative to the root> [arguments...]
import { spawnSync } from 'node:child_process';

const [name, program, ...args] = process.argv.slice(2);
if (!name || !program) {
  console.error('usage: node scripts/build-then-run.mjs <package name> <program> [arguments...]');
  process.exit(2);
}
const root = new URL('..', import.meta.url).pathname;
const started = Date.now();
console.error(`building ${name} and what it needs (turbo; the first build takes about 30 s)...`);
const build = spawnSync('turbo', ['run', 'build', `--filter=${name}...`, '--output-logs=errors-only'], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (build.error || build.status !== 0) {
  process.stdout.write(build.stdout ?? '');
  console.error(`building ${name} failed${build.error ? `: ${build.error.message}` : ''}`);
  process.exit(1);
}
console.error(`built in ${((Date.now() - started) / 1000).toFixed(1)} s; starting ${program}`);
// Ctrl-C reaches the program too: wait for it to stop instead of dying first.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => {});
const result = spawnSync(process.execPath, [program, ...args], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
