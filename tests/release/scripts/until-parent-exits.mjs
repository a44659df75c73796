// Runs a long-running command for a test and makes sure it cannot outlive the test process: when
// this wrapper's stdin closes (the test process ended, however: even SIGKILL, or turbo cancelling
// the task), it stops the command and everything it started. Started as the leader of its own
// process group, so signalling the group reaches npx, npm and their children.
//
//   node until-parent-exits.mjs <command> [args...]
import { spawn } from 'node:child_process';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: until-parent-exits.mjs <command> [args...]');
  process.exit(2);
}

const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
child.once('error', (error) => {
  console.error(`until-parent-exits: cannot start ${command}: ${error.message}`);
  process.exit(127);
});
child.once('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

const signalGroup = (signal) => {
  try {
    process.kill(-process.pid, signal);
  } catch {
    child.kill(signal);
  }
};

// A SIGTERM sent to the whole group reaches this wrapper too: it stays to see the command exit.
process.on('SIGTERM', () => undefined);
process.on('SIGINT', () => undefined);

process.stdin.on('data', () => undefined);
process.stdin.once('close', () => {
  signalGroup('SIGTERM');
  setTimeout(() => signalGroup('SIGKILL'), 5000);
});
