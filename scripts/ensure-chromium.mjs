// Makes sure the browser tests (the inbox, the client's browser upload test) have a Chromium to drive. Does nothing when one is there
// (CHROMIUM_PATH, or Debian's /usr/bin/chromium). On CI (root on Debian with apt-get) it installs
// Debian's package; anywhere else it stops with a message saying how to install one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (process.env.CHROMIUM_PATH || !isRoot || !hasApt) {
  console.error(
    `ensure-chromium: no Chromium at ${path}. The browser tests (inbox, client upload) drive a real Chromium.\n` +
      '  On Debian/Ubuntu: sudo apt-get install -y chromium\n' +
      '  Elsewhere: install Chromium or Chrome and set CHROMIUM_PATH to its executable.',
  );
  process.exit(1);
}

console.log('ensure-chromium: installing Debian\'s chromium package (apt-get, about 20 s)...');
const started = Date.now();
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update'], ['install', '-y', 'chromium']]) {
  const result = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
  if (result.status !== 0) {
    console.error(`ensure-chromium: apt-get ${args.join(' ')} failed (exit ${result.status}); install chromium by hand.`);
    process.exit(1);
  }
}
if (!existsSync(path)) {
  console.error(`ensure-chromium: apt-get finished but ${path} is still missing.`);
  process.exit(1);
}
console.log(`ensure-chromium: installed in ${Math.round((Date.now() - started) / 1000)} s`);
