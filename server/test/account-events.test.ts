import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executorStatistics } from '../src/db/executor.js';
import { TENANT_FILTER } from '../src/db/tenant-filter.js';
import { AccountScoringService } from '../src/modules/accounts/account-scoring.service.js';
import { seedTenant, startTestServer, type SeededTenant, type TestServer } from './harness.js';

let server: TestServer;
let tenant: SeededTenant;

beforeAll(async () => {
  server = await startTestServer();
  tenant = await seedTenant(server);
});
afterAll(async () => {
  await server?.close();
});

const SCORE = `mutation($input: AccountEventInput!) { scoreAccountEvent(input: $input) {
  transactionId riskScore decision riskBand matchedRules { code } allChecks { code status detail }
  signals { positive negative neutral } derivedSignals } }`;

interface Result {
  riskScore: number;
  decision: string;
  riskBand: string;
  matchedRules: { code: string }[];
  allChecks: { code: string; status: string; detail: string }[];
  derivedSignals: Record<string, unknown>;
}

type Errors = { errors?: { message: string; extensions?: Record<string, unknown> }[] };

async function score(input: Record<string, unknown>, t = tenant): Promise<Result & Errors> {
  const res = await server.gql<{ scoreAccountEvent: Result }>(
    SCORE,
    { input },
    {
      auth: t.keys.LIVE.secret,
    },
  );
  return { ...(res.data?.scoreAccountEvent as Result), errors: res.errors };
}

const CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36';

/** A person filling a form: nine seconds, a curved pointer path, typing. */
function human(now = Date.now()) {
  return {
    formStartedAt: now - 9000,
    formSubmittedAt: now,
    mousePath: Array.from({ length: 40 }, (_, i) => ({
      x: 100 + i * 8 + Math.round(20 * Math.sin(i / 4)),
      y: 200 + i * 3 + Math.round(15 * Math.cos(i / 3)),
      t: i * 120,
    })),
    keystrokeCount: 42,
    pasteCount: 0,
  };
}

/** A fresh address per signup, so IP velocity only fires where a test means it to. */
let ips = 0;
const nextIp = () => `198.18.${Math.floor(++ips / 250)}.${(ips % 250) + 1}`;

function signup(over: Record<string, unknown> = {}) {
  return {
    type: 'SIGNUP',
    externalUserId: `acct-${randomUUID()}`,
    email: `${randomUUID().slice(0, 8)}@example.com`,
    ip: nextIp(),
    device: {
      userAgent: CHROME,
      timezone: 'UTC',
      language: 'en-US',
      screen: { width: 1920, height: 1080, pixelRatio: 1 },
      clientFingerprint: `fp-${randomUUID()}`,
    },
    behavior: human(),
    ...over,
  };
}

const codes = (r: Result) => r.matchedRules.map((m) => m.code);

describe('scoreAccountEvent', () => {
  it('allows a clean signup with every check PASS and shows what it derived', async () => {
    const r = await score(signup());
    expect(r.errors).toBeUndefined();
    expect(r).toMatchObject({ riskScore: 0, decision: 'ALLOW', riskBand: 'ALLOW' });
    expect(new Set(r.allChecks.map((c) => c.status))).toEqual(new Set(['PASS']));
    expect(r.derivedSignals).toMatchObject({
      emailDomain: 'example.com',
      browser: { name: 'Chrome', os: 'Windows', headless: false },
      behavior: { completionMs: 9000, pointerPoints: 40, keystrokes: 42 },
      linkage: { accountsOnDevice30d: 0 },
      disposableEmail: false,
    });
  });

  it('fires DEVICE_REUSED on the later of five signups from one device', async () => {
    const device = { userAgent: CHROME, clientFingerprint: `fp-farm-${randomUUID()}` };
    const results: Result[] = [];
    for (let i = 0; i < 5; i++) results.push(await score(signup({ device })));
    expect(results.map((r) => codes(r).includes('DEVICE_REUSED'))).toEqual([
      false,
      false,
      false,
      false,
      true,
    ]);
    expect(codes(results[2]!)).toContain('SIGNUP_VELOCITY_DEVICE');
  });

  it('fires DISPOSABLE_EMAIL and BOT_BEHAVIOR, and together they challenge or block', async () => {
    const disposable = await score(signup({ email: `x${Date.now()}@mailinator.com` }));
    expect(codes(disposable)).toEqual(['DISPOSABLE_EMAIL']);
    expect(disposable.decision).toBe('ALLOW');

    const now = Date.now();
    const bot = await score(
      signup({
        email: `y${now}@mailinator.com`,
        behavior: {
          formStartedAt: now - 300,
          formSubmittedAt: now,
          mousePath: [],
          keystrokeCount: 0,
        },
      }),
    );
    expect(codes(bot).sort()).toEqual(['BOT_BEHAVIOR', 'DISPOSABLE_EMAIL']);
    expect(bot.allChecks.find((c) => c.code === 'BOT_BEHAVIOR')!.detail).toMatch(
      /form completed in 300 ms.*no pointer movement/,
    );
    expect(bot).toMatchObject({ riskScore: 75, decision: 'CHALLENGE', riskBand: 'MONITOR' });

    const headless = await score(
      signup({
        email: `z${now}@mailinator.com`,
        device: { userAgent: 'Mozilla/5.0 HeadlessChrome/124.0', clientFingerprint: 'fp-x' },
        behavior: {
          formStartedAt: now - 300,
          formSubmittedAt: now,
          mousePath: [],
          keystrokeCount: 0,
        },
        ip: '203.0.113.99',
      }),
    );
    expect(codes(headless)).toContain('BOT_BEHAVIOR');
  });

  it('fires LOGIN_FAILURES and NEW_DEVICE_LOGIN for failures then a login from a new device', async () => {
    const user = `acct-login-${randomUUID()}`;
    const known = { userAgent: CHROME, clientFingerprint: `fp-home-${randomUUID()}` };
    const first = await score({
      type: 'LOGIN',
      externalUserId: user,
      ip: '198.51.100.7',
      device: known,
    });
    expect(first.decision).toBe('ALLOW');
    for (let i = 0; i < 3; i++)
      await score({ type: 'LOGIN_FAILED', externalUserId: user, ip: '198.51.100.8' });
    const login = await score({
      type: 'LOGIN',
      externalUserId: user,
      ip: '198.51.100.8',
      device: { userAgent: CHROME, clientFingerprint: `fp-new-${randomUUID()}` },
    });
    expect(codes(login).sort()).toEqual(['LOGIN_FAILURES', 'NEW_DEVICE_LOGIN']);
    const again = await score({
      type: 'LOGIN',
      externalUserId: user,
      ip: '198.51.100.7',
      device: known,
    });
    expect(codes(again)).not.toContain('NEW_DEVICE_LOGIN');
  });

  it("lists the account rules and takes a tenant's minimum form completion time", async () => {
    const t = await seedTenant(server);
    const admin = await t.token('TENANT_ADMIN');
    const rules = await server.gql<{ rules: { code: string; params: Record<string, number> }[] }>(
      '{ rules(kind: ACCOUNT) { code params } }',
      {},
      { auth: admin },
    );
    expect(rules.data!.rules.map((r) => r.code)).toEqual([
      'DISPOSABLE_EMAIL',
      'EMAIL_REUSED',
      'DEVICE_REUSED',
      'SIGNUP_VELOCITY_IP',
      'SIGNUP_VELOCITY_DEVICE',
      'LOGIN_FAILURES',
      'NEW_DEVICE_LOGIN',
      'IMPOSSIBLE_TRAVEL',
      'TIMEZONE_MISMATCH',
      'TOR_EXIT',
      'HOSTING_ASN',
      'BOT_BEHAVIOR',
      'DENYLIST_MATCH',
      'ALLOWLIST_MATCH',
      'WATCHLIST_MATCH',
    ]);
    const now = Date.now();
    const slowish = { ...human(now), formStartedAt: now - 5000 };
    expect(codes(await score(signup({ behavior: slowish }), t))).toEqual([]);
    const res = await server.gql(
      'mutation { updateRuleSettings(input: { code: "BOT_BEHAVIOR", params: { minCompletionMs: 8000 } }) { baseCurrency } }',
      {},
      { auth: admin },
    );
    expect(res.errors).toBeUndefined();
    expect(codes(await score(signup({ behavior: slowish }), t))).toEqual(['BOT_BEHAVIOR']);
  });

  it("applies the tenant's own lists: a deny-listed domain blocks", async () => {
    const t = await seedTenant(server);
    const added = await server.gql(
      `mutation { addListEntry(input: { list: DENY, kind: EMAIL_DOMAIN, value: "fraud-ring.example", reason: "chargebacks" }) { id } }`,
      {},
      { auth: await t.token('ANALYST') },
    );
    expect(added.errors).toBeUndefined();
    const r = await score(signup({ email: 'boss@fraud-ring.example' }), t);
    expect(r).toMatchObject({ decision: 'BLOCK', riskBand: 'BLOCK' });
    expect(codes(r)).toContain('DENYLIST_MATCH');
  });

  it('shows a rule a tenant disabled as DISABLED', async () => {
    const t = await seedTenant(server);
    const res = await server.gql(
      'mutation { updateRuleSettings(input: { code: "DISPOSABLE_EMAIL", status: DISABLED }) { baseCurrency } }',
      {},
      { auth: await t.token('TENANT_ADMIN') },
    );
    expect(res.errors).toBeUndefined();
    const r = await score(signup({ email: 'q@mailinator.com' }), t);
    expect(r.riskScore).toBe(0);
    expect(r.allChecks.find((c) => c.code === 'DISPOSABLE_EMAIL')!.status).toBe('DISABLED');
  });

  it('refuses oversized input as BAD_USER_INPUT, naming each field, and writes nothing', async () => {
    const user = `acct-big-${randomUUID()}`;
    const res = await score(
      signup({
        externalUserId: user,
        device: { userAgent: 'x'.repeat(2000) },
        behavior: { mousePath: Array.from({ length: 301 }, (_, i) => ({ x: i, y: i, t: i })) },
      }),
    );
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const fields = (res.errors![0]!.extensions!.details as { field: string }[]).map((d) => d.field);
    expect(fields.sort()).toEqual(['input.behavior.mousePath', 'input.device.userAgent']);
    const rows = await server.orm.em
      .getConnection()
      .execute('select 1 from scored_event where user_id = ?', [user]);
    expect(rows).toHaveLength(0);
  });

  it('keeps test traffic out of live linkage', async () => {
    const device = { userAgent: CHROME, clientFingerprint: `fp-mode-${randomUUID()}` };
    for (let i = 0; i < 4; i++)
      await server.gql(SCORE, { input: signup({ device }) }, { auth: tenant.keys.TEST.secret });
    const live = await score(signup({ device }));
    expect(live.derivedSignals).toMatchObject({ linkage: { accountsOnDevice30d: 0 } });
  });
});

describe('an account event in the database', () => {
  it('costs two round-trips: locks and facts, then the insert and COMMIT', async () => {
    const em = server.orm.em.fork();
    em.setFilterParams(TENANT_FILTER, { tenantId: tenant.id });
    const service = new AccountScoringService(em, tenant.id, 'LIVE');
    // The server's background work (the webhook sweep) uses the executor too and can only add
    // to a count: the least of three events is an event's own cost.
    const costs: { roundTrips: number; statements: number }[] = [];
    let outcome: Awaited<ReturnType<AccountScoringService['score']>> | undefined;
    for (let attempt = 0; attempt < 3; attempt++) {
      const before = { ...executorStatistics };
      outcome = await service.score(signup());
      costs.push({
        roundTrips: executorStatistics.roundTrips - before.roundTrips,
        statements: executorStatistics.statements - before.statements,
      });
    }
    expect(Math.min(...costs.map((c) => c.roundTrips))).toBe(2);
    // BEGIN, the locks, the facts; the insert, COMMIT.
    expect(Math.min(...costs.map((c) => c.statements))).toBe(5);
    const [row] = await server.orm.em
      .fork()
      .getConnection()
      .execute('select kind from scored_event where id = ?', [outcome!.transactionId]);
    expect(row).toEqual({ kind: 'ACCOUNT' });
  });
});

describe('account events and transactions', () => {
  it("do not count in each other's velocity", async () => {
    const user = `acct-mixed-${randomUUID()}`;
    for (let i = 0; i < 6; i++)
      await score({ type: 'LOGIN', externalUserId: user, ip: '198.18.250.1' });
    const tx = await server.gql<{
      scoreTransaction: { allChecks: { code: string; status: string; detail: string }[] };
    }>(
      'mutation($input: TransactionInput!) { scoreTransaction(input: $input) { allChecks { code status detail } } }',
      { input: { userId: user, amount: 10, ip: '198.18.250.1' } },
      { auth: tenant.keys.LIVE.secret },
    );
    const velocity = tx.data!.scoreTransaction.allChecks.find(
      (c) => c.code === 'VELOCITY_COUNT_1H',
    )!;
    expect(velocity.status).toBe('PASS');
    expect(velocity.detail).toMatch(/^1 transaction/);
  });
});

describe('account events under attack', () => {
  it('counts parallel signups from one IP exactly (no burst slips under the limit)', async () => {
    const ip = '198.18.251.7';
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        score(
          signup({ ip, device: { userAgent: CHROME, clientFingerprint: `fp-${randomUUID()}` } }),
        ),
      ),
    );
    const seen = results
      .map(
        (r) =>
          (r.derivedSignals as { velocity: { signupsFromIp1h: number } }).velocity.signupsFromIp1h,
      )
      .sort((a, b) => a - b);
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('refuses unpaired surrogates and NUL in keys as client errors, never a 500', async () => {
    for (const body of [
      '{"query":"{ me { kind } }","variables":{"x":"\\ud800"}}',
      '{"query":"{ me { kind } }","variables":{"a\\u0000b":1}}',
    ]) {
      const res = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': tenant.keys.LIVE.secret },
        body,
      });
      expect(res.status).toBe(400);
      const json = (await res.json()) as { errors: { extensions: { code: string } }[] };
      expect(json.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    }
  });
});
