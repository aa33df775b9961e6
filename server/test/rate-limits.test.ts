import { randomBytes, randomUUID } from 'node:crypto';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  seedTenant,
  startTestServer,
  type GraphQLResponse,
  type SeededTenant,
  type TestServer,
} from './harness.js';

/** Small limits, and TRUST_PROXY so each test can speak from its own client address. */
const LIMITS = {
  RATE_LIMIT_SCORING_PER_MINUTE: '5',
  RATE_LIMIT_OTHER_PER_MINUTE: '5',
  RATE_LIMIT_IP_PER_MINUTE: '5',
  TRUST_PROXY: 'true',
};

const SCORE =
  'mutation($input: TransactionInput!) { scoreTransaction(input: $input) { transactionId } }';
const BATCH =
  'mutation($inputs: [TransactionInput!]!) { scoreTransactions(inputs: $inputs) { scored failed } }';
const QUERY = '{ transactions(first: 1) { edges { node { transactionId } } } }';
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';

const randomIp = () => `10.${[...randomBytes(3)].join('.')}`;
const event = (reference = randomUUID()) => ({ userId: 'u-rl', amount: 10, reference });
const events = (n: number) => Array.from({ length: n }, () => event());
const code = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(LIMITS);
});
afterAll(async () => {
  await server?.close();
});

async function scoredRows(tenant: SeededTenant, on: TestServer = server): Promise<number> {
  const rows = await on.orm.em
    .getConnection()
    .execute<{ n: string }[]>('select count(*) as n from scored_event where tenant_id = ?', [
      tenant.id,
    ]);
  return Number(rows[0]!.n);
}

function score(tenant: SeededTenant, mode: 'LIVE' | 'TEST' = 'LIVE', on: TestServer = server) {
  return on.gql(SCORE, { input: event() }, { auth: tenant.keys[mode].secret });
}

describe('scoring bucket', () => {
  it('answers 429 RATE_LIMITED with Retry-After over the limit, and writes nothing for it', async () => {
    const tenant = await seedTenant(server);
    for (let i = 0; i < 5; i++) {
      const ok = await score(tenant);
      expect(ok.status).toBe(200);
      expect(ok.errors).toBeUndefined();
      expect(ok.headers.get('ratelimit-limit')).toBe('5');
      expect(ok.headers.get('ratelimit-remaining')).toBe(String(4 - i));
      expect(Number(ok.headers.get('ratelimit-reset'))).toBeGreaterThanOrEqual(1);
      expect(Number(ok.headers.get('ratelimit-reset'))).toBeLessThanOrEqual(60);
    }
    const refused = await score(tenant);
    expect(refused.status).toBe(429);
    expect(code(refused)).toBe('RATE_LIMITED');
    expect(refused.errors?.[0]?.message).toMatch(/5 scored events per minute/);
    expect(refused.data ?? null).toBeNull();
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers.get('ratelimit-limit')).toBe('5');
    expect(refused.headers.get('ratelimit-remaining')).toBe('0');
    expect(refused.headers.get('ratelimit-reset')).not.toBeNull();
    expect(await scoredRows(tenant)).toBe(5);
  });

  it('counts each batch item, and refuses as a whole a batch bigger than what is left', async () => {
    const tenant = await seedTenant(server);
    const auth = tenant.keys.LIVE.secret;
    const first = await server.gql(BATCH, { inputs: events(3) }, { auth });
    expect(first.status).toBe(200);
    expect(first.headers.get('ratelimit-remaining')).toBe('2');

    const tooBig = await server.gql(BATCH, { inputs: events(3) }, { auth });
    expect(tooBig.status).toBe(429);
    expect(code(tooBig)).toBe('RATE_LIMITED');
    expect(await scoredRows(tenant)).toBe(3);

    // The refused batch did not use up the rest of the minute.
    const fits = await server.gql(BATCH, { inputs: events(2) }, { auth });
    expect(fits.status).toBe(200);
    expect(fits.headers.get('ratelimit-remaining')).toBe('0');
    expect(await scoredRows(tenant)).toBe(5);
  });

  it('keeps tenants apart, and LIVE apart from TEST', async () => {
    const a = await seedTenant(server);
    const b = await seedTenant(server);
    expect(
      (await server.gql(BATCH, { inputs: events(5) }, { auth: a.keys.LIVE.secret })).status,
    ).toBe(200);
    expect((await score(a)).status).toBe(429);

    const test = await score(a, 'TEST');
    expect(test.status).toBe(200);
    expect(test.headers.get('ratelimit-remaining')).toBe('4');
    const other = await score(b);
    expect(other.status).toBe(200);
    expect(other.headers.get('ratelimit-remaining')).toBe('4');
  });

  it("uses a tenant's own limit where the platform admin set one", async () => {
    const tenant = await seedTenant(server);
    await server.orm.em
      .getConnection()
      .execute(
        'update tenant set rate_limit_scoring_per_minute = 2, rate_limit_other_per_minute = 7 where id = ?',
        [tenant.id],
      );
    const first = await score(tenant);
    expect(first.headers.get('ratelimit-limit')).toBe('2');
    expect((await score(tenant)).status).toBe(200);
    expect((await score(tenant)).status).toBe(429);
    const other = await server.gql(QUERY, {}, { auth: tenant.keys.LIVE.secret });
    expect(other.headers.get('ratelimit-limit')).toBe('7');
  });
});

describe('other bucket', () => {
  it('limits the other operations of a key apart from its scoring, with headers', async () => {
    const tenant = await seedTenant(server);
    const auth = tenant.keys.LIVE.secret;
    for (let i = 0; i < 5; i++) {
      const ok = await server.gql(QUERY, {}, { auth });
      expect(ok.status).toBe(200);
      expect(ok.headers.get('ratelimit-limit')).toBe('5');
      expect(ok.headers.get('ratelimit-remaining')).toBe(String(4 - i));
    }
    const refused = await server.gql(QUERY, {}, { auth });
    expect(refused.status).toBe(429);
    expect(code(refused)).toBe('RATE_LIMITED');
    expect((await score(tenant)).status).toBe(200);
  });

  it('counts each feedback item of a batch', async () => {
    const tenant = await seedTenant(server);
    const items = Array.from({ length: 6 }, () => ({
      idempotencyKey: randomUUID(),
      transactionId: randomUUID(),
      feedbackType: 'TENANT_ACTION',
      tenantAction: 'APPROVE',
    }));
    const res = await server.gql(
      'mutation($items: [FeedbackBatchItem!]!) { submitFeedbackBatch(items: $items) { items { index } } }',
      { items },
      { auth: tenant.keys.LIVE.secret },
    );
    expect(res.status).toBe(429);
    expect(code(res)).toBe('RATE_LIMITED');
  });

  it("counts console users in their tenant's own bucket, over HTTP and WebSocket", async () => {
    const tenant = await seedTenant(server);
    const token = await tenant.token('ANALYST');
    for (let i = 0; i < 5; i++) {
      expect((await server.gql(QUERY, {}, { auth: token })).status).toBe(200);
    }
    expect((await server.gql(QUERY, {}, { auth: token })).status).toBe(429);
    // The tenant's API keys are not affected.
    expect((await server.gql(QUERY, {}, { auth: tenant.keys.LIVE.secret })).status).toBe(200);

    const ws = createClient({
      url: server.url.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    const result = await new Promise<unknown>((resolve, reject) => {
      ws.subscribe(
        { query: 'subscription { reviewQueue { type } }' },
        { next: resolve, error: reject, complete: () => resolve('completed') },
      );
    });
    await ws.dispose();
    expect(result).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
  });
});

describe('per client address, without valid credentials', () => {
  it('limits requests without credentials, login included, per IP', async () => {
    const headers = { 'x-forwarded-for': randomIp() };
    for (let i = 0; i < 4; i++) {
      const ok = await server.gql('{ __typename }', {}, { headers });
      expect(ok.status).toBe(200);
      expect(ok.headers.get('ratelimit-limit')).toBe('5');
    }
    const login = await server.gql(LOGIN, { e: 'nobody@x.test', p: 'wrong' }, { headers });
    expect(code(login)).toBe('UNAUTHENTICATED');
    const refused = await server.gql('{ __typename }', {}, { headers });
    expect(refused.status).toBe(429);
    expect(code(refused)).toBe('RATE_LIMITED');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);

    const elsewhere = await server.gql(
      '{ __typename }',
      {},
      { headers: { 'x-forwarded-for': randomIp() } },
    );
    expect(elsewhere.status).toBe(200);
  });

  it('counts a bad or revoked key against the address, not against a tenant', async () => {
    const tenant = await seedTenant(server);
    const revoked = await server.gql(
      'mutation($id: UUID!) { revokeApiKey(id: $id) { revokedAt } }',
      { id: tenant.keys.TEST.id },
      { auth: await tenant.token('TENANT_ADMIN') },
    );
    expect(revoked.errors).toBeUndefined();
    const headers = { 'x-forwarded-for': randomIp() };
    for (let i = 0; i < 5; i++) {
      const auth = i % 2 ? 'pk_live_bogus' : tenant.keys.TEST.secret;
      const res = await server.gql(SCORE, { input: event() }, { auth, headers });
      expect(code(res)).toBe('UNAUTHENTICATED');
      expect(res.headers.get('ratelimit-remaining')).toBe(String(4 - i));
    }
    const refused = await server.gql(SCORE, { input: event() }, { auth: 'pk_live_bogus', headers });
    expect(refused.status).toBe(429);
    // A valid key from the same address is counted for its tenant.
    const ok = await server.gql(
      SCORE,
      { input: event() },
      { auth: tenant.keys.LIVE.secret, headers },
    );
    expect(ok.status).toBe(200);
  });

  it('counts refused WebSocket connections against the address', async () => {
    // Its own key prefix: other test files also speak from 127.0.0.1 against this database.
    const alone = await startTestServer({
      ...LIMITS,
      RATE_LIMIT_KEY_PREFIX: `ws-${randomBytes(6).toString('hex')}`,
    });
    try {
      for (let i = 0; i < 5; i++) {
        const ws = createClient({
          url: alone.url.replace('http', 'ws'),
          webSocketImpl: WebSocket,
          connectionParams: { authorization: 'Bearer pk_live_bogus' },
          retryAttempts: 0,
        });
        const closed = await new Promise<number | undefined>((resolve) => {
          ws.subscribe(
            { query: 'subscription { reviewQueue { type } }' },
            {
              next: () => undefined,
              error: (e) => resolve((e as { code?: number }).code),
              complete: () => resolve(undefined),
            },
          );
        });
        await ws.dispose();
        expect(closed).toBe(4403);
      }
      const refused = await alone.gql('{ __typename }');
      expect(refused.status).toBe(429);
    } finally {
      await alone.close();
    }
  });

  it('counts malformed requests too', async () => {
    const headers = { 'x-forwarded-for': randomIp() };
    const malformed = ['{ nope', '{ nope }', 'query A { __typename } query B { __typename }'];
    for (let i = 0; i < 5; i++) {
      const res = await server.gql(malformed[i % 3]!, {}, { headers });
      expect(res.status).toBe(400);
      expect(res.headers.get('ratelimit-remaining')).toBe(String(4 - i));
    }
    const refused = await server.gql('{ __typename }', {}, { headers });
    expect(refused.status).toBe(429);
  });
});

describe('events per operation', () => {
  it('refuses 30 aliases of a 1,000-item batch before scoring anything', async () => {
    const tenant = await seedTenant(server);
    const aliases = Array.from(
      { length: 30 },
      (_, i) => `a${i}: scoreTransactions(inputs: $x) { scored }`,
    ).join(' ');
    const res = await server.gql(
      `mutation($x: [TransactionInput!]!) { ${aliases} }`,
      { x: events(1000) },
      { auth: tenant.keys.LIVE.secret },
    );
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: [
        {
          field: 'operation',
          message:
            'scores 30000 events in 30 fields; at most 1000 per operation, however many aliases',
        },
      ],
    });
    expect(res.headers.get('ratelimit-limit')).toBe('5');
    expect(await scoredRows(tenant)).toBe(0);
  });

  it('refuses more than 100 feedback items across aliases', async () => {
    const tenant = await seedTenant(server);
    const items = (n: number) =>
      Array.from({ length: n }, () => ({
        idempotencyKey: randomUUID(),
        transactionId: randomUUID(),
        feedbackType: 'TENANT_ACTION',
        tenantAction: 'APPROVE',
      }));
    const res = await server.gql(
      `mutation($a: [FeedbackBatchItem!]!, $b: [FeedbackBatchItem!]!) {
        a: submitFeedbackBatch(items: $a) { items { index } }
        b: submitFeedbackBatch(items: $b) { items { index } }
      }`,
      { a: items(60), b: items(41) },
      { auth: tenant.keys.LIVE.secret },
    );
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: [{ field: 'operation', message: expect.stringContaining('101 feedback items') }],
    });
    const rows = await server.orm.em
      .getConnection()
      .execute<{ n: string }[]>('select count(*) as n from feedback where tenant_id = ?', [
        tenant.id,
      ]);
    expect(Number(rows[0]!.n)).toBe(0);
  });
});

describe('across replicas', () => {
  async function sharesOneCounter(env: Record<string, string>) {
    const one = await startTestServer({ ...LIMITS, ...env });
    const two = await startTestServer({ ...LIMITS, ...env });
    try {
      const tenant = await seedTenant(one);
      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, i) => score(tenant, 'LIVE', i % 2 ? one : two)),
      );
      const statuses = answers.map((a) => a.status).sort();
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429, 429, 429]);
      expect(await scoredRows(tenant, one)).toBe(5);
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  }

  it('share one exact counter in PostgreSQL', async () => {
    await sharesOneCounter({});
  });

  it('share one exact counter in Redis when REDIS_URL is set', async () => {
    await sharesOneCounter({
      REDIS_URL: 'redis://127.0.0.1:6379',
      RATE_LIMIT_KEY_PREFIX: `test-${randomBytes(6).toString('hex')}`,
    });
  });

  it('keep scoring, limited per process, when Redis is configured but down', async () => {
    const alone = await startTestServer({ ...LIMITS, REDIS_URL: 'redis://127.0.0.1:1' });
    try {
      const tenant = await seedTenant(alone);
      for (let i = 0; i < 5; i++) {
        const ok = await score(tenant, 'LIVE', alone);
        expect(ok.status).toBe(200);
        expect(ok.headers.get('ratelimit-remaining')).toBe(String(4 - i));
      }
      expect((await score(tenant, 'LIVE', alone)).status).toBe(429);
    } finally {
      await alone.close();
    }
  });
});
