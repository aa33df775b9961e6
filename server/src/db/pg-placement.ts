import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The owner and mode of one path. */
export interface PathStat {
  mode: number;
  uid: number;
  gid: number;
}

/** A user as the kernel checks it: its uid and every group it belongs to. */
export interface Principal {
  uid: number;
  gids: readonly number[];
}

/**
 * Whether `who` may search (execute) every path in `chain`, from `/` down to the target: the
 * owner's bits apply to the owner, else the group's to a member, else the others'. Root may.
 */
export function searchable(chain: readonly PathStat[], who: Principal): boolean {
  if (who.uid === 0) return true;
  return chain.every((s) => {
    const bits = s.uid === who.uid ? s.mode >> 6 : who.gids.includes(s.gid) ? s.mode >> 3 : s.mode;
    return (bits & 0o001) !== 0;
  });
}

/** Where the embedded cluster runs from, once it is known what the server's user can reach. */
export interface Placement {
  /** Copy the PostgreSQL distribution to the relocation base before running it. */
  relocateBinaries: boolean;
  /** The cluster's directory: `<dataDir>/pg`, or one under the base when that is unreachable. */
  pgDir: string;
  /** True when `pgDir` is not under `dataDir`. */
  dataRelocated: boolean;
}

/**
 * Decides which paths move. Only when Warden runs as root does PostgreSQL run as another user
 * (`postgres`); whatever that user cannot reach moves under `base`. A relocated cluster's
 * directory is derived from the data directory's absolute path, so every start (and the CLI)
 * finds the same cluster: `<base>/warden-<hash>/pg`.
 */
export function placement(input: {
  asRoot: boolean;
  binariesReachable: boolean;
  dataReachable: boolean;
  dataDir: string;
  base: string;
}): Placement {
  const inPlace = path.join(path.resolve(input.dataDir), 'pg');
  if (!input.asRoot || input.dataReachable) {
    return {
      relocateBinaries: input.asRoot && !input.binariesReachable,
      pgDir: inPlace,
      dataRelocated: false,
    };
  }
  return {
    relocateBinaries: !input.binariesReachable,
    pgDir: path.join(relocatedDataRoot(input.base, input.dataDir), 'pg'),
    dataRelocated: true,
  };
}

/** `<base>/warden-<first 16 hex of SHA-256 of the data directory's absolute path>`. */
export function relocatedDataRoot(base: string, dataDir: string): string {
  const hash = createHash('sha256').update(path.resolve(dataDir)).digest('hex');
  return path.join(base, `warden-${hash.slice(0, 16)}`);
}

/** `/`, then each ancestor, then `target` itself. */
function chainOf(target: string): string[] {
  const chain: string[] = [];
  for (let p = path.resolve(target); ; p = path.dirname(p)) {
    chain.unshift(p);
    if (path.dirname(p) === p) return chain;
  }
}

/**
 * A system user as a process spawned with its uid and gid runs: Node drops supplementary groups
 * then, so only the primary group counts. Null when there is no such user.
 */
export async function systemUser(
  name: string,
): Promise<(Principal & { gid: number; group: string }) | null> {
  try {
    const [uid, gid, group] = await Promise.all(
      ['-u', '-g', '-gn'].map(async (flag) => (await run('id', [flag, name])).stdout.trim()),
    );
    return { uid: Number(uid), gid: Number(gid), group: group!, gids: [Number(gid)] };
  } catch {
    return null;
  }
}

/**
 * Whether `user` (with only its primary group, as PostgreSQL will run) can search or execute
 * `target`, asked of the system itself (`runuser -- test -x`), so ACLs and mounts count. Without
 * `runuser`, the mode bits of every path on the way decide.
 */
export async function canReach(
  user: { name: string; group: string } & Principal,
  target: string,
): Promise<boolean> {
  try {
    await run('runuser', ['-u', user.name, '-g', user.group, '--', 'test', '-x', target]);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return false;
  }
  try {
    return searchable(await Promise.all(chainOf(target).map((p) => stat(p))), user);
  } catch {
    return false;
  }
}
