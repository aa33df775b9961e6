import { eventPartitions } from '../db/partitions.js';
import 'reflect-metadata';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from '../app.js';
import { REPO_ROOT, loadConfig } from '../config.js';
import { migrate, openOrm } from '../db/orm.js';
import { TENANT_FILTER } from '../db/tenant-filter.js';
import { createLogger } from '../logger.js';
import { scratchDatabase } from './scratch-database.js';
import { ApiKeyService } from '../modules/api-keys/api-key.service.js';
import { SYSTEM_ACTOR } from '../modules/audit/audit.service.js';
import { TokenSigner } from '../modules/auth/jwt.js';
import { TenantService } from '../modules/tenants/tenant.service.js';
import { summarize } from './stats.js';

const USAGE = `Usage: npm run bench:metrics -- [options]

Seeds one tenant with scored transactions over the last year and feedback on some of them
(written directly in SQL: this measures the metrics, not scoring), then times feedbackMetrics
over the whole year and analyticsSummary over 90 days through the HTTP API.

Options:
  --events N     scored transactions to seed (default 1000000)
  --feedback N   feedback rows to seed (default 50000)
  --runs N       timed calls of each query (default 10)
  --json         print the result object only
Uses DATABASE_URL's server when set (a fresh database is created and dropped), else an embedded
PostgreSQL under DATA_DIR/bench.`;

const METRICS = `query($from: DateTime!, $to: DateTime!) { feedbackMetrics(from: $from, to: $to) {
  transactions { total approvalRate } feedback { eventsSubmitted overrideRate }
  labels { fraud falsePositiveRate }
  adaptiveThreshold { recommendedThreshold currentThreshold sampleSize costRatio }
  drift { psi meanShift baselineFrom baselineTo } } }`;
const SUMMARY = `{ analyticsSummary(period: "90d") { volume { count amount } decisions { allowed blocked }
  fraud { confirmed chargebacks } daily { date count averageScore } } }`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: '1000000' },
      feedback: { type: 'string', default: '50000' },
      runs: { type: 'string', default: '10' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const events = Number(values.events);
  const feedback = Number(values.feedback);
  const runs = Number(values.runs);
  if (![events, feedback, runs].every((n) => Number.isInteger(n) && n >= 1)) {
    throw new Error('--events, --feedback and --runs must be positive integers');
  }
  if (feedback > events) throw new Error('--feedback may not exceed --events');
  const log = (text: string) => {
    if (!values.json) process.stderr.write(`${text}\n`);
  };

  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const logger = createLogger('silent');
  const scratch = await scratchDatabase(config, logger, 'warden_bench_metrics');
  const dbUrl = scratch.url;
  const orm = await openOrm({ url: dbUrl, poolMax: 10 });
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  try {
    await migrate(orm);
    const tenant = await new TenantService(orm.em.fork()).create({
      slug: 'bench-metrics',
      name: 'Metrics benchmark',
    });
    const em = orm.em.fork();
    em.setFilterParams(TENANT_FILTER, { tenantId: tenant.id });
    const { secret } = await new ApiKeyService(em, tenant.id).create(
      { name: 'bench', mode: 'LIVE' },
      SYSTEM_ACTOR,
    );
    const sql = orm.em.getConnection().getKnex();
    const seedStarted = performance.now();
    // The seeded year spans monthly partitions that scoring would have created.
    await eventPartitions.ensureRange(
      orm.em.fork(),
      new Date(Date.now() - 366 * 86_400_000),
      new Date(),
    );
    const chunk = 100_000;
    for (let done = 0; done < events; done += chunk) {
      const n = Math.min(chunk, events - done);
      // Scores skewed low like real traffic; decisions follow the default thresholds.
      await sql.raw(
        `insert into scored_event (id, tenant_id, mode, kind, user_id, payload_hash, occurred_at,
           amount, amount_base, currency, input, risk_score, risk_level, decision, result,
           processing_time_ms, fraud_confirmed, created_at)
         select gen_random_uuid(), ?, 'LIVE', 'TRANSACTION', 'u' || (g % 20000), 'bench',
           now() - (random() * interval '365 days'), a, a, 'USD', '{}', s,
           case when s < 30 then 'LOW' when s < 60 then 'MEDIUM' when s < 85 then 'HIGH' else 'CRITICAL' end,
           case when s < 50 then 'ALLOW' when s < 70 then 'REVIEW' when s < 85 then 'CHALLENGE' else 'BLOCK' end,
           '{}', 1, random() < 0.01, now()
         from (select g, round(random() * 500 + 1)::float8 as a,
                      least(100, floor(power(random(), 2.5) * 101))::smallint as s
                 from generate_series(?::int, ?::int) g) x`,
        [tenant.id, done + 1, done + n],
      );
      log(
        `seeding: ${(done + n).toLocaleString('en-US')} / ${events.toLocaleString('en-US')} transactions`,
      );
    }
    await sql.raw(
      `insert into feedback (id, tenant_id, mode, event_id, feedback_type, tenant_action,
         analyst_label, confidence, occurred_at, idempotency_key, payload_hash, author_kind,
         author_id, author_label, tx_decision, tx_risk_score, tx_occurred_at, created_at)
       select gen_random_uuid(), e.tenant_id, 'LIVE', e.id,
         case when k % 2 = 0 then 'TENANT_ACTION' else 'ANALYST_LABEL' end,
         case when k % 2 = 0 then (array['APPROVE','DECLINE','CHARGEBACK','REFUND'])[1 + k / 2 % 4] end,
         case when k % 2 = 1 then (array['TRUE_FRAUD','FALSE_POSITIVE','SUSPICIOUS','LEGITIMATE'])[1 + k / 2 % 4] end,
         case when k % 2 = 1 then (array['CONFIRMED','PROBABLE','POSSIBLE'])[1 + k % 3] end,
         e.occurred_at + interval '1 day', 'bench-' || k, 'bench', 'API_KEY', gen_random_uuid(),
         'bench', e.decision, e.risk_score, e.occurred_at, now()
       from (select row_number() over () as k, * from scored_event
              where tenant_id = ? order by random() limit ?) e`,
      [tenant.id, feedback],
    );
    log(`seeding: ${feedback.toLocaleString('en-US')} feedback rows`);
    await sql.raw('vacuum analyze scored_event, feedback');
    const seedSeconds = (performance.now() - seedStarted) / 1000;

    app = await createApp({
      config: loadConfig({
        NODE_ENV: 'production',
        PORT: '0',
        HOST: '127.0.0.1',
        DATABASE_URL: dbUrl,
        JWT_SECRET: 'm'.repeat(40),
        LOG_LEVEL: 'silent',
      }),
      orm,
      signer: new TokenSigner('m'.repeat(40), 3600),
      logger,
    });
    const url = `${app.url}/graphql`;
    const call = async (query: string, variables: Record<string, unknown> = {}) => {
      const started = performance.now();
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': secret },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { errors?: { message: string }[]; data?: unknown };
      if (body.errors) throw new Error(`query failed: ${body.errors[0]!.message}`);
      return { ms: performance.now() - started, data: body.data };
    };
    const to = new Date();
    const from = new Date(to.getTime() - 365 * 86_400_000);
    const time = async (name: string, query: string, variables?: Record<string, unknown>) => {
      await call(query, variables); // warm-up
      const latencies: number[] = [];
      let data: unknown;
      for (let i = 0; i < runs; i++) {
        const r = await call(query, variables);
        latencies.push(r.ms);
        data = r.data;
      }
      const s = summarize(latencies, 1);
      log(`${name}: p50 ${s.p50Ms} ms, max ${s.maxMs} ms over ${runs} calls`);
      return { p50Ms: s.p50Ms, maxMs: s.maxMs, sample: data };
    };
    log('timing…');
    const metrics = await time('feedbackMetrics (one year)', METRICS, {
      from: from.toISOString(),
      to: to.toISOString(),
    });
    const summary = await time('analyticsSummary (90d)', SUMMARY);
    const result = {
      at: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpu: os.cpus()[0]?.model ?? 'unknown',
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      },
      settings: { events, feedback, runs, seedSeconds: Math.round(seedSeconds) },
      feedbackMetrics: { p50Ms: metrics.p50Ms, maxMs: metrics.maxMs, target: '< 1000 ms' },
      analyticsSummary: { p50Ms: summary.p50Ms, maxMs: summary.maxMs },
      sample: metrics.sample,
    };
    const dir = path.join(REPO_ROOT, 'bench', 'results');
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, `${result.at.replace(/[:.]/g, '-')}-metrics-e${events}.json`);
    await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
    if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else
      process.stdout.write(
        [
          '',
          `${events.toLocaleString('en-US')} transactions, ${feedback.toLocaleString('en-US')} feedback rows (seeded in ${Math.round(seedSeconds)} s)`,
          `feedbackMetrics over a year   p50 ${metrics.p50Ms} ms  max ${metrics.maxMs} ms  (target < 1000 ms: ${metrics.maxMs < 1000 ? 'met' : 'NOT met'})`,
          `analyticsSummary over 90 days p50 ${summary.p50Ms} ms  max ${summary.maxMs} ms`,
          `written to ${path.relative(process.cwd(), file)}`,
          '',
        ].join('\n'),
      );
  } finally {
    await app?.stop();
    await orm.close(true);
    await scratch.drop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:metrics failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
