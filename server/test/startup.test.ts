import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './ports.js';

const MAIN = path.resolve(import.meta.dirname, '../dist/main.js');

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts `node dist/main.js` as `npm start` would, without DATABASE_URL. */
function start(env: Record<string, string>): Running {
  const { DATABASE_URL: _omit, TEST_DATABASE_URL: _omit2, ...base } = process.env;
  const child = spawn(process.execPath, [MAIN], {
    env: { ...base, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function waitFor(running: Running, text: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!running.output().includes(text)) {
    if (running.child.exitCode !== null) throw new Error(`exited early:\n${running.output()}`);
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for "${text}":\n${running.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function me(port: number, key: string) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key },
    body: JSON.stringify({ query: '{ me { kind mode tenant { slug } } }' }),
  });
  return res.json();
}

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'warden-start-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('npm start with no DATABASE_URL', () => {
  it('boots a fresh data directory, seeds once, stops cleanly and keeps the data', async () => {
    const env = {
      DATA_DIR: dataDir,
      PORT: String(await freePort()),
      EMBEDDED_PG_PORT: String(await freePort()),
    };
    const first = start(env);
    await waitFor(first, 'Stop with Ctrl+C.');
    const banner = first.output();
    expect(banner).toContain('Demo tenant created');
    const key = /Test API key\s+(pk_test_\w+)/.exec(banner)?.[1];
    expect(key).toBeDefined();
    // A platform admin comes with it, in the operators' own tenant.
    const platform = /Platform admin\s+(\S+)\s+\/\s+(\S+)/.exec(banner);
    expect(platform?.[1]).toBe('platform@demo.local');
    const login = await fetch(`http://127.0.0.1:${env.PORT}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { user { role } } }',
        variables: { e: platform![1], p: platform![2] },
      }),
    });
    expect(await login.json()).toEqual({ data: { login: { user: { role: 'PLATFORM_ADMIN' } } } });
    expect(await me(Number(env.PORT), key!)).toEqual({
      data: { me: { kind: 'API_KEY', mode: 'TEST', tenant: { slug: 'demo' } } },
    });
    const ready = await fetch(`http://127.0.0.1:${env.PORT}/readyz`);
    expect(ready.status).toBe(200);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);

    const second = start(env);
    await waitFor(second, 'Stop with Ctrl+C.');
    expect(second.output()).not.toContain('Demo tenant created');
    expect(await me(Number(env.PORT), key!)).toMatchObject({ data: { me: { mode: 'TEST' } } });
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  }, 180_000);

  it('refuses to start on a bad setting, naming the variable', async () => {
    const bad = start({ DATA_DIR: dataDir, PORT: 'not-a-port', SEED_DEMO: 'maybe' });
    expect(await bad.exited).toBe(78);
    expect(bad.output()).toMatch(/PORT: Expected number/);
    expect(bad.output()).toMatch(/SEED_DEMO: expected true or false/);
  });
});
