import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { inject } from 'vitest';
import { runCli } from '../src/cli/run.js';

/** Shared by the `warden replay` / `evaluate` test files: the CLI, SQL and generated data files. */

export const databaseUrl = inject('databaseUrl');
const env = { DATABASE_URL: databaseUrl, JWT_SECRET: 'x'.repeat(40), LOG_LEVEL: 'silent' };
export const DAY = 86_400_000;

export async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    env,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

export async function sql<T>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

let dir: string | null = null;

/** Writes `text` to a temporary file (gzipped when the name ends in .gz); one folder per test file. */

export async function gz(name: string, text: string): Promise<string> {
  dir ??= await mkdtemp(path.join(tmpdir(), 'warden-replay-'));
  const file = path.join(dir, name);
  await writeFile(file, name.endsWith('.gz') ? gzipSync(text) : text);
  return file;
}

export const ULB_HEADER =
  'TRANSACTION_ID,TX_DATETIME,CUSTOMER_ID,TERMINAL_ID,TX_AMOUNT,TX_TIME_SECONDS,TX_TIME_DAYS,TX_FRAUD,TX_FRAUD_SCENARIO';

export interface UlbFixtureRow {
  id: number;
  at: number;
  card: string;
  terminal: string;
  amount: number;
  fraud: boolean;
}

/**
 * Generated ULB rows over 20 days of 2018: 12 cards on 30 terminals; one terminal is compromised
 * from day 6 (every payment on it is fraud), and amounts above 220 are fraud.
 */
export function ulbRows(count = 300): UlbFixtureRow[] {
  const start = Date.parse('2018-04-01T00:00:00Z');
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const rows: UlbFixtureRow[] = [];
  for (let i = 0; i < count; i++) {
    const at = start + Math.floor((i * 20 * DAY) / count) + Math.floor(random() * 1000) * 1000;
    const card = String(Math.floor(random() * 12));
    const terminal = String(Math.floor(random() * 30));
    const big = random() < 0.05;
    const amount = big ? 250 + Math.round(random() * 500) : Math.round(random() * 10000) / 100;
    const day = Math.floor((at - start) / DAY);
    rows.push({
      id: i,
      at,
      card,
      terminal,
      amount,
      fraud: amount > 220 || (terminal === '3' && day >= 6),
    });
  }
  return rows;
}

export function ulbCsv(rows: UlbFixtureRow[]): string {
  const start = Date.parse('2018-04-01T00:00:00Z');
  return [
    ULB_HEADER,
    ...rows.map((r) =>
      [
        r.id,
        new Date(r.at).toISOString().slice(0, 19).replace('T', ' '),
        r.card,
        r.terminal,
        r.amount.toFixed(2),
        Math.floor((r.at - start) / 1000),
        Math.floor((r.at - start) / DAY),
        r.fraud ? 1 : 0,
        r.fraud ? 1 : 0,
      ].join(','),
    ),
    '',
  ].join('\n');
}

export async function tenantId(slug: string): Promise<string> {
  const [row] = await sql<{ id: string }>('select id from tenant where slug = $1', [slug]);
  return row!.id;
}

/** Removes this file's temporary folder. */
export async function removeFiles(): Promise<void> {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = null;
}
