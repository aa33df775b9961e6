import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { migrateWithLock } from '../db/database.js';
import { startEmbeddedDatabase } from '../db/embedded.js';
import { openOrm } from '../db/orm.js';
import { TENANT_FILTER } from '../db/tenant-filter.js';
import { createLogger } from '../logger.js';
import { ApiKeyService } from '../modules/api-keys/api-key.service.js';
import { SYSTEM_ACTOR } from '../modules/audit/audit.service.js';
import { TokenSigner } from '../modules/auth/jwt.js';
import { TenantService } from '../modules/tenants/tenant.service.js';
import { summarize, formatSummary } from './stats.js';

const USAGE = `Usage: npm run bench -- [--requests N] [--concurrency C] [--warmup N] [--json]

Scenarios measured end to end over HTTP against a real PostgreSQL:
  auth   an API-key-authenticated query ({ me { … } }): key lookup + one read

Uses DATABASE_URL when set, else an embedded PostgreSQL under DATA_DIR/bench.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      requests: { type: 'string', default: '5000' },
      concurrency: { type: 'string', default: '16' },
      warmup: { type: 'string', default: '500' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const requests = Number(values.requests);
  const concurrency = Number(values.concurrency);
  const warmup = Number(values.warmup);
  if (
    ![requests, concurrency, warmup].every((n) => Number.isInteger(n) && n >= 0) ||
    concurrency < 1
  ) {
    throw new Error('--requests, --concurrency and --warmup must be non-negative integers');
  }
  const log = (text: string) => {
    if (!values.json) process.stderr.write(`${text}\n`);
  };

  const config = loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
  const logger = createLogger('silent');
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedDatabase({
        dataDir: path.join(config.dataDir, 'bench'),
        port: config.embeddedPgPort + 1,
        logger,
        database: 'warden_bench',
      });
  const url = config.databaseUrl ?? embedded!.url;
  let queries = 0;
  const orm = await openOrm({ url, poolMax: Math.max(concurrency, 4), onQuery: () => queries++ });
  try {
    await migrateWithLock(orm, url);
    const tenant = await new TenantService(orm.em.fork()).create({
      slug: `bench-${Date.now().toString(36)}`,
      name: 'Benchmark',
    });
    const em = orm.em.fork();
    em.setFilterParams(TENANT_FILTER, { tenantId: tenant.id });
    const { secret } = await new ApiKeyService(em, tenant.id).create(
      { name: 'bench', mode: 'TEST' },
      SYSTEM_ACTOR,
    );
    const app = await createApp({
      config,
      orm,
      signer: new TokenSigner('b'.repeat(40), 3600),
      logger,
    });
    const body = JSON.stringify({ query: '{ me { kind mode tenant { id slug } } }' });
    const send = async () => {
      const started = process.hrtime.bigint();
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': secret },
        body,
      });
      const json = (await res.json()) as { errors?: unknown };
      if (res.status !== 200 || json.errors)
        throw new Error(`request failed: ${JSON.stringify(json)}`);
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    const run = async (total: number, label: string) => {
      const latencies: number[] = [];
      let next = 0;
      let lastReport = Date.now();
      const worker = async () => {
        while (next < total) {
          next++;
          latencies.push(await send());
          if (Date.now() - lastReport > 2000) {
            lastReport = Date.now();
            log(`  ${label}: ${latencies.length}/${total}`);
          }
        }
      };
      const started = process.hrtime.bigint();
      await Promise.all(Array.from({ length: concurrency }, worker));
      return { latencies, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
    };

    log(`Warming up (${warmup} requests)…`);
    await run(warmup, 'warm-up');
    queries = 0;
    log(`Measuring scenario "auth": ${requests} requests, concurrency ${concurrency}…`);
    const { latencies, seconds } = await run(requests, 'auth');
    const summary = {
      scenario: 'auth',
      ...summarize(latencies, seconds),
      concurrency,
      dbQueriesPerRequest: Number((queries / requests).toFixed(2)),
      database: embedded ? 'embedded PostgreSQL' : 'DATABASE_URL',
    };
    process.stdout.write(
      values.json ? `${JSON.stringify(summary)}\n` : `${formatSummary(summary)}\n`,
    );
    await app.stop();
  } finally {
    await orm.close(true);
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
