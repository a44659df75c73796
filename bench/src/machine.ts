import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';

export interface Machine {
  cores: number;
  cpu: string;
  node: string;
  memoryGiB: number;
  platform: string;
}

/** What the figures ran on: `nproc`, the CPU model from /proc/cpuinfo, Node's version. */
export function describeMachine(): Machine {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    const model = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (model) cpu = model[1]!.trim();
  } catch {
    // not Linux: os.cpus() is the best there is
  }
  return {
    cores: availableParallelism(),
    cpu,
    node: process.version,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    platform: `${process.platform} ${process.arch}`,
  };
}
