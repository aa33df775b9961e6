import { MikroORM, defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';
import { DEFAULT_PLAN_CACHE_MODE, PLAN_CACHE_MODES, type PlanCacheMode } from './plan-cache.js';

export type Orm = MikroORM;

interface PgConnection {
  query(sql: string, callback: (error: Error | null) => void): void;
}

export interface OrmOptions {
  url: string;
  poolMax?: number;
  planCacheMode?: PlanCacheMode;
}

/** The one MikroORM configuration used by the server, the CLI and the tests. */
export function ormConfig({
  url,
  poolMax = 20,
  planCacheMode = DEFAULT_PLAN_CACHE_MODE,
}: OrmOptions): Options {
  // Interpolated into SET below: only the known names pass.
  if (!PLAN_CACHE_MODES.includes(planCacheMode))
    throw new Error(`unknown plan_cache_mode ${String(planCacheMode)}`);
  return defineConfig({
    clientUrl: url,
    entities: ENTITIES,
    extensions: [Migrator],
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    migrations: {
      migrationsList: MIGRATIONS,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    pool: {
      min: 0,
      max: poolMax,
      afterCreate: (
        connection: PgConnection,
        done: (error: Error | null, connection: PgConnection) => void,
      ) => {
        // JIT compilation off: a score's enrichment is one large statement whose estimated
        // cost (more so over many monthly partitions without statistics) crosses jit_above_cost,
        // and compiling it took over a second on every call while running it takes milliseconds.
        // work_mem 16 MB: a 1,000-event batch write reads its events (some 5 MB of JSON) into a
        // tuplestore, which past the default 4 MB went through a temporary file on every batch.
        connection.query(
          `set plan_cache_mode = ${planCacheMode}; set jit = off; set work_mem = '16MB'`,
          (error) => done(error, connection),
        );
      },
    },
    // Pipeline mode: the statements of one executor `send` leave together (see executor.ts).
    driverOptions: { connection: { pipeline: true } },
    // pg-boss keeps its queue tables in a schema of its own.
    schemaGenerator: { ignoreSchema: ['pgboss'] },
    forceUtcTimezone: true,
    // Every request works on its own em.fork(); touching the global one is a bug.
    allowGlobalContext: false,
    debug: false,
    logger: () => undefined,
  });
}

export async function openOrm(options: OrmOptions): Promise<Orm> {
  return MikroORM.init(ormConfig(options));
}

/** Applies every pending committed migration; returns the names applied. */
export async function migrate(orm: Orm): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}
