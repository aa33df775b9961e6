import 'reflect-metadata';
import path from 'node:path';
import { createApp, type App } from './app.js';
import { ConfigError, REPO_ROOT, loadConfig, type Config } from './config.js';
import { migrateWithLock, openDatabase, type Database } from './db/database.js';
import { EmbeddedDatabaseError } from './db/embedded.js';
import { isEmpty, seedDemo, type DemoCredentials } from './db/seed.js';
import { createLogger, type Logger } from './logger.js';
import { TokenSigner } from './modules/auth/jwt.js';
import { resolveJwtSecret } from './modules/auth/jwt-secret.js';
import { IpGeolocator } from './modules/geo/ip-geolocator.js';

function banner(
  app: App,
  config: Config,
  db: Database,
  demo: DemoCredentials | null | undefined,
): string {
  const pgDir = db.pgDir ?? path.join(config.dataDir, 'pg');
  const shown = path.relative(REPO_ROOT, pgDir);
  const where =
    db.kind === 'embedded'
      ? `embedded PostgreSQL, data in ${shown.startsWith('..') ? pgDir : shown}`
      : 'DATABASE_URL';
  const lines = [
    '',
    'Warden is running',
    `  GraphQL   ${app.url}/graphql  (HTTP POST, and WebSocket for subscriptions)`,
    `  Console   ${app.url}/`,
    `  Health    ${app.url}/healthz   Ready ${app.url}/readyz`,
    `  Database  ${where}`,
  ];
  if (demo) {
    lines.push(
      '',
      'Demo tenant created. These credentials are shown once; keep them:',
      `  Console login  ${demo.admin.email}  /  ${demo.admin.password}`,
      ...(demo.platformAdmin
        ? [`  Platform admin ${demo.platformAdmin.email}  /  ${demo.platformAdmin.password}`]
        : []),
      `  Test API key   ${demo.testKey.key}`,
      '',
      'Try it:',
      `  curl -s ${app.url}/graphql -H 'content-type: application/json' \\`,
      `    -H 'x-api-key: ${demo.testKey.key}' -d '{"query":"{ me { kind mode tenant { slug } } }"}'`,
    );
  }
  lines.push('', 'Stop with Ctrl+C.', '');
  return lines.join('\n');
}

async function run(logger: Logger, config: Config): Promise<void> {
  const db = await openDatabase(config, logger);
  let app: App | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error('shutdown took longer than 20 s; exiting');
      process.exit(1);
    }, 20_000);
    timer.unref();
    try {
      await app?.stop();
      await db.close();
      logger.info('stopped');
      process.exitCode = 0;
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exitCode = 1;
    }
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  try {
    const { applied, result: demo } = await migrateWithLock(db.orm, db.url, async () => {
      const em = db.orm.em.fork();
      return config.seedDemo && (await isEmpty(em)) ? seedDemo(em) : null;
    });
    if (applied.length > 0) logger.info({ applied }, 'migrations applied');
    const secret = await resolveJwtSecret(config.jwtSecret, config.dataDir);
    const geo = new IpGeolocator();
    await geo.load();
    app = await createApp({
      config,
      orm: db.orm,
      signer: new TokenSigner(secret, config.jwtTtlSeconds),
      logger,
      geo,
    });
    process.stdout.write(banner(app, config, db, demo));
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}

const config = (() => {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
})();
const logger = createLogger(config.logLevel);
if (config.trustProxy === true && config.env === 'production') {
  // `true` believes the left-most X-Forwarded-For, which the client writes itself.
  logger.warn(
    'TRUST_PROXY=true lets clients choose their own IP for rate and login limits; set the number of proxies in front (e.g. 1) or their subnets',
  );
}
run(logger, config).catch((error: unknown) => {
  // Says what to do in one line; a stack trace would only bury it.
  if (error instanceof EmbeddedDatabaseError) {
    process.stderr.write(`Warden failed to start: ${error.message}\n`);
    process.exit(1);
  }
  logger.fatal({ err: error }, 'Warden failed to start');
  process.stderr.write(
    `Warden failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
