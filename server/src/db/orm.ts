import { MikroORM, defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

export type Orm = MikroORM;

export interface OrmOptions {
  url: string;
  poolMax?: number;
  /** Called with every SQL statement sent (benchmarks count round-trips with it). */
  onQuery?: (sql: string) => void;
}

/** The one MikroORM configuration used by the server, the CLI and the tests. */
export function ormConfig({ url, poolMax = 20, onQuery }: OrmOptions): Options {
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
    pool: { min: 0, max: poolMax },
    forceUtcTimezone: true,
    // Every request works on its own em.fork(); touching the global one is a bug.
    allowGlobalContext: false,
    debug: onQuery ? ['query'] : false,
    // The ORM's console output is off; query logging only feeds `onQuery`.
    logger: onQuery ?? (() => undefined),
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
