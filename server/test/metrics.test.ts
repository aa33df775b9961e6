import { eventPartitions } from '../src/db/partitions.js';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedTenant, startTestServer, type SeededTenant, type TestServer } from './harness.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const DAY = 86_400_000;
const HOUR = 3_600_000;

interface Row {
  decision: 'ALLOW' | 'REVIEW' | 'CHALLENGE' | 'BLOCK';
  score: number;
  at: Date;
  mode?: 'LIVE' | 'TEST';
  amount?: number;
}

/**
 * Fixture transactions written straight into scored_event: their decisions and scores are the
 * fixture's, not the engine's. Feedback on them goes through the API.
 */
async function insertTransactions(tenantId: string, rows: Row[]): Promise<string[]> {
  const ids = rows.map(() => randomUUID());
  // Straight SQL bypasses scoring, which creates the monthly partitions its events need.
  await eventPartitions.ensureMonths(
    server.orm.em.fork(),
    rows.map((r) => r.at),
  );
  for (const [i, r] of rows.entries()) {
    await server.orm.em.getConnection().execute(
      `insert into scored_event (id, tenant_id, mode, kind, user_id, payload_hash, occurred_at,
         amount, amount_base, currency, input, risk_score, risk_level, decision, result,
         processing_time_ms, fraud_confirmed, created_at)
       values (?, ?, ?, 'TRANSACTION', ?, 'fixture', ?, ?, ?, 'USD', '{}', ?, 'LOW', ?, '{}', 1, false, now())`,
      [
        ids[i],
        tenantId,
        r.mode ?? 'LIVE',
        `fixture-${i}`,
        r.at,
        r.amount ?? 100,
        r.amount ?? 100,
        r.score,
        r.decision,
      ],
    );
  }
  return ids;
}

async function feedback(
  auth: string,
  transactionId: string,
  fields: Record<string, unknown>,
  occurredAt: Date,
): Promise<void> {
  const res = await server.gql(
    `mutation($input: FeedbackInput!, $key: String!) { submitFeedback(input: $input, idempotencyKey: $key) { id } }`,
    {
      input: { transactionId, occurredAt: occurredAt.toISOString(), ...fields },
      key: randomUUID(),
    },
    { auth },
  );
  expect(res.errors).toBeUndefined();
}

const action = (tenantAction: string) => ({ feedbackType: 'TENANT_ACTION', tenantAction });
const label = (analystLabel: string, confidence: string) => ({
  feedbackType: 'ANALYST_LABEL',
  analystLabel,
  confidence,
});

const METRICS = `query($from: DateTime!, $to: DateTime!, $costRatio: Float) {
  feedbackMetrics(from: $from, to: $to, costRatio: $costRatio) {
    from to
    transactions { total approved approvalRate }
    feedback { eventsSubmitted overrides overrideRate }
    labels { total fraud falsePositive falsePositiveRate }
    adaptiveThreshold { recommendedThreshold currentThreshold sampleSize labelledTransactions costRatio expectedCost }
    drift { psi meanShift currentMean baselineMean baselineTotal baselineFrom baselineTo } } }`;

interface Metrics {
  transactions: { total: number; approved: number; approvalRate: number | null };
  feedback: { eventsSubmitted: number; overrides: number; overrideRate: number | null };
  labels: { total: number; fraud: number; falsePositive: number; falsePositiveRate: number | null };
  adaptiveThreshold: {
    recommendedThreshold: number | null;
    currentThreshold: number | null;
    sampleSize: number;
    labelledTransactions: number;
    costRatio: number;
    expectedCost: number | null;
  };
  drift: {
    psi: number | null;
    meanShift: number | null;
    currentMean: number | null;
    baselineMean: number | null;
    baselineTotal: number;
    baselineFrom: string;
    baselineTo: string;
  };
}

async function metrics(auth: string, from: Date, to: Date, costRatio?: number) {
  return server.gql<{ feedbackMetrics: Metrics }>(
    METRICS,
    { from: from.toISOString(), to: to.toISOString(), costRatio },
    { auth },
  );
}

describe('feedbackMetrics: the hand-computed fixture', () => {
  // Window [from, to) of 10 days; the baseline is the 10 days before it.
  const from = new Date(Date.now() - 30 * DAY);
  const to = new Date(from.getTime() + 10 * DAY);
  const inWindow = (h: number) => new Date(from.getTime() + h * HOUR);
  const inBaseline = (h: number) => new Date(from.getTime() - 10 * DAY + h * HOUR);
  const later = new Date(from.getTime() + 5 * DAY);
  let tenant: SeededTenant;

  beforeAll(async () => {
    tenant = await seedTenant(server);
    const other = await seedTenant(server);
    const [t1, t2, , t4, t5, t6, t7] = await insertTransactions(tenant.id, [
      { decision: 'ALLOW', score: 5, at: inWindow(1) }, //      t1 → bucket 0
      { decision: 'ALLOW', score: 15, at: inWindow(2) }, //     t2 → bucket 1
      { decision: 'ALLOW', score: 25, at: inWindow(3) }, //     t3 → bucket 2
      { decision: 'REVIEW', score: 55, at: inWindow(4) }, //    t4 → bucket 5
      { decision: 'BLOCK', score: 95, at: inWindow(5) }, //     t5 → bucket 9
      { decision: 'BLOCK', score: 90, at: inWindow(6) }, //     t6 → bucket 9
      { decision: 'CHALLENGE', score: 70, at: inWindow(7) }, // t7 → bucket 7
      { decision: 'ALLOW', score: 12, at: inWindow(8) }, //     t8 → bucket 1
      // Baseline window.
      { decision: 'ALLOW', score: 5, at: inBaseline(1) }, //    bucket 0
      { decision: 'ALLOW', score: 8, at: inBaseline(2) }, //    bucket 0
      { decision: 'REVIEW', score: 50, at: inBaseline(3) }, //  bucket 5
      { decision: 'BLOCK', score: 92, at: inBaseline(4) }, //   bucket 9
      // Neither window; and `to` itself is outside [from, to).
      { decision: 'BLOCK', score: 99, at: new Date(from.getTime() - 25 * DAY) },
      { decision: 'BLOCK', score: 99, at: to },
    ]);
    const key = tenant.keys.LIVE.secret;
    const analyst = await tenant.token('ANALYST');
    await feedback(key, t5!, action('APPROVE'), later); //  override: BLOCK then APPROVE
    await feedback(key, t1!, action('DECLINE'), later); //  override: ALLOW then DECLINE
    await feedback(key, t4!, action('APPROVE'), later); //  not an override: REVIEW then APPROVE
    await feedback(key, t6!, action('DECLINE'), later); //  not an override: BLOCK then DECLINE
    await feedback(analyst, t1!, label('TRUE_FRAUD', 'CONFIRMED'), later);
    await feedback(analyst, t2!, label('FALSE_POSITIVE', 'PROBABLE'), later);
    await feedback(analyst, t5!, label('LEGITIMATE', 'CONFIRMED'), later);
    await feedback(analyst, t6!, label('TRUE_FRAUD', 'POSSIBLE'), later);
    await feedback(analyst, t7!, label('SUSPICIOUS', 'PROBABLE'), later);
    await feedback(key, t5!, action('APPROVE'), later); //  a second override of t5 counts once
    // Feedback outside the window (by its own time) counts in no feedback figure.
    await feedback(key, t4!, action('MANUAL_REVIEW'), new Date(to.getTime() + HOUR));

    // TEST traffic and another tenant's traffic in the same window change nothing.
    const [test] = await insertTransactions(tenant.id, [
      { decision: 'BLOCK', score: 97, at: inWindow(9), mode: 'TEST' },
    ]);
    await feedback(tenant.keys.TEST.secret, test!, action('APPROVE'), later);
    const [theirs] = await insertTransactions(other.id, [
      { decision: 'BLOCK', score: 97, at: inWindow(9) },
    ]);
    await feedback(other.keys.LIVE.secret, theirs!, action('APPROVE'), later);
  });

  it('gives the exact expected figures', async () => {
    const res = await metrics(await tenant.token('COMPLIANCE'), from, to);
    expect(res.errors).toBeUndefined();
    const m = res.data!.feedbackMetrics;
    expect(m.transactions).toEqual({ total: 8, approved: 4, approvalRate: 0.5 });
    expect(m.feedback).toEqual({ eventsSubmitted: 10, overrides: 2, overrideRate: 0.25 });
    expect(m.labels).toEqual({ total: 5, fraud: 2, falsePositive: 1, falsePositiveRate: 0.2 });
    // Labelled: t1 fraud 1.0, t2 legitimate 0.7, t5 legitimate 1.0, t6 fraud 0.3 (t7 SUSPICIOUS
    // decides nothing): 3.0 < 30, so no recommendation.
    expect(m.adaptiveThreshold.recommendedThreshold).toBeNull();
    expect(m.adaptiveThreshold.sampleSize).toBeCloseTo(3.0, 12);
    expect(m.adaptiveThreshold).toMatchObject({
      currentThreshold: 50,
      labelledTransactions: 4,
      costRatio: 10,
      expectedCost: null,
    });
    // Current (8): buckets 0:1 1:2 2:1 5:1 7:1 9:2; baseline (4): 0:2 5:1 9:1. Empty → 0.0001.
    const e = 0.0001;
    const term = (c: number, b: number) => (c - b) * Math.log(c / b);
    const psi =
      term(1 / 8, 2 / 4) +
      term(2 / 8, e) +
      term(1 / 8, e) +
      term(1 / 8, 1 / 4) +
      term(1 / 8, e) +
      term(2 / 8, 1 / 4);
    expect(m.drift.psi).toBeCloseTo(psi, 10);
    expect(m.drift.currentMean).toBe(367 / 8);
    expect(m.drift.baselineMean).toBe(155 / 4);
    expect(m.drift.meanShift).toBe(367 / 8 - 155 / 4);
    expect(m.drift.baselineTotal).toBe(4);
    expect(new Date(m.drift.baselineFrom).getTime()).toBe(from.getTime() - 10 * DAY);
    expect(new Date(m.drift.baselineTo).getTime()).toBe(from.getTime());
  });

  it('answers the same to a LIVE key and refuses a TEST key and analysts', async () => {
    const byKey = await metrics(tenant.keys.LIVE.secret, from, to);
    expect(byKey.data!.feedbackMetrics.transactions.total).toBe(8);
    const test = await metrics(tenant.keys.TEST.secret, from, to);
    expect(test.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const analyst = await metrics(await tenant.token('ANALYST'), from, to);
    expect(analyst.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('refuses from after to, a window over a year and a bad cost ratio', async () => {
    const auth = tenant.keys.LIVE.secret;
    const backwards = await metrics(auth, to, from);
    expect(backwards.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: [{ field: 'from', message: 'must be before to' }],
    });
    const long = await metrics(auth, new Date(to.getTime() - 367 * DAY), to);
    expect(long.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const year = await metrics(auth, new Date(to.getTime() - 366 * DAY), to);
    expect(year.errors).toBeUndefined();
    const ratio = await metrics(auth, from, to, 0);
    expect(ratio.errors![0]!.extensions).toMatchObject({
      details: [{ field: 'costRatio', message: 'must be greater than 0 and at most 1000' }],
    });
  });
});

describe('feedbackMetrics: the recommended threshold', () => {
  it('minimizes weighted cost over labelled transactions, chargebacks as confirmed fraud', async () => {
    const tenant = await seedTenant(server);
    const from = new Date(Date.now() - 20 * DAY);
    const to = new Date(Date.now() - 5 * DAY);
    const at = new Date(from.getTime() + HOUR);
    const later = new Date(from.getTime() + DAY);
    const rows: Row[] = [
      ...Array.from({ length: 20 }, () => ({ decision: 'ALLOW' as const, score: 30, at })),
      ...Array.from({ length: 10 }, () => ({ decision: 'BLOCK' as const, score: 70, at })),
      { decision: 'ALLOW', score: 20, at },
    ];
    const ids = await insertTransactions(tenant.id, rows);
    const analyst = await tenant.token('ANALYST');
    for (const id of ids.slice(0, 20))
      await feedback(analyst, id, label('LEGITIMATE', 'CONFIRMED'), later);
    for (const id of ids.slice(20, 30))
      await feedback(analyst, id, label('TRUE_FRAUD', 'CONFIRMED'), later);
    await feedback(tenant.keys.LIVE.secret, ids[30]!, action('CHARGEBACK'), later);

    // Legitimate 20 at 30; fraud 10 at 70 and 1 (chargeback) at 20; ratio 10:
    // ≤ 20 → 20 false alarms = 20; 21..30 → 10 + 20 = 30; 31..70 → 10; ≥ 71 → 110. Best: 31.
    const res = await metrics(tenant.keys.LIVE.secret, from, to);
    expect(res.data!.feedbackMetrics.adaptiveThreshold).toEqual({
      recommendedThreshold: 31,
      currentThreshold: 50,
      sampleSize: 31,
      labelledTransactions: 31,
      costRatio: 10,
      expectedCost: 10,
    });
    // Ratio 25: 31..70 now costs 25 > 20, so flag everything from 0.
    const costly = await metrics(tenant.keys.LIVE.secret, from, to, 25);
    expect(costly.data!.feedbackMetrics.adaptiveThreshold).toMatchObject({
      recommendedThreshold: 0,
      expectedCost: 20,
    });
  });

  it('is null over an empty window, with rates null rather than zero', async () => {
    const tenant = await seedTenant(server);
    const res = await metrics(tenant.keys.LIVE.secret, new Date(Date.now() - DAY), new Date());
    const m = res.data!.feedbackMetrics;
    expect(m.transactions).toEqual({ total: 0, approved: 0, approvalRate: null });
    expect(m.feedback.overrideRate).toBeNull();
    expect(m.labels.falsePositiveRate).toBeNull();
    expect(m.drift).toMatchObject({ psi: null, meanShift: null, baselineTotal: 0 });
  });
});

describe('feedbackMetrics: mode, daily series and score distribution', () => {
  const MODE_METRICS = `query($from: DateTime!, $to: DateTime!, $mode: Mode) {
    feedbackMetrics(from: $from, to: $to, mode: $mode) {
      mode transactions { total approved } feedback { eventsSubmitted overrides }
      labels { total fraud } drift { baselineTotal }
      scoreDistribution { from to count baselineCount }
      daily { date count allowed reviewed challenged blocked averageScore
        labels { trueFraud falsePositive suspicious legitimate } } } }`;

  interface ModeMetrics {
    mode: 'LIVE' | 'TEST';
    transactions: { total: number; approved: number };
    feedback: { eventsSubmitted: number; overrides: number };
    labels: { total: number; fraud: number };
    drift: { baselineTotal: number };
    scoreDistribution: { from: number; to: number; count: number; baselineCount: number }[];
    daily: {
      date: string;
      count: number;
      allowed: number;
      reviewed: number;
      challenged: number;
      blocked: number;
      averageScore: number | null;
      labels: { trueFraud: number; falsePositive: number; suspicious: number; legitimate: number };
    }[];
  }

  // Three whole UTC days: [midnight 12 days ago, midnight 9 days ago); the baseline is the 3 before.
  const midnight = new Date(new Date().toISOString().slice(0, 10)).getTime();
  const from = new Date(midnight - 12 * DAY);
  const to = new Date(midnight - 9 * DAY);
  const day = (n: number, hour: number) => new Date(from.getTime() + n * DAY + hour * HOUR);
  const iso = (n: number) => new Date(from.getTime() + n * DAY).toISOString().slice(0, 10);
  let tenant: SeededTenant;

  const ask = async (auth: string, mode?: 'LIVE' | 'TEST') =>
    server.gql<{ feedbackMetrics: ModeMetrics }>(
      MODE_METRICS,
      { from: from.toISOString(), to: to.toISOString(), mode },
      { auth },
    );

  beforeAll(async () => {
    tenant = await seedTenant(server);
    const live = await insertTransactions(tenant.id, [
      { decision: 'ALLOW', score: 10, at: day(0, 1) },
      { decision: 'ALLOW', score: 20, at: day(0, 23) },
      { decision: 'BLOCK', score: 95, at: day(0, 12) },
      { decision: 'REVIEW', score: 60, at: day(2, 0) },
      { decision: 'CHALLENGE', score: 75, at: day(2, 5) },
      { decision: 'ALLOW', score: 100, at: day(2, 6) },
      { decision: 'ALLOW', score: 30, at: day(-1, 3) }, // baseline
      { decision: 'ALLOW', score: 40, at: day(3, 0) }, // `to` itself: outside
    ]);
    const test = await insertTransactions(tenant.id, [
      { decision: 'BLOCK', score: 91, at: day(1, 2), mode: 'TEST' },
      { decision: 'ALLOW', score: 5, at: day(1, 3), mode: 'TEST' },
      { decision: 'REVIEW', score: 55, at: day(-2, 3), mode: 'TEST' }, // baseline
    ]);
    const analyst = await tenant.token('ANALYST');
    await feedback(analyst, live[2]!, label('TRUE_FRAUD', 'CONFIRMED'), day(1, 4));
    await feedback(analyst, live[0]!, label('FALSE_POSITIVE', 'PROBABLE'), day(2, 7));
    await feedback(tenant.keys.LIVE.secret, live[0]!, action('DECLINE'), day(2, 8));
    await feedback(tenant.keys.TEST.secret, test[0]!, action('APPROVE'), day(1, 5));
    await feedback(analyst, test[1]!, label('SUSPICIOUS', 'POSSIBLE'), day(1, 6));
  });

  it('counts TEST traffic only when asked for TEST, and LIVE by default', async () => {
    const compliance = await tenant.token('COMPLIANCE');
    const byDefault = await ask(compliance);
    expect(byDefault.errors).toBeUndefined();
    expect(byDefault.data!.feedbackMetrics).toMatchObject({
      mode: 'LIVE',
      transactions: { total: 6, approved: 3 },
      feedback: { eventsSubmitted: 3, overrides: 1 },
      labels: { total: 2, fraud: 1 },
      drift: { baselineTotal: 1 },
    });
    const test = await ask(compliance, 'TEST');
    expect(test.errors).toBeUndefined();
    expect(test.data!.feedbackMetrics).toMatchObject({
      mode: 'TEST',
      transactions: { total: 2, approved: 1 },
      feedback: { eventsSubmitted: 2, overrides: 1 },
      labels: { total: 1, fraud: 0 },
      drift: { baselineTotal: 1 },
    });
    expect(test.data!.feedbackMetrics.daily.map((d) => d.count)).toEqual([0, 2, 0]);

    // A LIVE key keeps to LIVE: it may not ask for TEST.
    const key = await ask(tenant.keys.LIVE.secret, 'TEST');
    expect(key.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await ask(tenant.keys.LIVE.secret, 'LIVE')).data!.feedbackMetrics.mode).toBe('LIVE');
  });

  it('gives one point per UTC day of [from, to) with decisions, mean score and labels', async () => {
    const res = await ask(await tenant.token('TENANT_ADMIN'));
    expect(res.errors).toBeUndefined();
    const daily = res.data!.feedbackMetrics.daily;
    expect(daily.map((d) => d.date)).toEqual([iso(0), iso(1), iso(2)]);
    const noLabels = { trueFraud: 0, falsePositive: 0, suspicious: 0, legitimate: 0 };
    expect(daily[0]).toEqual({
      date: iso(0),
      count: 3,
      allowed: 2,
      reviewed: 0,
      challenged: 0,
      blocked: 1,
      averageScore: 125 / 3,
      labels: noLabels,
    });
    expect(daily[1]).toEqual({
      date: iso(1),
      count: 0,
      allowed: 0,
      reviewed: 0,
      challenged: 0,
      blocked: 0,
      averageScore: null,
      labels: { ...noLabels, trueFraud: 1 },
    });
    expect(daily[2]).toMatchObject({
      count: 3,
      allowed: 1,
      reviewed: 1,
      challenged: 1,
      blocked: 0,
      averageScore: 235 / 3,
      labels: { ...noLabels, falsePositive: 1 },
    });
  });

  it('splits the window and its baseline into ten score buckets that add up', async () => {
    const res = await ask(await tenant.token('COMPLIANCE'));
    const m = res.data!.feedbackMetrics;
    expect(m.scoreDistribution.map((b) => [b.from, b.to])).toEqual([
      [0, 9],
      [10, 19],
      [20, 29],
      [30, 39],
      [40, 49],
      [50, 59],
      [60, 69],
      [70, 79],
      [80, 89],
      [90, 100],
    ]);
    expect(m.scoreDistribution.map((b) => b.count)).toEqual([0, 1, 1, 0, 0, 0, 1, 1, 0, 2]);
    expect(m.scoreDistribution.reduce((n, b) => n + b.count, 0)).toBe(m.transactions.total);
    expect(m.scoreDistribution.reduce((n, b) => n + b.baselineCount, 0)).toBe(
      m.drift.baselineTotal,
    );
    expect(m.scoreDistribution[3]!.baselineCount).toBe(1);
  });
});

describe('analyticsSummary', () => {
  const SUMMARY = `query($period: String!, $mode: Mode) { analyticsSummary(period: $period, mode: $mode) {
    period mode from to volume { count amount baseCurrency } decisions { allowed reviewed challenged blocked }
    fraud { confirmed fraudRate chargebacks }
    daily { date count allowed reviewed challenged blocked averageScore
      labels { trueFraud falsePositive suspicious legitimate } } } }`;

  it('sums volume, decisions and fraud over the period with one point per UTC day', async () => {
    const tenant = await seedTenant(server);
    const now = Date.now();
    const [a, b] = await insertTransactions(tenant.id, [
      { decision: 'ALLOW', score: 10, at: new Date(now - 2 * HOUR), amount: 100 },
      { decision: 'BLOCK', score: 90, at: new Date(now - 3 * HOUR), amount: 50.5 },
      { decision: 'REVIEW', score: 60, at: new Date(now - 3 * DAY), amount: 10 },
      { decision: 'CHALLENGE', score: 70, at: new Date(now - 8 * DAY), amount: 999 }, // out of 7d
      { decision: 'ALLOW', score: 10, at: new Date(now - HOUR), mode: 'TEST', amount: 5 },
    ]);
    await feedback(tenant.keys.LIVE.secret, b!, action('CHARGEBACK'), new Date(now - HOUR));
    await feedback(
      await tenant.token('ANALYST'),
      a!,
      label('FALSE_POSITIVE', 'CONFIRMED'),
      new Date(now - HOUR),
    );

    const res = await server.gql<{
      analyticsSummary: {
        volume: { count: number; amount: number; baseCurrency: string };
        decisions: Record<string, number>;
        fraud: { confirmed: number; fraudRate: number | null; chargebacks: number };
        daily: {
          date: string;
          count: number;
          blocked: number;
          averageScore: number | null;
          labels: Record<string, number>;
        }[];
      };
    }>(SUMMARY, { period: '7d' }, { auth: await tenant.token('ANALYST') });
    expect(res.errors).toBeUndefined();
    const s = res.data!.analyticsSummary;
    expect(s.volume).toEqual({ count: 3, amount: 160.5, baseCurrency: 'USD' });
    expect(s.decisions).toEqual({ allowed: 1, reviewed: 1, challenged: 0, blocked: 1 });
    expect(s.fraud).toEqual({ confirmed: 1, fraudRate: 1 / 3, chargebacks: 1 });
    expect(s.daily).toHaveLength(8);
    expect(s.daily.reduce((n, d) => n + d.count, 0)).toBe(3);
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const dates = s.daily.map((d) => d.date);
    expect(dates[0]).toBe(day(now - 7 * DAY));
    expect(dates.at(-1)).toBe(day(now));
    const labelled = s.daily.find((d) => d.date === day(now - HOUR))!;
    expect(labelled.labels.falsePositive).toBe(1);

    const test = await server.gql<{ analyticsSummary: { volume: { count: number } } }>(
      SUMMARY,
      { period: '24h', mode: 'TEST' },
      { auth: await tenant.token('ANALYST') },
    );
    expect(test.data!.analyticsSummary.volume.count).toBe(1);
  });

  it('refuses an unknown period', async () => {
    const tenant = await seedTenant(server);
    const res = await server.gql(SUMMARY, { period: '1y' }, { auth: tenant.keys.LIVE.secret });
    expect(res.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: [{ field: 'period', message: 'must be one of 24h, 7d, 30d, 90d' }],
    });
  });
});
