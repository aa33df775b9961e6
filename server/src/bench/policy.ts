import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, loadConfig } from '../config.js';
import { migrate, openOrm, type Orm } from '../db/orm.js';
import { TENANT_FILTER } from '../db/tenant-filter.js';
import { createLogger } from '../logger.js';
import { SYSTEM_ACTOR } from '../modules/audit/audit.service.js';
import { BacktestService } from '../modules/policy/backtest.service.js';
import { checkCustomRule } from '../modules/policy/custom-rule.validation.js';
import { withCustomRule, withThresholds } from '../modules/policy/policy-document.js';
import { PolicyVersionService } from '../modules/policy/policy-version.service.js';
import { TenantEntity } from '../modules/tenants/tenant.entity.js';
import { cpuPer, cpuSnapshot } from './cpu.js';
import { rng, syntheticEvent } from './history.js';
import { closedLoop } from './load.js';
import { describe, round } from './report.js';
import { scratchDatabase } from './scratch-database.js';
import { seedBenchTenant } from './seed.js';
import { startBenchServer } from './spawn.js';

export const POLICY_USAGE = `Policy costs: npm run bench -- --custom-rules N | --backtest N [options]

  --custom-rules N   server CPU per scoreTransaction with N ACTIVE custom rules against none:
                     phases without, with, and without again (closed loop, --connections)
  --backtest N       backtestPolicy over N stored events (a seeded history, then copies of its
                     rows with their snapshots), with a draft of new thresholds and 50 custom rules
  --history N        events seeded through the pipeline first (default 10000)
  --duration S       seconds per phase (default 10)
  --connections C    closed-loop clients (default 8)`;

/** Custom rules over every variable family, as a fraud team would write them. */
export function benchRules(n: number) {
  const shapes = [
    (i: number) => `amount > ${5000 + i * 10} && customer.count < ${3 + (i % 7)}`,
    (i: number) => `velocity.user.count1h > ${3 + (i % 4)} && type == 'P2P_TRANSFER'`,
    (i: number) => `(time.hour >= 23 || time.hour <= 5) && amountBase > ${2000 + i}`,
    (i: number) => `recipient.timesSent == 0 && amount > ${1000 + i * 50} && !device.known`,
    (i: number) => `rules.HIGH_AMOUNT && customer.trustScore < ${20 + i}`,
  ];
  return Array.from({ length: n }, (_, i) =>
    checkCustomRule({
      code: `BENCH_RULE_${i + 1}`,
      name: `Bench rule ${i + 1}`,
      condition: shapes[i % shapes.length]!(i),
      weight: 5 + (i % 20),
    }),
  );
}

/** Publishes a version to LIVE: `rules` custom rules and, with `review`, that review band. */
async function publish(orm: Orm, rules: number, review?: number): Promise<string> {
  const tenant = await orm.em.fork().findOneOrFail(TenantEntity, { slug: 'bench' });
  const em = orm.em.fork();
  em.setFilterParams(TENANT_FILTER, { tenantId: tenant.id });
  const versions = new PolicyVersionService(em, tenant.id);
  const draft = await versions.createDraft(SYSTEM_ACTOR, { note: `bench: ${rules} custom rules` });
  for (const rule of benchRules(rules))
    await versions.editDraft(draft.version.id, SYSTEM_ACTOR, 'custom.upsert', (doc) =>
      withCustomRule(doc, rule),
    );
  if (review !== undefined)
    await versions.editDraft(draft.version.id, SYSTEM_ACTOR, 'thresholds.update', (doc) =>
      withThresholds(doc, 'TRANSACTION', { review, challenge: null, block: 85 }),
    );
  await versions.publish(draft.version.id, 'LIVE', null, SYSTEM_ACTOR);
  return draft.version.id;
}

interface PolicyOptions {
  'custom-rules'?: string;
  backtest?: string;
  history?: string;
  duration?: string;
  connections?: string;
  json?: boolean;
}

export async function runPolicyBench(options: PolicyOptions): Promise<void> {
  const history = Number(options.history ?? 10_000);
  const duration = Number(options.duration ?? 10);
  const connections = Number(options.connections ?? 8);
  const log = (text: string) => {
    if (!options.json) process.stderr.write(`${text}\n`);
  };
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const scratch = await scratchDatabase(config, createLogger('silent'), 'warden_bench_policy');
  const orm = await openOrm({ url: scratch.url, poolMax: 4 });
  let server: Awaited<ReturnType<typeof startBenchServer>> | undefined;
  try {
    await migrate(orm);
    const { secret, shape } = await seedBenchTenant(orm, history, log);
    await orm.em.getConnection().execute('vacuum analyze');
    let result: Record<string, unknown>;
    if (options['custom-rules'] !== undefined) {
      const n = Number(options['custom-rules']);
      if (!Number.isInteger(n) || n < 1 || n > 200)
        throw new Error('--custom-rules takes 1..200 rules');
      server = await startBenchServer({ databaseUrl: scratch.url, pool: connections + 4 });
      const live = rng(7);
      const target = {
        url: server.urls.warden,
        headers: { 'x-api-key': secret },
        body: () =>
          JSON.stringify({
            query:
              'mutation($input: TransactionInput!) { scoreTransaction(input: $input) { decision } }',
            variables: { input: syntheticEvent(live, shape, null) },
          }),
      };
      const phase = async (label: string) => {
        log(`${label}: closed loop, ${connections} connections, ${duration} s…`);
        const before = await cpuSnapshot(server?.pid);
        const sample = await closedLoop(target, connections, duration);
        if (sample.errors) throw new Error(`scores failed: ${sample.firstError}`);
        const cpu = cpuPer(before, await cpuSnapshot(server?.pid), sample.latencies.length);
        return { ...describe(sample), serverCpuMsPerScore: cpu.serverMs };
      };
      // Versions without (v1) and with (v2) the rules, LIVE switched between them by rollback:
      // three rounds of both phases, so that drift on a shared machine hits both alike.
      await publish(orm, 0);
      const withId = await publish(orm, n);
      const em = orm.em.fork();
      const tenant = await em.findOneOrFail(TenantEntity, { slug: 'bench' });
      em.setFilterParams(TENANT_FILTER, { tenantId: tenant.id });
      const versions = new PolicyVersionService(em, tenant.id);
      const withNumber = (await versions.get(withId)).version.number;
      await closedLoop(target, connections, 2);
      const rounds: { without: number; with: number }[] = [];
      for (let round = 1; round <= 3; round++) {
        await versions.rollback('LIVE', withNumber - 1, SYSTEM_ACTOR);
        const without = await phase(`round ${round}, without custom rules`);
        await versions.rollback('LIVE', withNumber, SYSTEM_ACTOR);
        const withRules = await phase(`round ${round}, with ${n} custom rules`);
        rounds.push({ without: without.serverCpuMsPerScore, with: withRules.serverCpuMsPerScore });
      }
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      const without = mean(rounds.map((r) => r.without));
      const withRules = mean(rounds.map((r) => r.with));
      result = {
        customRules: n,
        rounds,
        serverCpuMsPerScore: { without: round(without), with: round(withRules) },
        cpuRatio: round(withRules / without),
      };
      log(
        `server CPU per score over 3 rounds: ${round(without)} ms without, ${round(withRules)} ms with ${n} custom rules: ×${result.cpuRatio as number}`,
      );
    } else {
      const n = Number(options.backtest);
      if (!Number.isInteger(n) || n < 1) throw new Error('--backtest takes a number of events');
      result = await benchBacktest(orm, n, log);
    }
    const out = {
      at: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown' },
      settings: { history, duration, connections },
      ...result,
    };
    const dir = path.join(REPO_ROOT, 'bench', 'results');
    await mkdir(dir, { recursive: true });
    const kind = options.backtest !== undefined ? 'backtest' : 'custom-rules';
    const file = path.join(dir, `${out.at.replace(/[:.]/g, '-')}-${kind}.json`);
    await writeFile(file, `${JSON.stringify(out, null, 2)}\n`);
    process.stdout.write(options.json ? `${JSON.stringify(out)}\n` : `written to ${file}\n`);
  } finally {
    await server?.stop();
    await orm.close(true);
    await scratch.drop();
  }
}

/** Fills the store up to `n` events by copying the seeded rows, then backtests all of them. */
async function benchBacktest(orm: Orm, n: number, log: (text: string) => void) {
  const conn = orm.em.getConnection();
  const [counted] = await conn.execute<{ seeded: number }[]>(
    'select count(*)::int as seeded from scored_event',
  );
  const seeded = counted?.seeded ?? 0;
  if (seeded === 0) throw new Error('--backtest needs a seeded history (--history ≥ 1)');
  for (let copy = 1; seeded * copy < n; copy++) {
    const rows = Math.min(seeded, n - seeded * copy);
    log(
      `copying stored events: ${(seeded * copy).toLocaleString('en-US')} → ${(seeded * copy + rows).toLocaleString('en-US')}`,
    );
    await conn.execute(
      `insert into scored_event (id, tenant_id, mode, kind, user_id, payload_hash, occurred_at, input,
         risk_score, risk_level, decision, result, processing_time_ms, fraud_confirmed, created_at,
         features, policy_version, snapshot)
       select gen_random_uuid(), tenant_id, mode, kind, user_id, payload_hash, occurred_at, '{}'::jsonb,
         risk_score, risk_level, decision, '{}'::jsonb, processing_time_ms, (random() < 0.01), created_at,
         features, policy_version, snapshot
         from scored_event where snapshot is not null
         limit ${rows}`,
    );
  }
  await conn.execute('vacuum analyze scored_event');
  const tenant = await orm.em.fork().findOneOrFail(TenantEntity, { slug: 'bench' });
  const draftId = await publishDraftOnly(orm, tenant.id);
  const em = orm.em.fork();
  em.setFilterParams(TENANT_FILTER, { tenantId: tenant.id });
  log(`backtest over ${n.toLocaleString('en-US')} events…`);
  const heapBefore = process.memoryUsage().heapUsed;
  const run = await new BacktestService(em, tenant.id).run(
    draftId,
    'LIVE',
    new Date(0),
    new Date(Date.now() + 86_400_000),
  );
  const heapAfter = process.memoryUsage().heapUsed;
  const eventsPerSecond = Math.round((run.events + run.skipped) / run.seconds);
  log(
    `backtest: ${run.events.toLocaleString('en-US')} events in ${run.seconds} s, ${eventsPerSecond}/s, ${run.changed} changed`,
  );
  return {
    backtest: {
      events: run.events,
      skipped: run.skipped,
      changed: run.changed,
      seconds: run.seconds,
      eventsPerSecond,
      heapMiB: { before: Math.round(heapBefore / 2 ** 20), after: Math.round(heapAfter / 2 ** 20) },
    },
  };
}

/** A draft (not published) with a lower review band and 50 custom rules. */
async function publishDraftOnly(orm: Orm, tenantId: string): Promise<string> {
  const em = orm.em.fork();
  em.setFilterParams(TENANT_FILTER, { tenantId });
  const versions = new PolicyVersionService(em, tenantId);
  const draft = await versions.createDraft(SYSTEM_ACTOR, { note: 'bench: backtest' });
  for (const rule of benchRules(50))
    await versions.editDraft(draft.version.id, SYSTEM_ACTOR, 'custom.upsert', (doc) =>
      withCustomRule(doc, rule),
    );
  await versions.editDraft(draft.version.id, SYSTEM_ACTOR, 'thresholds.update', (doc) =>
    withThresholds(doc, 'TRANSACTION', { review: 40, challenge: null, block: 85 }),
  );
  return draft.version.id;
}
