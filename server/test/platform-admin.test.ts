import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TENANT_FILTER } from '../src/db/tenant-filter.js';
import { SYSTEM_ACTOR } from '../src/modules/audit/audit.service.js';
import { TenantStatusCache } from '../src/modules/tenants/tenant-status.cache.js';
import { UserService } from '../src/modules/users/user.service.js';
import {
  seedTenant,
  uniqueSlug,
  startTestServer,
  type GraphQLResponse,
  type SeededTenant,
  type TestServer,
} from './harness.js';

// Two replicas on one database, as docker-compose runs them.
let a: TestServer;
let b: TestServer;
/** The platform admin's own tenant, and a customer tenant. */
let home: SeededTenant;
let customer: SeededTenant;
let root: { email: string; password: string; token: string };

beforeAll(async () => {
  [a, b] = await Promise.all([startTestServer(), startTestServer()]);
  [home, customer] = await Promise.all([seedTenant(a), seedTenant(a)]);
  const em = a.orm.em.fork();
  em.setFilterParams(TENANT_FILTER, { tenantId: home.id });
  const email = `root@${home.slug}.test`;
  const password = `pw-${randomBytes(8).toString('hex')}`;
  const user = await new UserService(em, home.id).create(
    { email, password, role: 'PLATFORM_ADMIN' },
    SYSTEM_ACTOR,
  );
  const { token } = await a.signer.sign({
    userId: user.id,
    tenantId: home.id,
    role: 'PLATFORM_ADMIN',
  });
  root = { email, password, token };
});
afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
});

const code = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;
const ME = '{ me { kind tenant { slug } } }';

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`gave up waiting: ${what}`);
}

interface TenantNode {
  id: string;
  slug: string;
  name: string;
  disabled: boolean;
  rateLimits: {
    scoringPerMinute: number;
    otherPerMinute: number;
    custom: boolean;
    tenantScoringPerMinute: number | null;
    tenantOtherPerMinute: number | null;
    defaults: { scoringPerMinute: number; otherPerMinute: number };
  };
}

const TENANT_FIELDS = `id slug name disabled createdAt
  rateLimits { scoringPerMinute otherPerMinute custom tenantScoringPerMinute tenantOtherPerMinute
    defaults { scoringPerMinute otherPerMinute } }`;

async function createTenant(slug = uniqueSlug('pa')): Promise<TenantNode> {
  const res = await a.gql<{ createTenant: TenantNode }>(
    `mutation($input: CreateTenantInput!) { createTenant(input: $input) { ${TENANT_FIELDS} } }`,
    { input: { slug, name: `Tenant ${slug}` } },
    { auth: root.token },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createTenant;
}

async function setDisabled(server: TestServer, id: string, disabled: boolean) {
  return server.gql<{ updateTenant: TenantNode }>(
    'mutation($id: UUID!, $d: Boolean!) { updateTenant(id: $id, input: { disabled: $d }) { id disabled } }',
    { id, d: disabled },
    { auth: root.token },
  );
}

async function auditActions(tenantId: string, entityId?: string): Promise<string[]> {
  const rows = await a.orm.em
    .getConnection()
    .execute<{ action: string; actor_label: string }[]>(
      `select action, actor_label from audit_entry where tenant_id = ? ${entityId ? 'and entity_id = ?' : ''} order by created_at`,
      entityId ? [tenantId, entityId] : [tenantId],
    );
  for (const row of rows) expect(row.actor_label).toBe(root.email);
  return rows.map((r) => r.action);
}

describe('who may administer the platform', () => {
  const OPERATIONS = [
    '{ tenants { totalCount } }',
    '{ reputationLists { kind count } }',
    'mutation { createTenant(input: { slug: "nope-nope", name: "Nope" }) { id } }',
    'mutation($id: UUID!) { updateTenant(id: $id, input: { disabled: true }) { id } }',
    'mutation($id: UUID!) { updateRateLimits(tenantId: $id, input: { scoringPerMinute: 5 }) { id } }',
    'mutation { importReputationList(kind: TOR_EXIT, content: "192.0.2.1") { imported } }',
    '{ me { tenant { users { totalCount } } } }',
    '{ me { tenant { rateLimits { scoringPerMinute } } } }',
  ];

  it.each(OPERATIONS)('%s is FORBIDDEN to tenant roles and API keys', async (query) => {
    const credentials = [
      await customer.token('TENANT_ADMIN'),
      await customer.token('ANALYST'),
      await customer.token('COMPLIANCE'),
      customer.keys.LIVE.secret,
      customer.keys.TEST.secret,
    ];
    for (const auth of credentials) {
      const res = await a.gql(query, { id: customer.id }, { auth });
      expect(code(res), `${query} with ${auth.slice(0, 12)}`).toBe('FORBIDDEN');
    }
    expect(code(await a.gql(query, { id: customer.id }))).toBe('UNAUTHENTICATED');
  });

  it('nothing changed through the refused calls', async () => {
    const rows = await a.orm.em
      .getConnection()
      .execute<{ disabled_at: Date | null; rate_limit_scoring_per_minute: number | null }[]>(
        'select disabled_at, rate_limit_scoring_per_minute from tenant where id = ?',
        [customer.id],
      );
    expect(rows[0]).toEqual({ disabled_at: null, rate_limit_scoring_per_minute: null });
  });
});

describe('tenants', () => {
  it('creates a tenant, lists it first with a total, and reads it by id', async () => {
    const created = await createTenant();
    expect(created).toMatchObject({ disabled: false, rateLimits: { custom: false } });
    const list = await a.gql<{
      tenants: { totalCount: number; edges: { node: { id: string } }[] };
    }>('{ tenants(first: 2) { totalCount edges { node { id } } } }', {}, { auth: root.token });
    expect(list.data!.tenants.edges[0]!.node.id).toBe(created.id);
    expect(list.data!.tenants.totalCount).toBeGreaterThanOrEqual(3);
    const one = await a.gql<{ tenant: { slug: string } }>(
      'query($id: UUID!) { tenant(id: $id) { slug } }',
      { id: created.id },
      { auth: root.token },
    );
    expect(one.data!.tenant.slug).toBe(created.slug);
    expect(await auditActions(created.id)).toEqual(['tenant.create']);
  });

  it('refuses a bad slug field by field, a taken slug, and an unknown id', async () => {
    const bad = await a.gql(
      'mutation { createTenant(input: { slug: "-Bad Slug", name: " " }) { id } }',
      {},
      { auth: root.token },
    );
    expect(code(bad)).toBe('BAD_USER_INPUT');
    expect(
      (bad.errors![0]!.extensions!.details as { field: string }[]).map((d) => d.field),
    ).toEqual(['input.slug', 'input.name']);
    const taken = await a.gql(
      'mutation($s: String!) { createTenant(input: { slug: $s, name: "Again" }) { id } }',
      { s: customer.slug },
      { auth: root.token },
    );
    expect(code(taken)).toBe('CONFLICT');
    const unknown = await a.gql(
      'query($id: UUID!) { tenant(id: $id) { id } }',
      { id: '00000000-0000-4000-8000-000000000000' },
      { auth: root.token },
    );
    expect(code(unknown)).toBe('NOT_FOUND');
  });

  it('renames a tenant and audits it', async () => {
    const t = await createTenant();
    const res = await a.gql<{ updateTenant: { name: string } }>(
      'mutation($id: UUID!) { updateTenant(id: $id, input: { name: "Renamed Ltd" }) { name } }',
      { id: t.id },
      { auth: root.token },
    );
    expect(res.data!.updateTenant.name).toBe('Renamed Ltd');
    expect(await auditActions(t.id)).toEqual(['tenant.create', 'tenant.update']);
  });

  it("adds a user to another tenant, who signs in there; the tenant's users list shows them", async () => {
    const t = await createTenant();
    const email = `first-admin@${t.slug}.test`;
    const created = await a.gql<{ createUser: { id: string; role: string } }>(
      'mutation($input: CreateUserInput!, $t: UUID) { createUser(input: $input, tenantId: $t) { id role } }',
      { input: { email, password: 'long-enough-pw', role: 'TENANT_ADMIN' }, t: t.id },
      { auth: root.token },
    );
    expect(created.errors).toBeUndefined();
    const login = await a.gql<{ login: { token: string } }>(
      'mutation($e: String!) { login(email: $e, password: "long-enough-pw") { token } }',
      { e: email },
    );
    const me = await a.gql<{ me: { tenant: { slug: string } } }>(
      ME,
      {},
      {
        auth: login.data!.login.token,
      },
    );
    expect(me.data!.me.tenant.slug).toBe(t.slug);
    const users = await a.gql<{
      tenant: { users: { totalCount: number; edges: { node: { email: string } }[] } };
    }>(
      'query($id: UUID!) { tenant(id: $id) { users { totalCount edges { node { email } } } } }',
      { id: t.id },
      { auth: root.token },
    );
    expect(users.data!.tenant.users).toEqual({ totalCount: 1, edges: [{ node: { email } }] });
    expect(await auditActions(t.id)).toEqual(['tenant.create', 'user.create']);

    // A tenant admin cannot place users elsewhere, and an unknown tenant is not found.
    const elsewhere = await a.gql(
      'mutation($t: UUID) { createUser(input: { email: "x@y.test", password: "long-enough-pw", role: ANALYST }, tenantId: $t) { id } }',
      { t: t.id },
      { auth: await customer.token('TENANT_ADMIN') },
    );
    expect(code(elsewhere)).toBe('FORBIDDEN');
    const nowhere = await a.gql(
      'mutation($t: UUID) { createUser(input: { email: "x@y.test", password: "long-enough-pw", role: ANALYST }, tenantId: $t) { id } }',
      { t: '00000000-0000-4000-8000-000000000000' },
      { auth: root.token },
    );
    expect(code(nowhere)).toBe('NOT_FOUND');
  });
});

describe('rate limits', () => {
  const UPDATE = `mutation($id: UUID!, $input: UpdateRateLimitsInput!) {
    updateRateLimits(tenantId: $id, input: $input) { ${TENANT_FIELDS} } }`;

  it('sets a limit, keeps an absent one, and resets to the default with null', async () => {
    const t = await createTenant();
    const defaults = a.config.rateLimits;
    expect(t.rateLimits).toEqual({
      scoringPerMinute: defaults.scoringPerMinute,
      otherPerMinute: defaults.otherPerMinute,
      custom: false,
      tenantScoringPerMinute: null,
      tenantOtherPerMinute: null,
      defaults: {
        scoringPerMinute: defaults.scoringPerMinute,
        otherPerMinute: defaults.otherPerMinute,
      },
    });
    const set = await a.gql<{ updateRateLimits: TenantNode }>(
      UPDATE,
      { id: t.id, input: { scoringPerMinute: 5000, otherPerMinute: 10_000_000 } },
      { auth: root.token },
    );
    expect(set.data!.updateRateLimits.rateLimits).toMatchObject({
      scoringPerMinute: 5000,
      otherPerMinute: 10_000_000,
      custom: true,
      tenantScoringPerMinute: 5000,
    });
    const reset = await a.gql<{ updateRateLimits: TenantNode }>(
      UPDATE,
      { id: t.id, input: { otherPerMinute: null } },
      { auth: root.token },
    );
    expect(reset.data!.updateRateLimits.rateLimits).toMatchObject({
      scoringPerMinute: 5000,
      otherPerMinute: defaults.otherPerMinute,
      custom: true,
      tenantOtherPerMinute: null,
    });
    const stored = await a.orm.em
      .getConnection()
      .execute(
        'select rate_limit_scoring_per_minute as s, rate_limit_other_per_minute as o from tenant where id = ?',
        [t.id],
      );
    expect(stored[0]).toEqual({ s: 5000, o: null });
    expect(await auditActions(t.id)).toEqual([
      'tenant.create',
      'tenant.rate_limits',
      'tenant.rate_limits',
    ]);
  });

  it.each([0, -1, 10_000_001])('refuses %s per minute', async (value) => {
    const res = await a.gql(
      UPDATE,
      { id: customer.id, input: { scoringPerMinute: value } },
      { auth: root.token },
    );
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions!.details).toEqual([
      { field: 'input.scoringPerMinute', message: expect.stringMatching(/at (least 1|most)/) },
    ]);
  });
});

describe('a disabled tenant', () => {
  it("refuses its keys, its users' tokens and logins and scoring, until enabled again", async () => {
    const t = await seedTenant(a);
    const admin = await t.token('TENANT_ADMIN');
    // Cached by this replica before the change.
    expect((await a.gql(ME, {}, { auth: t.keys.LIVE.secret })).data).toBeDefined();

    const res = await setDisabled(a, t.id, true);
    expect(res.data!.updateTenant).toEqual({ id: t.id, disabled: true });

    for (const auth of [t.keys.LIVE.secret, t.keys.TEST.secret, admin]) {
      const me = await a.gql(ME, {}, { auth });
      expect(code(me)).toBe('UNAUTHENTICATED');
      expect(me.errors![0]!.message).toBe('Tenant is disabled');
    }
    const score = await a.gql(
      'mutation { scoreTransaction(input: { userId: "u1", amount: 10 }) { decision } }',
      {},
      { auth: t.keys.LIVE.secret },
    );
    expect(code(score)).toBe('UNAUTHENTICATED');
    const login = await a.gql(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: t.users.ANALYST.email, p: t.users.ANALYST.password },
    );
    expect(login.errors![0]!.message).toBe('Tenant is disabled');
    const count = await a.orm.em
      .getConnection()
      .execute<{ n: string }[]>('select count(*) as n from scored_event where tenant_id = ?', [
        t.id,
      ]);
    expect(Number(count[0]!.n)).toBe(0);

    await setDisabled(a, t.id, false);
    expect((await a.gql(ME, {}, { auth: t.keys.LIVE.secret })).data).toEqual({
      me: { kind: 'API_KEY', tenant: { slug: t.slug } },
    });
    expect((await a.gql(ME, {}, { auth: admin })).errors).toBeUndefined();
    expect(await auditActions(t.id, t.id)).toEqual(['tenant.disable', 'tenant.enable']);
    // The tenant's own admins see who did it.
    const trail = await a.gql<{ auditEntries: { edges: { node: { action: string } }[] } }>(
      '{ auditEntries(first: 2) { edges { node { action } } } }',
      {},
      { auth: admin },
    );
    expect(trail.data!.auditEntries.edges.map((e) => e.node.action)).toEqual([
      'tenant.enable',
      'tenant.disable',
    ]);
  });

  it('is refused by another replica that had its key cached', async () => {
    const t = await seedTenant(a);
    // B authenticates the key (and caches key and tenant) before the change.
    expect((await b.gql(ME, {}, { auth: t.keys.LIVE.secret })).errors).toBeUndefined();
    expect(b.app.apiKeys.active).toBe(true);
    await setDisabled(a, t.id, true);
    await until(
      async () =>
        (await b.gql(ME, {}, { auth: t.keys.LIVE.secret })).errors?.[0]?.message ===
        'Tenant is disabled',
      'replica B to refuse the disabled tenant',
    );
    await setDisabled(b, t.id, false);
    await until(
      async () => (await a.gql(ME, {}, { auth: t.keys.LIVE.secret })).errors === undefined,
      'replica A to accept the enabled tenant',
    );
  });

  it("cannot be the platform admin's own", async () => {
    const res = await setDisabled(a, home.id, true);
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect((await a.gql(ME, {}, { auth: root.token })).errors).toBeUndefined();
  });
});

describe('reputation lists', () => {
  interface List {
    kind: string;
    count: number;
    lastAddedAt: string | null;
    builtInCount: number | null;
  }
  const lists = async () =>
    (
      await a.gql<{ reputationLists: List[] }>(
        '{ reputationLists { kind count lastAddedAt builtInCount } }',
        {},
        { auth: root.token },
      )
    ).data!.reputationLists;
  const IMPORT = `mutation($kind: ReputationKind!, $content: String!, $replace: Boolean) {
    importReputationList(kind: $kind, content: $content, replace: $replace, source: "tor.txt") {
      kind imported added removed rejectedCount rejected { line message text } } }`;

  it('counts each list, with the shipped disposable domains', async () => {
    const all = await lists();
    expect(all.map((l) => l.kind)).toEqual(['DISPOSABLE_DOMAIN', 'TOR_EXIT', 'HOSTING_NETWORK']);
    expect(all[0]!.builtInCount).toBeGreaterThan(1000);
    expect(all[1]!.builtInCount).toBeNull();
  });

  it('imports a file, reports bad lines by number, and the count goes up', async () => {
    const before = (await lists()).find((l) => l.kind === 'TOR_EXIT')!.count;
    const octet = () => 1 + (randomBytes(1)[0]! % 250);
    const ips = [1, 2, 3].map(() => `198.51.${octet()}.${octet()}`);
    const unique = [...new Set(ips)];
    const content = [
      '# TOR exits',
      ips[0],
      'not-an-ip',
      '',
      `${ips[1]}  # comment`,
      '300.1.1.1',
      ips[2],
    ].join('\n');
    const res = await a.gql<{
      importReputationList: {
        imported: number;
        rejectedCount: number;
        rejected: { line: number; message: string; text: string }[];
      };
    }>(IMPORT, { kind: 'TOR_EXIT', content }, { auth: root.token });
    expect(res.errors).toBeUndefined();
    expect(res.data!.importReputationList).toMatchObject({
      imported: unique.length,
      rejectedCount: 2,
      rejected: [
        { line: 3, text: 'not-an-ip', message: '"not-an-ip" is not an IPv4 or IPv6 address' },
        { line: 6, text: '300.1.1.1', message: expect.stringContaining('not an IPv4') },
      ],
    });
    const after = (await lists()).find((l) => l.kind === 'TOR_EXIT')!;
    expect(after.count).toBeGreaterThanOrEqual(before + 1);
    expect(after.lastAddedAt).not.toBeNull();
    const rows = await a.orm.em
      .getConnection()
      .execute<{ n: string }[]>(
        `select count(*) as n from reputation_entry where kind = 'TOR_EXIT' and source = 'tor.txt' and value in (?, ?, ?)`,
        ips,
      );
    expect(Number(rows[0]!.n)).toBe(unique.length);
    expect(await auditActions(home.id, 'TOR_EXIT')).toContain('reputation.import');
  });

  it('refuses to replace a list with an empty or damaged file', async () => {
    const before = (await lists()).find((l) => l.kind === 'HOSTING_NETWORK')!.count;
    for (const content of ['# nothing\n\n', '203.0.113.0/24\nnot a network\n']) {
      const res = await a.gql(
        IMPORT,
        { kind: 'HOSTING_NETWORK', content, replace: true },
        { auth: root.token },
      );
      expect(code(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.extensions!.details).toEqual([
        { field: 'content', message: expect.stringMatching(/refusing to replace/) },
      ]);
    }
    const after = (await lists()).find((l) => l.kind === 'HOSTING_NETWORK')!.count;
    expect(after).toBeGreaterThanOrEqual(before);
  });
});

describe('tenant status cache', () => {
  it('serves nothing while its listening connection is down, and comes back', async () => {
    const cache = new TenantStatusCache({ onError: () => undefined });
    await cache.listen(inject('databaseUrl'));
    cache.set('t1', false, cache.stamp());
    expect(cache.get('t1')).toBe(false);

    // A change could be missed while the connection is lost: nothing may be served from memory.
    await a.orm.em
      .getConnection()
      .execute(
        `select pg_terminate_backend(pid) from pg_stat_activity where query = 'listen warden_tenant' and pid <> pg_backend_pid()`,
      );
    await until(async () => !cache.active, 'the cache to notice the lost connection');
    expect(cache.get('t1')).toBeUndefined();
    cache.set('t1', false, cache.stamp());
    expect(cache.get('t1')).toBeUndefined();
    await until(async () => cache.active, 'the cache to listen again');
    await cache.stop();
  });

  it('does not keep a status read before a change arrived, and forgets on notice', async () => {
    const cache = new TenantStatusCache();
    await cache.listen(inject('databaseUrl'));
    const stamp = cache.stamp();
    cache.evict('t2'); // the change lands while the status is being read
    cache.set('t2', false, stamp);
    expect(cache.get('t2')).toBeUndefined();
    cache.set('t2', false, cache.stamp());
    expect(cache.get('t2')).toBe(false);
    await a.orm.em.getConnection().execute(`select pg_notify('warden_tenant', 't2')`);
    await until(async () => cache.get('t2') === undefined, 'the notification to evict t2');
    await cache.stop();
  });
});
