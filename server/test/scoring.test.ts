import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executorStatistics } from '../src/db/executor.js';
import { TENANT_FILTER } from '../src/db/tenant-filter.js';
import { ScoringService } from '../src/modules/scoring/scoring.service.js';
import { seedTenant, startTestServer, type SeededTenant, type TestServer } from './harness.js';

let server: TestServer;
let tenant: SeededTenant;

beforeAll(async () => {
  server = await startTestServer();
  tenant = await seedTenant(server);
});
afterAll(async () => {
  await server?.close();
});

const SCORE = `mutation($input: TransactionInput!) {
  scoreTransaction(input: $input) {
    transactionId riskScore riskLevel decision replayed mode processingTimeMs createdAt
    matchedRules { code label dimension weight action }
    allChecks { code status weight detail }
    signals { positive negative neutral }
    checks {
      velocity { passed dailyCount dailyLimit }
      amount { passed vsAverage }
      recipient { passed isKnown trustLevel }
      device { passed isTrusted }
    }
    derivedSignals
    shadowEvaluation { score decision rules }
  }
}`;

interface Score {
  transactionId: string;
  riskScore: number;
  riskLevel: string;
  decision: string;
  replayed: boolean;
  mode: string;
  matchedRules: { code: string }[];
  allChecks: { code: string; status: string; detail: string }[];
  signals: { positive: string[]; negative: string[]; neutral: string[] };
  checks: { velocity: { dailyCount: number; dailyLimit: number } };
  derivedSignals: Record<string, unknown>;
}

async function score(input: Record<string, unknown>, key = tenant.keys.LIVE.secret) {
  return server.gql<{ scoreTransaction: Score }>(SCORE, { input }, { auth: key });
}

const uid = (p = 'u') => `${p}-${Math.random().toString(36).slice(2, 10)}`;

async function countEvents(userId: string, mode = 'LIVE') {
  const rows = await server.orm.em
    .getConnection()
    .execute<{ n: string }[]>(
      'select count(*) as n from scored_event where tenant_id = ? and user_id = ? and mode = ?',
      [tenant.id, userId, mode],
    );
  return Number(rows[0]!.n);
}

describe('scoreTransaction', () => {
  it('scores the quick-start p2p transfer with explanations', async () => {
    const userId = uid('quick');
    const res = await score({
      userId,
      amount: 5000,
      currency: 'MAD',
      type: 'P2P_TRANSFER',
      channel: 'app',
      device: { id: 'dev-quick-1', sessionId: 'sess-1' },
      ip: '196.200.1.10',
      recipient: { type: 'PHONE', value: '+212 6 12 34 56 78', name: 'Karim' },
    });
    expect(res.errors).toBeUndefined();
    const r = res.data!.scoreTransaction;
    expect(r.transactionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.riskScore).toBeGreaterThanOrEqual(0);
    expect(r.riskScore).toBeLessThanOrEqual(100);
    expect(['ALLOW', 'REVIEW', 'BLOCK']).toContain(r.decision);
    expect(r.mode).toBe('LIVE');
    expect(r.replayed).toBe(false);
    // Every rule of the pack is accounted for, with a readable detail.
    expect(r.allChecks.length).toBeGreaterThanOrEqual(25);
    for (const check of r.allChecks) expect(check.detail.length).toBeGreaterThan(3);
    expect(r.allChecks.find((c) => c.code === 'VELOCITY_COUNT_1H')?.detail).toBe(
      '1 transaction in the last hour, limit 5',
    );
    expect(r.matchedRules.map((m) => m.code).sort()).toEqual(
      r.allChecks
        .filter((c) => c.status === 'FIRED')
        .map((c) => c.code)
        .sort(),
    );
    expect(r.derivedSignals.amount).toEqual({
      original: 5000,
      currency: 'MAD',
      base: 500,
      baseCurrency: 'USD',
      rate: 0.1,
    });
    expect(r.signals.neutral).toContain('first_transaction');
    expect(r.signals.negative).toContain('new_recipient');
    expect(r.checks.velocity).toEqual({ passed: true, dailyCount: 1, dailyLimit: 20 });

    const again = await score({
      userId,
      amount: 4000,
      currency: 'MAD',
      type: 'P2P_TRANSFER',
      device: { id: 'dev-quick-1' },
      recipient: { type: 'PHONE', value: '+212612345678' },
    });
    const second = again.data!.scoreTransaction;
    expect(second.signals.positive).toEqual(
      expect.arrayContaining(['known_recipient', 'trusted_device']),
    );
    expect(second.checks.velocity.dailyCount).toBe(2);
  });

  it('scores a Tier 0 payload and stores it durably', async () => {
    const userId = uid('tier0');
    const res = await score({ userId, amount: 12.5 });
    expect(res.errors).toBeUndefined();
    const r = res.data!.scoreTransaction;
    expect(r).toMatchObject({
      riskScore: 0,
      riskLevel: 'LOW',
      decision: 'ALLOW',
      matchedRules: [],
    });
    const read = await server.gql<{
      transaction: {
        id: string;
        userId: string;
        amount: number;
        decision: string;
        input: Record<string, unknown>;
      };
    }>(
      'query($id: UUID!) { transaction(id: $id) { id userId amount decision riskScore input allChecks { code } } }',
      { id: r.transactionId },
      { auth: await tenant.token('ANALYST') },
    );
    expect(read.data?.transaction).toMatchObject({
      id: r.transactionId,
      userId,
      amount: 12.5,
      decision: 'ALLOW',
    });
    expect(read.data?.transaction.input).toMatchObject({ userId, amount: 12.5, type: 'OTHER' });
  });

  it('lists every bad field of an invalid payload and writes nothing', async () => {
    const userId = uid('bad');
    const res = await score({
      userId,
      amount: -3,
      currency: 'XYZ',
      ip: 'not-an-ip',
      phone: '12',
      email: 'nope',
      occurredAt: '2099-01-01T00:00:00Z',
      recipient: { type: 'PHONE', value: 'call me' },
      location: { latitude: 91, longitude: 10 },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (res.errors![0]!.extensions!.details as { field: string }[])
      .map((d) => d.field)
      .sort();
    expect(fields).toEqual([
      'input.amount',
      'input.currency',
      'input.email',
      'input.ip',
      'input.location.latitude',
      'input.occurredAt',
      'input.phone',
      'input.recipient.value',
    ]);
    expect(await countEvents(userId)).toBe(0);
  });

  it('returns the stored result for a retried reference and refuses a different payload', async () => {
    const userId = uid('ref');
    const reference = uid('order');
    const first = (await score({ userId, amount: 70, reference })).data!.scoreTransaction;
    const retry = (await score({ userId, amount: 70, reference })).data!.scoreTransaction;
    expect(retry.transactionId).toBe(first.transactionId);
    expect(retry.replayed).toBe(true);
    expect(retry.riskScore).toBe(first.riskScore);
    expect(await countEvents(userId)).toBe(1);
    const conflict = await score({ userId, amount: 71, reference });
    expect(conflict.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await countEvents(userId)).toBe(1);
  });

  it('concurrent retries of one reference write one event', async () => {
    const userId = uid('race');
    const reference = uid('order');
    const results = await Promise.all(
      Array.from({ length: 8 }, () => score({ userId, amount: 20, reference })),
    );
    const ids = new Set(results.map((r) => r.data?.scoreTransaction.transactionId));
    expect(ids.size).toBe(1);
    expect(await countEvents(userId)).toBe(1);
  });

  it('keeps velocity exact under 20 concurrent scores for one customer', async () => {
    const userId = uid('burst');
    const results = await Promise.all(
      Array.from({ length: 20 }, () => score({ userId, amount: 10 })),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    const counts = results
      .map((r) => r.data!.scoreTransaction.checks.velocity.dailyCount)
      .sort((a, b) => a - b);
    expect(counts).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const profile = await server.orm.em
      .getConnection()
      .execute<{ tx_count: number }[]>(
        'select tx_count from customer where tenant_id = ? and mode = ? and external_id = ?',
        [tenant.id, 'LIVE', userId],
      );
    expect(profile[0]!.tx_count).toBe(20);
  });

  it('blocks a deny-listed device and allows an allow-listed user', async () => {
    const add = `mutation($input: ListEntryInput!) { addListEntry(input: $input) { id value author } }`;
    const device = uid('stolen-device');
    const denied = await server.gql<{ addListEntry: { id: string; author: string } }>(
      add,
      { input: { list: 'DENY', kind: 'DEVICE', value: device, reason: 'reported stolen' } },
      { auth: tenant.keys.LIVE.secret },
    );
    expect(denied.data?.addListEntry.author).toMatch(/^pk_live_/);
    const blocked = (await score({ userId: uid('thief'), amount: 5, device: { id: device } })).data!
      .scoreTransaction;
    expect(blocked.decision).toBe('BLOCK');
    expect(blocked.matchedRules.map((m) => m.code)).toContain('DENYLIST_MATCH');
    expect(blocked.allChecks.find((c) => c.code === 'DENYLIST_MATCH')?.detail).toContain(
      'reported stolen',
    );

    const vip = uid('vip');
    await server.gql(
      add,
      { input: { list: 'ALLOW', kind: 'USER', value: vip } },
      { auth: await tenant.token('ANALYST') },
    );
    // Enough to reach the BLOCK band on its own: high amount, new account, velocity…
    const big = (await score({ userId: vip, amount: 50_000 })).data!.scoreTransaction;
    expect(big.decision).toBe('ALLOW');
    expect(big.signals.positive).toContain('allow_listed');

    const removed = await server.gql<{ removeListEntry: boolean }>(
      'mutation($id: UUID!) { removeListEntry(id: $id) }',
      { id: denied.data!.addListEntry.id },
      { auth: tenant.keys.LIVE.secret },
    );
    expect(removed.data?.removeListEntry).toBe(true);
    const after = (await score({ userId: uid('thief'), amount: 5, device: { id: device } })).data!
      .scoreTransaction;
    expect(after.decision).toBe('ALLOW');
  });

  it('keeps TEST traffic out of LIVE profiles, velocity and lists', async () => {
    const userId = uid('shared');
    await score({ userId, amount: 100 }, tenant.keys.TEST.secret);
    await score({ userId, amount: 100 }, tenant.keys.TEST.secret);
    const live = (await score({ userId, amount: 100 })).data!.scoreTransaction;
    expect(live.checks.velocity.dailyCount).toBe(1);
    expect(live.signals.neutral).toContain('first_transaction');
    expect(await countEvents(userId, 'TEST')).toBe(2);
    const testRead = await server.gql(
      'query($id: UUID!) { transaction(id: $id) { id } }',
      { id: live.transactionId },
      {
        auth: tenant.keys.TEST.secret,
      },
    );
    expect(testRead.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it("another tenant's key cannot read a transaction", async () => {
    const other = await seedTenant(server);
    const r = (await score({ userId: uid('private'), amount: 9 })).data!.scoreTransaction;
    const res = await server.gql(
      'query($id: UUID!) { transaction(id: $id) { id } }',
      { id: r.transactionId },
      {
        auth: other.keys.LIVE.secret,
      },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('lists transactions with filters and cursors', async () => {
    const userId = uid('list');
    for (const amount of [10, 20, 30]) await score({ userId, amount });
    const q = `query($f: TransactionFilter, $after: String) {
      transactions(filter: $f, first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { amount userId } } }
    }`;
    type Page = {
      transactions: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { amount: number } }[];
      };
    };
    const auth = { auth: tenant.keys.LIVE.secret };
    const first = (await server.gql<Page>(q, { f: { userId } }, auth)).data!.transactions;
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((e) => e.node.amount)).toEqual([30, 20]);
    const second = (
      await server.gql<Page>(q, { f: { userId }, after: first.pageInfo.endCursor }, auth)
    ).data!.transactions;
    expect(second.edges.map((e) => e.node.amount)).toEqual([10]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const bad = await server.gql(q, { f: { minScore: 80, maxScore: 20 } }, auth);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('geolocates the IP: country mismatch and impossible travel', async () => {
    const userId = uid('traveller');
    await server.gql(
      'mutation($input: CustomerInput!) { onboardCustomer(input: $input) { externalId } }',
      { input: { externalId: userId, country: 'MA' } },
      { auth: tenant.keys.LIVE.secret },
    );
    const t0 = Date.parse('2026-11-24T10:00:00Z');
    const first = (
      await score({ userId, amount: 20, ip: '8.8.8.8', occurredAt: new Date(t0).toISOString() })
    ).data!.scoreTransaction;
    expect(first.derivedSignals.geo).toMatchObject({
      ipCountry: 'US',
      ipCity: 'Mountain View',
      locationSource: 'IP',
    });
    expect(first.allChecks.find((c) => c.code === 'GEO_MISMATCH')).toMatchObject({
      status: 'FIRED',
      detail: 'IP in US, customer lives in MA',
    });
    const second = (
      await score({
        userId,
        amount: 20,
        ip: '196.200.1.10',
        occurredAt: new Date(t0 + 10 * 60_000).toISOString(),
      })
    ).data!.scoreTransaction;
    const travel = second.allChecks.find((c) => c.code === 'IMPOSSIBLE_TRAVEL')!;
    expect(travel.status).toBe('FIRED');
    expect(travel.detail).toMatch(
      /^1\d{4} km from the previous event at \d+ km\/h, limit 900 km\/h$/,
    );
  });

  it('costs two round-trips per call, one transaction or a batch', async () => {
    const em = server.orm.em.fork();
    em.setFilterParams(TENANT_FILTER, { tenantId: tenant.id });
    const service = new ScoringService(em, tenant.id, 'LIVE');
    // The server's background work (the webhook sweep) uses the executor too and can only add
    // to a count: the least of three calls is the call's own cost.
    const trips = async (n: number) => {
      const counts: number[] = [];
      for (let attempt = 0; attempt < 3; attempt++) {
        const before = executorStatistics.roundTrips;
        const results = await service.scoreTransactions(
          Array.from({ length: n }, (_, i) => ({ userId: `trips-${n}-${i % 3}`, amount: 10 + i })),
        );
        expect(results.every((r) => r.ok)).toBe(true);
        counts.push(executorStatistics.roundTrips - before);
      }
      return Math.min(...counts);
    };
    expect(await trips(1)).toBe(2);
    expect(await trips(50)).toBe(2);
  });

  it('is for API keys only', async () => {
    const res = await server.gql(
      SCORE,
      { input: { userId: 'x', amount: 1 } },
      { auth: await tenant.token('TENANT_ADMIN') },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
