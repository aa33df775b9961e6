import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The one way the server runs SQL of its own (MikroORM keeps persisting entities).
 *
 * Statements are written with `$name` placeholders and sent with real bind parameters over the
 * extended protocol: values never become part of the SQL text, so nothing is escaped by hand.
 * A statement declared once (`new Sql(...)` at module level) is a protocol-level named prepared
 * statement, parsed once per connection under a name derived from its text; PostgreSQL plans it
 * as `plan_cache_mode` says (see PG_PLAN_CACHE_MODE). There is no SQL-level PREPARE, so a pooler
 * in transaction mode that tracks protocol-level statements can sit in between.
 *
 * Connections are MikroORM's own (one pool for the process) and run node-postgres in pipeline
 * mode: the statements of one `send` leave in one network write and their answers come back
 * together, so a transaction of BEGIN, locks, reads, writes and COMMIT costs two round-trips.
 */

/**
 * Every statement declared so far, by name: the schema test has PostgreSQL parse each one against
 * the migrated schema. Keyed by name, so the same text declared twice is kept once.
 */
export const declaredStatements = new Map<string, Sql>();

/** A statement with `$name` placeholders; declare it once, at module level. */
export class Sql {
  /** The text with positional placeholders (`$1`, `$2` …). */
  readonly text: string;
  /** Placeholder names in positional order. */
  readonly params: readonly string[];
  /** The protocol-level statement name (same text, same name); empty for a `once` statement. */
  readonly name: string;

  /**
   * `once`: a statement whose text is built at run time (DDL naming a partition, say): it is
   * sent unnamed, so connections do not collect one prepared statement per text.
   */
  constructor(source: string, options: { once?: boolean } = {}) {
    const params: string[] = [];
    this.text = source.replace(/\$([a-zA-Z_]\w*)/g, (_m, param: string) => {
      let at = params.indexOf(param);
      if (at < 0) at = params.push(param) - 1;
      return `$${at + 1}`;
    });
    this.params = params;
    this.name = options.once
      ? ''
      : `w_${createHash('sha1').update(this.text).digest('hex').slice(0, 20)}`;
    if (this.name) declaredStatements.set(this.name, this);
  }

  /** The bind values in positional order; a missing value is an error, `undefined` is NULL. */
  values(values: Readonly<Record<string, unknown>>): unknown[] {
    return this.params.map((p) => {
      if (!(p in values)) throw new Error(`no value for $${p}`);
      return bindable(values[p]);
    });
  }
}

/** A statement with its values, ready to send. */
export interface Bound {
  sql: Sql;
  values: Readonly<Record<string, unknown>>;
}

/** `sql` bound to `values`. */
export function bind(sql: Sql, values: Readonly<Record<string, unknown>> = {}): Bound {
  return { sql, values };
}

function bindable(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'number' && !Number.isFinite(value))
    throw new Error('non-finite number as a bind value');
  return value;
}

interface PgResult {
  rows: Record<string, unknown>[];
}

interface PgClient {
  query(config: { text: string; values: unknown[]; name?: string }): Promise<PgResult>;
  query(text: string): Promise<PgResult>;
}

interface KnexClient {
  acquireConnection(): Promise<PgClient>;
  releaseConnection(connection: PgClient): Promise<unknown>;
}

/** Statements sent, BEGIN and COMMIT included (the benchmark reports them per score). */
export const executorStatistics = { statements: 0, roundTrips: 0 };

function clientOf(em: EntityManager, ownTransaction: boolean): KnexClient {
  const trx = ownTransaction ? undefined : em.getTransactionContext();
  const knex = (trx ?? em.getConnection().getKnex()) as unknown as { client: KnexClient };
  return knex.client;
}

function run(client: PgClient, statement: Bound): Promise<PgResult> {
  return runBound(client, statement.sql, statement.sql.values(statement.values));
}

function runBound(client: PgClient, sql: Sql, values: unknown[]): Promise<PgResult> {
  const config = { text: sql.text, values };
  return client.query(sql.name ? { ...config, name: sql.name } : config);
}

/**
 * Runs one statement and returns its rows: inside `em`'s open transaction when there is one,
 * else on a connection of the pool.
 */
export async function query<T = Record<string, unknown>>(
  em: EntityManager,
  sql: Sql,
  values: Readonly<Record<string, unknown>> = {},
): Promise<T[]> {
  const knex = clientOf(em, false);
  const client = await knex.acquireConnection();
  try {
    executorStatistics.statements += 1;
    executorStatistics.roundTrips += 1;
    return (await run(client, bind(sql, values))).rows as T[];
  } finally {
    await knex.releaseConnection(client);
  }
}

/** One transaction on a pooled connection whose statements are sent in pipelined batches. */
export class Pipeline {
  private open = false;

  private constructor(private readonly client: PgClient) {}

  /**
   * Runs `work` in a transaction of its own on a pooled connection. The first `send` with
   * `begin` opens it and the one with `commit` ends it; an error anywhere rolls it back.
   */
  static async transaction<T>(em: EntityManager, work: (tx: Pipeline) => Promise<T>): Promise<T> {
    const knex = clientOf(em, true);
    const client = await knex.acquireConnection();
    const tx = new Pipeline(client);
    try {
      const result = await work(tx);
      if (tx.open) throw new Error('pipelined transaction left open');
      return result;
    } catch (error) {
      if (tx.open) await tx.rollback();
      throw error;
    } finally {
      await knex.releaseConnection(client);
    }
  }

  /**
   * Sends `statements` in one round-trip (after BEGIN when `begin`, followed by COMMIT when
   * `commit`) and returns each statement's rows. Every answer is awaited before an error is
   * thrown, so the connection is never left with answers in flight.
   */
  async send(
    statements: readonly Bound[],
    options: { begin?: boolean; commit?: boolean } = {},
  ): Promise<Record<string, unknown>[][]> {
    // Bind values are checked before anything is queued: a missing value must not leave
    // earlier statements of the batch on the wire.
    const configs = statements.map(({ sql, values }) => ({ sql, values: sql.values(values) }));
    const pending: Promise<PgResult>[] = [];
    if (options.begin) {
      this.open = true;
      pending.push(this.client.query('begin'));
    }
    const first = pending.length;
    for (const { sql, values } of configs) pending.push(runBound(this.client, sql, values));
    if (options.commit) pending.push(this.client.query('commit'));
    executorStatistics.statements += pending.length;
    executorStatistics.roundTrips += 1;
    const settled = await Promise.allSettled(pending);
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;
    // A COMMIT after a failure reports ROLLBACK without an error; the failure was thrown above.
    if (options.commit) this.open = false;
    return settled
      .slice(first, first + statements.length)
      .map((s) => (s as PromiseFulfilledResult<PgResult>).value.rows);
  }

  private async rollback(): Promise<void> {
    this.open = false;
    try {
      await this.client.query('rollback');
    } catch {
      // The connection is broken; the pool's validation drops it.
    }
  }
}
