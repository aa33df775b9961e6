import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TENANT_FILTER } from '../src/db/tenant-filter.js';
import { SYSTEM_ACTOR } from '../src/modules/audit/audit.service.js';
import { UserService } from '../src/modules/users/user.service.js';
import { seedTenant, startTestServer, type SeededTenant, type TestServer } from './harness.js';

let server: TestServer;
let home: SeededTenant;
let customer: SeededTenant;
let root: string;

beforeAll(async () => {
  server = await startTestServer();
  [home, customer] = await Promise.all([seedTenant(server), seedTenant(server)]);
  const em = server.orm.em.fork();
  em.setFilterParams(TENANT_FILTER, { tenantId: home.id });
  const user = await new UserService(em, home.id).create(
    {
      email: `root@${home.slug}.test`,
      password: `pw-${randomBytes(8).toString('hex')}`,
      role: 'PLATFORM_ADMIN',
    },
    SYSTEM_ACTOR,
  );
  ({ token: root } = await server.signer.sign({
    userId: user.id,
    tenantId: home.id,
    role: 'PLATFORM_ADMIN',
  }));
});
afterAll(async () => {
  await server?.close();
});

const UPDATE = `mutation($id: UUID!, $input: UpdateTenantInput!) {
  updateTenant(id: $id, input: $input) { id name retentionMonths } }`;

describe('Tenant.retentionMonths', () => {
  it('the platform admin sets it, clears it with null, and leaves it when absent', async () => {
    const set = await server.gql<{ updateTenant: { retentionMonths: number | null } }>(
      UPDATE,
      { id: customer.id, input: { retentionMonths: 18 } },
      { auth: root },
    );
    expect(set.errors).toBeUndefined();
    expect(set.data!.updateTenant.retentionMonths).toBe(18);

    const renamed = await server.gql<{ updateTenant: { retentionMonths: number | null } }>(
      UPDATE,
      { id: customer.id, input: { name: 'Kept Ltd' } },
      { auth: root },
    );
    expect(renamed.data!.updateTenant.retentionMonths).toBe(18);

    const cleared = await server.gql<{ updateTenant: { retentionMonths: number | null } }>(
      UPDATE,
      { id: customer.id, input: { retentionMonths: null } },
      { auth: root },
    );
    expect(cleared.data!.updateTenant.retentionMonths).toBeNull();
  });

  it('refuses values outside 1..120 with the field named', async () => {
    for (const retentionMonths of [0, 121]) {
      const res = await server.gql(
        UPDATE,
        { id: customer.id, input: { retentionMonths } },
        { auth: root },
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(res.errors)).toMatch(/retentionMonths/);
    }
  });

  it("a tenant admin cannot change their tenant's retention", async () => {
    const res = await server.gql(
      UPDATE,
      { id: customer.id, input: { retentionMonths: 1 } },
      { auth: await customer.token('TENANT_ADMIN') },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
