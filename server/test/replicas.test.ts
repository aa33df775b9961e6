import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import {
  TEST_JWT_SECRET,
  seedTenant,
  startTestServer,
  type SeededTenant,
  type TestServer,
} from './harness.js';
import { freePort } from './ports.js';

const MAIN = path.resolve(import.meta.dirname, '../dist/main.js');

/** A real server process (`node dist/main.js`) on the test database. */
async function replica(): Promise<{ url: string; child: ChildProcess; stop(): Promise<void> }> {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: inject('databaseUrl'),
      JWT_SECRET: TEST_JWT_SECRET,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      CONSOLE_DIR: '/nonexistent',
      // It takes jobs from the suite's shared delivery queue, whose receivers are local.
      WEBHOOK_ALLOW_PRIVATE: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`replica exited:\n${out}`);
    if (Date.now() > deadline) throw new Error(`replica not ready:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    child,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

let harness: TestServer;
let tenant: SeededTenant;
let publisher: Awaited<ReturnType<typeof replica>>;
let deliverer: Awaited<ReturnType<typeof replica>>;

beforeAll(async () => {
  harness = await startTestServer();
  tenant = await seedTenant(harness);
  [publisher, deliverer] = await Promise.all([replica(), replica()]);
});
afterAll(async () => {
  await Promise.all([publisher?.stop(), deliverer?.stop()]);
  await harness?.close();
});

async function gql<T>(url: string, query: string, auth: string, variables = {}): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${auth}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

describe('two server processes', () => {
  it('a case scored through one process reaches a subscriber of the other', async () => {
    const admin = await tenant.token('TENANT_ADMIN');
    await gql(
      publisher.url,
      'mutation { updateThresholds(kind: TRANSACTION, thresholds: { review: 0, challenge: 98, block: 99 }) { baseCurrency } }',
      admin,
    );
    const client = createClient({
      url: deliverer.url.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${await tenant.token('ANALYST')}` },
      retryAttempts: 0,
      lazy: false,
    });
    const events: { type: string; case: { id: string } }[] = [];
    let subscribed!: () => void;
    const live = new Promise<void>((resolve) => (subscribed = resolve));
    const dispose = client.subscribe(
      { query: 'subscription { reviewQueue { type case { id } } }' },
      {
        next: (v) => events.push((v.data as { reviewQueue: (typeof events)[number] }).reviewQueue),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    client.on('connected', () => setTimeout(subscribed, 500));
    await live;

    const scored = await gql<{ scoreTransaction: { caseId: string } }>(
      publisher.url,
      'mutation { scoreTransaction(input: { userId: "two-processes", amount: 75 }) { caseId } }',
      tenant.keys.LIVE.secret,
    );
    for (let i = 0; i < 100 && events.length === 0; i++)
      await new Promise((r) => setTimeout(r, 50));
    expect(events).toEqual([{ type: 'CASE_OPENED', case: { id: scored.scoreTransaction.caseId } }]);
    dispose();
    await client.dispose();
  });
});
