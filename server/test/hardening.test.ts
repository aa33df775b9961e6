import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedTenant, startTestServer, type SeededTenant, type TestServer } from './harness.js';

let server: TestServer;
let tenant: SeededTenant;

beforeAll(async () => {
  server = await startTestServer({ LOGIN_MAX_FAILURES: '3', TRUST_PROXY: 'true' });
  tenant = await seedTenant(server);
});
afterAll(async () => {
  await server?.close();
});

const uid = (p: string) => `${p}-${randomBytes(4).toString('hex')}`;
const SCORE =
  'mutation($input: TransactionInput!) { scoreTransaction(input: $input) { transactionId decision matchedRules { code } } }';
const ADD = 'mutation($input: ListEntryInput!) { addListEntry(input: $input) { id value } }';
const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  r.errors?.[0]?.extensions?.code;

describe('hostile or odd input stays a client error', () => {
  it('refuses NUL characters anywhere in the body with 400 BAD_USER_INPUT', async () => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': tenant.keys.LIVE.secret },
      body: JSON.stringify({
        query: SCORE,
        variables: { input: { userId: 'a\u0000b', amount: 1 } },
      }),
    });
    expect(res.status).toBe(400);
    expect(
      ((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions
        .code,
    ).toBe('BAD_USER_INPUT');
  });

  it('refuses IPv6 zone ids in scored input and in list entries', async () => {
    const scored = await server.gql(
      SCORE,
      { input: { userId: uid('z'), amount: 1, ip: 'fe80::1%eth0' } },
      { auth: tenant.keys.LIVE.secret },
    );
    expect(scored.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: [{ field: 'input.ip' }],
    });
    const listed = await server.gql(
      ADD,
      { input: { list: 'DENY', kind: 'CIDR', value: 'fe80::1%eth0/64' } },
      { auth: tenant.keys.LIVE.secret },
    );
    expect(code(listed)).toBe('BAD_USER_INPUT');
  });

  it('refuses a forged cursor and an impossible date of birth', async () => {
    const forged = Buffer.from(JSON.stringify(['2020-01-01T00:00:00Z', 'x'])).toString('base64url');
    const page = await server.gql(
      'query($a: String) { transactions(after: $a) { totalCount } }',
      { a: forged },
      { auth: tenant.keys.LIVE.secret },
    );
    expect(code(page)).toBe('BAD_USER_INPUT');
    const dob = await server.gql(
      'mutation($i: CustomerInput!) { onboardCustomer(input: $i) { externalId } }',
      { i: { externalId: uid('dob'), dateOfBirth: '2023-02-30' } },
      { auth: tenant.keys.LIVE.secret },
    );
    expect(code(dob)).toBe('BAD_USER_INPUT');
  });
});

describe('races', () => {
  it('one reference raced by two customers: one score, one CONFLICT, never a 500', async () => {
    const reference = uid('ref');
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        server.gql(
          SCORE,
          { input: { userId: uid(`racer${i}`), amount: 10, reference } },
          { auth: tenant.keys.LIVE.secret },
        ),
      ),
    );
    const codes = results.map((r) => (r.errors ? code(r) : 'OK'));
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(5);
  });

  it('parallel password guesses cannot slip under the limit', async () => {
    const victim = await seedTenant(server);
    const headers = { 'x-forwarded-for': `192.0.2.${randomBytes(1)[0]! % 250}` };
    const results = await Promise.all(
      Array.from({ length: 12 }, () =>
        server.gql(
          'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
          { e: victim.users.ANALYST.email, p: 'guess-guess' },
          { headers },
        ),
      ),
    );
    const checked = results.filter((r) => code(r) === 'UNAUTHENTICATED');
    expect(checked.length).toBeLessThanOrEqual(3);
    expect(results.filter((r) => code(r) === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(9);
  });

  it('concurrent policy changes to different rules are all kept', async () => {
    const admin = await tenant.token('TENANT_ADMIN');
    const codes = [
      'HIGH_AMOUNT',
      'RAPID_SUCCESSION',
      'UNUSUAL_HOUR',
      'CARD_TESTING',
      'IP_VELOCITY',
    ];
    const results = await Promise.all(
      codes.map((c) =>
        server.gql(
          'mutation($i: RuleSettingsInput!) { updateRuleSettings(input: $i) { baseCurrency } }',
          { i: { code: c, weight: 33 } },
          { auth: admin },
        ),
      ),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    const rules = await server.gql<{ rules: { code: string; weight: number }[] }>(
      '{ rules { code weight } }',
      {},
      { auth: admin },
    );
    for (const c of codes) expect(rules.data!.rules.find((r) => r.code === c)?.weight).toBe(33);
  });
});

describe('list matching follows normalization', () => {
  it('a recipient entry matches whatever its spacing or case, an IPv4-mapped IP its plain form', async () => {
    const iban = `fr76 3000 6000 0112 3456 7890 ${100 + (randomBytes(1)[0]! % 800)}`;
    await server.gql(
      ADD,
      { input: { list: 'DENY', kind: 'RECIPIENT', value: iban } },
      { auth: tenant.keys.LIVE.secret },
    );
    const paid = await server.gql<{ scoreTransaction: { decision: string } }>(
      SCORE,
      {
        input: {
          userId: uid('p'),
          amount: 5,
          recipient: { type: 'IBAN', value: iban.toUpperCase().replace(/ /g, '') },
        },
      },
      { auth: tenant.keys.LIVE.secret },
    );
    expect(paid.data?.scoreTransaction.decision).toBe('BLOCK');

    const ip = `203.0.113.${randomBytes(1)[0]! % 250}`;
    const added = await server.gql<{ addListEntry: { value: string } }>(
      ADD,
      { input: { list: 'DENY', kind: 'IP', value: `::ffff:${ip}` } },
      { auth: tenant.keys.LIVE.secret },
    );
    expect(added.data?.addListEntry.value).toBe(ip);
    const fromIp = await server.gql<{ scoreTransaction: { decision: string } }>(
      SCORE,
      { input: { userId: uid('i'), amount: 5, ip } },
      { auth: tenant.keys.LIVE.secret },
    );
    expect(fromIp.data?.scoreTransaction.decision).toBe('BLOCK');
  });
});
