import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedTenant, startTestServer, type SeededTenant, type TestServer } from './harness.js';

// Idempotency keys and references belong to one tenant AND one mode: a TEST key reusing a LIVE
// key's idempotency key or reference neither sees the LIVE row nor blocks it.
let server: TestServer;
let tenant: SeededTenant;

beforeAll(async () => {
  server = await startTestServer();
  tenant = await seedTenant(server);
  // Every transaction opens a case, so both modes have cases to resolve.
  const res = await server.gql(
    `mutation { updateThresholds(kind: TRANSACTION, thresholds: { review: 0, challenge: 98, block: 99 }) { transactionThresholds { review } } }`,
    {},
    { auth: await tenant.token('TENANT_ADMIN') },
  );
  expect(res.errors).toBeUndefined();
});
afterAll(async () => {
  await server?.close();
});

type Mode = 'LIVE' | 'TEST';
type Errors = { errors?: { message: string; extensions?: Record<string, unknown> }[] };
const code = (res: Errors) => res.errors?.[0]?.extensions?.code;

interface Feedback {
  id: string;
  transactionId: string;
  notes: string | null;
  mode: string;
  author: { kind: string; id: string };
}
const SUBMIT = `mutation($input: FeedbackInput!, $key: String!) {
  submitFeedback(input: $input, idempotencyKey: $key) {
    id transactionId notes mode author { kind id } } }`;
const BATCH = `mutation($items: [FeedbackBatchItem!]!) {
  submitFeedbackBatch(items: $items) { created replayed failed
    items { status feedback { id transactionId notes mode } error { code message } } } }`;
interface BatchResult {
  created: number;
  replayed: number;
  failed: number;
  items: {
    status: string;
    feedback: { id: string; transactionId: string; notes: string | null; mode: string } | null;
    error: { code: string; message: string } | null;
  }[];
}

const SCORE = `mutation($input: TransactionInput!) {
  scoreTransaction(input: $input) { transactionId replayed caseId } }`;
interface Scored {
  transactionId: string;
  replayed: boolean;
  caseId: string | null;
}

async function score(mode: Mode, input: Record<string, unknown> = {}): Promise<Scored> {
  const res = await server.gql<{ scoreTransaction: Scored }>(
    SCORE,
    { input: { userId: `idm-${randomUUID()}`, amount: 75, currency: 'USD', ...input } },
    { auth: tenant.keys[mode].secret },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.scoreTransaction;
}

function submit(auth: string, input: Record<string, unknown>, key: string) {
  return server.gql<{ submitFeedback: Feedback }>(SUBMIT, { input, key }, { auth });
}

function batch(auth: string, items: Record<string, unknown>[]) {
  return server.gql<{ submitFeedbackBatch: BatchResult }>(BATCH, { items }, { auth });
}

async function rows(sql: string, params: unknown[]): Promise<Record<string, unknown>[]> {
  return server.orm.em.getConnection().execute<Record<string, unknown>[]>(sql, params);
}

const feedbackWithKey = (key: string) =>
  rows(
    'select mode, event_id, notes from feedback where tenant_id = ? and idempotency_key = ? order by mode',
    [tenant.id, key],
  );

describe('feedback idempotency keys per mode', () => {
  it("a TEST key resending a LIVE payload with the LIVE key's K gets NOT_FOUND, never the LIVE feedback; its own TEST feedback with K is created", async () => {
    const live = await score('LIVE');
    const test = await score('TEST');
    const K = `order-${randomUUID()}`;
    const livePayload = {
      transactionId: live.transactionId,
      feedbackType: 'TENANT_ACTION',
      tenantAction: 'CHARGEBACK',
      notes: 'card holder called: stolen card',
    };
    const testPayload = { ...livePayload, transactionId: test.transactionId, notes: 'test run' };

    const original = await submit(tenant.keys.LIVE.secret, livePayload, K);
    expect(original.errors).toBeUndefined();
    const liveFeedback = original.data!.submitFeedback;

    const probe = await submit(tenant.keys.TEST.secret, livePayload, K);
    expect(code(probe)).toBe('NOT_FOUND');
    expect(probe.data).toBeNull();
    expect(JSON.stringify(probe)).not.toContain(liveFeedback.id);
    expect(JSON.stringify(probe)).not.toContain('stolen card');

    const own = await submit(tenant.keys.TEST.secret, testPayload, K);
    expect(own.errors).toBeUndefined();
    expect(own.data!.submitFeedback).toMatchObject({
      transactionId: test.transactionId,
      notes: 'test run',
      mode: 'TEST',
      author: { kind: 'API_KEY', id: tenant.keys.TEST.id },
    });
    expect(own.data!.submitFeedback.id).not.toBe(liveFeedback.id);

    // Each mode replays its own row, for the key and for a console user alike.
    const liveAgain = await submit(tenant.keys.LIVE.secret, livePayload, K);
    expect(liveAgain.data!.submitFeedback).toEqual(liveFeedback);
    const testAgain = await submit(tenant.keys.TEST.secret, testPayload, K);
    expect(testAgain.data!.submitFeedback).toEqual(own.data!.submitFeedback);
    const analyst = await tenant.token('ANALYST');
    expect((await submit(analyst, livePayload, K)).data!.submitFeedback.id).toBe(liveFeedback.id);
    expect((await submit(analyst, testPayload, K)).data!.submitFeedback.id).toBe(
      own.data!.submitFeedback.id,
    );

    // A different payload under K conflicts within its mode only.
    const liveChanged = await submit(
      tenant.keys.LIVE.secret,
      { ...livePayload, tenantAction: 'REFUND' },
      K,
    );
    expect(code(liveChanged)).toBe('CONFLICT');
    const testChanged = await submit(
      tenant.keys.TEST.secret,
      { ...testPayload, tenantAction: 'REFUND' },
      K,
    );
    expect(code(testChanged)).toBe('CONFLICT');

    expect(await feedbackWithKey(K)).toEqual([
      { mode: 'LIVE', event_id: live.transactionId, notes: 'card holder called: stolen card' },
      { mode: 'TEST', event_id: test.transactionId, notes: 'test run' },
    ]);
  });

  it('TEST traffic with a key first never makes the LIVE feedback with that key CONFLICT', async () => {
    const live = await score('LIVE');
    const test = await score('TEST');
    const K = `first-test-${randomUUID()}`;
    const payload = { feedbackType: 'TENANT_ACTION', tenantAction: 'APPROVE' };
    const t = await submit(
      tenant.keys.TEST.secret,
      { ...payload, transactionId: test.transactionId },
      K,
    );
    expect(t.errors).toBeUndefined();
    const l = await submit(
      tenant.keys.LIVE.secret,
      { ...payload, transactionId: live.transactionId },
      K,
    );
    expect(l.errors).toBeUndefined();
    expect(l.data!.submitFeedback).toMatchObject({
      transactionId: live.transactionId,
      mode: 'LIVE',
    });
  });

  it('batches: the same keys are created once per mode, replayed within a mode, and NOT_FOUND across', async () => {
    const [liveA, liveB] = [await score('LIVE'), await score('LIVE')];
    const testA = await score('TEST');
    const [K1, K2] = [`b1-${randomUUID()}`, `b2-${randomUUID()}`];
    const liveItems = [
      {
        idempotencyKey: K1,
        transactionId: liveA.transactionId,
        feedbackType: 'TENANT_ACTION',
        tenantAction: 'DECLINE',
        notes: 'live only',
      },
      {
        idempotencyKey: K2,
        transactionId: liveB.transactionId,
        feedbackType: 'TENANT_ACTION',
        tenantAction: 'APPROVE',
      },
    ];
    const first = await batch(tenant.keys.LIVE.secret, liveItems);
    expect(first.errors).toBeUndefined();
    expect(first.data!.submitFeedbackBatch.items.map((i) => i.status)).toEqual([
      'CREATED',
      'CREATED',
    ]);

    const test = await batch(tenant.keys.TEST.secret, [
      liveItems[0]!,
      { ...liveItems[1]!, transactionId: testA.transactionId },
    ]);
    expect(test.errors).toBeUndefined();
    const out = test.data!.submitFeedbackBatch;
    expect(out.items.map((i) => [i.status, i.error?.code ?? null])).toEqual([
      ['FAILED', 'NOT_FOUND'],
      ['CREATED', null],
    ]);
    expect(out.items[0]!.feedback).toBeNull();
    expect(JSON.stringify(out)).not.toContain('live only');
    expect(out.items[1]!.feedback).toMatchObject({
      transactionId: testA.transactionId,
      mode: 'TEST',
    });

    const again = await batch(tenant.keys.LIVE.secret, liveItems);
    const replayed = again.data!.submitFeedbackBatch;
    expect(replayed.items.map((i) => i.status)).toEqual(['REPLAYED', 'REPLAYED']);
    expect(replayed.items.map((i) => i.feedback!.id)).toEqual(
      first.data!.submitFeedbackBatch.items.map((i) => i.feedback!.id),
    );
    expect((await feedbackWithKey(K1)).map((r) => r.mode)).toEqual(['LIVE']);
    expect((await feedbackWithKey(K2)).map((r) => r.mode)).toEqual(['LIVE', 'TEST']);
  });

  it('20 concurrent requests with one key in each mode write one row per mode', async () => {
    const live = await score('LIVE');
    const test = await score('TEST');
    const K = `race-${randomUUID()}`;
    const input = (transactionId: string) => ({
      transactionId,
      feedbackType: 'ANALYST_LABEL',
      analystLabel: 'TRUE_FRAUD',
      confidence: 'CONFIRMED',
    });
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        i % 2 === 0
          ? submit(tenant.keys.LIVE.secret, input(live.transactionId), K)
          : submit(tenant.keys.TEST.secret, input(test.transactionId), K),
      ),
    );
    expect(results.map((r) => r.errors)).toEqual(new Array(40).fill(undefined));
    const ids = (mode: Mode) =>
      new Set(
        results
          .map((r) => r.data!.submitFeedback)
          .filter((f) => f.mode === mode)
          .map((f) => f.id),
      );
    expect(ids('LIVE').size).toBe(1);
    expect(ids('TEST').size).toBe(1);
    expect((await feedbackWithKey(K)).map((r) => [r.mode, r.event_id])).toEqual([
      ['LIVE', live.transactionId],
      ['TEST', test.transactionId],
    ]);
  });
});

describe('case resolution keys per mode', () => {
  const RESOLVE = `mutation($id: UUID!, $mode: Mode) {
    resolveCase(caseId: $id, label: FALSE_POSITIVE, confidence: PROBABLE, mode: $mode) {
      status resolution { feedbackId } } }`;

  it("resolves a LIVE and a TEST case, each writing its case:<id>:resolution feedback in the case's mode only", async () => {
    const live = await score('LIVE');
    const test = await score('TEST');
    expect(live.caseId).not.toBeNull();
    expect(test.caseId).not.toBeNull();
    const analyst = await tenant.token('ANALYST');
    const liveKey = `case:${live.caseId}:resolution`;
    const testKey = `case:${test.caseId}:resolution`;

    // A LIVE row already holding the TEST case's key (as a key scoped per tenant would let it)
    // must not be replayed or conflict when the TEST case is resolved.
    const resolvedLive = await server.gql<{
      resolveCase: { status: string; resolution: { feedbackId: string } };
    }>(RESOLVE, { id: live.caseId, mode: 'LIVE' }, { auth: analyst });
    expect(resolvedLive.errors).toBeUndefined();
    await rows(
      `insert into feedback (id, tenant_id, mode, event_id, feedback_type, tenant_action,
         analyst_label, confidence, notes, occurred_at, idempotency_key, payload_hash, author_kind,
         author_id, author_label, tx_decision, tx_risk_score, tx_occurred_at, created_at)
       select gen_random_uuid(), tenant_id, mode, event_id, feedback_type, tenant_action,
         analyst_label, confidence, notes, occurred_at, ?, payload_hash, author_kind, author_id,
         author_label, tx_decision, tx_risk_score, tx_occurred_at, created_at
         from feedback where id = ?`,
      [testKey, resolvedLive.data!.resolveCase.resolution.feedbackId],
    );

    // The TEST case is not resolvable from LIVE, and nothing is written trying.
    const wrongMode = await server.gql(
      RESOLVE,
      { id: test.caseId, mode: 'LIVE' },
      { auth: analyst },
    );
    expect(code(wrongMode)).toBe('NOT_FOUND');

    const resolvedTest = await server.gql<{
      resolveCase: { status: string; resolution: { feedbackId: string } };
    }>(RESOLVE, { id: test.caseId, mode: 'TEST' }, { auth: analyst });
    expect(resolvedTest.errors).toBeUndefined();
    expect(resolvedTest.data!.resolveCase.status).toBe('RESOLVED');

    expect(await feedbackWithKey(liveKey)).toEqual([
      { mode: 'LIVE', event_id: live.transactionId, notes: null },
    ]);
    const testRows = await rows(
      'select id, mode, event_id from feedback where tenant_id = ? and idempotency_key = ? order by mode',
      [tenant.id, testKey],
    );
    expect(testRows.map((r) => [r.mode, r.event_id])).toEqual([
      ['LIVE', live.transactionId],
      ['TEST', test.transactionId],
    ]);
    expect(testRows[1]!.id).toBe(resolvedTest.data!.resolveCase.resolution.feedbackId);

    // Clients may not use Warden's own keys in either mode.
    const reserved = await submit(
      tenant.keys.TEST.secret,
      {
        transactionId: test.transactionId,
        feedbackType: 'ANALYST_LABEL',
        analystLabel: 'FALSE_POSITIVE',
        confidence: 'PROBABLE',
      },
      testKey,
    );
    expect(code(reserved)).toBe('BAD_USER_INPUT');
  });
});

describe('references per mode', () => {
  const BATCH_SCORE = `mutation($inputs: [TransactionInput!]!) {
    scoreTransactions(inputs: $inputs) { scored failed
      items { result { transactionId replayed } error { code message } } } }`;
  interface BatchScored {
    items: {
      result: { transactionId: string; replayed: boolean } | null;
      error: { code: string } | null;
    }[];
  }

  const referenced = (reference: string, amount = 42) => ({
    userId: `ref-user-${reference}`,
    amount,
    currency: 'USD',
    reference,
    occurredAt: '2026-12-01T10:00:00Z',
  });

  it('the same reference scores once in LIVE and once in TEST, and replays within each mode only', async () => {
    const reference = `ref-${randomUUID()}`;
    const live = await score('LIVE', referenced(reference));
    const test = await score('TEST', referenced(reference));
    expect(live.replayed).toBe(false);
    expect(test.replayed).toBe(false);
    expect(test.transactionId).not.toBe(live.transactionId);

    const liveAgain = await score('LIVE', referenced(reference));
    const testAgain = await score('TEST', referenced(reference));
    expect(liveAgain).toMatchObject({ transactionId: live.transactionId, replayed: true });
    expect(testAgain).toMatchObject({ transactionId: test.transactionId, replayed: true });

    // Another payload conflicts in its mode, and leaves the other mode's reference usable.
    const changed = await server.gql(
      SCORE,
      { input: referenced(reference, 43) },
      { auth: tenant.keys.TEST.secret },
    );
    expect(code(changed)).toBe('CONFLICT');
    expect(await score('LIVE', referenced(reference))).toMatchObject({
      transactionId: live.transactionId,
      replayed: true,
    });

    const stored = await rows(
      'select id, mode from scored_event where tenant_id = ? and reference = ? order by mode',
      [tenant.id, reference],
    );
    expect(stored).toEqual([
      { id: live.transactionId, mode: 'LIVE' },
      { id: test.transactionId, mode: 'TEST' },
    ]);
  });

  it('batches: a reference scored in one mode is new in the other, and replays in its own', async () => {
    const [r1, r2] = [`bref-${randomUUID()}`, `bref-${randomUUID()}`];
    const scoreBatch = async (mode: Mode, inputs: Record<string, unknown>[]) => {
      const res = await server.gql<{ scoreTransactions: BatchScored }>(
        BATCH_SCORE,
        { inputs },
        { auth: tenant.keys[mode].secret },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.scoreTransactions.items;
    };
    const live = await scoreBatch('LIVE', [referenced(r1), referenced(r2)]);
    expect(live.map((i) => i.result?.replayed)).toEqual([false, false]);
    const test = await scoreBatch('TEST', [referenced(r1), referenced(r2), referenced(r1)]);
    expect(test.map((i) => i.result?.replayed)).toEqual([false, false, true]);
    expect(test[2]!.result!.transactionId).toBe(test[0]!.result!.transactionId);
    const liveIds = live.map((i) => i.result!.transactionId);
    expect(test.slice(0, 2).some((i) => liveIds.includes(i.result!.transactionId))).toBe(false);

    const liveAgain = await scoreBatch('LIVE', [referenced(r2), referenced(r1)]);
    expect(liveAgain.map((i) => [i.result!.transactionId, i.result!.replayed])).toEqual([
      [liveIds[1], true],
      [liveIds[0], true],
    ]);
  });

  it('10 concurrent retries of one reference in each mode store one event per mode', async () => {
    const reference = `race-ref-${randomUUID()}`;
    // The retries of one mode wait on their customer's lock, then find the stored event; the
    // two modes' customers are different locks, so LIVE and TEST really run at the same time.
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        server.gql<{ scoreTransaction: Scored }>(
          SCORE,
          { input: referenced(reference) },
          { auth: tenant.keys[i % 2 === 0 ? 'LIVE' : 'TEST'].secret },
        ),
      ),
    );
    expect(results.map((r) => r.errors)).toEqual(new Array(20).fill(undefined));
    const stored = await rows(
      'select id, mode from scored_event where tenant_id = ? and reference = ? order by mode',
      [tenant.id, reference],
    );
    expect(stored.map((r) => r.mode)).toEqual(['LIVE', 'TEST']);
    results.forEach((r, i) => {
      const mode = i % 2 === 0 ? 'LIVE' : 'TEST';
      expect(r.data!.scoreTransaction.transactionId).toBe(stored.find((s) => s.mode === mode)!.id);
    });
    expect(results.filter((r) => !r.data!.scoreTransaction.replayed)).toHaveLength(2);
  });
});
