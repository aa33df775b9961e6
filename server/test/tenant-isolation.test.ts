import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TENANT_FILTER } from '../src/db/tenant-filter.js';
import { ApiKeyEntity } from '../src/modules/api-keys/api-key.entity.js';
import { AuditEntryEntity } from '../src/modules/audit/audit-entry.entity.js';
import { UserEntity } from '../src/modules/users/user.entity.js';
import { seedTenant, startTestServer, type SeededTenant, type TestServer } from './harness.js';

let server: TestServer;
let a: SeededTenant;
let b: SeededTenant;

beforeAll(async () => {
  server = await startTestServer();
  [a, b] = await Promise.all([seedTenant(server), seedTenant(server)]);
});
afterAll(async () => {
  await server?.close();
});

type Ids = { edges: { node: { id: string } }[]; totalCount: number };

async function ids(field: 'apiKeys' | 'users' | 'auditEntries', token: string) {
  const res = await server.gql<Record<string, Ids>>(
    `{ ${field}(first: 100) { totalCount edges { node { id } } } }`,
    {},
    { auth: token },
  );
  expect(res.errors).toBeUndefined();
  return res.data![field]!;
}

describe('tenant isolation over the API', () => {
  it("lists only the caller's keys, users and audit entries", async () => {
    const [adminA, adminB] = await Promise.all([a.token('TENANT_ADMIN'), b.token('TENANT_ADMIN')]);
    const keysB = await ids('apiKeys', adminB);
    expect(keysB.edges.map((e) => e.node.id).sort()).toEqual(
      [b.keys.LIVE.id, b.keys.TEST.id].sort(),
    );
    const usersB = await ids('users', adminB);
    expect(usersB.edges.map((e) => e.node.id).sort()).toEqual(
      Object.values(b.users)
        .map((u) => u.id)
        .sort(),
    );
    const auditA = await ids('auditEntries', adminA);
    const auditB = await ids('auditEntries', adminB);
    expect(auditA.totalCount).toBe(5);
    expect(auditB.totalCount).toBe(5);
    const overlap = auditA.edges.filter((e) => auditB.edges.some((f) => f.node.id === e.node.id));
    expect(overlap).toEqual([]);
  });

  it("cannot revoke another tenant's key: NOT_FOUND, and the key keeps working", async () => {
    const res = await server.gql(
      'mutation($id: UUID!) { revokeApiKey(id: $id) { id } }',
      { id: a.keys.LIVE.id },
      {
        auth: await b.token('TENANT_ADMIN'),
      },
    );
    expect(res.errors?.[0]).toMatchObject({
      message: 'API key not found',
      extensions: { code: 'NOT_FOUND' },
    });
    const me = await server.gql('{ me { tenant { id } } }', {}, { auth: a.keys.LIVE.secret });
    expect(me.data).toEqual({ me: { tenant: { id: a.id } } });
  });

  it("a key's requests are scoped to its own tenant", async () => {
    const me = await server.gql<{ me: { tenant: { id: string } } }>(
      '{ me { tenant { id } } }',
      {},
      { auth: b.keys.TEST.secret },
    );
    expect(me.data?.me.tenant.id).toBe(b.id);
  });

  it("a new user goes into the admin's tenant, whatever the input says", async () => {
    const res = await server.gql<{ createUser: { id: string } }>(
      'mutation($i: CreateUserInput!) { createUser(input: $i) { id email role } }',
      { i: { email: `new@${b.slug}.test`, password: 'long-enough-1', role: 'ANALYST' } },
      { auth: await b.token('TENANT_ADMIN') },
    );
    const id = res.data!.createUser.id;
    const em = server.orm.em.fork();
    const user = await em.findOneOrFail(
      UserEntity,
      { id },
      { filters: { [TENANT_FILTER]: false } },
    );
    expect(user.tenantId).toBe(b.id);
  });

  it('a tenant admin cannot create a platform admin', async () => {
    const res = await server.gql(
      'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
      { i: { email: `root@${b.slug}.test`, password: 'long-enough-1', role: 'PLATFORM_ADMIN' } },
      { auth: await b.token('TENANT_ADMIN') },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the tenant filter', () => {
  it.each([
    ['ApiKey', ApiKeyEntity],
    ['User', UserEntity],
    ['AuditEntry', AuditEntryEntity],
  ] as const)(
    '%s: a fork scoped to tenant B never returns tenant A rows',
    async (_name, entity) => {
      const em = server.orm.em.fork();
      em.setFilterParams(TENANT_FILTER, { tenantId: b.id });
      const rows = (await em.find(entity as typeof ApiKeyEntity, {})) as { tenantId: string }[];
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.tenantId === b.id)).toBe(true);
      const aRow = (await em.find(entity as typeof ApiKeyEntity, { tenantId: a.id })) as unknown[];
      expect(aRow).toEqual([]);
    },
  );

  it('a query without a tenant fails loudly instead of reading every tenant', async () => {
    const em = server.orm.em.fork();
    await expect(em.find(ApiKeyEntity, {})).rejects.toThrow(
      /No arguments provided for filter 'tenant'/,
    );
  });
});
