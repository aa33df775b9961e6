import { randomUUID } from 'node:crypto';
import type { Orm } from '../db/orm.js';
import { TENANT_FILTER } from '../db/tenant-filter.js';
import { ApiKeyService } from '../modules/api-keys/api-key.service.js';
import { SYSTEM_ACTOR } from '../modules/audit/audit.service.js';
import { TokenSigner } from '../modules/auth/jwt.js';
import { ListService } from '../modules/lists/list.service.js';
import { ScoringService } from '../modules/scoring/scoring.service.js';
import { TenantService } from '../modules/tenants/tenant.service.js';
import { UserService } from '../modules/users/user.service.js';
import { rng, shapeFor, syntheticEvent } from './history.js';

/** A watch-listed e-mail domain: each score with it opens a case (delivery latency). */
export const WATCHED_DOMAIN = 'watched.example';
/** The benchmark server's JWT secret (see server.ts). */
export const BENCH_JWT_SECRET = 'b'.repeat(40);

/**
 * The benchmark's tenant: a LIVE key, an analyst watching the review queue, a watch-listed
 * e-mail domain, and `history` events over the last 30 days scored through the batch pipeline.
 */
export async function seedBenchTenant(
  orm: Orm,
  history: number,
  log: (text: string) => void,
): Promise<{
  secret: string;
  analystToken: string;
  shape: ReturnType<typeof shapeFor>;
  seedSeconds: number;
}> {
  const tenant = await new TenantService(orm.em.fork()).create({
    slug: 'bench',
    name: 'Benchmark',
  });
  const em = orm.em.fork();
  em.setFilterParams(TENANT_FILTER, { tenantId: tenant.id });
  const { secret } = await new ApiKeyService(em, tenant.id).create(
    { name: 'bench', mode: 'LIVE' },
    SYSTEM_ACTOR,
  );

  // An analyst of the same tenant, watching its review queue in the queue phase; and a
  // watch-listed e-mail domain: scores carrying it go to REVIEW and open a case.
  await new ListService(em, tenant.id, 'LIVE').add(
    {
      list: 'WATCH',
      kind: 'EMAIL_DOMAIN',
      value: WATCHED_DOMAIN,
      reason: 'benchmark: opens cases',
    },
    SYSTEM_ACTOR,
  );
  const analyst = await new UserService(em, tenant.id).create(
    { email: 'analyst@bench.test', password: randomUUID(), role: 'ANALYST' },
    SYSTEM_ACTOR,
  );
  const analystToken = (
    await new TokenSigner(BENCH_JWT_SECRET, 3600).sign({
      userId: analyst.id,
      tenantId: tenant.id,
      role: 'ANALYST',
    })
  ).token;

  // History: time-ordered events over the last 30 days, scored through the batch pipeline so
  // profiles, relationships and linkage are what production would have built.
  const shape = shapeFor(history);
  const r = rng(42);
  const span = 30 * 86_400_000;
  const start = Date.now() - span - 3_600_000;
  const seedStarted = performance.now();
  let lastReport = 0;
  for (let done = 0; done < history;) {
    const n = Math.min(1000, history - done);
    const events = Array.from({ length: n }, (_, k) => {
      const at = new Date(start + ((done + k) / history) * span);
      return { ...syntheticEvent(r, shape, null), occurredAt: at };
    });
    const scoring = orm.em.fork();
    scoring.setFilterParams(TENANT_FILTER, { tenantId: tenant.id });
    const out = await new ScoringService(scoring, tenant.id, 'LIVE').scoreTransactions(events);
    const failed = out.find((o) => !o.ok);
    if (failed && !failed.ok) throw new Error(`seeding failed: ${failed.error.message}`);
    done += n;
    // Fresh statistics while the tables grow, as autovacuum would keep them in production.
    if (done % 10_000 === 0 || done === 2000) {
      await orm.em
        .getConnection()
        .getKnex()
        .raw('analyze scored_event, customer, customer_recipient, customer_device');
    }
    if (performance.now() - lastReport > 2000 || done === history) {
      lastReport = performance.now();
      log(
        `seeding history: ${done.toLocaleString('en-US')} / ${history.toLocaleString('en-US')} events (${Math.round(done / ((performance.now() - seedStarted) / 1000))}/s)`,
      );
    }
  }
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  return { secret, analystToken, shape, seedSeconds };
}
