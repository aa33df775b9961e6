import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { REPO_ROOT, loadConfig } from '../config.js';
import { migrate, openOrm } from '../db/orm.js';
import { createLogger } from '../logger.js';
import { Reservoir, type UlbRow, readUlb, ulbTransaction } from './dataset.js';
import { rng } from './history.js';
import { openLoop, post } from './load.js';
import { describe, round, versions } from './report.js';
import { scratchDatabase } from './scratch-database.js';
import { seedBenchTenant } from './seed.js';
import { cpuPer, cpuSnapshot } from './cpu.js';
import { startBenchServer } from './spawn.js';
import { Agent } from 'node:http';
import { Lanes } from './ulb-lanes.js';
import { Autovacuum } from './autovacuum.js';
import { storeDelta, storeSnapshot } from './store-stats.js';
import { vacuumClosedMonths } from '../db/partition-vacuum.js';

export const ULB_USAGE = `Replaying a real data set: npm run bench -- --dataset ulb <train.csv.gz> [options]

Replays the ULB fraud-detection handbook's card payments (card = user, terminal = MERCHANT
recipient, TRANSACTION_ID = reference) in event-time order through scoreTransactions on a fresh
tenant, two batches in flight per lane (--lanes); each fraud is reported as a TENANT_ACTION
CHARGEBACK 7 days after it happened (submitFeedbackBatch). Measures batch events/s per slice of
--slice events, and single-score latency (open loop at --rate/s for --duration s) after 10,000
events and at the end.
  --events N         events to replay (default 1000000)
  --batch-size N     events per scoreTransactions call (default 1000)
  --lanes N          customer lanes (default 1: the data set's order exactly); each lane keeps
                     its customers' events in order, lanes run side by side
  --slice N          events per throughput slice (default 50000)
  --rate R           single scores per second in the latency phases (default 50)
  --duration S       seconds per latency phase (default 10)
  --no-analyze       on a server without autovacuum, do not vacuum and analyze the tables as
                     autovacuum would (by default the replay does, at its thresholds, once a
                     minute)
  --json             print the result object only
BENCH_KEEP_DATABASE=1 keeps the scratch database afterwards, to study its plans.`;

const BATCH =
  'mutation($inputs: [TransactionInput!]!) { scoreTransactions(inputs: $inputs) { scored failed items { index result { transactionId } error { message } } } }';
const SCORE =
  'mutation($input: TransactionInput!) { scoreTransaction(input: $input) { transactionId riskScore decision } }';
const FEEDBACK =
  'mutation($items: [FeedbackBatchItem!]!) { submitFeedbackBatch(items: $items) { created failed replayed items { error { message } } } }';
/** When a fraud is reported: chargebacks arrive about a week after the payment. */
const CHARGEBACK_DELAY_MS = 7 * 86_400_000;
/** History after which the first latency phase runs. */
const EARLY_HISTORY = 10_000;

interface UlbOptions {
  file?: string;
  dataset?: string;
  events?: string;
  'batch-size'?: string;
  lanes?: string;
  slice?: string;
  rate?: string;
  duration?: string;
  json?: boolean;
  'no-analyze'?: boolean;
}

interface GraphqlAnswer<T> {
  data?: T;
  errors?: { message: string }[];
}

export async function runUlb(options: UlbOptions): Promise<void> {
  if (options.dataset !== 'ulb') throw new Error('--dataset: the only data set known is ulb');
  if (!options.file) throw new Error('--dataset ulb needs the path of train.csv.gz');
  const events = Number(options.events ?? 1_000_000);
  const batchSize = Number(options['batch-size'] ?? 1000);
  const laneCount = Number(options.lanes ?? 1);
  const sliceSize = Number(options.slice ?? 50_000);
  const rate = Number(options.rate ?? 50);
  const duration = Number(options.duration ?? 10);
  if (
    ![events, batchSize, laneCount, sliceSize, rate, duration].every(
      (n) => Number.isInteger(n) && n > 0,
    ) ||
    batchSize > 1000
  ) {
    throw new Error(
      '--events, --slice, --rate, --duration, --lanes and --batch-size (1..1000) must be positive integers',
    );
  }
  const log = (text: string) => {
    if (!options.json) process.stderr.write(`${text}\n`);
  };
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const scratch = await scratchDatabase(config, createLogger('silent'), 'warden_bench_ulb');
  const stats = new pg.Client({ connectionString: scratch.url });
  const analyzer = new pg.Client({ connectionString: scratch.url });
  let server: Awaited<ReturnType<typeof startBenchServer>> | undefined;
  try {
    const orm = await openOrm({ url: scratch.url, poolMax: 2 });
    await migrate(orm);
    const { secret } = await seedBenchTenant(orm, 0, log);
    await orm.close(true);
    server = await startBenchServer({ databaseUrl: scratch.url, pool: 20 });
    await stats.connect();
    await analyzer.connect();
    const url = server.urls.warden;
    const headers = { 'x-api-key': secret };
    const newAgent = () => new Agent({ keepAlive: true, maxSockets: 4 });
    let agent = newAgent();
    const call = async <T>(query: string, variables: unknown): Promise<T> => {
      const body = JSON.stringify({ query, variables });
      const res = await post(agent, { url, headers, body: () => body });
      const answer = JSON.parse(res.body) as GraphqlAnswer<T>;
      if (res.status !== 200 || answer.errors?.length || !answer.data) {
        throw new Error(`request failed (${res.status}): ${res.body.slice(0, 300)}`);
      }
      return answer.data;
    };

    const sample = new Reservoir(20_000, rng(11));
    let lastTime = 0;
    let singles = 0;
    /** Single scores of the data set's cards at terminals they may not know, after the history. */
    const latencyPhase = async (label: string) => {
      const body = () => {
        const row = sample.pick();
        const other = sample.pick();
        const at = new Date(lastTime + ++singles * 10);
        return JSON.stringify({
          query: SCORE,
          variables: {
            input: ulbTransaction(
              {
                ...row,
                terminal: singles % 4 === 0 ? other.terminal : row.terminal,
                occurredAt: at,
              },
              false,
            ),
          },
        });
      };
      log(
        `single scores after ${label} events: open loop at ${rate}/s, 2 s warm-up + ${duration} s…`,
      );
      await openLoop({ url, headers, body }, rate, 2);
      const sampleOf = await openLoop({ url, headers, body }, rate, duration);
      if (sampleOf.errors) throw new Error(`single scores failed: ${sampleOf.firstError}`);
      return describe(sampleOf, { targetRatePerSecond: rate });
    };

    // Chargebacks wait until the replay reaches their time, then go in batches of at most 100.
    const frauds: { transactionId: string; due: number; reference: string }[] = [];
    let chargebacks = 0;
    const reportDue = async (now: number) => {
      while (frauds.length && frauds[0]!.due <= now) {
        const chunk = [];
        while (chunk.length < 100 && frauds.length && frauds[0]!.due <= now)
          chunk.push(frauds.shift()!);
        const out = await call<{
          submitFeedbackBatch: { failed: number; items: { error: { message: string } | null }[] };
        }>(FEEDBACK, {
          items: chunk.map((f) => ({
            idempotencyKey: `chargeback-${f.reference}`,
            transactionId: f.transactionId,
            feedbackType: 'TENANT_ACTION',
            tenantAction: 'CHARGEBACK',
            occurredAt: new Date(f.due).toISOString(),
          })),
        });
        if (out.submitFeedbackBatch.failed) {
          const error = out.submitFeedbackBatch.items.find((i) => i.error)?.error?.message;
          throw new Error(`chargebacks failed: ${error}`);
        }
        chargebacks += chunk.length;
      }
    };

    const sendBatch = async (rows: UlbRow[]) => {
      const out = await call<{
        scoreTransactions: {
          failed: number;
          items: { result: { transactionId: string } | null; error: { message: string } | null }[];
        };
      }>(BATCH, { inputs: rows.map((r) => ulbTransaction(r)) });
      if (out.scoreTransactions.failed) {
        const error = out.scoreTransactions.items.find((i) => i.error)?.error?.message;
        throw new Error(`scoreTransactions failed: ${error}`);
      }
      rows.forEach((row, i) => {
        if (!row.fraud) return;
        const id = out.scoreTransactions.items[i]?.result?.transactionId;
        if (!id) return;
        // Lanes answer out of step: kept in due order, which reportDue relies on.
        const due = row.occurredAt.getTime() + CHARGEBACK_DELAY_MS;
        let at = frauds.length;
        while (at > 0 && frauds[at - 1]!.due > due) at--;
        frauds.splice(at, 0, { transactionId: id, due, reference: row.reference });
      });
      return rows.length;
    };

    log(
      `replaying ${events.toLocaleString('en-US')} events of ${options.file}, batches of ${batchSize}…`,
    );
    const slices: ({
      events: number;
      eventsPerSecond: number;
      serverCpuMsPerEvent: number;
      machineCpuMsPerEvent: number;
    } & ReturnType<typeof storeDelta>)[] = [];
    let early = null as ReturnType<typeof describe> | null;
    let done = 0;
    let sliceStart = performance.now();
    let sliceEvents = 0;
    let paused = 0;
    let sliceStore = await storeSnapshot(stats);
    const cpu = () => cpuSnapshot(server?.pid);
    const { rows: vacuum } = await stats.query<{ autovacuum: string }>('show autovacuum');
    const emulated = !options['no-analyze'] && vacuum[0]?.autovacuum === 'off';
    const autovacuum = new Autovacuum(analyzer, await Autovacuum.naptimeMs(analyzer));
    if (emulated) log('the server runs without autovacuum: vacuuming and analyzing as it would');
    let sliceCpu = await cpu();
    const started = performance.now();
    let lastLog = started;
    const settled = async (n: number) => {
      done += n;
      sliceEvents += n;
      // Production keeps statistics, and plans are made from them.
      if (emulated) autovacuum.poke();
      if (sliceEvents >= sliceSize || done === events) {
        const seconds = (performance.now() - sliceStart - paused) / 1000;
        await new Promise((r) => setTimeout(r, 600));
        const storeNow = await storeSnapshot(stats);
        const cpuNow = await cpu();
        // The server process's CPU per event, and the whole machine's: PostgreSQL's share is most
        // of the difference. With every core busy, the machine's figure bounds the throughput.
        const sliceCpuPer = cpuPer(sliceCpu, cpuNow, sliceEvents);
        sliceCpu = cpuNow;
        slices.push({
          events: done,
          eventsPerSecond: Math.round(sliceEvents / seconds),
          serverCpuMsPerEvent: sliceCpuPer.serverMs,
          machineCpuMsPerEvent: sliceCpuPer.machineMs,
          ...storeDelta(sliceStore, storeNow, sliceEvents),
        });
        log(
          `  slice ending at ${done.toLocaleString('en-US')}: ${slices.at(-1)!.eventsPerSecond} events/s, CPU per event ${sliceCpuPer.serverMs} ms server, ${sliceCpuPer.machineMs} ms machine, blocks per event ${slices.at(-1)!.blocksPerEvent.hit} hit ${slices.at(-1)!.blocksPerEvent.read} read`,
        );
        sliceStore = storeNow;
        sliceStart = performance.now();
        sliceEvents = 0;
        paused = 0;
      }
      if (performance.now() - lastLog > 2000 || done === events) {
        lastLog = performance.now();
        const perSecond = done / ((lastLog - started) / 1000);
        log(
          `replay: ${done.toLocaleString('en-US')} / ${events.toLocaleString('en-US')} events, ${Math.round(perSecond)}/s overall, ETA ${Math.round((events - done) / perSecond)} s`,
        );
      }
    };
    const lanes = new Lanes(
      laneCount,
      batchSize,
      async (rows) => {
        await reportDue(rows[0]!.occurredAt.getTime());
        return sendBatch(rows);
      },
      settled,
    );
    let read = 0;
    // The server vacuums months that have ended in its hourly housekeeping; a replay crosses a
    // month in about a minute, so it runs the same step itself, on the replay's clock.
    let month = '';
    let housekeeping: Promise<unknown> = Promise.resolve();
    for await (const row of readUlb(options.file, events)) {
      sample.add(row);
      lastTime = row.occurredAt.getTime();
      const rowMonth = row.occurredAt.toISOString().slice(0, 7);
      if (!options['no-analyze'] && month && rowMonth !== month) {
        const at = row.occurredAt;
        housekeeping = housekeeping.then(() => vacuumClosedMonths(analyzer, at));
        // Awaited once the replay ends; marked handled so a failure waits for that.
        housekeeping.catch(() => undefined);
      }
      month = rowMonth;
      await lanes.add(row);
      if (++read === Math.min(EARLY_HISTORY, events)) {
        await lanes.drain();
        const pausedAt = performance.now();
        early = await latencyPhase(done.toLocaleString('en-US'));
        paused += performance.now() - pausedAt;
        // The replay's connections sat idle past the server's keep-alive timeout meanwhile: a
        // request on one the server is closing fails with "socket hang up". Start afresh.
        agent.destroy();
        agent = newAgent();
      }
    }
    await lanes.drain();
    await autovacuum.settle();
    await housekeeping;
    const replaySeconds = (performance.now() - started) / 1000;
    if (done < events) log(`the data set holds ${done} events only`);
    const late = await latencyPhase(done.toLocaleString('en-US'));
    const ratio = early && early.p99Ms > 0 ? round(late.p99Ms / early.p99Ms) : null;

    const result = {
      at: new Date().toISOString(),
      dataset: { name: 'ulb-handbook', file: path.basename(options.file), events: done },
      machine: {
        cpus: os.cpus().length,
        cpu: os.cpus()[0]?.model ?? 'unknown',
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      },
      software: {
        node: process.version,
        postgres: await scratch.version(),
        database: scratch.source,
        planCacheMode: process.env.PG_PLAN_CACHE_MODE ?? 'server default',
        ...(await versions()),
      },
      settings: {
        batchSize,
        lanes: laneCount,
        inFlightPerLane: 2,
        sliceSize,
        singleRate: rate,
        duration,
      },
      chargebacks,
      statistics: emulated
        ? {
            analyze: 'emulated autovacuum (the server has it off)',
            runs: autovacuum.runs,
            analyzed: autovacuum.analyzed,
            vacuumed: autovacuum.vacuumed,
            seconds: round(autovacuum.seconds),
          }
        : { analyze: options['no-analyze'] ? 'none' : "the server's autovacuum" },
      replay: {
        seconds: Math.round(replaySeconds),
        startEventsPerSecond: slices[0]?.eventsPerSecond ?? 0,
        endEventsPerSecond: slices.at(-1)?.eventsPerSecond ?? 0,
        slices,
      },
      single: { afterEarlyHistory: early, afterFullHistory: late, p99Ratio: ratio },
    };
    const dir = path.join(REPO_ROOT, 'bench', 'results');
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, `${result.at.replace(/[:.]/g, '-')}-ulb-e${done}.json`);
    await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
    agent.destroy();
    if (options.json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else {
      const lines = [
        `ULB replay: ${done.toLocaleString('en-US')} events in ${Math.round(replaySeconds)} s, batches of ${batchSize}, ${laneCount} lane${laneCount > 1 ? 's' : ''}, ${chargebacks} chargebacks`,
        'per slice (events replayed at the slice end): batch events/s, CPU ms per event in the server and in the whole machine',
        ...slices.map(
          (s) =>
            `  ${String(s.events).padStart(9)}  ${String(s.eventsPerSecond).padStart(6)}  ${String(s.serverCpuMsPerEvent).padStart(5)}  ${String(s.machineCpuMsPerEvent).padStart(5)}`,
        ),
        `start ${result.replay.startEventsPerSecond} events/s, end ${result.replay.endEventsPerSecond} events/s`,
        `single score after ${Math.min(EARLY_HISTORY, done)}: p50 ${early?.p50Ms} ms p99 ${early?.p99Ms} ms`,
        `single score after ${done}: p50 ${late.p50Ms} ms p99 ${late.p99Ms} ms`,
        `p99 ratio (end / ${Math.min(EARLY_HISTORY, done)}): ${ratio}`,
        `written to ${path.relative(process.cwd(), file)}`,
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    }
  } finally {
    await server?.stop();
    await stats.end().catch(() => undefined);
    await analyzer.end().catch(() => undefined);
    await scratch.drop();
  }
}
