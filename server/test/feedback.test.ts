import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedTenant, startTestServer, type SeededTenant, type TestServer } from './harness.js';

let server: TestServer;
let tenant: SeededTenant;
let other: SeededTenant;

beforeAll(async () => {
  server = await startTestServer();
  [tenant, other] = await Promise.all([seedTenant(server), seedTenant(server)]);
});
afterAll(async () => {
  await server?.close();
});

const FEEDBACK_FIELDS = `id transactionId feedbackType tenantAction analystLabel confidence notes
  occurredAt idempotencyKey mode author { kind id label } createdAt`;
const SUBMIT = `mutation($input: FeedbackInput!, $key: String!) {
  submitFeedback(input: $input, idempotencyKey: $key) { ${FEEDBACK_FIELDS} } }`;
const BATCH = `mutation($items: [FeedbackBatchItem!]!) {
  submitFeedbackBatch(items: $items) { created replayed failed
    items { index status feedback { id transactionId } error { code message details { field message } } } } }`;

interface Feedback {
  id: string;
  transactionId: string;
  feedbackType: string;
  tenantAction: string | null;
  analystLabel: string | null;
  confidence: string | null;
  notes: string | null;
  occurredAt: string;
  idempotencyKey: string;
  mode: string;
  author: { kind: string; id: string; label: string };
}

type Errors = { errors?: { message: string; extensions?: Record<string, unknown> }[] };
const code = (res: Errors) => res.errors?.[0]?.extensions?.code;
const details = (res: Errors) =>
  res.errors?.[0]?.extensions?.details as { field: string; message: string }[] | undefined;

async function score(t: SeededTenant, userId: string, mode: 'LIVE' | 'TEST' = 'LIVE') {
  const res = await server.gql<{ scoreTransaction: { transactionId: string; decision: string } }>(
    'mutation($input: TransactionInput!) { scoreTransaction(input: $input) { transactionId decision } }',
    { input: { userId, amount: 120, currency: 'USD' } },
    { auth: t.keys[mode].secret },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.scoreTransaction.transactionId;
}

function submit(
  auth: string,
  input: Record<string, unknown>,
  key: string = randomUUID(),
): Promise<{ data?: { submitFeedback: Feedback } | null } & Errors> {
  return server.gql<{ submitFeedback: Feedback }>(SUBMIT, { input, key }, { auth });
}

async function feedbackRows(eventId: string): Promise<number> {
  const [row] = await server.orm.em
    .getConnection()
    .execute<{ n: string }[]>('select count(*) as n from feedback where event_id = ?', [eventId]);
  return Number(row!.n);
}

describe('submitFeedback', () => {
  it('records an integrator action with its key as author, and an analyst label with the user', async () => {
    const id = await score(tenant, 'fb-author');
    const action = await submit(tenant.keys.LIVE.secret, {
      transactionId: id,
      feedbackType: 'TENANT_ACTION',
      tenantAction: 'APPROVE',
      notes: 'shipped',
    });
    expect(action.errors).toBeUndefined();
    expect(action.data!.submitFeedback).toMatchObject({
      transactionId: id,
      feedbackType: 'TENANT_ACTION',
      tenantAction: 'APPROVE',
      analystLabel: null,
      notes: 'shipped',
      mode: 'LIVE',
      author: { kind: 'API_KEY', id: tenant.keys.LIVE.id },
    });
    expect(tenant.keys.LIVE.secret.startsWith(action.data!.submitFeedback.author.label)).toBe(true);

    const analyst = await tenant.token('ANALYST');
    const label = await submit(analyst, {
      transactionId: id,
      feedbackType: 'ANALYST_LABEL',
      analystLabel: 'LEGITIMATE',
      confidence: 'PROBABLE',
    });
    expect(label.errors).toBeUndefined();
    expect(label.data!.submitFeedback.author).toEqual({
      kind: 'USER',
      id: tenant.users.ANALYST.id,
      label: tenant.users.ANALYST.email,
    });

    // The transaction shows its feedback history, newest first.
    const tx = await server.gql<{ transaction: { feedback: { id: string }[] } }>(
      'query($id: UUID!) { transaction(id: $id) { feedback { id feedbackType } } }',
      { id },
      { auth: analyst },
    );
    expect(tx.data!.transaction.feedback.map((f) => f.id)).toEqual([
      label.data!.submitFeedback.id,
      action.data!.submitFeedback.id,
    ]);
  });

  it('names the missing companion fields, and refuses the wrong ones, writing nothing', async () => {
    const id = await score(tenant, 'fb-companion');
    const noAction = await submit(tenant.keys.LIVE.secret, {
      transactionId: id,
      feedbackType: 'TENANT_ACTION',
    });
    expect(code(noAction)).toBe('BAD_USER_INPUT');
    expect(details(noAction)).toEqual([
      { field: 'input.tenantAction', message: 'is required when feedbackType is TENANT_ACTION' },
    ]);

    const noLabel = await submit(tenant.keys.LIVE.secret, {
      transactionId: id,
      feedbackType: 'ANALYST_LABEL',
      tenantAction: 'APPROVE',
    });
    expect(code(noLabel)).toBe('BAD_USER_INPUT');
    expect(
      details(noLabel)!
        .map((d) => d.field)
        .sort(),
    ).toEqual(['input.analystLabel', 'input.confidence', 'input.tenantAction']);

    // Lengths are bounded before anything runs, so an over-long note is named on its own.
    const longNotes = await submit(tenant.keys.LIVE.secret, {
      transactionId: id,
      feedbackType: 'ANALYST_LABEL',
      tenantAction: 'APPROVE',
      notes: 'x'.repeat(2001),
    });
    expect(details(longNotes)).toEqual([
      { field: 'input.notes', message: 'must be at most 2000 characters' },
    ]);

    const longKey = await submit(
      tenant.keys.LIVE.secret,
      { transactionId: id, feedbackType: 'TENANT_ACTION', tenantAction: 'APPROVE' },
      'k'.repeat(256),
    );
    expect(details(longKey)).toEqual([
      { field: 'idempotencyKey', message: 'must be at most 255 characters' },
    ]);

    // Keys of case resolutions are Warden's: a client cannot pre-empt one.
    const reserved = await submit(
      tenant.keys.LIVE.secret,
      { transactionId: id, feedbackType: 'TENANT_ACTION', tenantAction: 'APPROVE' },
      `case:${randomUUID()}:resolution`,
    );
    expect(details(reserved)).toEqual([
      {
        field: 'idempotencyKey',
        message: 'keys starting with "case:" are reserved for case resolutions',
      },
    ]);

    const beforeTx = await submit(tenant.keys.LIVE.secret, {
      transactionId: id,
      feedbackType: 'TENANT_ACTION',
      tenantAction: 'APPROVE',
      occurredAt: '2001-01-01T00:00:00Z',
    });
    expect(details(beforeTx)![0]!.field).toBe('input.occurredAt');
    expect(await feedbackRows(id)).toBe(0);
  });

  it("answers NOT_FOUND for an unknown transaction, another tenant's, and the other mode's", async () => {
    const input = (transactionId: string) => ({
      transactionId,
      feedbackType: 'TENANT_ACTION',
      tenantAction: 'DECLINE',
    });
    expect(code(await submit(tenant.keys.LIVE.secret, input(randomUUID())))).toBe('NOT_FOUND');
    const theirs = await score(other, 'fb-theirs');
    expect(code(await submit(tenant.keys.LIVE.secret, input(theirs)))).toBe('NOT_FOUND');
    const live = await score(tenant, 'fb-mode');
    expect(code(await submit(tenant.keys.TEST.secret, input(live)))).toBe('NOT_FOUND');
    expect(code(await submit(tenant.keys.LIVE.secret, input('not-a-uuid')))).toBe('BAD_USER_INPUT');
    expect(await feedbackRows(theirs)).toBe(0);
    expect(await feedbackRows(live)).toBe(0);
  });

  it('replays the same key and payload, and refuses the same key with another payload', async () => {
    const id = await score(tenant, 'fb-idem');
    const key = `idem-${randomUUID()}`;
    const input = { transactionId: id, feedbackType: 'TENANT_ACTION', tenantAction: 'APPROVE' };
    const first = await submit(tenant.keys.LIVE.secret, input, key);
    const again = await submit(tenant.keys.LIVE.secret, input, key);
    expect(again.data!.submitFeedback).toEqual(first.data!.submitFeedback);
    expect(await feedbackRows(id)).toBe(1);

    const changed = await submit(
      tenant.keys.LIVE.secret,
      { ...input, tenantAction: 'DECLINE' },
      key,
    );
    expect(code(changed)).toBe('CONFLICT');
    expect(changed.errors![0]!.message).toBe('Duplicate feedback idempotency key');
    expect(await feedbackRows(id)).toBe(1);

    // Keys are per tenant: another tenant may use the same one.
    const theirs = await score(other, 'fb-idem');
    const elsewhere = await submit(
      other.keys.LIVE.secret,
      { ...input, transactionId: theirs },
      key,
    );
    expect(elsewhere.errors).toBeUndefined();
  });

  it('writes exactly one row for 50 concurrent requests with one key', async () => {
    const id = await score(tenant, 'fb-race');
    const key = `race-${randomUUID()}`;
    const input = {
      transactionId: id,
      feedbackType: 'ANALYST_LABEL',
      analystLabel: 'TRUE_FRAUD',
      confidence: 'CONFIRMED',
    };
    const results = await Promise.all(
      Array.from({ length: 50 }, () => submit(tenant.keys.LIVE.secret, input, key)),
    );
    expect(results.map((r) => r.errors)).toEqual(new Array(50).fill(undefined));
    expect(new Set(results.map((r) => r.data!.submitFeedback.id)).size).toBe(1);
    expect(await feedbackRows(id)).toBe(1);
  });

  it('lets only API keys, admins and analysts report', async () => {
    const id = await score(tenant, 'fb-roles');
    const res = await submit(await tenant.token('COMPLIANCE'), {
      transactionId: id,
      feedbackType: 'TENANT_ACTION',
      tenantAction: 'APPROVE',
    });
    expect(code(res)).toBe('FORBIDDEN');
  });
});

describe('fraud evidence', () => {
  const PROFILE = `query($id: String!) { customer(externalId: $id) {
    profile { riskFactors { fraudLabels chargebacks } } } }`;
  const factors = async (userId: string) =>
    (
      await server.gql<{
        customer: { profile: { riskFactors: { fraudLabels: number; chargebacks: number } } };
      }>(PROFILE, { id: userId }, { auth: tenant.keys.LIVE.secret })
    ).data!.customer.profile.riskFactors;
  const confirmed = async (id: string) =>
    (
      await server.orm.em
        .getConnection()
        .execute<{ f: boolean }[]>('select fraud_confirmed as f from scored_event where id = ?', [
          id,
        ])
    )[0]!.f;

  it('a TRUE_FRAUD label confirms fraud, a later FALSE_POSITIVE clears it, a chargeback counts', async () => {
    const user = `fb-evidence-${randomUUID()}`;
    const id = await score(tenant, user);
    const analyst = await tenant.token('ANALYST');
    await submit(analyst, {
      transactionId: id,
      feedbackType: 'ANALYST_LABEL',
      analystLabel: 'TRUE_FRAUD',
      confidence: 'CONFIRMED',
    });
    expect(await confirmed(id)).toBe(true);
    expect(await factors(user)).toEqual({ fraudLabels: 1, chargebacks: 0 });

    // The next score of this customer sees the prior fraud.
    const next = await server.gql<{ scoreTransaction: { matchedRules: { code: string }[] } }>(
      'mutation($input: TransactionInput!) { scoreTransaction(input: $input) { matchedRules { code } } }',
      { input: { userId: user, amount: 50 } },
      { auth: tenant.keys.LIVE.secret },
    );
    expect(next.data!.scoreTransaction.matchedRules.map((r) => r.code)).toContain('PRIOR_FRAUD');

    await submit(analyst, {
      transactionId: id,
      feedbackType: 'ANALYST_LABEL',
      analystLabel: 'FALSE_POSITIVE',
      confidence: 'CONFIRMED',
    });
    expect(await confirmed(id)).toBe(false);
    expect(await factors(user)).toEqual({ fraudLabels: 0, chargebacks: 0 });

    await submit(tenant.keys.LIVE.secret, {
      transactionId: id,
      feedbackType: 'TENANT_ACTION',
      tenantAction: 'CHARGEBACK',
    });
    expect(await confirmed(id)).toBe(true);
    expect(await factors(user)).toEqual({ fraudLabels: 1, chargebacks: 1 });
    // Reported again (another key): still one chargeback.
    await submit(tenant.keys.LIVE.secret, {
      transactionId: id,
      feedbackType: 'TENANT_ACTION',
      tenantAction: 'CHARGEBACK',
    });
    expect(await factors(user)).toEqual({ fraudLabels: 1, chargebacks: 1 });

    // A label dated before the chargeback does not clear it: the latest evidence decides.
    await submit(analyst, {
      transactionId: id,
      feedbackType: 'ANALYST_LABEL',
      analystLabel: 'LEGITIMATE',
      confidence: 'POSSIBLE',
      occurredAt: new Date(Date.now() - 1000).toISOString(),
    });
    expect(await confirmed(id)).toBe(true);
  });
});

describe('submitFeedbackBatch', () => {
  it('reports every item on its own: created, replayed and failed', async () => {
    const a = await score(tenant, 'fb-batch');
    const b = await score(tenant, 'fb-batch');
    const replayKey = `batch-${randomUUID()}`;
    await submit(
      tenant.keys.LIVE.secret,
      { transactionId: b, feedbackType: 'TENANT_ACTION', tenantAction: 'REFUND' },
      replayKey,
    );
    const res = await server.gql<{
      submitFeedbackBatch: {
        created: number;
        replayed: number;
        failed: number;
        items: {
          index: number;
          status: string;
          feedback: { transactionId: string } | null;
          error: { code: string; details: { field: string }[] | null } | null;
        }[];
      };
    }>(
      BATCH,
      {
        items: [
          {
            idempotencyKey: randomUUID(),
            transactionId: a,
            feedbackType: 'TENANT_ACTION',
            tenantAction: 'APPROVE',
          },
          {
            idempotencyKey: randomUUID(),
            transactionId: a,
            feedbackType: 'ANALYST_LABEL',
            analystLabel: 'SUSPICIOUS',
          },
          {
            idempotencyKey: replayKey,
            transactionId: b,
            feedbackType: 'TENANT_ACTION',
            tenantAction: 'REFUND',
          },
          {
            idempotencyKey: randomUUID(),
            transactionId: randomUUID(),
            feedbackType: 'TENANT_ACTION',
            tenantAction: 'APPROVE',
          },
          {
            idempotencyKey: replayKey,
            transactionId: b,
            feedbackType: 'TENANT_ACTION',
            tenantAction: 'CANCELLED',
          },
        ],
      },
      { auth: tenant.keys.LIVE.secret },
    );
    expect(res.errors).toBeUndefined();
    const out = res.data!.submitFeedbackBatch;
    expect(out.items.map((i) => [i.index, i.status, i.error?.code ?? null])).toEqual([
      [0, 'CREATED', null],
      [1, 'FAILED', 'BAD_USER_INPUT'],
      [2, 'REPLAYED', null],
      [3, 'FAILED', 'NOT_FOUND'],
      [4, 'FAILED', 'CONFLICT'],
    ]);
    expect(out.items[1]!.error!.details!.map((d) => d.field)).toEqual(['items.1.confidence']);
    expect({ created: out.created, replayed: out.replayed, failed: out.failed }).toEqual({
      created: 1,
      replayed: 1,
      failed: 3,
    });
    expect(await feedbackRows(a)).toBe(1);
    expect(await feedbackRows(b)).toBe(1);
  });

  it('refuses more than 100 items', async () => {
    const items = Array.from({ length: 101 }, () => ({
      idempotencyKey: randomUUID(),
      transactionId: randomUUID(),
      feedbackType: 'TENANT_ACTION',
      tenantAction: 'APPROVE',
    }));
    const res = await server.gql(BATCH, { items }, { auth: tenant.keys.LIVE.secret });
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(details(res)).toEqual([{ field: 'items', message: 'at most 100 items per call' }]);
  });
});
