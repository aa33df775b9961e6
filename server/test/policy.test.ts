import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedTenant, startTestServer, type SeededTenant, type TestServer } from './harness.js';

let server: TestServer;
let tenant: SeededTenant;
let admin: string;

beforeAll(async () => {
  server = await startTestServer();
  tenant = await seedTenant(server);
  admin = await tenant.token('TENANT_ADMIN');
});
afterAll(async () => {
  await server?.close();
});

const SCORE = `mutation($input: TransactionInput!) { scoreTransaction(input: $input) {
  riskScore decision matchedRules { code } allChecks { code status detail } shadowEvaluation { score decision rules } derivedSignals } }`;
type Score = {
  riskScore: number;
  decision: string;
  matchedRules: { code: string }[];
  allChecks: { code: string; status: string; detail: string }[];
  shadowEvaluation: { score: number; decision: string; rules: string[] } | null;
  derivedSignals: { amount: { base: number; baseCurrency: string } };
};
const uid = (p: string) => `${p}-${Math.random().toString(36).slice(2, 10)}`;
const score = async (input: Record<string, unknown>) =>
  (
    await server.gql<{ scoreTransaction: Score }>(
      SCORE,
      { input },
      { auth: tenant.keys.LIVE.secret },
    )
  ).data!.scoreTransaction;
const UPDATE_RULE = `mutation($input: RuleSettingsInput!) { updateRuleSettings(input: $input) { rules { code weight status params } } }`;

describe('tenant policy', () => {
  it('lists every default rule with its effective settings', async () => {
    const res = await server.gql<{
      rules: {
        code: string;
        weight: number;
        defaultWeight: number;
        status: string;
        params: Record<string, unknown>;
        description: string;
      }[];
    }>(
      '{ rules { code label description dimension weight defaultWeight action priority status params defaultParams } }',
      {},
      { auth: tenant.keys.LIVE.secret },
    );
    const codes = res.data!.rules.map((r) => r.code);
    for (const code of [
      'AMOUNT_SPIKE',
      'HIGH_AMOUNT',
      'VELOCITY_COUNT_1H',
      'VELOCITY_AMOUNT_24H',
      'RAPID_SUCCESSION',
      'CARD_TESTING',
      'NEW_DEVICE',
      'DEVICE_REUSED',
      'IP_VELOCITY',
      'TOR_EXIT',
      'HOSTING_ASN',
      'NEW_ACCOUNT_HIGH_VALUE',
      'SESSION_DEVICE_CHANGE',
      'NEW_RECIPIENT_HIGH_VALUE',
      'RECIPIENT_FAN_IN',
      'RECIPIENT_FLAGGED',
      'GEO_MISMATCH',
      'IMPOSSIBLE_TRAVEL',
      'HIGH_RISK_COUNTRY',
      'UNUSUAL_HOUR',
      'DORMANT_REACTIVATION',
      'PRIOR_FRAUD',
      'DENYLIST_MATCH',
      'ALLOWLIST_MATCH',
      'WATCHLIST_MATCH',
    ]) {
      expect(codes).toContain(code);
    }
    const high = res.data!.rules.find((r) => r.code === 'HIGH_AMOUNT')!;
    expect(high).toMatchObject({
      weight: 20,
      defaultWeight: 20,
      status: 'ACTIVE',
      params: { limit: 10000 },
    });
  });

  it('applies a changed limit and weight to the next score, and audits it', async () => {
    const res = await server.gql(
      UPDATE_RULE,
      { input: { code: 'HIGH_AMOUNT', weight: 55, params: { limit: 100 } } },
      { auth: admin },
    );
    expect(res.errors).toBeUndefined();
    const r = await score({ userId: uid('p'), amount: 150 });
    expect(r.matchedRules.map((m) => m.code)).toContain('HIGH_AMOUNT');
    expect(r.riskScore).toBeGreaterThanOrEqual(55);
    expect(r.decision).toBe('REVIEW');
    expect(r.allChecks.find((c) => c.code === 'HIGH_AMOUNT')?.detail).toBe('amount 150, limit 100');
    const audit = await server.gql<{
      auditEntries: {
        edges: { node: { action: string; entityId: string; before: unknown; after: unknown } }[];
      };
    }>(
      '{ auditEntries(first: 5) { edges { node { action entityId before after } } } }',
      {},
      { auth: admin },
    );
    expect(audit.data!.auditEntries.edges[0]!.node).toEqual({
      action: 'policy.rule.update',
      entityId: 'HIGH_AMOUNT',
      before: {},
      after: { weight: 55, params: { limit: 100 } },
    });
  });

  it('evaluates SHADOW rules without changing the live result, and skips DISABLED ones', async () => {
    await server.gql(
      UPDATE_RULE,
      { input: { code: 'HIGH_AMOUNT', status: 'SHADOW' } },
      { auth: admin },
    );
    const shadow = await score({ userId: uid('s'), amount: 150 });
    expect(shadow.allChecks.find((c) => c.code === 'HIGH_AMOUNT')?.status).toBe('SHADOW_FIRED');
    expect(shadow.matchedRules.map((m) => m.code)).not.toContain('HIGH_AMOUNT');
    expect(shadow.shadowEvaluation).toMatchObject({ rules: ['HIGH_AMOUNT'], decision: 'REVIEW' });
    expect(shadow.shadowEvaluation!.score).toBe(shadow.riskScore + 55);

    await server.gql(
      UPDATE_RULE,
      { input: { code: 'HIGH_AMOUNT', status: 'DISABLED' } },
      { auth: admin },
    );
    const off = await score({ userId: uid('d'), amount: 150 });
    expect(off.allChecks.find((c) => c.code === 'HIGH_AMOUNT')?.status).toBe('DISABLED');
    expect(off.shadowEvaluation).toBeNull();
  });

  it('changes the bands of an event kind', async () => {
    const res = await server.gql(
      'mutation { updateThresholds(kind: TRANSACTION, thresholds: { review: 10, challenge: null, block: 95 }) { transactionThresholds { review challenge block } } }',
      {},
      { auth: admin },
    );
    expect(res.data).toEqual({
      updateThresholds: { transactionThresholds: { review: 10, challenge: null, block: 95 } },
    });
    // A brand-new account sending 1,000+ fires NEW_ACCOUNT_HIGH_VALUE (20) ≥ 10.
    expect((await score({ userId: uid('t'), amount: 2000 })).decision).toBe('REVIEW');
  });

  it('converts amounts with the tenant’s base currency and rates', async () => {
    const res = await server.gql(
      'mutation { updateCurrencySettings(baseCurrency: "EUR", rates: { MAD: 0.092 }) { baseCurrency } }',
      {},
      { auth: admin },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ updateCurrencySettings: { baseCurrency: 'EUR' } });
    const r = await score({ userId: uid('c'), amount: 1000, currency: 'MAD' });
    expect(r.derivedSignals.amount).toMatchObject({ base: 92, baseCurrency: 'EUR' });
  });

  it.each([
    [{ code: 'NO_SUCH_RULE' }, ['input.code']],
    [{ code: 'HIGH_AMOUNT', weight: 101 }, ['input.weight']],
    [{ code: 'HIGH_AMOUNT', params: { limt: 5 } }, ['input.params.limt']],
    [{ code: 'HIGH_RISK_COUNTRY', params: { countries: 'KP' } }, ['input.params.countries']],
  ])('refuses %j naming the field', async (input, fields) => {
    const res = await server.gql(UPDATE_RULE, { input }, { auth: admin });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(
      (res.errors![0]!.extensions!.details as { field: string }[]).map((d) => d.field),
    ).toEqual(fields);
  });

  it('refuses thresholds that do not increase', async () => {
    const res = await server.gql(
      'mutation { updateThresholds(kind: ACCOUNT, thresholds: { review: null, challenge: 90, block: 50 }) { baseCurrency } }',
      {},
      { auth: admin },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is for tenant admins', async () => {
    const res = await server.gql(
      UPDATE_RULE,
      { input: { code: 'HIGH_AMOUNT', weight: 1 } },
      { auth: await tenant.token('ANALYST') },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const key = await server.gql(
      UPDATE_RULE,
      { input: { code: 'HIGH_AMOUNT', weight: 1 } },
      { auth: tenant.keys.LIVE.secret },
    );
    expect(key.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
