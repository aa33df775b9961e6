import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The scoring hot path's SQL runner: a transaction in two round-trips.
 *
 * Each round-trip is one simple-protocol message holding several statements (`BEGIN; lock;
 * read` then `write; COMMIT`), so a score costs two network writes instead of one per
 * statement. Statements are SQL-level prepared statements (`PREPARE` once per connection, then
 * `EXECUTE`), planned once per connection; their values travel as quoted literals, escaped here
 * (never interpolated raw). In READ COMMITTED every statement of the message takes its own
 * snapshot, so a read placed after a lock sees everything committed before the lock was granted.
 */

/** A statement written with `$name` placeholders. */
export class Statement {
  readonly name: string;
  readonly params: readonly string[];
  readonly prepare: string;

  constructor(name: string, sql: string) {
    if (!/^warden_[a-z0-9_]+$/.test(name)) throw new Error(`bad statement name ${name}`);
    const params: string[] = [];
    const text = sql.replace(/\$([a-zA-Z_]\w*)/g, (_m, param: string) => {
      let at = params.indexOf(param);
      if (at < 0) at = params.push(param) - 1;
      return `$${at + 1}`;
    });
    this.name = name;
    this.params = params;
    this.prepare = `prepare ${name} as ${text}`;
  }

  /** The `EXECUTE` of this statement with `values` as literals. */
  execute(values: Record<string, unknown>): string {
    const args = this.params.map((p) => {
      if (!(p in values)) throw new Error(`no value for $${p} in ${this.name}`);
      return literal(values[p]);
    });
    return `execute ${this.name}(${args.join(', ')})`;
  }
}

/** A value as a SQL literal of unknown type, which PostgreSQL coerces to the parameter's type. */
export function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  let text: string;
  if (value instanceof Date) text = value.toISOString();
  else if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('non-finite number in SQL literal');
    text = String(value);
  } else if (typeof value === 'boolean') text = value ? 'true' : 'false';
  else if (typeof value === 'string') text = value;
  else throw new Error(`unsupported SQL literal of type ${typeof value}`);
  if (text.includes('\u0000')) throw new Error('NUL character in SQL literal');
  const quoted = text.replaceAll("'", "''");
  return text.includes('\\') ? `E'${quoted.replaceAll('\\', '\\\\')}'` : `'${quoted}'`;
}

interface PgResult {
  command: string;
  rows: Record<string, unknown>[];
}

interface PgClient {
  query(text: string): Promise<PgResult | PgResult[]>;
}

interface KnexClient {
  acquireConnection(): Promise<PgClient>;
  releaseConnection(connection: PgClient): Promise<unknown>;
}

/** Statements this process has prepared, per pooled connection. */
const preparedOn = new WeakMap<PgClient, Set<string>>();

/** Statements sent by pipelines, BEGIN and COMMIT included (the benchmark counts them). */
export const pipelineStatistics = { statements: 0 };

/** One open transaction on a pooled connection; see the module comment. */
export class PipelinedTransaction {
  private open = false;

  private constructor(private readonly client: PgClient) {}

  /**
   * Runs `work` inside a transaction on a connection of `em`'s pool. The first `send` starts the
   * transaction; `commit` ends it. Any error rolls back.
   */
  static async run<T>(
    em: EntityManager,
    work: (trx: PipelinedTransaction) => Promise<T>,
  ): Promise<T> {
    const knex = em.getConnection().getKnex() as unknown as { client: KnexClient };
    const client = await knex.client.acquireConnection();
    const trx = new PipelinedTransaction(client);
    try {
      const result = await work(trx);
      if (trx.open) throw new Error('pipelined transaction left open');
      return result;
    } catch (error) {
      await trx.recover();
      throw error;
    } finally {
      await knex.client.releaseConnection(client);
    }
  }

  /**
   * Sends statements in one round-trip and returns the rows of each `Statement` (raw SQL parts
   * such as the lock are given as strings and return nothing). `begin` opens the transaction
   * first; `commit` ends it after them.
   */
  async send(
    parts: readonly (string | { statement: Statement; values: Record<string, unknown> })[],
    options: { begin?: boolean; commit?: boolean } = {},
  ): Promise<Record<string, unknown>[][]> {
    const prepared = preparedOn.get(this.client) ?? new Set<string>();
    preparedOn.set(this.client, prepared);
    const texts: string[] = [];
    const wanted: number[] = [];
    const preparing = new Set<string>();
    for (const part of parts) {
      if (typeof part === 'string') continue;
      const { name, prepare } = part.statement;
      if (prepared.has(name) || preparing.has(name)) continue;
      preparing.add(name);
      texts.push(prepare);
    }
    if (options.begin) texts.push('begin');
    for (const part of parts) {
      if (typeof part !== 'string') wanted.push(texts.length);
      texts.push(typeof part === 'string' ? part : part.statement.execute(part.values));
    }
    if (options.commit) texts.push('commit');
    pipelineStatistics.statements += texts.length - preparing.size;
    if (options.begin) this.open = true;
    const raw = await this.client.query(texts.join(';\n'));
    for (const name of preparing) prepared.add(name);
    if (options.commit) this.open = false;
    const results = Array.isArray(raw) ? raw : [raw];
    return wanted.map((i) => results[i]?.rows ?? []);
  }

  /** After an error: end the transaction and re-learn which statements the connection holds. */
  private async recover(): Promise<void> {
    this.open = false;
    const prepared = new Set<string>();
    preparedOn.set(this.client, prepared);
    try {
      await this.client.query('rollback');
      const result = (await this.client.query(
        "select name from pg_prepared_statements where name like 'warden\\_%'",
      )) as PgResult;
      for (const row of result.rows) prepared.add(String(row.name));
    } catch {
      // The connection is broken; the pool's validation drops it.
    }
  }
}
