// Makes sure the Debian packages the tests drive are installed: Chromium (the inbox's and the
// client's browser tests) and redis-server (@leadway/redis's multi-process tests). Does nothing when
// they are there. On CI (root on Debian with apt-get) it installs the missing ones with ONE
// `apt-get update` and ONE `apt-get install -y ...` (two apt-get runs at once would collide on
// dpkg's lock); anywhere else it stops with a message saying how to install them.
//
//   node scripts/ensure-test-packages.mjs                 both (the root `pnpm test` runs this first)
//   node scripts/ensure-test-packages.mjs chromium        only what one package's tests need
//   node scripts/ensure-test-packages.mjs redis-server
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const onPath = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

/** What each test dependency is, where it is looked for, and how to get it by hand. */
const PACKAGES = {
  chromium: {
    env: 'CHROMIUM_PATH',
    present: () => existsSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium'),
    where: () => process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    why: 'The browser tests (inbox, client upload) drive a real Chromium.',
    elsewhere: 'install Chromium or Chrome and set CHROMIUM_PATH to its executable.',
  },
  'redis-server': {
    env: 'REDIS_SERVER_PATH',
    present: () => (process.env.REDIS_SERVER_PATH ? existsSync(process.env.REDIS_SERVER_PATH) : onPath('redis-server')),
    where: () => process.env.REDIS_SERVER_PATH || 'redis-server on the PATH',
    why: "@leadway/redis's tests start a real redis-server on 127.0.0.1.",
    elsewhere: 'install Redis 6.2 or later and put redis-server on the PATH, or set REDIS_SERVER_PATH.',
  },
};

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in PACKAGES));
if (unknown.length > 0) {
  console.error(`ensure-test-packages: unknown package ${unknown.join(', ')}; known: ${Object.keys(PACKAGES).join(', ')}`);
  process.exit(2);
}
const names = asked.length > 0 ? asked : Object.keys(PACKAGES);
const missing = names.filter((name) => !PACKAGES[name].present());
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = onPath('apt-get');
const pinnedByEnv = missing.filter((name) => process.env[PACKAGES[name].env]);
if (pinnedByEnv.length > 0 || !isRoot || !hasApt) {
  for (const name of missing) {
    const spec = PACKAGES[name];
    console.error(
      `ensure-test-packages: no ${name} (${spec.where()}). ${spec.why}\n  On Debian/Ubuntu: sudo apt-get install -y ${name}\n  Elsewhere: ${spec.elsewhere}`,
    );
  }
  process.exit(1);
}

console.log(`ensure-test-packages: installing Debian's ${missing.join(' and ')} (apt-get, about 20 s)...`);
const started = Date.now();
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update'], ['install', '-y', ...missing]]) {
  const result = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
  if (result.status !== 0) {
    console.error(`ensure-test-packages: apt-get ${args.join(' ')} failed (exit ${result.status}); install ${missing.join(' ')} by hand.`);
    process.exit(1);
  }
}
const still = missing.filter((name) => !PACKAGES[name].present());
if (still.length > 0) {
  console.error(`ensure-test-packages: apt-get finished but ${still.join(', ')} is still missing.`);
  process.exit(1);
}
console.log(`ensure-test-packages: installed in ${Math.round((Date.now() - started) / 1000)} s`);
