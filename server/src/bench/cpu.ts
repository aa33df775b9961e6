import { readdir, readFile } from 'node:fs/promises';

/** CPU seconds used so far by the given process and by every PostgreSQL process (Linux only). */
export interface CpuSnapshot {
  server: number;
  postgres: number;
  client: number;
}

const TICKS = 100; // USER_HZ on Linux

async function ticksOf(pid: number | string, withChildren = false): Promise<number> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may contain spaces: utime is the 14th, stime the 15th,
    // then cutime and cstime: the CPU of children that have exited (the postmaster's backends).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const own = Number(fields[11]) + Number(fields[12]);
    return withChildren ? own + Number(fields[13]) + Number(fields[14]) : own;
  } catch {
    return 0;
  }
}

async function postgresTicks(): Promise<number> {
  let entries: string[];
  try {
    entries = await readdir('/proc');
  } catch {
    return 0;
  }
  let total = 0;
  await Promise.all(
    entries
      .filter((e) => /^\d+$/.test(e))
      .map(async (pid) => {
        const comm = await readFile(`/proc/${pid}/comm`, 'utf8').catch(() => '');
        if (comm.trim() === 'postgres') total += await ticksOf(pid, true);
      }),
  );
  return total;
}

export async function cpuSnapshot(serverPid: number | undefined): Promise<CpuSnapshot> {
  const own = process.cpuUsage();
  return {
    server: serverPid ? (await ticksOf(serverPid)) / TICKS : 0,
    postgres: (await postgresTicks()) / TICKS,
    client: (own.user + own.system) / 1e6,
  };
}

/** CPU milliseconds per unit of work between two snapshots, per process group. */
export function cpuPer(before: CpuSnapshot, after: CpuSnapshot, units: number) {
  const per = (a: number, b: number) =>
    Math.round(((b - a) * 1000 * 100) / Math.max(1, units)) / 100;
  return {
    serverMs: per(before.server, after.server),
    postgresMs: per(before.postgres, after.postgres),
    loadGeneratorMs: per(before.client, after.client),
  };
}
