import { MikroORM, defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

export type Orm = MikroORM;

interface PgConnection {
  query(sql: string, callback: (error: Error | null) => void): void;
}

export interface OrmOptions {
  url: string;
  poolMax?: number;
}

/** The one MikroORM configuration used by the server, the CLI and the tests. */
export function ormConfig({ url, poolMax = 20 }: OrmOptions): Options {
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
      // The hot path runs named prepared statements whose shape does not depend on their
      // parameters: plan them once per connection rather than on every call.
      afterCreate: (
        connection: PgConnection,
        done: (error: Error | null, connection: PgConnection) => void,
      ) => {
        connection.query('set plan_cache_mode = force_generic_plan', (error) =>
          done(error, connection),
        );
      },
    },
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
