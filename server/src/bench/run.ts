import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { POLICY_USAGE, runPolicyBench } from './policy.js';
import { REPO_ROOT, loadConfig } from '../config.js';
import { migrate, openOrm } from '../db/orm.js';
import { createLogger } from '../logger.js';
import { scratchDatabase } from './scratch-database.js';
import { rng, syntheticEvent } from './history.js';
import { cpuPer, cpuSnapshot } from './cpu.js';
import { connectSubscribers, measureDelivery } from './subscribers.js';
import { closedLoop, openLoop } from './load.js';
import { summarize } from './stats.js';
import { WATCHED_DOMAIN, seedBenchTenant } from './seed.js';
import { describe, formatReport, percentileOf, round, targetsOf, versions } from './report.js';
import { compareLimiterLatency, consumeLatency } from './rate-limit-cost.js';
import { type BenchServer, startBenchServer } from './spawn.js';
import { ULB_USAGE, runUlb } from './ulb.js';

const USAGE = `Usage: npm run bench -- [options]

Seeds a tenant with a skewed history, then measures over HTTP, against a real PostgreSQL:
  floor    a minimal Apollo + type-graphql mutation doing one INSERT through the same pool
  score    scoreTransaction: capacity (closed loop), then latency at 50 % of it (open loop)
  limits   what rate limiting costs: scoreTransaction latency at that rate, requests alternating
           between the limiter off and on, and one counter consumption straight against the store
  batch    scoreTransactions with batches of --batch-size events (closed loop)
  queue    scoreTransaction capacity without and with --subscribers live reviewQueue
           subscriptions, and the time until each opened case reaches all of them

Options:
  --history N        events of history to seed first (default 100000)
  --duration S       seconds per measurement (default 10)
  --connections C    closed-loop clients (default 16)
  --batch-size N     events per scoreTransactions call (default 500)
  --subscribers N    reviewQueue subscribers for the review-queue phase (default 200)
  --redis URL        keep the server's rate-limit counters in Redis at URL (default: PostgreSQL)
                     and measure Redis consumptions too
  --json             print the result object only
Results are written to bench/results/<time>-h<history>.json. Uses DATABASE_URL's server when set
(a fresh database is created and dropped), else an embedded PostgreSQL under DATA_DIR/bench.`;

const SCORE =
  'mutation($input: TransactionInput!) { scoreTransaction(input: $input) { transactionId riskScore decision } }';
const BATCH =
  'mutation($inputs: [TransactionInput!]!) { scoreTransactions(inputs: $inputs) { scored failed } }';
const FLOOR = 'mutation($amount: Float!) { floor(amount: $amount) { id } }';
const SCORE_CASE =
  'mutation($input: TransactionInput!) { scoreTransaction(input: $input) { transactionId decision caseId } }';
/** Scores per second while measuring how fast cases reach subscribers. */
const DELIVERY_RATE = 20;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      dataset: { type: 'string' },
      events: { type: 'string' },
      rate: { type: 'string' },
      'no-analyze': { type: 'boolean', default: false },
      slice: { type: 'string' },
      history: { type: 'string', default: '100000' },
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '16' },
      'batch-size': { type: 'string' },
      lanes: { type: 'string' },
      subscribers: { type: 'string', default: '200' },
      redis: { type: 'string' },
      'custom-rules': { type: 'string' },
      backtest: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n\n${ULB_USAGE}\n\n${POLICY_USAGE}\n`);
    return;
  }
  if (values['custom-rules'] !== undefined || values.backtest !== undefined) {
    await runPolicyBench(values);
    return;
  }
  if (values.dataset !== undefined) {
    await runUlb({ ...values, file: positionals[0] });
    return;
  }
  const history = Number(values.history);
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  const batchSize = Number(values['batch-size'] ?? 500);
  const subscriberCount = Number(values.subscribers);
  if (
    ![history, duration, connections, batchSize, subscriberCount].every(
      (n) => Number.isInteger(n) && n >= 0,
    ) ||
    connections < 1 ||
    batchSize < 1 ||
    batchSize > 1000
  ) {
    throw new Error(
      '--history, --duration, --connections and --batch-size (1..1000) must be non-negative integers',
    );
  }
  const log = (text: string) => {
    if (!values.json) process.stderr.write(`${text}\n`);
  };

  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const logger = createLogger('silent');
  const scratch = await scratchDatabase(config, logger, 'warden_bench');
  const dbUrl = scratch.url;
  let server: BenchServer | undefined;
  try {
    const orm = await openOrm({ url: dbUrl, poolMax: 4 });
    await migrate(orm);
    const { secret, analystToken, shape, seedSeconds } = await seedBenchTenant(orm, history, log);
    await orm.em.getConnection().execute('vacuum analyze');
    await orm.close(true);

    server = await startBenchServer({
      databaseUrl: dbUrl,
      pool: Math.max(20, connections + 4),
      redisUrl: values.redis,
    });
    const { urls, stats } = server;
    const headers = { 'x-api-key': secret };
    const live = rng(7);
    const scoreBody = () =>
      JSON.stringify({ query: SCORE, variables: { input: syntheticEvent(live, shape, null) } });
    const floorBody = () =>
      JSON.stringify({ query: FLOOR, variables: { amount: Math.round(live() * 10_000) / 100 } });
    const batchBody = () =>
      JSON.stringify({
        query: BATCH,
        variables: {
          inputs: Array.from({ length: batchSize }, () => syntheticEvent(live, shape, null)),
        },
      });

    log('warming up…');
    await closedLoop({ url: urls.floor, headers: {}, body: floorBody }, connections, 2);
    await closedLoop({ url: urls.warden, headers, body: scoreBody }, connections, 2);

    const cpu = () => cpuSnapshot(server?.pid);
    log(`floor: closed loop, ${connections} connections, ${duration} s…`);
    let before = await cpu();
    const floor = await closedLoop(
      { url: urls.floor, headers: {}, body: floorBody },
      connections,
      duration,
    );
    const floorCpu = cpuPer(before, await cpu(), floor.latencies.length);
    log(`scoreTransaction capacity: closed loop, ${connections} connections, ${duration} s…`);
    await stats(true);
    before = await cpu();
    if (process.env.BENCH_PROFILE) await fetch(`${urls.stats}/profile-start`);
    const capacity = await closedLoop(
      { url: urls.warden, headers, body: scoreBody },
      connections,
      duration,
    );
    if (process.env.BENCH_PROFILE) await fetch(`${urls.stats}/profile-stop`);
    const capacityCpu = cpuPer(before, await cpu(), capacity.latencies.length);
    const capacityStatements = (await stats()).statements;
    const capacityRate = capacity.latencies.length / capacity.seconds;
    const rate = Math.max(1, Math.round(capacityRate / 2));
    log(`scoreTransaction latency: open loop at ${rate}/s (50 % of capacity), ${duration} s…`);
    await stats(true);
    const latency = await openLoop({ url: urls.warden, headers, body: scoreBody }, rate, duration);
    const latencyStatements = (await stats()).statements;
    const limiterStore = values.redis ? 'redis' : 'postgres';
    log(
      `rate limits (${limiterStore}): scoreTransaction at ${rate}/s, requests alternating between the limiter off and on, ${duration * 2} s…`,
    );
    const limiter = await compareLimiterLatency(
      {
        off: { url: urls.unlimited, headers, body: scoreBody },
        on: { url: urls.warden, headers, body: scoreBody },
      },
      rate,
      duration * 2,
    );
    log('rate limits: one counter consumption, straight against each store…');
    const consume = {
      postgres: await consumeLatency({ kind: 'pg', databaseUrl: dbUrl }, 2000),
      ...(values.redis
        ? { redis: await consumeLatency({ kind: 'redis', redisUrl: values.redis }, 2000) }
        : {}),
    };
    log(`scoreTransactions: batches of ${batchSize}, closed loop, 2 connections, ${duration} s…`);
    await stats(true);
    before = await cpu();
    const batch = await closedLoop(
      {
        url: urls.warden,
        headers,
        body: batchBody,
        ok: (s, b) => s === 200 && b.includes('"failed":0'),
      },
      2,
      duration,
    );
    const batchCpu = cpuPer(before, await cpu(), batch.latencies.length * batchSize);
    const batchStatements = (await stats()).statements;

    // The review queue: scoring capacity without and with analysts' live subscriptions, and
    // how soon each opened case reaches all of them. The traffic is the tenant's usual mix: the
    // REVIEW and CHALLENGE decisions among it open the cases.
    let opened = 0;
    let answered = 0;
    const caseTarget = {
      url: urls.warden,
      headers,
      body: () =>
        JSON.stringify({
          query: SCORE_CASE,
          variables: { input: syntheticEvent(live, shape, null) },
        }),
      ok: (status: number, body: string) => {
        answered++;
        if (body.includes('"caseId":"')) opened++;
        return status === 200 && !body.includes('"errors"');
      },
    };
    log(`review queue: capacity without subscribers, ${duration} s…`);
    const queueAlone = await closedLoop(caseTarget, connections, duration);
    log(`review queue: connecting ${subscriberCount} subscribers…`);
    const fleet = await connectSubscribers(
      urls.warden.replace(/^http/, 'ws'),
      analystToken,
      subscriberCount,
    );
    log(`review queue: capacity with ${subscriberCount} subscribers, ${duration} s…`);
    const queueWatched = await closedLoop(caseTarget, connections, duration);
    await new Promise((r) => setTimeout(r, 3000));
    log(`review queue: delivery latency at ${DELIVERY_RATE}/s, ${duration} s…`);
    const delivery = await measureDelivery(
      fleet,
      {
        url: urls.warden,
        headers,
        body: () =>
          JSON.stringify({
            query: SCORE_CASE,
            variables: {
              input: {
                userId: `watched-${randomUUID()}`,
                amount: 50,
                email: `${randomUUID()}@${WATCHED_DOMAIN}`,
              },
            },
          }),
      },
      DELIVERY_RATE,
      duration,
      subscriberCount,
    );
    const subscriberErrors = fleet.errors;
    await fleet.close();
    const serverRss = (await stats()).rss;

    const floorRate = floor.latencies.length / floor.seconds;
    const clean =
      floor.errors +
        capacity.errors +
        latency.errors +
        batch.errors +
        limiter.off.errors +
        limiter.on.errors ===
        0 &&
      capacity.latencies.length > 0 &&
      latency.latencies.length > 0 &&
      batch.latencies.length > 0;
    const scored = latency.latencies.length + latency.errors;
    const batchEvents = (batch.latencies.length * batchSize) / batch.seconds;
    const limiterCostMs = round(
      summarize(limiter.on.latencies, 1).p50Ms - summarize(limiter.off.latencies, 1).p50Ms,
    );
    const pgVersion = await scratch.version();
    const result = {
      at: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpu: os.cpus()[0]?.model ?? 'unknown',
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        platform: `${os.platform()} ${os.release()}`,
      },
      software: {
        node: process.version,
        postgres: pgVersion,
        database: scratch.source,
        ...(await versions()),
      },
      settings: {
        history,
        duration,
        connections,
        batchSize,
        seedSeconds: Math.round(seedSeconds),
        seedEventsPerSecond: Math.round(history / seedSeconds),
      },
      floor: describe(floor, { cpuPerRequest: floorCpu }),
      score: {
        capacity: describe(capacity, {
          cpuPerScore: capacityCpu,
          statementsPerScore: Number(
            (capacityStatements / Math.max(1, capacity.latencies.length + capacity.errors)).toFixed(
              2,
            ),
          ),
        }),
        latencyAtHalfCapacity: describe(latency, {
          targetRatePerSecond: rate,
          statementsPerScore: Number((latencyStatements / Math.max(1, scored)).toFixed(2)),
        }),
      },
      rateLimits: {
        store: limiterStore,
        scoreLimiterOff: describe(limiter.off, { targetRatePerSecond: rate }),
        scoreLimiterOn: describe(limiter.on, { targetRatePerSecond: rate }),
        p50CostMs: limiterCostMs,
        consumeMs: consume,
      },
      batch: describe(batch, {
        eventsPerSecond: Math.round(batchEvents),
        cpuPerEvent: batchCpu,
        statementsPerBatch: Number(
          (batchStatements / Math.max(1, batch.latencies.length + batch.errors)).toFixed(2),
        ),
      }),
      reviewQueue: {
        subscribers: subscriberCount,
        caseRate: Number((opened / Math.max(1, answered)).toFixed(3)),
        capacityWithout: describe(queueAlone),
        capacityWith: describe(queueWatched),
        delivery: {
          ratePerSecond: DELIVERY_RATE,
          casesOpened: delivery.expected / Math.max(1, subscriberCount),
          eventsExpected: delivery.expected,
          eventsDelivered: delivery.delivered,
          subscriberErrors,
          afterResponseMs: {
            p50: round(percentileOf(delivery.afterResponse, 50)),
            p99: round(percentileOf(delivery.afterResponse, 99)),
            max: round(Math.max(0, ...delivery.afterResponse)),
          },
          afterRequestMs: {
            p50: round(percentileOf(delivery.afterRequest, 50)),
            p99: round(percentileOf(delivery.afterRequest, 99)),
            max: round(Math.max(0, ...delivery.afterRequest)),
          },
          scoring: describe(delivery.scores),
        },
      },
      serverRssMiB: Math.round(serverRss / 2 ** 20),
      // A run with failed requests meets nothing: its figures do not describe working scoring.
      targets: targetsOf({
        clean,
        capacityRate,
        floorRate,
        latency,
        latencyStatements,
        scored,
        limiterCostMs,
        batchEvents,
        delivery,
        queueAlone,
        queueWatched,
      }),
    };
    const dir = path.join(REPO_ROOT, 'bench', 'results');
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, `${result.at.replace(/[:.]/g, '-')}-h${history}.json`);
    await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
    if (values.json) {
      process.stdout.write(`${JSON.stringify(result)}\n`);
    } else {
      process.stdout.write(
        formatReport(result, {
          customers: shape.customers,
          file: path.relative(process.cwd(), file),
          failure: clean
            ? null
            : (capacity.firstError ?? latency.firstError ?? batch.firstError ?? 'see the JSON'),
        }),
      );
    }
  } finally {
    await server?.stop();
    await scratch.drop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
