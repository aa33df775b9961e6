import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { openOrm } from '../db/orm.js';
import { TENANT_FILTER } from '../db/tenant-filter.js';
import { isMode, type Mode } from '../domain/modes.js';
import { ApiKeyService } from '../modules/api-keys/api-key.service.js';
import { SYSTEM_ACTOR } from '../modules/audit/audit.service.js';
import { TokenSigner } from '../modules/auth/jwt.js';
import { ModelVersionEntity } from '../modules/models/model-version.entity.js';
import { TenantService } from '../modules/tenants/tenant.service.js';
import { UserService } from '../modules/users/user.service.js';
import { openLoop, type Sample } from './load.js';
import { describe, round } from './report.js';
import { BENCH_JWT_SECRET } from './seed.js';
import { startBenchServer } from './spawn.js';

const USAGE = `What a learned model costs: npm run bench:model -- --tenant <slug> [options]

On a database that holds a tenant's scored, labelled history (for instance after
\`warden replay --format ulb … --tenant ulb\`), measures single-score latency (open loop)
without a model, while a model trains on the history (training runs in the server's worker
thread) and with the trained model ACTIVE; and how long training takes. It retires the tenant's
live model versions of the mode first. Uses DATABASE_URL.
  --tenant SLUG      the tenant (required)
  --mode M           test (default) or live
  --from ISO         training window start (default: the first event)
  --to ISO           training window end, exclusive (default: after the last event)
  --algorithm A      GRADIENT_BOOSTING (default) or LOGISTIC_REGRESSION
  --rate R           single scores per second (default 50)
  --duration S       seconds per latency phase (default 20)
  --json             print the result object only`;

const SCORE =
  'mutation($input: TransactionInput!) { scoreTransaction(input: $input) { riskScore allChecks { code status } } }';
const TRAIN =
  'mutation($from: DateTime, $to: DateTime, $algorithm: ModelAlgorithm, $mode: Mode) { trainModel(from: $from, to: $to, algorithm: $algorithm, mode: $mode) { id } }';
const VERSION =
  'query($id: UUID!, $mode: Mode) { modelVersion(id: $id, mode: $mode) { status progress events frauds error validation { auc averagePrecision precisionAt100 } } }';
const ACTIVATE =
  'mutation($id: UUID!, $mode: Mode!) { activateModel(id: $id, mode: $mode) { status } }';

async function gql<T>(url: string, auth: string, query: string, variables: object): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${auth}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors[0]!.message);
  return body.data!;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      tenant: { type: 'string' },
      mode: { type: 'string', default: 'test' },
      from: { type: 'string' },
      to: { type: 'string' },
      algorithm: { type: 'string', default: 'GRADIENT_BOOSTING' },
      rate: { type: 'string', default: '50' },
      duration: { type: 'string', default: '20' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const mode = values.mode!.toUpperCase();
  if (values.help || !values.tenant || !isMode(mode)) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(values.help ? 0 : 2);
  }
  const rate = Number(values.rate);
  const duration = Number(values.duration);
  const log = (text: string) => {
    if (!values.json) process.stderr.write(`${text}\n`);
  };
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  if (!config.databaseUrl) throw new Error('DATABASE_URL is required');
  const orm = await openOrm({ url: config.databaseUrl, poolMax: 2 });
  const tenant = await new TenantService(orm.em.fork()).getBySlug(values.tenant);
  const em = orm.em.fork();
  em.setFilterParams(TENANT_FILTER, { tenantId: tenant.id });
  const { secret } = await new ApiKeyService(em, tenant.id).create(
    { name: `bench-model-${Date.now()}`, mode: mode as Mode },
    SYSTEM_ACTOR,
  );
  const admin = await new UserService(em, tenant.id).create(
    { email: `bench-${randomUUID()}@bench.test`, password: randomUUID(), role: 'TENANT_ADMIN' },
    SYSTEM_ACTOR,
  );
  const token = (
    await new TokenSigner(BENCH_JWT_SECRET, 3600).sign({
      userId: admin.id,
      tenantId: tenant.id,
      role: 'TENANT_ADMIN',
    })
  ).token;
  await em.nativeUpdate(
    ModelVersionEntity,
    { tenantId: tenant.id, mode: mode as Mode, status: { $in: ['ACTIVE', 'SHADOW'] } },
    { status: 'RETIRED' },
  );
  const connection = em.getConnection();
  const [span] = await connection.execute<{ first: Date; last: Date; n: string }[]>(
    `select min(occurred_at) as first, max(occurred_at) as last, count(*) as n from scored_event
      where tenant_id = ? and mode = ? and kind = 'TRANSACTION' and features is not null`,
    [tenant.id, mode],
  );
  const people = await connection.execute<{ user_id: string; recipient_key: string }[]>(
    `select user_id, recipient_key from scored_event
      where tenant_id = ? and mode = ? and kind = 'TRANSACTION' and recipient_key is not null
      order by occurred_at desc limit 2000`,
    [tenant.id, mode],
  );
  await orm.close(true);
  if (!span?.last || people.length === 0) throw new Error('the tenant has no scored history');
  const last = new Date(span.last).getTime();
  const from = values.from ?? new Date(span.first).toISOString();
  const to = values.to ?? new Date(last + 1).toISOString();

  const server = await startBenchServer({ databaseUrl: config.databaseUrl, pool: 20 });
  const url = server.urls.warden;
  let n = 0;
  const body = () => {
    const who = people[(n * 7919) % people.length]!;
    n += 1;
    return JSON.stringify({
      query: SCORE,
      variables: {
        input: {
          userId: who.user_id,
          amount: Math.round((5 + ((n * 37) % 150)) * 100) / 100,
          currency: 'EUR',
          type: 'CARD_PAYMENT',
          occurredAt: new Date(last + n * 1000).toISOString(),
          recipient: { type: 'MERCHANT', value: who.recipient_key.replace(/^MERCHANT:/, '') },
        },
      },
    });
  };
  const target = { url, headers: { 'x-api-key': secret }, body };
  try {
    log('warming up…');
    await openLoop(target, rate, 3);
    log(`scoring without a model: open loop at ${rate}/s, ${duration} s…`);
    const without = await openLoop(target, rate, duration);

    log(`training ${values.algorithm} on ${span.n} transactions from ${from} to ${to}…`);
    const started = performance.now();
    const { trainModel } = await gql<{ trainModel: { id: string } }>(url, token, TRAIN, {
      from,
      to,
      algorithm: values.algorithm,
      mode,
    });
    const during: Sample = { latencies: [], errors: 0, seconds: 0 };
    let version: {
      status: string;
      events: number;
      frauds: number;
      error: string | null;
      validation: unknown;
    };
    for (;;) {
      const slice = await openLoop(target, rate, 5);
      during.latencies.push(...slice.latencies);
      during.errors += slice.errors;
      during.seconds += slice.seconds;
      ({ modelVersion: version } = await gql<{ modelVersion: typeof version }>(
        url,
        token,
        VERSION,
        { id: trainModel.id, mode },
      ));
      log(`  ${version.status}…`);
      if (version.status !== 'TRAINING') break;
    }
    const trainingSeconds = (performance.now() - started) / 1000;
    if (version.status !== 'READY') throw new Error(`training ${version.status}: ${version.error}`);
    await gql(url, token, ACTIVATE, { id: trainModel.id, mode });
    log(`scoring with the model ACTIVE: open loop at ${rate}/s, ${duration} s…`);
    const withModel = await openLoop(target, rate, duration);

    const result = {
      at: new Date().toISOString(),
      tenant: values.tenant,
      algorithm: values.algorithm,
      training: {
        seconds: round(trainingSeconds),
        events: version.events,
        frauds: version.frauds,
        validation: version.validation,
      },
      withoutModel: describe(without),
      duringTraining: describe(during),
      withModel: describe(withModel),
      p99CostMs: round(describe(withModel).p99Ms - describe(without).p99Ms),
    };
    process.stdout.write(
      values.json ? `${JSON.stringify(result)}\n` : `${JSON.stringify(result, null, 2)}\n`,
    );
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:model failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
