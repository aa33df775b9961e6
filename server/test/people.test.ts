import { randomBytes } from 'node:crypto';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { TENANT_FILTER } from '../src/db/tenant-filter.js';
import { SYSTEM_ACTOR } from '../src/modules/audit/audit.service.js';
import { TokenSigner } from '../src/modules/auth/jwt.js';
import { UserLifecycleService } from '../src/modules/users/user-lifecycle.service.js';
import { UserEntity } from '../src/modules/users/user.entity.js';
import { UserService } from '../src/modules/users/user.service.js';
import {
  TEST_JWT_SECRET,
  seedTenant,
  startTestServer,
  type GraphQLResponse,
  type SeededTenant,
  type TestServer,
} from './harness.js';

let server: TestServer;

// Subscriptions re-check their credential every second here (30 s at most in production).
// TRUST_PROXY lets each login speak from its own address, clear of other files' login limits.
beforeAll(async () => {
  server = await startTestServer(
    { TRUST_PROXY: 'true', LOGIN_MAX_FAILURES: '3' },
    { sessionRecheckMs: 1000 },
  );
});
afterAll(async () => {
  await server?.close();
});

const ME = '{ me { email role } }';
const LOGIN = `mutation($e: String!, $p: String!) {
  login(email: $e, password: $p) { token mustChangePassword user { role mustChangePassword } }
}`;
const UPDATE = `mutation($id: UUID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) { id role disabled disabledAt }
}`;
const RESET = `mutation($id: UUID!) {
  resetUserPassword(id: $id) { oneTimePassword user { id mustChangePassword } }
}`;
const REVOKE = 'mutation($id: UUID!) { revokeUserSessions(id: $id) { id } }';
const CHANGE = `mutation($c: String!, $n: String!) {
  changePassword(current: $c, next: $n) { token mustChangePassword user { email } }
}`;

const freshIp = () => `2001:db8:beef:${randomBytes(2).toString('hex')}::${randomBytes(1)[0]}`;

function gqlFrom<T>(ip: string, query: string, variables: Record<string, unknown>, auth?: string) {
  return server.gql<T>(query, variables, { auth, headers: { 'x-forwarded-for': ip } });
}

async function login(email: string, password: string) {
  return gqlFrom<{
    login: { token: string; mustChangePassword: boolean; user: { role: string } };
  }>(freshIp(), LOGIN, { e: email, p: password });
}

async function tokenOf(email: string, password: string): Promise<string> {
  const res = await login(email, password);
  expect(res.errors).toBeUndefined();
  return res.data!.login.token;
}

const codeOf = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions?.code;

/** An open reviewQueue subscription and what it has received. */
async function subscribe(token: string, tenantId: string) {
  const client = createClient({
    url: server.url.replace('http', 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  const state = { errors: [] as { extensions?: { code?: string } }[], completed: false };
  const before = server.app.cases.subscribers(tenantId, 'LIVE');
  client.subscribe(
    { query: 'subscription { reviewQueue { type } }' },
    {
      next: () => undefined,
      error: (e) => state.errors.push(...(Array.isArray(e) ? e : [e])),
      complete: () => (state.completed = true),
    },
  );
  await until(
    () => server.app.cases.subscribers(tenantId, 'LIVE') > before || state.errors.length > 0,
    'the subscription to open',
  );
  expect(state.errors).toEqual([]);
  return {
    state,
    /** Waits for the server to end the subscription; returns the error code it gave. */
    async ended(): Promise<string | undefined> {
      await until(() => state.errors.length > 0 || state.completed, 'the subscription to end');
      return state.errors[0]?.extensions?.code;
    },
    close: () => client.dispose(),
  };
}

async function until(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`gave up waiting for ${what}`);
}

async function auditActions(tenantId: string, entityId: string) {
  return server.orm.em
    .getConnection()
    .execute<{ action: string; actor_label: string; before: unknown; after: unknown }[]>(
      `select action, actor_label, before, after from audit_entry where tenant_id = ? and entity_id = ? order by created_at`,
      [tenantId, entityId],
    );
}

/** A platform admin living in a tenant of its own. */
async function platformAdmin(): Promise<{ token: string; id: string; home: SeededTenant }> {
  const home = await seedTenant(server);
  const em = server.orm.em.fork();
  em.setFilterParams(TENANT_FILTER, { tenantId: home.id });
  const email = `platform-${randomBytes(4).toString('hex')}@warden.test`;
  const password = `pw-${randomBytes(8).toString('hex')}`;
  const user = await new UserService(em, home.id).create(
    { email, password, role: 'PLATFORM_ADMIN' },
    SYSTEM_ACTOR,
  );
  return { token: await tokenOf(email, password), id: user.id, home };
}

describe('disabling a user', () => {
  it('ends their tokens at once, their subscriptions within the re-check, and their logins', async () => {
    const t = await seedTenant(server);
    const analyst = t.users.ANALYST;
    const token = await tokenOf(analyst.email, analyst.password);
    const live = await subscribe(token, t.id);
    const admin = await t.token('TENANT_ADMIN');

    const res = await server.gql<{ updateUser: { disabled: boolean; disabledAt: string } }>(
      UPDATE,
      { id: analyst.id, input: { disabled: true } },
      { auth: admin },
    );
    expect(res.data?.updateUser).toMatchObject({ disabled: true, disabledAt: expect.any(String) });
    expect(codeOf(await server.gql(ME, {}, { auth: token }))).toBe('UNAUTHENTICATED');
    expect(await live.ended()).toBe('UNAUTHENTICATED');
    await live.close();
    expect(codeOf(await login(analyst.email, analyst.password))).toBe('UNAUTHENTICATED');

    await server.gql(UPDATE, { id: analyst.id, input: { disabled: false } }, { auth: admin });
    expect(await tokenOf(analyst.email, analyst.password)).toEqual(expect.any(String));
    // The old token stays dead: enabling does not bring sessions back.
    expect(codeOf(await server.gql(ME, {}, { auth: token }))).toBe('UNAUTHENTICATED');

    const audit = await auditActions(t.id, analyst.id);
    expect(audit.filter((a) => a.action === 'user.update')).toEqual([
      expect.objectContaining({
        before: { role: 'ANALYST', disabled: false },
        after: { role: 'ANALYST', disabled: true },
        actor_label: t.users.TENANT_ADMIN.email,
      }),
      expect.objectContaining({ after: { role: 'ANALYST', disabled: false } }),
    ]);
  });
});

describe('changing a role', () => {
  it('ends the old token and subscription; the next login carries the new role', async () => {
    const t = await seedTenant(server);
    const user = t.users.ANALYST;
    const token = await tokenOf(user.email, user.password);
    const live = await subscribe(token, t.id);
    const res = await server.gql(
      UPDATE,
      { id: user.id, input: { role: 'COMPLIANCE' } },
      { auth: await t.token('TENANT_ADMIN') },
    );
    expect(res.data).toMatchObject({ updateUser: { role: 'COMPLIANCE', disabled: false } });
    expect(codeOf(await server.gql(ME, {}, { auth: token }))).toBe('UNAUTHENTICATED');
    expect(await live.ended()).toBe('UNAUTHENTICATED');
    await live.close();
    const again = await login(user.email, user.password);
    expect(again.data?.login.user.role).toBe('COMPLIANCE');
    const me = await server.gql(ME, {}, { auth: again.data!.login.token });
    expect(me.data).toEqual({ me: { email: user.email, role: 'COMPLIANCE' } });
  });

  it('uses the row role even for a token that claims another', async () => {
    const t = await seedTenant(server);
    const forged = await server.signer.sign({
      userId: t.users.ANALYST.id,
      tenantId: t.id,
      role: 'TENANT_ADMIN',
    });
    const res = await server.gql(
      UPDATE,
      { id: t.users.COMPLIANCE.id, input: { disabled: true } },
      { auth: forged.token },
    );
    expect(codeOf(res)).toBe('FORBIDDEN');
  });
});

describe('revoking sessions', () => {
  it('ends every token and subscription of the user; a new login works', async () => {
    const t = await seedTenant(server);
    const user = t.users.COMPLIANCE;
    const first = await tokenOf(user.email, user.password);
    const second = await tokenOf(user.email, user.password);
    const live = await subscribe(first, t.id);
    const res = await server.gql(REVOKE, { id: user.id }, { auth: await t.token('TENANT_ADMIN') });
    expect(res.data).toEqual({ revokeUserSessions: { id: user.id } });
    for (const token of [first, second]) {
      expect(codeOf(await server.gql(ME, {}, { auth: token }))).toBe('UNAUTHENTICATED');
    }
    expect(await live.ended()).toBe('UNAUTHENTICATED');
    await live.close();
    const fresh = await tokenOf(user.email, user.password);
    expect((await server.gql(ME, {}, { auth: fresh })).data).toBeTruthy();
    expect((await auditActions(t.id, user.id)).map((a) => a.action)).toContain(
      'user.revoke_sessions',
    );
  });
});

describe('resetting a password', () => {
  it('gives a one-time password that logs in once, into a session that must change it', async () => {
    const t = await seedTenant(server);
    const user = t.users.ANALYST;
    const old = await tokenOf(user.email, user.password);
    const live = await subscribe(old, t.id);
    const reset = await server.gql<{
      resetUserPassword: { oneTimePassword: string; user: { mustChangePassword: boolean } };
    }>(RESET, { id: user.id }, { auth: await t.token('TENANT_ADMIN') });
    const { oneTimePassword } = reset.data!.resetUserPassword;
    expect(oneTimePassword.length).toBeGreaterThanOrEqual(16);
    expect(reset.data!.resetUserPassword.user.mustChangePassword).toBe(true);
    expect(codeOf(await server.gql(ME, {}, { auth: old }))).toBe('UNAUTHENTICATED');
    expect(await live.ended()).toBe('UNAUTHENTICATED');
    await live.close();
    expect(codeOf(await login(user.email, user.password))).toBe('UNAUTHENTICATED');

    const otp = await login(user.email, oneTimePassword);
    expect(otp.data?.login).toMatchObject({ mustChangePassword: true });
    const limited = otp.data!.login.token;
    expect((await server.gql(ME, {}, { auth: limited })).data).toBeTruthy();
    const blocked = await server.gql('{ reviewQueue { totalCount } }', {}, { auth: limited });
    expect(codeOf(blocked)).toBe('FORBIDDEN');
    expect(blocked.errors?.[0]?.message).toMatch(/changePassword/);
    // Once: the one-time password does not open a second session.
    expect(codeOf(await login(user.email, oneTimePassword))).toBe('UNAUTHENTICATED');

    const changed = await gqlFrom<{ changePassword: { token: string } }>(
      freshIp(),
      CHANGE,
      { c: oneTimePassword, n: 'a-brand-new-password' },
      limited,
    );
    expect(changed.data?.changePassword).toMatchObject({ mustChangePassword: false });
    const fresh = changed.data!.changePassword.token;
    expect((await server.gql('{ reviewQueue { totalCount } }', {}, { auth: fresh })).data).toEqual({
      reviewQueue: { totalCount: 0 },
    });
    expect(codeOf(await server.gql(ME, {}, { auth: limited }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await login(user.email, oneTimePassword))).toBe('UNAUTHENTICATED');
    expect(await tokenOf(user.email, 'a-brand-new-password')).toEqual(expect.any(String));

    const audit = await auditActions(t.id, user.id);
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['user.reset_password', 'user.change_password']),
    );
    expect(JSON.stringify(audit)).not.toContain(oneTimePassword);
    expect(JSON.stringify(audit)).not.toContain('a-brand-new-password');
  });
});

describe('changing one\u2019s own password', () => {
  it('checks the current password under the login limits and the password rules', async () => {
    const t = await seedTenant(server);
    const user = t.users.COMPLIANCE;
    const token = await tokenOf(user.email, user.password);
    const other = await tokenOf(user.email, user.password);
    const ip = freshIp();
    const change = (c: string, n: string) => gqlFrom(ip, CHANGE, { c, n }, token);

    const short = await change(user.password, 'short');
    expect(short.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: [{ field: 'next', message: 'must be at least 10 characters' }],
    });
    for (let i = 0; i < 3; i++) {
      const wrong = await change('not-my-password', 'long-enough-password');
      expect(wrong.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        details: [{ field: 'current', message: 'is not your current password' }],
      });
    }
    const limited = await change(user.password, 'long-enough-password');
    expect(limited.status).toBe(429);
    expect(codeOf(limited)).toBe('RATE_LIMITED');

    const elsewhere = await gqlFrom<{ changePassword: { token: string } }>(
      freshIp(),
      CHANGE,
      { c: user.password, n: 'long-enough-password' },
      token,
    );
    const fresh = elsewhere.data!.changePassword.token;
    expect((await server.gql(ME, {}, { auth: fresh })).data).toBeTruthy();
    for (const ended of [token, other]) {
      expect(codeOf(await server.gql(ME, {}, { auth: ended }))).toBe('UNAUTHENTICATED');
    }
    expect(codeOf(await login(user.email, user.password))).toBe('UNAUTHENTICATED');
    expect(await tokenOf(user.email, 'long-enough-password')).toEqual(expect.any(String));
  });

  it('changes nothing for a session an admin ended while the change was in flight', async () => {
    const t = await seedTenant(server);
    const user = t.users.ANALYST;
    const before = await server.orm.em
      .fork()
      .findOneOrFail(UserEntity, { id: user.id }, { filters: false });
    // The admin's revocation commits between the request's authentication and its write.
    const revoked = await server.gql(
      'mutation($id: UUID!) { revokeUserSessions(id: $id) { id } }',
      { id: user.id },
      { auth: await t.token('TENANT_ADMIN') },
    );
    expect(revoked.errors).toBeUndefined();
    const change = new UserLifecycleService(server.orm.em.fork()).changePassword(
      {
        userId: user.id,
        sessionVersion: before.tokenVersion,
        ip: freshIp(),
        actor: { type: 'USER', id: user.id, label: user.email },
        passwords: { verifyCurrentPassword: async () => undefined },
      },
      user.password,
      'a-password-of-the-ended-session',
    );
    await expect(change).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await tokenOf(user.email, user.password)).toEqual(expect.any(String));
  });
});

describe('token expiry', () => {
  it('ends an open subscription when the token expires', async () => {
    const t = await seedTenant(server);
    const shortLived = new TokenSigner(TEST_JWT_SECRET, 2);
    const { token } = await shortLived.sign({
      userId: t.users.ANALYST.id,
      tenantId: t.id,
      role: 'ANALYST',
    });
    const live = await subscribe(token, t.id);
    expect(await live.ended()).toBe('UNAUTHENTICATED');
    await live.close();
    await until(() => server.app.cases.subscribers(t.id, 'LIVE') === 0, 'the listener to go');
  });
});

describe('closing a subscription', () => {
  it('stops its listener at once, with no event needed to notice', async () => {
    const t = await seedTenant(server);
    const live = await subscribe(await t.token('ANALYST'), t.id);
    expect(server.app.cases.subscribers(t.id, 'LIVE')).toBe(1);
    await live.close();
    await until(() => server.app.cases.subscribers(t.id, 'LIVE') === 0, 'the listener to go');
  });
});

describe('who may manage whom', () => {
  let t: SeededTenant;
  let other: SeededTenant;
  beforeAll(async () => {
    [t, other] = await Promise.all([seedTenant(server), seedTenant(server)]);
  });

  it("hides another tenant's users from a tenant admin", async () => {
    const admin = await t.token('TENANT_ADMIN');
    const id = other.users.ANALYST.id;
    for (const [query, variables] of [
      [UPDATE, { id, input: { disabled: true } }],
      [RESET, { id }],
      [REVOKE, { id }],
    ] as const) {
      expect(codeOf(await server.gql(query, variables, { auth: admin }))).toBe('NOT_FOUND');
    }
    expect(await tokenOf(other.users.ANALYST.email, other.users.ANALYST.password)).toBeTruthy();
  });

  it('refuses analysts and compliance, and PLATFORM_ADMIN from a tenant admin', async () => {
    const id = t.users.COMPLIANCE.id;
    for (const role of ['ANALYST', 'COMPLIANCE'] as const) {
      const auth = await t.token(role);
      expect(codeOf(await server.gql(REVOKE, { id }, { auth }))).toBe('FORBIDDEN');
    }
    const admin = await t.token('TENANT_ADMIN');
    const grant = await server.gql(
      UPDATE,
      { id, input: { role: 'PLATFORM_ADMIN' } },
      { auth: admin },
    );
    expect(codeOf(grant)).toBe('FORBIDDEN');
  });

  it("lets a platform admin manage any tenant's users", async () => {
    const { token: platform, id, home } = await platformAdmin();
    // A tenant admin of the platform admin's own tenant cannot take the account over.
    const takeover = await server.gql(RESET, { id }, { auth: await home.token('TENANT_ADMIN') });
    expect(codeOf(takeover)).toBe('FORBIDDEN');
    const target = other.users.COMPLIANCE;
    const res = await server.gql(
      UPDATE,
      { id: target.id, input: { role: 'ANALYST' } },
      { auth: platform },
    );
    expect(res.data).toMatchObject({ updateUser: { role: 'ANALYST' } });
    const audit = await auditActions(other.id, target.id);
    expect(audit.at(-1)).toMatchObject({ action: 'user.update', after: { role: 'ANALYST' } });
  });

  it('keeps an active admin in every tenant', async () => {
    const lone = await seedTenant(server);
    const admin = lone.users.TENANT_ADMIN;
    const token = await lone.token('TENANT_ADMIN');
    for (const input of [{ disabled: true }, { role: 'ANALYST' }]) {
      const res = await server.gql(UPDATE, { id: admin.id, input }, { auth: token });
      expect(codeOf(res)).toBe('CONFLICT');
      expect(res.errors?.[0]?.message).toMatch(/last active admin/);
    }
    const promoted = await server.gql(
      UPDATE,
      { id: lone.users.ANALYST.id, input: { role: 'TENANT_ADMIN' } },
      { auth: token },
    );
    expect(promoted.data).toMatchObject({ updateUser: { role: 'TENANT_ADMIN' } });
    const demoted = await server.gql(
      UPDATE,
      { id: admin.id, input: { role: 'ANALYST' } },
      { auth: token },
    );
    expect(demoted.data).toMatchObject({ updateUser: { role: 'ANALYST' } });
  });
});
