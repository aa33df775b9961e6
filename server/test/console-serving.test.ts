import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';

let server: TestServer;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'warden-console-'));
  await mkdir(path.join(dir, 'assets'));
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>Warden</title>');
  await writeFile(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
  server = await startTestServer({ CONSOLE_DIR: dir });
});
afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the built console', () => {
  it.each([
    ['/', 200, 'text/html'],
    ['/cases/123', 200, 'text/html'],
    ['/assets/app.js', 200, 'javascript'],
    ['/assets/missing.js', 404, null],
  ])('GET %s → %i', async (route, status, type) => {
    const res = await fetch(`${server.app.url}${route}`);
    expect(res.status).toBe(status);
    if (type) expect(res.headers.get('content-type')).toContain(type);
  });

  it('does not shadow the API', async () => {
    const res = await fetch(`${server.app.url}/healthz`);
    expect(await res.json()).toEqual({ status: 'ok' });
  });
});
