import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { seedTenant, startTestServer, type SeededTenant, type TestServer } from './harness.js';

let server: TestServer;
let tenant: SeededTenant;

// TRUST_PROXY lets each test speak from its own client address, so test files running in
// parallel against the same database never share a per-IP budget.
beforeAll(async () => {
  server = await startTestServer({ LOGIN_MAX_FAILURES: '2', TRUST_PROXY: 'true' });
  tenant = await seedTenant(server);
});
afterAll(async () => {
  await server?.close();
});

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const randomIp = () => `198.51.100.${randomBytes(1)[0]! % 250}`;

describe('login rate limits per IP', () => {
  it('limits one address trying many e-mails (4 × the per-e-mail limit)', async () => {
    const ip = `203.0.113.${randomBytes(1)[0]! % 250}`;
    const headers = { 'x-forwarded-for': ip };
    for (let i = 0; i < 8; i++) {
      const res = await server.gql(
        LOGIN,
        { e: `probe${i}-${randomBytes(3).toString('hex')}@x.test`, p: 'wrong-pass' },
        { headers },
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const limited = await server.gql(
      LOGIN,
      { e: tenant.users.ANALYST.email, p: tenant.users.ANALYST.password },
      { headers },
    );
    expect(limited.status).toBe(429);
    expect(limited.headers.get('ratelimit-limit')).toBe('8');

    const elsewhere = await server.gql(
      LOGIN,
      { e: tenant.users.ANALYST.email, p: tenant.users.ANALYST.password },
      { headers: { 'x-forwarded-for': randomIp() } },
    );
    expect(elsewhere.data).toMatchObject({ login: { token: expect.any(String) } });
  });

  it('a successful login clears the e-mail budget', async () => {
    const { email, password } = tenant.users.COMPLIANCE;
    const headers = { 'x-forwarded-for': randomIp() };
    await server.gql(LOGIN, { e: email, p: 'wrong-pass' }, { headers });
    expect((await server.gql(LOGIN, { e: email, p: password }, { headers })).data).toBeTruthy();
    await server.gql(LOGIN, { e: email, p: 'wrong-pass' }, { headers });
    expect((await server.gql(LOGIN, { e: email, p: password }, { headers })).data).toBeTruthy();
  });
});
