import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, openOrm, type Orm } from '../src/db/orm.js';
import { TENANT_FILTER } from '../src/db/tenant-filter.js';
import { SYSTEM_ACTOR } from '../src/modules/audit/audit.service.js';
import { UserService } from '../src/modules/users/user.service.js';
import { scratchDatabase } from './scratch-database.js';
import { seedTenant, startTestServer, type TestServer } from './harness.js';

// Both on a database of their own: the migration starts from an older schema, and the platform
// defaults change what every tenant of the database scores with.
const scratch = scratchDatabase('warden_policy_versions');
let orm: Orm;

const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
  orm.em.fork().getConnection().execute<T[]>(sql, params);

beforeAll(async () => {
  await scratch.create();
  orm = await openOrm({ url: scratch.url, poolMax: 2 });
});
afterAll(async () => {
  await orm?.close(true);
  await scratch.drop();
});

describe('Migration20261210000000PolicyVersions', () => {
  it("turns a tenant's settings into its version 1, published to both modes", async () => {
    await orm.getMigrator().up({ to: 'Migration20261209000000LearnedModels' });
    const [tuned, plain] = [randomUUID(), randomUUID()];
    for (const [id, slug] of [
      [tuned, 'tuned'],
      [plain, 'plain'],
    ])
      await q(`insert into tenant (id, slug, name, created_at) values (?, ?, ?, now())`, [
        id,
        slug,
        slug,
      ]);
    await q(
      `insert into tenant_policy (tenant_id, base_currency, currency_rates, transaction_thresholds,
         rule_overrides, case_settings, updated_at)
       values (?, 'EUR', '{"USD": 0.9}', '{"review": 40, "challenge": null, "block": 80}',
         '{"HIGH_AMOUNT": {"weight": 55}}', '{"slaHours": 4}', now())`,
      [tuned],
    );
    await q(
      `insert into tenant_policy (tenant_id, base_currency, currency_rates, rule_overrides, updated_at)
       values (?, 'USD', '{}', '{}', now())`,
      [plain],
    );

    await orm.getMigrator().up();

    const policies = await q<{
      tenant_id: string;
      live_version: number;
      test_version: number;
      base_currency: string;
    }>(
      `select tenant_id, live_version, test_version, base_currency from tenant_policy order by base_currency`,
    );
    expect(policies).toEqual([
      { tenant_id: tuned, live_version: 1, test_version: 1, base_currency: 'EUR' },
      { tenant_id: plain, live_version: 0, test_version: 0, base_currency: 'USD' },
    ]);
    const versions = await q<{
      tenant_id: string;
      number: number;
      status: string;
      document: unknown;
    }>(`select tenant_id, number, status, document from policy_version`);
    expect(versions).toEqual([
      {
        tenant_id: tuned,
        number: 1,
        status: 'PUBLISHED',
        document: {
          transaction_thresholds: { review: 40, challenge: null, block: 80 },
          account_thresholds: null,
          case_settings: { slaHours: 4 },
          rule_overrides: { HIGH_AMOUNT: { weight: 55 } },
          custom_rules: [],
        },
      },
    ]);
  });
});

describe('platform rule defaults', () => {
  let server: TestServer;
  beforeAll(async () => {
    await migrate(orm);
    server = await startTestServer({ DATABASE_URL: scratch.url });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('reach every tenant that does not override the rule; a tenant override wins', async () => {
    const [inherits, overrides] = [await seedTenant(server), await seedTenant(server)];
    const home = await seedTenant(server);
    const em = server.orm.em.fork();
    em.setFilterParams(TENANT_FILTER, { tenantId: home.id });
    const platformAdmin = await new UserService(em, home.id).create(
      { email: `root@${home.slug}.test`, password: `pw-${randomUUID()}`, role: 'PLATFORM_ADMIN' },
      SYSTEM_ACTOR,
    );
    const root = (
      await server.signer.sign({
        userId: platformAdmin.id,
        tenantId: home.id,
        role: 'PLATFORM_ADMIN',
      })
    ).token;
    const own = await overrides.token('TENANT_ADMIN');
    await server.gql(
      'mutation { updateRuleSettings(input: { code: "HIGH_AMOUNT", weight: 30, params: { limit: 1000 } }) { version } }',
      {},
      { auth: own },
    );
    const tenantAdmin = await inherits.token('TENANT_ADMIN');
    const denied = await server.gql(
      'mutation { updateGlobalRuleDefault(input: { code: "HIGH_AMOUNT", weight: 70 }) { code } }',
      {},
      { auth: tenantAdmin },
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const set = await server.gql<{
      updateGlobalRuleDefault: { code: string; weight: number; params: { limit: number } }[];
    }>(
      'mutation { updateGlobalRuleDefault(input: { code: "HIGH_AMOUNT", weight: 70, params: { limit: 100 } }) { code weight params } }',
      {},
      { auth: root },
    );
    expect(set.errors).toBeUndefined();
    expect(set.data!.updateGlobalRuleDefault.find((r) => r.code === 'HIGH_AMOUNT')).toMatchObject({
      weight: 70,
      params: { limit: 100 },
    });
    const bad = await server.gql(
      'mutation { updateGlobalRuleDefault(input: { code: "NO_SUCH_RULE", weight: 70 }) { code } }',
      {},
      { auth: root },
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const score = async (t: typeof inherits) =>
      (
        await server.gql<{
          scoreTransaction: {
            allChecks: { code: string; status: string; weight: number; detail: string }[];
          };
        }>(
          'mutation { scoreTransaction(input: { userId: "u1", amount: 500 }) { allChecks { code status weight detail } } }',
          {},
          { auth: t.keys.LIVE.secret },
        )
      ).data!.scoreTransaction.allChecks.find((c) => c.code === 'HIGH_AMOUNT')!;
    // The platform's weight and limit: 500 is over 100.
    expect(await score(inherits)).toMatchObject({ status: 'FIRED', weight: 70 });
    // The tenant's own weight and limit win: 500 is under 1,000.
    expect(await score(overrides)).toMatchObject({ status: 'PASS', weight: 30 });
    const rules = await server.gql<{
      rules: { code: string; weight: number; defaultWeight: number }[];
    }>('{ rules { code weight defaultWeight } }', {}, { auth: tenantAdmin });
    expect(rules.data!.rules.find((r) => r.code === 'HIGH_AMOUNT')!.weight).toBe(70);
  });
});
