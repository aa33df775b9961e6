import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { REPO_ROOT, loadConfig } from '../config.js';
import { migrate, openOrm } from '../db/orm.js';
import { TENANT_FILTER } from '../db/tenant-filter.js';
import { createLogger } from '../logger.js';
import { scratchDatabase } from './scratch-database.js';
import { ApiKeyService } from '../modules/api-keys/api-key.service.js';
import { SYSTEM_ACTOR } from '../modules/audit/audit.service.js';
import { ScoringService } from '../modules/scoring/scoring.service.js';
import { TenantService } from '../modules/tenants/tenant.service.js';
import { TokenSigner } from '../modules/auth/jwt.js';
import { ListService } from '../modules/lists/list.service.js';
import { UserService } from '../modules/users/user.service.js';
import { rng, shapeFor, syntheticEvent } from './history.js';
import { cpuPer, cpuSnapshot } from './cpu.js';
import { connectSubscribers, measureDelivery } from './subscribers.js';
import { closedLoop, openLoop, type Sample } from './load.js';
import { summarize } from './stats.js';
import { compareLimiterLatency, consumeLatency } from './rate-limit-cost.js';

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
/** A watch-listed e-mail domain: each score with it opens a case (delivery latency). */
const WATCHED_DOMAIN = 'watched.example';
/** The benchmark server's JWT secret (see server.ts). */
const BENCH_JWT_SECRET = 'b'.repeat(40);

const round = (n: number) => Math.round(n * 100) / 100;

function describe<E extends Record<string, unknown>>(sample: Sample, extra: E = {} as E) {
  const s = summarize(sample.latencies, sample.seconds);
  return {
    requests: s.requests,
    throughputPerSecond: s.throughputPerSecond,
    p50Ms: s.p50Ms,
    p90Ms: Math.round(percentileOf(sample.latencies, 90) * 100) / 100,
    p99Ms: s.p99Ms,
    maxMs: s.maxMs,
    errors: sample.errors,
    ...(sample.firstError ? { firstError: sample.firstError } : {}),
    ...extra,
  } as const;
}

function percentileOf(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1]!;
}

async function versions(): Promise<Record<string, string>> {
  const read = async (name: string) => {
    try {
      const file = path.join(REPO_ROOT, 'node_modules', name, 'package.json');
      return (JSON.parse(await readFile(file, 'utf8')) as { version: string }).version;
    } catch {
      return 'unknown';
    }
  };
  const names = ['@apollo/server', 'graphql', 'type-graphql', '@mikro-orm/core', 'pg'];
  return Object.fromEntries(await Promise.all(names.map(async (n) => [n, await read(n)] as const)));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      history: { type: 'string', default: '100000' },
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '16' },
      'batch-size': { type: 'string', default: '500' },
      subscribers: { type: 'string', default: '200' },
      redis: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const history = Number(values.history);
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  const batchSize = Number(values['batch-size']);
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
  let child: ReturnType<typeof spawn> | undefined;
  try {
    const orm = await openOrm({ url: dbUrl, poolMax: 4 });
    await migrate(orm);
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
    await orm.em.getConnection().execute('vacuum analyze');
    await orm.close(true);

    child = spawn(process.execPath, [path.join(import.meta.dirname, 'server.js')], {
      env: {
        ...process.env,
        BENCH_DATABASE_URL: dbUrl,
        BENCH_POOL: String(Math.max(20, connections + 4)),
        ...(values.redis ? { BENCH_REDIS_URL: values.redis } : {}),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const urls = await new Promise<{
      warden: string;
      unlimited: string;
      floor: string;
      stats: string;
    }>((resolve, reject) => {
      child!.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
      createInterface({ input: child!.stdout! }).once('line', (line) => resolve(JSON.parse(line)));
    });
    const stats = async (reset = false) =>
      (await (await fetch(`${urls.stats}/${reset ? 'reset' : ''}`)).json()) as {
        statements: number;
        rss: number;
      };
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

    const cpu = () => cpuSnapshot(child?.pid);
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
      targets: {
        capacityVsFloor: {
          value: Number((capacityRate / floorRate).toFixed(2)),
          target: '≥ 0.5',
          met: clean && capacityRate >= 0.5 * floorRate,
        },
        p99AtHalfCapacityMs: {
          value: summarize(latency.latencies, latency.seconds).p99Ms,
          target: '≤ 25',
          met: clean && summarize(latency.latencies, latency.seconds).p99Ms <= 25,
        },
        statementsPerScore: {
          value: Number((latencyStatements / Math.max(1, scored)).toFixed(2)),
          target: '≤ 6',
          met: clean && latencyStatements / Math.max(1, scored) <= 6,
        },
        rateLimitP50CostMs: {
          value: limiterCostMs,
          target: '≤ 1',
          met: clean && limiterCostMs <= 1,
        },
        batchEventsPerSecond: {
          value: Math.round(batchEvents),
          target: '≥ 3000',
          met: clean && batchEvents >= 3000,
        },
        reviewQueueDeliveryP99Ms: {
          value: round(percentileOf(delivery.afterRequest, 99)),
          target: '≤ 100 (from the scoring request; every event delivered)',
          met:
            delivery.delivered === delivery.expected &&
            delivery.expected > 0 &&
            percentileOf(delivery.afterRequest, 99) <= 100,
        },
        reviewQueueCapacityWithSubscribers: {
          value: Number(
            (
              queueWatched.latencies.length /
              queueWatched.seconds /
              Math.max(1e-9, queueAlone.latencies.length / queueAlone.seconds)
            ).toFixed(2),
          ),
          target: '≥ 0.9 × without',
          met:
            queueAlone.errors + queueWatched.errors === 0 &&
            queueWatched.latencies.length / queueWatched.seconds >=
              0.9 * (queueAlone.latencies.length / queueAlone.seconds),
        },
      },
    };
    const dir = path.join(REPO_ROOT, 'bench', 'results');
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, `${result.at.replace(/[:.]/g, '-')}-h${history}.json`);
    await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
    if (values.json) {
      process.stdout.write(`${JSON.stringify(result)}\n`);
    } else {
      const line = (
        name: string,
        d: {
          throughputPerSecond: number;
          p50Ms: number;
          p90Ms: number;
          p99Ms: number;
          maxMs: number;
          errors: number;
        },
      ) =>
        `${name.padEnd(28)} ${String(d.throughputPerSecond).padStart(7)}/s  p50 ${d.p50Ms} ms  p90 ${d.p90Ms} ms  p99 ${d.p99Ms} ms  max ${d.maxMs} ms  errors ${d.errors}`;
      process.stdout.write(
        [
          '',
          `machine   ${result.machine.cpus} × ${result.machine.cpu}, ${result.machine.memoryGiB} GiB; node ${process.version}; PostgreSQL ${pgVersion} (${result.software.database})`,
          `history   ${history.toLocaleString('en-US')} events (${shape.customers} customers), seeded at ${result.settings.seedEventsPerSecond}/s`,
          '',
          line('floor (1 INSERT)', result.floor),
          line('scoreTransaction capacity', result.score.capacity),
          line(`scoreTransaction @ ${rate}/s`, result.score.latencyAtHalfCapacity),
          line('score, limits off', result.rateLimits.scoreLimiterOff),
          line(`score, limits on (${limiterStore})`, result.rateLimits.scoreLimiterOn),
          `${'rate-limit consume'.padEnd(28)} ${Object.entries(consume)
            .map(([store, c]) => `${store} p50 ${c.p50Ms} ms p99 ${c.p99Ms} ms`)
            .join('; ')} (sequential, ${consume.postgres.samples} each)`,
          `${'scoreTransactions'.padEnd(28)} ${String(result.batch.eventsPerSecond).padStart(7)} events/s (batches of ${batchSize}, p50 ${result.batch.p50Ms} ms per batch)`,
          '',
          line(`review queue, no subscribers`, result.reviewQueue.capacityWithout),
          line(`review queue, ${subscriberCount} subscribers`, result.reviewQueue.capacityWith),
          `review queue: cases opened on ${Math.round(result.reviewQueue.caseRate * 1000) / 10} % of scores in the capacity runs`,
          `${'case delivery'.padEnd(28)} ${delivery.delivered}/${delivery.expected} events (watch-listed e-mails at ${DELIVERY_RATE}/s); after the response p50 ${result.reviewQueue.delivery.afterResponseMs.p50} ms p99 ${result.reviewQueue.delivery.afterResponseMs.p99} ms; after the request p50 ${result.reviewQueue.delivery.afterRequestMs.p50} ms p99 ${result.reviewQueue.delivery.afterRequestMs.p99} ms`,
          '',
          'CPU ms per request (server / load generator):',
          ...(
            [
              ['floor', floorCpu],
              ['scoreTransaction', capacityCpu],
              ['scoreTransactions (per event)', batchCpu],
            ] as const
          ).map(([name, c]) => `  ${name.padEnd(30)} ${c.serverMs} / ${c.loadGeneratorMs}`),
          '',
          ...Object.entries(result.targets).map(
            ([k, t]) => `${t.met ? 'met    ' : 'NOT met'}  ${k} = ${t.value} (target ${t.target})`,
          ),
          ...(clean
            ? []
            : [
                `FAILED REQUESTS: ${capacity.firstError ?? latency.firstError ?? batch.firstError ?? 'see the JSON'}`,
              ]),
          '',
          `written to ${path.relative(process.cwd(), file)}`,
          '',
        ].join('\n'),
      );
    }
  } finally {
    child?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await scratch.drop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
