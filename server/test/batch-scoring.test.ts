import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const BATCH = `mutation($inputs: [TransactionInput!]!) { scoreTransactions(inputs: $inputs) {
  scored failed
  items { index error { code message details { field message } }
    result { transactionId riskScore decision replayed allChecks { code status } checks { velocity { dailyCount } } } } } }`;
const SINGLE = `mutation($input: TransactionInput!) { scoreTransaction(input: $input) {
  transactionId riskScore decision allChecks { code status } checks { velocity { dailyCount } } } }`;

type Result = {
  transactionId: string;
  riskScore: number;
  decision: string;
  replayed: boolean;
  allChecks: { code: string; status: string }[];
  checks: { velocity: { dailyCount: number } };
};
type Batch = {
  scoreTransactions: {
    scored: number;
    failed: number;
    items: {
      index: number;
      error: { code: string; details: { field: string }[] | null } | null;
      result: Result | null;
    }[];
  };
};

const uid = (p: string) => `${p}-${Math.random().toString(36).slice(2, 10)}`;

describe('scoreTransactions', () => {
  it('scores in input order, reports bad items alone, and lets velocity see earlier items', async () => {
    const user = uid('b');
    const inputs = [
      { userId: user, amount: 10 },
      { userId: user, amount: -5 },
      { userId: user, amount: 20, currency: 'ZZZ' },
      { userId: user, amount: 30 },
      { userId: user, amount: 40 },
    ];
    const res = await server.gql<Batch>(BATCH, { inputs }, { auth: tenant.keys.LIVE.secret });
    expect(res.errors).toBeUndefined();
    const out = res.data!.scoreTransactions;
    expect(out).toMatchObject({ scored: 3, failed: 2 });
    expect(out.items.map((i) => i.index)).toEqual([0, 1, 2, 3, 4]);
    expect(out.items[1]!.error).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: [{ field: 'inputs.1.amount' }],
    });
    expect(out.items[2]!.error?.details?.[0]?.field).toBe('inputs.2.currency');
    expect(
      out.items.filter((i) => i.result).map((i) => i.result!.checks.velocity.dailyCount),
    ).toEqual([1, 2, 3]);
  });

  it('sees linkage built earlier in the same batch', async () => {
    const device = uid('farm');
    const inputs = [1, 2, 3].map(() => ({
      userId: uid('acct'),
      amount: 10,
      device: { id: device },
    }));
    const out = (await server.gql<Batch>(BATCH, { inputs }, { auth: tenant.keys.LIVE.secret }))
      .data!.scoreTransactions;
    const reused = out.items.map(
      (i) => i.result!.allChecks.find((c) => c.code === 'DEVICE_REUSED')!.status,
    );
    expect(reused).toEqual(['PASS', 'PASS', 'FIRED']);
  });

  it('replays a repeated reference and refuses a changed one within a batch', async () => {
    const user = uid('r');
    const reference = uid('ref');
    const inputs = [
      { userId: user, amount: 5, reference },
      { userId: user, amount: 5, reference },
      { userId: user, amount: 6, reference },
    ];
    const out = (await server.gql<Batch>(BATCH, { inputs }, { auth: tenant.keys.LIVE.secret }))
      .data!.scoreTransactions;
    expect(out.items[1]!.result).toMatchObject({
      transactionId: out.items[0]!.result!.transactionId,
      replayed: true,
    });
    expect(out.items[2]!.error?.code).toBe('CONFLICT');
    const again = (
      await server.gql<Batch>(BATCH, { inputs: [inputs[0]] }, { auth: tenant.keys.LIVE.secret })
    ).data!.scoreTransactions;
    expect(again.items[0]!.result).toMatchObject({
      transactionId: out.items[0]!.result!.transactionId,
      replayed: true,
    });
  });

  it('refuses more than 1,000 items', async () => {
    const inputs = Array.from({ length: 1001 }, () => ({ userId: 'x', amount: 1 }));
    const res = await server.gql(BATCH, { inputs }, { auth: tenant.keys.LIVE.secret });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: [{ field: 'inputs' }],
    });
  });

  it('gives exactly the results of the same events sent one by one', async () => {
    const other = await seedTenant(server);
    const users = Array.from({ length: 4 }, () => uid('eq'));
    const devices = ['d1', 'd2', 'd3'].map((d) => uid(d));
    const recipients = ['+212600000001', '+212600000002'];
    const start = Date.parse('2026-11-20T08:00:00Z');
    const events = Array.from({ length: 36 }, (_, i) => ({
      userId: users[(i * 7) % 4]!,
      amount: [3, 4, 900, 1200, 50, 2][i % 6]!,
      occurredAt: new Date(start + i * 97_000).toISOString(),
      device: { id: devices[(i * 5) % 3]!, sessionId: `s${i % 5}` },
      ip: `10.0.${i % 2}.${i % 3}`,
      recipient: i % 3 === 0 ? null : { type: 'PHONE', value: recipients[i % 2]! },
    }));
    const one: Result[] = [];
    for (const input of events) {
      const res = await server.gql<{ scoreTransaction: Result }>(
        SINGLE,
        { input },
        { auth: tenant.keys.TEST.secret },
      );
      one.push(res.data!.scoreTransaction);
    }
    const batch = (
      await server.gql<Batch>(BATCH, { inputs: events }, { auth: other.keys.TEST.secret })
    ).data!.scoreTransactions;
    const view = (r: Result) => ({
      score: r.riskScore,
      decision: r.decision,
      checks: r.allChecks.map((c) => `${c.code}:${c.status}`),
    });
    expect(batch.items.map((i) => view(i.result!))).toEqual(one.map(view));
    expect(one.some((r) => r.riskScore > 0)).toBe(true);
  });
});
