import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedTenant, startTestServer, type TestServer } from './harness.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const uid = (p: string) => `${p}-${randomBytes(4).toString('hex')}`;
const BACKTEST = `mutation($id: UUID!, $from: DateTime!, $to: DateTime!, $mode: Mode) {
  backtestPolicy(draftId: $id, from: $from, to: $to, mode: $mode) {
    mode version comparedWith events skipped changed
    before { decision count } after { decision count }
    fraudCaught fraudMissed falsePositives fraudCaughtBefore fraudMissedBefore falsePositivesBefore
    rules { code hits fraudHits precision } rulesBefore { code hits }
    sample { eventId fraud before after riskScoreBefore riskScoreAfter rules }
    seconds eventsPerSecond } }`;
interface Result {
  version: number;
  comparedWith: number;
  events: number;
  skipped: number;
  changed: number;
  before: { decision: string; count: number }[];
  after: { decision: string; count: number }[];
  fraudCaught: number;
  fraudMissed: number;
  falsePositives: number;
  fraudCaughtBefore: number;
  fraudMissedBefore: number;
  falsePositivesBefore: number;
  rules: { code: string; hits: number; fraudHits: number; precision: number | null }[];
  sample: { eventId: string; fraud: boolean; before: string; after: string; rules: string[] }[];
}

describe('backtestPolicy', () => {
  it('re-decides stored events under a draft and under what LIVE scores with, with fraud as labelled now', async () => {
    const tenant = await seedTenant(server);
    const admin = await tenant.token('TENANT_ADMIN');
    const scoreAs = async (mode: 'LIVE' | 'TEST', amount: number) => {
      const res = await server.gql<{
        scoreTransaction: { transactionId: string; decision: string };
      }>(
        'mutation($input: TransactionInput!) { scoreTransaction(input: $input) { transactionId decision } }',
        { input: { userId: uid('c'), amount } },
        { auth: tenant.keys[mode].secret },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.scoreTransaction;
    };
    const small = [];
    const large = [];
    for (let i = 0; i < 10; i++) small.push(await scoreAs('LIVE', 50));
    for (let i = 0; i < 10; i++) large.push(await scoreAs('LIVE', 500));
    await scoreAs('TEST', 500);
    const frauds = [large[0]!, large[1]!, large[2]!, small[0]!];
    const feedback = await server.gql<{ submitFeedbackBatch: { failed: number } }>(
      'mutation($items: [FeedbackBatchItem!]!) { submitFeedbackBatch(items: $items) { failed } }',
      {
        items: frauds.map((f) => ({
          idempotencyKey: uid('cb'),
          transactionId: f.transactionId,
          feedbackType: 'TENANT_ACTION',
          tenantAction: 'CHARGEBACK',
        })),
      },
      { auth: tenant.keys.LIVE.secret },
    );
    expect(feedback.data!.submitFeedbackBatch.failed).toBe(0);

    const draft = await server.gql<{ createPolicyDraft: { id: string; number: number } }>(
      'mutation { createPolicyDraft { id number } }',
      {},
      { auth: admin },
    );
    const id = draft.data!.createPolicyDraft.id;
    await server.gql(
      `mutation($id: UUID!) { upsertCustomRule(draftId: $id, input: {
        code: "OVER_100", name: "Over 100", condition: "amount > 100", weight: 10, action: BLOCK }) { id } }`,
      { id },
      { auth: admin },
    );
    const from = new Date(Date.now() - 3_600_000).toISOString();
    const to = new Date(Date.now() + 3_600_000).toISOString();
    const res = await server.gql<{ backtestPolicy: Result }>(
      BACKTEST,
      { id, from, to },
      { auth: admin },
    );
    expect(res.errors).toBeUndefined();
    const r = res.data!.backtestPolicy;
    // LIVE's events only; none without a snapshot.
    expect(r).toMatchObject({ version: draft.data!.createPolicyDraft.number, comparedWith: 0 });
    expect([r.events, r.skipped]).toEqual([20, 0]);
    // "Before" re-decides exactly what scoring decided.
    const decided = new Map<string, number>();
    for (const s of [...small, ...large])
      decided.set(s.decision, (decided.get(s.decision) ?? 0) + 1);
    for (const { decision, count } of r.before) expect(count).toBe(decided.get(decision) ?? 0);
    expect(r.after.find((d) => d.decision === 'BLOCK')!.count).toBe(10);
    const largeBlockedBefore = large.filter((l) => l.decision === 'BLOCK').length;
    expect(r.changed).toBe(10 - largeBlockedBefore);
    expect([r.fraudCaught, r.fraudMissed]).toEqual([3, 1]);
    expect(r.falsePositives).toBe(7 + small.slice(1).filter((s) => s.decision !== 'ALLOW').length);
    expect(r.rules.find((x) => x.code === 'OVER_100')).toEqual({
      code: 'OVER_100',
      hits: 10,
      fraudHits: 3,
      precision: 0.3,
    });
    expect(r.sample).toHaveLength(r.changed);
    for (const s of r.sample) {
      expect(s.after).toBe('BLOCK');
      expect(s.rules).toContain('OVER_100');
      expect(large.map((l) => l.transactionId)).toContain(s.eventId);
    }
    // Fraud comes first in the sample.
    expect(r.sample.filter((s) => s.fraud)).toHaveLength(3);

    const idle = await server.gql<{ backtestProgress: null }>(
      'query($id: UUID!) { backtestProgress(draftId: $id) { done total } }',
      { id },
      { auth: admin },
    );
    expect(idle.data!.backtestProgress).toBeNull();
  });

  it('refuses an empty window, another tenant’s draft and callers who are not administrators', async () => {
    const [a, b] = [await seedTenant(server), await seedTenant(server)];
    const adminA = await a.token('TENANT_ADMIN');
    const draft = await server.gql<{ createPolicyDraft: { id: string } }>(
      'mutation { createPolicyDraft { id } }',
      {},
      { auth: adminA },
    );
    const id = draft.data!.createPolicyDraft.id;
    const at = new Date().toISOString();
    const empty = await server.gql(BACKTEST, { id, from: at, to: at }, { auth: adminA });
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const window = { id, from: new Date(0).toISOString(), to: at };
    const other = await server.gql(BACKTEST, window, { auth: await b.token('TENANT_ADMIN') });
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const analyst = await server.gql(BACKTEST, window, { auth: await a.token('ANALYST') });
    expect(analyst.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const key = await server.gql(BACKTEST, window, { auth: a.keys.TEST.secret });
    expect(key.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Aliases cannot queue a million-event backtest many times behind one request.
    const aliased = await server.gql(
      `mutation($id: UUID!, $from: DateTime!, $to: DateTime!) {
        a: backtestPolicy(draftId: $id, from: $from, to: $to) { events }
        b: backtestPolicy(draftId: $id, from: $from, to: $to) { events } }`,
      window,
      { auth: adminA },
    );
    expect(aliased.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(aliased.errors?.[0]?.message).toMatch(/at most one of backtestPolicy/);
  });
});
