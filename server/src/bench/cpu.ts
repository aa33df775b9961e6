import { readFile } from 'node:fs/promises';

/**
 * CPU seconds used so far by the server process (Linux only) and by this one. PostgreSQL's
 * share is not reported: its backends come and go with the pool and the per-process figures
 * read through /proc did not add up reliably.
 */
export interface CpuSnapshot {
  server: number;
  client: number;
  /** Busy CPU seconds of the whole machine (every core; 0 where /proc/stat is missing). */
  machine: number;
}

const TICKS = 100; // USER_HZ on Linux

async function ticksOf(pid: number | string): Promise<number> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may contain spaces: utime is the 14th, stime the 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** user, nice, system, irq, softirq and steal of /proc/stat's first line: idle and iowait are not. */
async function machineTicks(): Promise<number> {
  try {
    const stat = await readFile('/proc/stat', 'utf8');
    const fields = stat.slice(0, stat.indexOf('\n')).trim().split(/\s+/).slice(1).map(Number);
    return [0, 1, 2, 5, 6, 7].reduce((sum, i) => sum + (fields[i] ?? 0), 0);
  } catch {
    return 0;
  }
}

export async function cpuSnapshot(serverPid: number | undefined): Promise<CpuSnapshot> {
  const own = process.cpuUsage();
  return {
    server: serverPid ? (await ticksOf(serverPid)) / TICKS : 0,
    client: (own.user + own.system) / 1e6,
    machine: (await machineTicks()) / TICKS,
  };
}

/** CPU milliseconds per unit of work between two snapshots, per process group. */
export function cpuPer(before: CpuSnapshot, after: CpuSnapshot, units: number) {
  const per = (a: number, b: number) =>
    Math.round(((b - a) * 1000 * 100) / Math.max(1, units)) / 100;
  return {
    serverMs: per(before.server, after.server),
    loadGeneratorMs: per(before.client, after.client),
    /** Everything that ran: server, PostgreSQL, this process and whatever else the machine did. */
    machineMs: per(before.machine, after.machine),
  };
}
