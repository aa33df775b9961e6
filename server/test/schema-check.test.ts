import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SCHEMA_CLI = path.resolve(import.meta.dirname, '../dist/cli/schema.js');
const COMMITTED = path.resolve(import.meta.dirname, '../../schema/schema.graphql');

async function check(file: string) {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [
      SCHEMA_CLI,
      'check',
      '--file',
      file,
    ]);
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code: number; stderr: string };
    return { code: e.code, out: e.stderr };
  }
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'warden-schema-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('schema:check', () => {
  it('passes on the committed schema file', async () => {
    expect((await check(COMMITTED)).code).toBe(0);
  });

  it('fails on a stale file and says how to fix it', async () => {
    const stale = path.join(dir, 'stale.graphql');
    const committed = await readFile(COMMITTED, 'utf8');
    await writeFile(stale, committed.replace(/\n {2}me: Viewer!\n/, '\n'));
    const res = await check(stale);
    expect(res.code).toBe(1);
    expect(res.out).toMatch(/is stale/);
    expect(res.out).toMatch(/npm run schema:emit/);
  });

  it('fails when the file is missing', async () => {
    expect((await check(path.join(dir, 'missing.graphql'))).code).toBe(1);
  });
});
