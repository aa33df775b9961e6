import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { clientKeyOf } from '../src/domain/client-address.js';
import { seedTenant, startTestServer, type SeededTenant, type TestServer } from './harness.js';

let server: TestServer;
let tenant: SeededTenant;

const WINDOW = 60;

// TRUST_PROXY lets each test speak from its own client address, so test files running in
// parallel against the same database never share a per-IP budget. Three failures per (e-mail,
// IP) and twelve per IP keep the tests short; the defaults are 5 and 50.
beforeAll(async () => {
  server = await startTestServer({
    LOGIN_MAX_FAILURES: '3',
    LOGIN_WINDOW_SECONDS: String(WINDOW),
    LOGIN_IP_MAX_FAILURES: '12',
    TRUST_PROXY: 'true',
  });
  tenant = await seedTenant(server);
});
afterAll(async () => {
  await server?.close();
});

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
let nextIp = randomBytes(2).readUInt16BE(0);
/** A fresh client address for each call (2001:db8::/32 is the documentation range). */
const freshIp = () => `2001:db8:${(nextIp++ % 0xffff).toString(16)}::${randomBytes(1)[0]}`;

function login(email: string, password: string, ip: string) {
  return server.gql<{ login: { token: string } }>(
    LOGIN,
    { e: email, p: password },
    { headers: { 'x-forwarded-for': ip } },
  );
}

async function failTimes(email: string, ip: string, times: number) {
  for (let i = 0; i < times; i++) {
    const res = await login(email, 'wrong-password', ip);
    expect(res.errors?.[0]).toMatchObject({
      message: 'Invalid e-mail or password',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  }
}

const sql = (text: string, values: unknown[]) =>
  server.orm.em.getConnection().execute(text, values, 'run');

describe('login limits per (e-mail, IP)', () => {
  it('an attacker failing for a victim locks out only their own address (regression)', async () => {
    const victim = tenant.users.ANALYST;
    const attacker = freshIp();
    await failTimes(victim.email, attacker, 3);
    for (let i = 0; i < 3; i++) {
      const refused = await login(victim.email, 'another-guess', attacker);
      expect(refused.status).toBe(429);
      expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    }

    const fromHome = await login(victim.email, victim.password, freshIp());
    expect(fromHome.data?.login.token).toEqual(expect.any(String));

    const right = await login(victim.email, victim.password, attacker);
    expect(right.status).toBe(429);
    const retryAfter = Number(right.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(WINDOW);
    expect(right.headers.get('ratelimit-limit')).toBe('3');

    // The lockout is of one e-mail from one address: the address can still log in as another.
    const other = tenant.users.COMPLIANCE;
    expect((await login(other.email, other.password, attacker)).data?.login.token).toBeTruthy();
  });

  it('counts an IPv6 client by its /64, so rotating addresses inside it gains nothing', async () => {
    const victim = tenant.users.ANALYST;
    const prefix = freshIp().replace(/::.*$/, '');
    const inPrefix = (n: number) => `${prefix}:0::${n.toString(16)}`;
    for (let n = 1; n <= 3; n++) await failTimes(victim.email, inPrefix(n), 1);
    const rotated = await login(victim.email, victim.password, inPrefix(99));
    expect(rotated.status).toBe(429);
    expect(rotated.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // The neighbouring /64 is another client.
    const neighbour = await login(victim.email, victim.password, freshIp());
    expect(neighbour.data?.login.token).toEqual(expect.any(String));
  });

  it('a success clears the pair', async () => {
    const { email, password } = tenant.users.COMPLIANCE;
    const ip = freshIp();
    await failTimes(email, ip, 2);
    expect((await login(email, password, ip)).data).toBeTruthy();
    await failTimes(email, ip, 2);
    expect((await login(email, password, ip)).data).toBeTruthy();
  });

  it('each lockout of the same pair in a row lasts twice as long as the last', async () => {
    const { email, password } = tenant.users.TENANT_ADMIN;
    const ip = freshIp();
    const retryAfter = async () => {
      const res = await login(email, password, ip);
      expect(res.status).toBe(429);
      return Number(res.headers.get('retry-after'));
    };
    /** What the end of the current lockout looks like to the server. */
    const lockoutEnds = async () => {
      await sql(
        `update login_lockout set locked_until = now() - interval '1 second' where email = ? and ip = ?`,
        [email, clientKeyOf(ip)],
      );
      await sql(
        `update login_failure set created_at = created_at - make_interval(secs => ?)
          where email = ? and ip = ?`,
        [WINDOW * 8, email, clientKeyOf(ip)],
      );
    };

    await failTimes(email, ip, 3);
    const first = await retryAfter();
    expect(first).toBeLessThanOrEqual(WINDOW);
    await lockoutEnds();
    await failTimes(email, ip, 3);
    const second = await retryAfter();
    expect(second).toBeGreaterThan(WINDOW);
    expect(second).toBeLessThanOrEqual(2 * WINDOW);
    await lockoutEnds();
    await failTimes(email, ip, 3);
    expect(await retryAfter()).toBeGreaterThan(2 * WINDOW);

    // A success after the lockout starts the pair over.
    await lockoutEnds();
    expect((await login(email, password, ip)).data?.login.token).toBeTruthy();
    await failTimes(email, ip, 3);
    expect(await retryAfter()).toBeLessThanOrEqual(WINDOW);
  });
});

describe('login limits per IP', () => {
  it('lets an office behind one address log in after a few typos each', async () => {
    const office = freshIp();
    const people = await Promise.all(
      Array.from({ length: 5 }, () => seedTenant(server).then((t) => t.users.ANALYST)),
    );
    for (const person of people) await failTimes(person.email, office, 2);
    for (const person of people) {
      const res = await login(person.email, person.password, office);
      expect(res.data?.login.token).toEqual(expect.any(String));
    }
  });

  it('stops one address spraying a password over many e-mails', async () => {
    const sprayer = freshIp();
    for (let i = 0; i < 12; i++) {
      await failTimes(`sprayed-${i}-${randomBytes(3).toString('hex')}@x.test`, sprayer, 1);
    }
    const next = await login(`sprayed-next@x.test`, 'Winter2026!', sprayer);
    expect(next.status).toBe(429);
    expect(next.headers.get('ratelimit-limit')).toBe('12');
    // Even a right password is refused from that address for the rest of the window...
    const { email, password } = tenant.users.ANALYST;
    expect((await login(email, password, sprayer)).status).toBe(429);
    // ...while the same account works from anywhere else.
    expect((await login(email, password, freshIp())).data?.login.token).toBeTruthy();
  });
});
