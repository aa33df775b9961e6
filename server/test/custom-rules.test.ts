import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedTenant, startTestServer, type SeededTenant, type TestServer } from './harness.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const uid = (p: string) => `${p}-${randomBytes(4).toString('hex')}`;
const SCORE = `mutation($input: TransactionInput!) { scoreTransaction(input: $input) {
  transactionId decision riskScore policyVersion matchedRules { code label dimension contribution }
  allChecks { code status detail } } }`;
interface Scored {
  transactionId: string;
  decision: string;
  riskScore: number;
  policyVersion: number;
  matchedRules: { code: string; label: string; dimension: string; contribution: number }[];
  allChecks: { code: string; status: string; detail: string }[];
}
const UPSERT = `mutation($id: UUID!, $input: CustomRuleInput!) { upsertCustomRule(draftId: $id, input: $input) { customRules { code condition weight action status eventKind } } }`;

/** A tenant whose LIVE mode scores with a version holding `rules`. */
async function tenantWithRules(rules: Record<string, unknown>[]) {
  const tenant = await seedTenant(server);
  const admin = await tenant.token('TENANT_ADMIN');
  const draft = await server.gql<{ createPolicyDraft: { id: string; number: number } }>(
    'mutation { createPolicyDraft { id number } }',
    {},
    { auth: admin },
  );
  const id = draft.data!.createPolicyDraft.id;
  for (const input of rules) {
    const res = await server.gql(UPSERT, { id, input }, { auth: admin });
    expect(res.errors).toBeUndefined();
  }
  const published = await server.gql(
    'mutation($id: UUID!) { publishPolicy(draftId: $id, mode: LIVE) { number } }',
    { id },
    { auth: admin },
  );
  expect(published.errors).toBeUndefined();
  const score = async (input: Record<string, unknown>) => {
    const res = await server.gql<{ scoreTransaction: Scored }>(
      SCORE,
      { input },
      { auth: tenant.keys.LIVE.secret },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.scoreTransaction;
  };
  return { tenant, admin, version: draft.data!.createPolicyDraft.number, draftId: id, score };
}

const rule = (code: string, condition: string, extra: Record<string, unknown> = {}) => ({
  code,
  name: code.toLowerCase().replace(/_/g, ' '),
  condition,
  weight: 30,
  action: 'REVIEW',
  ...extra,
});

describe('custom rules', () => {
  it('runs the three seed examples exactly as written', async () => {
    const t = await tenantWithRules([
      rule('BIG_INTERNATIONAL', "type == 'INTERNATIONAL_TRANSFER' && amount > 20000"),
      rule('NEW_RECIPIENT_LARGE', 'recipient.timesSent == 0 && amount > 5000'),
      rule('NIGHT_LARGE', '(time.hour >= 23 || time.hour <= 5) && amount > 5000'),
    ]);
    const noon = '2026-12-01T12:00:00Z';
    const big = await t.score({
      userId: uid('a'),
      amount: 25_000,
      type: 'INTERNATIONAL_TRANSFER',
      occurredAt: noon,
    });
    expect(big.matchedRules.find((m) => m.code === 'BIG_INTERNATIONAL')).toMatchObject({
      label: 'big international',
      dimension: 'CUSTOM',
      contribution: 30,
    });
    expect(big.decision).not.toBe('ALLOW');
    expect(big.policyVersion).toBe(t.version);
    const small = await t.score({
      userId: uid('a'),
      amount: 15_000,
      type: 'INTERNATIONAL_TRANSFER',
      occurredAt: noon,
    });
    expect(small.allChecks.find((c) => c.code === 'BIG_INTERNATIONAL')).toMatchObject({
      status: 'PASS',
      detail: 'condition does not hold',
    });
    const user = uid('r');
    const recipient = { type: 'IBAN', value: `DE${randomBytes(8).toString('hex')}` };
    const first = await t.score({ userId: user, amount: 6000, recipient, occurredAt: noon });
    expect(first.matchedRules.map((m) => m.code)).toContain('NEW_RECIPIENT_LARGE');
    const second = await t.score({ userId: user, amount: 6000, recipient, occurredAt: noon });
    expect(second.matchedRules.map((m) => m.code)).not.toContain('NEW_RECIPIENT_LARGE');
    const night = await t.score({
      userId: uid('n'),
      amount: 5001,
      occurredAt: '2026-12-01T23:30:00Z',
    });
    expect(night.matchedRules.map((m) => m.code)).toContain('NIGHT_LARGE');
    const morning = await t.score({
      userId: uid('n'),
      amount: 5001,
      occurredAt: '2026-12-01T06:00:00Z',
    });
    expect(morning.matchedRules.map((m) => m.code)).not.toContain('NIGHT_LARGE');
  });

  it('lets a rule that fails at run time count as not fired, without failing the score', async () => {
    const t = await tenantWithRules([rule('BAD_PATTERN', "channel.matches('(')")]);
    const scored = await t.score({ userId: uid('e'), amount: 10, channel: 'web' });
    const check = scored.allChecks.find((c) => c.code === 'BAD_PATTERN')!;
    expect(check.status).toBe('PASS');
    expect(check.detail).toMatch(/^could not evaluate: /);
    expect(scored.matchedRules.map((m) => m.code)).not.toContain('BAD_PATTERN');
  });

  it('refuses invalid rules with what is wrong and where', async () => {
    const tenant: SeededTenant = await seedTenant(server);
    const admin = await tenant.token('TENANT_ADMIN');
    const draft = await server.gql<{ createPolicyDraft: { id: string } }>(
      'mutation { createPolicyDraft { id } }',
      {},
      { auth: admin },
    );
    const id = draft.data!.createPolicyDraft.id;
    const refused = async (input: Record<string, unknown>) => {
      const res = await server.gql(UPSERT, { id, input }, { auth: admin });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      return (res.errors![0]!.extensions!.details as { field: string; message: string }[])[0]!;
    };
    expect(await refused(rule('TYPO', 'amont > 5'))).toMatchObject({
      field: 'input.condition',
      message: expect.stringMatching(/^line 1, column 1: .*amont.*amount/),
    });
    expect((await refused(rule('SYNTAX', 'amount >'))).message).toMatch(/^line 1, column \d+/);
    expect((await refused(rule('HIGH_AMOUNT', 'amount > 5'))).message).toMatch(/built-in/);
    expect((await refused(rule('lower_case', 'amount > 5'))).field).toBe('input.code');
    expect((await refused(rule('HEAVY', 'amount > 5', { weight: 101 }))).field).toBe(
      'input.weight',
    );
    expect((await refused(rule('NUL', 'amount > 5\u0000'))).field).toMatch(/input\.condition$/);
    const check = await server.gql<{
      validateRuleCondition: {
        valid: boolean;
        problems: { message: string; line: number; column: number }[];
      };
    }>(
      '{ validateRuleCondition(eventKind: ACCOUNT, condition: "amount > 5") { valid problems { message line column } } }',
      {},
      { auth: admin },
    );
    // Account events have no amount.
    expect(check.data!.validateRuleCondition.valid).toBe(false);
    expect(check.data!.validateRuleCondition.problems[0]).toMatchObject({ line: 1, column: 1 });
    const vars = await server.gql<{
      ruleVariables: { name: string; type: string; example: string }[];
    }>('{ ruleVariables(eventKind: TRANSACTION) { name type example } }', {}, { auth: admin });
    expect(vars.data!.ruleVariables.find((v) => v.name === 'recipient.timesSent')).toMatchObject({
      type: 'double',
    });
  });
});
