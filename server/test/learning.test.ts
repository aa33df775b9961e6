import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from '../src/engine/features.js';
import { seedTenant, startTestServer, type SeededTenant, type TestServer } from './harness.js';

/**
 * Learning from labels, end to end: features as known when scored (a label reported later
 * never reaches an earlier score), then model training in a worker thread, versions, SHADOW
 * and ACTIVE, and the MODEL_RISK explanation, through the GraphQL API.
 */

let server: TestServer;
let tenant: SeededTenant;
let other: SeededTenant;
let admin: string;

beforeAll(async () => {
  server = await startTestServer();
  [tenant, other] = await Promise.all([seedTenant(server), seedTenant(server)]);
  admin = await tenant.token('TENANT_ADMIN');
});
afterAll(async () => {
  await server?.close();
});

const DAY = 86_400_000;
const BASE = Date.parse('2026-09-01T10:00:00Z');

const SCORE_BATCH = `mutation($inputs: [TransactionInput!]!) {
  scoreTransactions(inputs: $inputs) { failed items { error { message }
    result { transactionId riskScore riskScoreExact decision
      allChecks { code status weight contribution detail } derivedSignals } } } }`;
const FEEDBACK_BATCH = `mutation($items: [FeedbackBatchItem!]!) {
  submitFeedbackBatch(items: $items) { created failed } }`;
const VERSION_FIELDS = `id number mode status algorithm progress events frauds error
  window { from to } validation { auc averagePrecision precisionAt100 } features { name importance }`;
const TRAIN = `mutation($from: DateTime, $to: DateTime, $algorithm: ModelAlgorithm, $mode: Mode) {
  trainModel(from: $from, to: $to, algorithm: $algorithm, mode: $mode) { ${VERSION_FIELDS} } }`;
const VERSION = `query($id: UUID!, $mode: Mode) { modelVersion(id: $id, mode: $mode) { ${VERSION_FIELDS} } }`;
const ACTIVATE = `mutation($id: UUID!, $mode: Mode!, $shadow: Boolean, $fromOtherMode: Boolean) {
  activateModel(id: $id, mode: $mode, shadow: $shadow, fromOtherMode: $fromOtherMode) { ${VERSION_FIELDS} } }`;

interface Check {
  code: string;
  status: string;
  weight: number;
  contribution: number;
  detail: string;
}
interface Scored {
  transactionId: string;
  riskScore: number;
  riskScoreExact: number;
  decision: string;
  allChecks: Check[];
  derivedSignals: Record<string, unknown>;
}
interface Version {
  id: string;
  number: number;
  mode: string;
  status: string;
  events: number;
  frauds: number;
  error: string | null;
  validation: { auc: number | null; averagePrecision: number | null } | null;
  features: { name: string; importance: number }[];
}

async function score(inputs: Record<string, unknown>[], key = tenant.keys.TEST.secret) {
  const res = await server.gql<{
    scoreTransactions: { failed: number; items: { result: Scored | null }[] };
  }>(SCORE_BATCH, { inputs }, { auth: key });
  expect(res.errors).toBeUndefined();
  expect(res.data!.scoreTransactions.failed).toBe(0);
  return res.data!.scoreTransactions.items.map((i) => i.result!);
}

async function chargeback(items: { id: string; at: number }[], key = tenant.keys.TEST.secret) {
  for (let i = 0; i < items.length; i += 100) {
    const res = await server.gql<{ submitFeedbackBatch: { failed: number } }>(
      FEEDBACK_BATCH,
      {
        items: items.slice(i, i + 100).map((c) => ({
          transactionId: c.id,
          feedbackType: 'TENANT_ACTION',
          tenantAction: 'CHARGEBACK',
          occurredAt: new Date(c.at).toISOString(),
          idempotencyKey: `cb-${c.id}`,
        })),
      },
      { auth: key },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.submitFeedbackBatch.failed).toBe(0);
  }
}

async function storedFeatures(id: string): Promise<number[]> {
  const [row] = await server.orm.em
    .fork()
    .getConnection()
    .execute<{ features: number[] }[]>(`select features from scored_event where id = ?`, [id]);
  return row!.features;
}

const check = (s: Scored, code: string) => s.allChecks.find((c) => c.code === code)!;
const feature = (values: number[], name: (typeof FEATURE_NAMES)[number]) =>
  values[FEATURE_NAMES.indexOf(name)]!;

const payment = (user: string, amount: number, at: number, shop = 'shop-1') => ({
  userId: user,
  amount,
  currency: 'EUR',
  type: 'CARD_PAYMENT',
  occurredAt: new Date(at).toISOString(),
  recipient: { type: 'MERCHANT', value: shop },
});

describe('features as known when scored', () => {
  it('a fraud report counts from the time it was reported, never before, and stored vectors do not change', async () => {
    const shop = 'leak-shop';
    const [first] = await score([payment('leak-1', 30, BASE, shop)]);
    const before = await storedFeatures(first!.transactionId);
    expect(before).toHaveLength(FEATURE_NAMES.length);
    // Reported a week after the payment.
    await chargeback([{ id: first!.transactionId, at: BASE + 7 * DAY }]);
    expect(await storedFeatures(first!.transactionId)).toEqual(before);

    // Scored now but happening before the report: the report is not known at that time.
    const [earlier] = await score([payment('leak-2', 30, BASE + 3 * DAY, shop)]);
    expect(check(earlier!, 'RECIPIENT_FLAGGED').detail).toBe(
      'no recent fraud reports for this recipient',
    );
    const earlierFeatures = await storedFeatures(earlier!.transactionId);
    for (const name of [
      'recipient_reports_7d',
      'recipient_fraud_30d',
      'recipient_risk_30d',
    ] as const)
      expect(feature(earlierFeatures, name)).toBe(0);
    // The same customer, backdated before the report: its own fraud is not known yet either.
    const [own] = await score([payment('leak-1', 30, BASE + 2 * DAY, shop)]);
    const ownFeatures = await storedFeatures(own!.transactionId);
    expect(feature(ownFeatures, 'user_fraud_ever')).toBe(0);
    expect(feature(ownFeatures, 'user_fraud_30d')).toBe(0);

    // After the report: one report in the last 7 days.
    const [later] = await score([payment('leak-3', 30, BASE + 8 * DAY, shop)]);
    expect(check(later!, 'RECIPIENT_FLAGGED').detail).toMatch(
      /^1 payment to this recipient reported as fraud in the last 7 days/,
    );
    expect(feature(await storedFeatures(later!.transactionId), 'recipient_reports_7d')).toBeCloseTo(
      Math.log(2),
      5,
    );
    // And more than 7 days after the report, it has aged out.
    const [aged] = await score([payment('leak-4', 30, BASE + 15 * DAY, shop)]);
    expect(check(aged!, 'RECIPIENT_FLAGGED').detail).toBe(
      'no recent fraud reports for this recipient',
    );
  });

  it('riskScoreExact orders within a score and rounds to riskScore', async () => {
    const results = await score([
      payment('exact-1', 20, BASE),
      payment('exact-1', 25, BASE + 3600_000),
      payment('exact-1', 22, BASE + 7200_000),
    ]);
    for (const r of results) {
      expect(Math.round(r.riskScoreExact)).toBe(r.riskScore);
      expect(r.riskScoreExact - r.riskScore).toBeGreaterThanOrEqual(0);
      expect(r.riskScoreExact - r.riskScore).toBeLessThan(0.5);
    }
  });
});

/**
 * 80 customers paying about 40 each, twice a day for 16 days; one payment in 25 is fraud at
 * about 8 times the customer's usual amount, reported a day later.
 */
async function history(key: string, prefix: string): Promise<{ from: Date; to: Date }> {
  const inputs: Record<string, unknown>[] = [];
  const frauds: number[] = [];
  let n = 0;
  for (let day = 0; day < 16; day++) {
    for (let c = 0; c < 80; c++) {
      for (const hour of [9, 17]) {
        const fraud = n % 25 === 7;
        const amount = fraud ? 300 + (n % 50) : 30 + ((n * 7) % 21);
        if (fraud) frauds.push(inputs.length);
        inputs.push(
          payment(
            `${prefix}-${c}`,
            amount,
            BASE + 30 * DAY + day * DAY + hour * 3600_000,
            `m-${c % 9}`,
          ),
        );
        n += 1;
      }
    }
  }
  const ids: string[] = [];
  for (let i = 0; i < inputs.length; i += 1000)
    ids.push(...(await score(inputs.slice(i, i + 1000), key)).map((r) => r.transactionId));
  await chargeback(
    frauds.map((i) => ({ id: ids[i]!, at: Date.parse(inputs[i]!.occurredAt as string) + DAY })),
    key,
  );
  return { from: new Date(BASE + 30 * DAY), to: new Date(BASE + 47 * DAY) };
}

async function trained(id: string, mode = 'TEST'): Promise<Version> {
  for (let i = 0; i < 600; i++) {
    const res = await server.gql<{ modelVersion: Version }>(VERSION, { id, mode }, { auth: admin });
    expect(res.errors).toBeUndefined();
    if (res.data!.modelVersion.status !== 'TRAINING') return res.data!.modelVersion;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('training did not finish in 60 s');
}

describe('learned models', () => {
  let window: { from: Date; to: Date };
  let first: Version;

  beforeAll(async () => {
    window = await history(tenant.keys.TEST.secret, 'learn');
  });

  it('trains in the background on the window’s labelled transactions and validates', async () => {
    const res = await server.gql<{ trainModel: Version }>(
      TRAIN,
      { ...window, algorithm: 'LOGISTIC_REGRESSION', mode: 'TEST' },
      { auth: admin },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.trainModel).toMatchObject({ number: 1, status: 'TRAINING', mode: 'TEST' });
    first = await trained(res.data!.trainModel.id);
    expect(first.error).toBeNull();
    expect(first.status).toBe('READY');
    expect(first.events).toBe(80 * 2 * 16);
    expect(first.frauds).toBe(Math.ceil((80 * 2 * 16 - 7) / 25));
    expect(first.validation!.auc).toBeGreaterThan(0.95);
    const total = first.features.reduce((s, f) => s + f.importance, 0);
    expect(total).toBeCloseTo(1, 2);
    expect(first.features.map((f) => f.name)).toEqual(
      expect.arrayContaining(['amount_vs_mean', 'amount_z']),
    );
  });

  it('SHADOW scores and reports without acting; ACTIVE adds MODEL_RISK with its reasons', async () => {
    let hour = 0;
    const suspicious = () => payment(`learn-${++hour}`, 340, BASE + 48 * DAY + hour * 3600_000);
    /** What the FIRED checks add up to: a SHADOW_FIRED check adds nothing. */
    const live = (s: Scored) =>
      Math.min(
        100,
        Math.round(
          s.allChecks.filter((c) => c.status === 'FIRED').reduce((t, c) => t + c.contribution, 0),
        ),
      );
    const [plain] = await score([suspicious()]);
    expect(check(plain!, 'MODEL_RISK').detail).toBe('no active model');

    const shadow = await server.gql<{ activateModel: Version }>(
      ACTIVATE,
      { id: first.id, mode: 'TEST', shadow: true },
      { auth: admin },
    );
    expect(shadow.data!.activateModel.status).toBe('SHADOW');
    const [shadowed] = await score([suspicious()]);
    expect(check(shadowed!, 'MODEL_RISK').status).toBe('SHADOW_FIRED');
    expect(check(shadowed!, 'MODEL_RISK').contribution).toBeGreaterThan(0);
    expect(shadowed!.riskScore).toBe(live(shadowed!));
    expect(shadowed!.derivedSignals.models).toEqual([
      expect.objectContaining({ version: 1, shadow: true }),
    ]);

    const active = await server.gql<{ activateModel: Version }>(
      ACTIVATE,
      { id: first.id, mode: 'TEST' },
      { auth: admin },
    );
    expect(active.data!.activateModel.status).toBe('ACTIVE');
    const [acted] = await score([suspicious()]);
    const modelCheck = check(acted!, 'MODEL_RISK');
    expect(modelCheck.status).toBe('FIRED');
    expect(modelCheck.detail).toMatch(/^model v1: fraud probability \d/);
    expect(modelCheck.detail).toMatch(/amount_/);
    expect(modelCheck.contribution).toBeGreaterThan(0);
    expect(acted!.riskScore).toBe(live(acted!));

    // A quiet payment of the same customer stays quiet.
    const [quiet] = await score([payment('learn-20', 40, BASE + 50 * DAY)]);
    expect(check(quiet!, 'MODEL_RISK').status).toBe('PASS');
  });

  it('a TEST-trained version can be put to work in LIVE, as LIVE’s own version, only when asked explicitly', async () => {
    const implicit = await server.gql(ACTIVATE, { id: first.id, mode: 'LIVE' }, { auth: admin });
    expect(implicit.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(implicit.errors?.[0]?.message).toMatch(/trained on TEST data.*fromOtherMode: true/);
    const res = await server.gql<{ activateModel: Version }>(
      ACTIVATE,
      { id: first.id, mode: 'LIVE', fromOtherMode: true },
      { auth: admin },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.activateModel).toMatchObject({ mode: 'LIVE', number: 1, status: 'ACTIVE' });
    expect(res.data!.activateModel.id).not.toBe(first.id);
    const [live] = await score([payment('live-1', 340, BASE + 48 * DAY)], tenant.keys.LIVE.secret);
    expect(check(live!, 'MODEL_RISK').detail).toMatch(/^model v1:/);
  });

  it('a new ACTIVE version retires the previous one', async () => {
    const res = await server.gql<{ trainModel: Version }>(
      TRAIN,
      { ...window, mode: 'TEST' },
      { auth: admin },
    );
    expect(res.errors).toBeUndefined();
    const second = await trained(res.data!.trainModel.id);
    expect(second).toMatchObject({ number: 2, status: 'READY' });
    await server.gql(ACTIVATE, { id: second.id, mode: 'TEST' }, { auth: admin });
    const old = await server.gql<{ modelVersion: Version }>(
      VERSION,
      { id: first.id, mode: 'TEST' },
      { auth: admin },
    );
    expect(old.data!.modelVersion.status).toBe('RETIRED');
  });

  it('says why when it cannot train or activate', async () => {
    const empty = await server.gql<{ trainModel: Version }>(
      TRAIN,
      { from: new Date(BASE - 20 * DAY), to: new Date(BASE - 10 * DAY), mode: 'TEST' },
      { auth: admin },
    );
    const failed = await trained(empty.data!.trainModel.id);
    expect(failed.status).toBe('FAILED');
    expect(failed.error).toBe('no scored transaction in the window');

    const retry = await server.gql(ACTIVATE, { id: failed.id, mode: 'TEST' }, { auth: admin });
    expect(retry.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(retry.errors?.[0]?.message).toMatch(/only a trained version can be activated/);

    const backwards = await server.gql(
      TRAIN,
      { from: window.to, to: window.from, mode: 'TEST' },
      { auth: admin },
    );
    expect(backwards.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const future = await server.gql(
      TRAIN,
      { from: window.from, to: new Date(Date.now() + DAY), mode: 'TEST' },
      { auth: admin },
    );
    expect(future.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(future.errors?.[0]?.message).toMatch(/to must not be in the future/);
  });

  it('is the tenant admin’s, and the tenant’s alone', async () => {
    const analyst = await server.gql(
      TRAIN,
      { mode: 'TEST' },
      {
        auth: await tenant.token('ANALYST'),
      },
    );
    expect(analyst.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const key = await server.gql(TRAIN, {}, { auth: tenant.keys.TEST.secret });
    expect(key.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const foreign = await server.gql(
      ACTIVATE,
      { id: first.id, mode: 'TEST' },
      { auth: await other.token('TENANT_ADMIN') },
    );
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const peek = await server.gql(
      VERSION,
      { id: first.id, mode: 'TEST' },
      { auth: await other.token('TENANT_ADMIN') },
    );
    expect(peek.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
