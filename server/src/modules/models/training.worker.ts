import { parentPort, workerData } from 'node:worker_threads';
import pg from 'pg';
import type { Sql } from '../../db/executor.js';
import { EVIDENCE_WEIGHT_VALUES } from '../../domain/fraud-evidence.js';
import { FEATURE_NAMES } from '../../engine/features.js';
import type { Algorithm } from '../../engine/model/model.js';
import { DECIDING_EVIDENCE } from '../feedback/feedback.store.js';
import { TRAINING_COUNT, TRAINING_PAGE } from '../scoring/scored-event.store.js';
import { TrainingError, alignFeatures, trainAndValidate, type CollectedRows } from './training.js';

/**
 * A training run in a worker thread, so that reading a million rows and fitting the model never
 * stall scoring on the main thread. It reads with a connection of its own and posts
 * `{ type: 'progress', value }` messages, then `{ type: 'done', outcome }` or
 * `{ type: 'failed', message }`.
 */
export interface TrainingJob {
  databaseUrl: string;
  tenantId: string;
  mode: string;
  /** ISO times: transactions that occurred in [from, to). */
  from: string;
  to: string;
  algorithm: Algorithm;
}

export type TrainingMessage =
  | { type: 'progress'; value: number }
  | { type: 'done'; outcome: ReturnType<typeof trainAndValidate> }
  | { type: 'failed'; message: string; detail?: string };

const PAGE = 20_000;
/** The most rows one run reads: about 1.2 GB of features in memory. */
export const MAX_ROWS = 5_000_000;

/** Reading is the first 40 % of the progress bar, training the rest. */
const READ_SHARE = 0.4;

const post = (message: TrainingMessage) => parentPort?.postMessage(message);

async function run(client: pg.Client, sql: Sql, values: Record<string, unknown>) {
  return (await client.query({ text: sql.text, values: sql.values(values) })).rows;
}

async function collect(client: pg.Client, job: TrainingJob): Promise<CollectedRows> {
  const scope = { tenant: job.tenantId, mode: job.mode };
  const evidence = new Map<string, number>();
  const window = { ...scope, from: job.from, to: job.to };
  for (const row of await run(client, DECIDING_EVIDENCE, { ...window, ...EVIDENCE_WEIGHT_VALUES }))
    evidence.set(row.event_id as string, Number(row.weight));
  const [countRow] = await run(client, TRAINING_COUNT, window);
  const total = Number(countRow?.n ?? 0);
  if (total > MAX_ROWS)
    throw new TrainingError(
      `the window holds ${total.toLocaleString('en-US')} transactions, at most ${MAX_ROWS.toLocaleString('en-US')} train in one run: shorten it`,
    );
  const dims = FEATURE_NAMES.length;
  const x = new Float64Array(total * dims);
  const y = new Uint8Array(total);
  const w = new Float64Array(total);
  const cards: string[] = [];
  const days: string[] = [];
  let n = 0;
  let after = { at: '-infinity', id: '00000000-0000-0000-0000-000000000000' };
  for (;;) {
    const rows = await run(client, TRAINING_PAGE, {
      ...window,
      after_at: after.at,
      after_id: after.id,
      page: PAGE,
    });
    // Rows scored while the window is read are past `total`: the count fixed the set.
    for (const row of rows) {
      if (n >= total) break;
      alignFeatures(row.features as number[], x, n * dims);
      y[n] = row.fraud ? 1 : 0;
      w[n] = evidence.get(row.id as string) ?? 1;
      cards.push(row.user_id as string);
      days.push((row.occurred_at as Date).toISOString().slice(0, 10));
      n += 1;
    }
    post({ type: 'progress', value: READ_SHARE * (total ? n / total : 1) });
    if (rows.length < PAGE || n >= total) break;
    const last = rows[rows.length - 1]!;
    // The database's own text of the time: microseconds survive the round-trip.
    after = { at: last.cursor as string, id: last.id as string };
  }
  return {
    set: {
      rows: n,
      dims,
      names: FEATURE_NAMES,
      x: x.subarray(0, n * dims),
      y: y.subarray(0, n),
      w: w.subarray(0, n),
    },
    cards,
    days,
  };
}

async function main(job: TrainingJob): Promise<void> {
  const client = new pg.Client({ connectionString: job.databaseUrl });
  await client.connect();
  let rows: CollectedRows;
  try {
    rows = await collect(client, job);
  } finally {
    await client.end();
  }
  if (rows.set.rows === 0) throw new TrainingError('no scored transaction in the window');
  const outcome = trainAndValidate(rows, job.algorithm, (f) =>
    post({ type: 'progress', value: READ_SHARE + (1 - READ_SHARE) * f }),
  );
  post({ type: 'done', outcome });
}

if (parentPort) {
  main(workerData as TrainingJob).catch((error: unknown) =>
    post(
      error instanceof TrainingError
        ? { type: 'failed', message: error.message }
        : {
            type: 'failed',
            message: 'training failed; the server log has the details',
            detail: error instanceof Error ? (error.stack ?? error.message) : String(error),
          },
    ),
  );
}
