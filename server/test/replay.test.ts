import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runCli } from '../src/cli/run.js';
import { averagePrecision, cardPrecisionAtK, rocAuc } from '../src/engine/ranking.js';
import { uniqueSlug } from './harness.js';

const databaseUrl = inject('databaseUrl');
const env = { DATABASE_URL: databaseUrl, JWT_SECRET: 'x'.repeat(40), LOG_LEVEL: 'silent' };
const DAY = 86_400_000;

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    env,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

async function sql<T>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'warden-replay-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function gz(name: string, text: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, name.endsWith('.gz') ? gzipSync(text) : text);
  return file;
}

const ULB_HEADER =
  'TRANSACTION_ID,TX_DATETIME,CUSTOMER_ID,TERMINAL_ID,TX_AMOUNT,TX_TIME_SECONDS,TX_TIME_DAYS,TX_FRAUD,TX_FRAUD_SCENARIO';

interface UlbFixtureRow {
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
function ulbRows(count = 300): UlbFixtureRow[] {
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

function ulbCsv(rows: UlbFixtureRow[]): string {
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

async function tenantId(slug: string): Promise<string> {
  const [row] = await sql<{ id: string }>('select id from tenant where slug = $1', [slug]);
  return row!.id;
}

describe('warden replay --format ulb and warden evaluate', () => {
  const rows = ulbRows();
  const frauds = rows.filter((r) => r.fraud).length;
  const slug = uniqueSlug('replay');
  let file: string;
  let first: Record<string, number>;

  beforeAll(async () => {
    file = await gz('ulb.csv.gz', ulbCsv(rows));
    const res = await cli(
      'replay',
      '--format',
      'ulb',
      '--tenant',
      slug,
      '--batch-size',
      '40',
      '--json',
      file,
    );
    // Only progress lines, if the replay took longer than their interval.
    expect(res.stderr).toMatch(/^(replay: .*\n)*$/);
    expect(res.code).toBe(0);
    first = JSON.parse(res.stdout);
  }, 120_000);

  it('scores every row once, in the tenant it creates, and reports each fraud', async () => {
    expect(first).toMatchObject({
      tenantCreated: true,
      mode: 'TEST',
      events: rows.length,
      transactions: rows.length,
      scored: rows.length,
      alreadyScored: 0,
      failed: 0,
      frauds,
      chargebacks: frauds,
      chargebacksFailed: 0,
    });
    expect(frauds).toBeGreaterThan(10);
    const id = await tenantId(slug);
    const stored = await sql<{ reference: string; n: number }>(
      `select reference, count(*)::int as n from scored_event
        where tenant_id = $1 and mode = 'TEST' group by reference`,
      [id],
    );
    expect(stored).toHaveLength(rows.length);
    expect(stored.every((s) => s.n === 1)).toBe(true);
    expect(new Set(stored.map((s) => s.reference))).toEqual(new Set(rows.map((r) => String(r.id))));
  });

  it('reports each chargeback 7 days after its payment, never before earlier payments are scored', async () => {
    const id = await tenantId(slug);
    const chargebacks = await sql<{
      reference: string;
      tx_at: Date;
      reported_at: Date;
      created_at: Date;
    }>(
      `select e.reference, e.occurred_at as tx_at, f.occurred_at as reported_at, f.created_at
         from feedback f join scored_event e on e.tenant_id = f.tenant_id and e.id = f.event_id
        where f.tenant_id = $1 and f.tenant_action = 'CHARGEBACK'`,
      [id],
    );
    expect(chargebacks).toHaveLength(frauds);
    for (const c of chargebacks)
      expect(new Date(c.reported_at).getTime() - new Date(c.tx_at).getTime()).toBe(7 * DAY);
    // No payment earlier than a chargeback's report time was scored after the chargeback came in.
    const [early] = await sql<{ n: number }>(
      `select count(*)::int as n from feedback f join scored_event e
          on e.tenant_id = f.tenant_id and e.mode = f.mode and e.occurred_at < f.occurred_at
       where f.tenant_id = $1 and e.created_at >= f.created_at`,
      [id],
    );
    expect(early!.n).toBe(0);
    // And the ones reported during the replay were there before later payments were scored.
    const [late] = await sql<{ n: number }>(
      `select count(*)::int as n from feedback f join scored_event e
          on e.tenant_id = f.tenant_id and e.mode = f.mode and e.occurred_at >= f.occurred_at
       where f.tenant_id = $1 and e.created_at > f.created_at`,
      [id],
    );
    expect(late!.n).toBeGreaterThan(0);
    const [confirmed] = await sql<{ n: number }>(
      `select count(*)::int as n from scored_event where tenant_id = $1 and fraud_confirmed`,
      [id],
    );
    expect(confirmed!.n).toBe(frauds);
  });

  it('is idempotent: a re-run scores nothing twice and reports no chargeback twice', async () => {
    const res = await cli('replay', '--format', 'ulb', '--tenant', slug, '--json', file);
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({
      tenantCreated: false,
      scored: 0,
      alreadyScored: rows.length,
      chargebacks: 0,
      chargebacksAlreadyReported: frauds,
      decisions: first.decisions,
    });
    const id = await tenantId(slug);
    const [counts] = await sql<{ events: number; feedback: number }>(
      `select (select count(*)::int from scored_event where tenant_id = $1) as events,
              (select count(*)::int from feedback where tenant_id = $1) as feedback`,
      [id],
    );
    expect(counts).toEqual({ events: rows.length, feedback: frauds });
  });

  it('--limit stops after N events; progress and errors stay off stdout', async () => {
    const other = uniqueSlug('replay');
    const res = await cli('replay', '--format', 'ulb', '--tenant', other, '--limit', '25', file);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/^Replayed 25 events of .*\n {2}transactions {5}25: 25 scored/);
  });

  it('evaluate prints AUC, AP and card precision equal to a direct computation on the rows', async () => {
    const id = await tenantId(slug);
    const from = '2018-04-05';
    const to = '2018-04-18';
    const res = await cli('evaluate', '--tenant', slug, '--from', from, '--to', to, '--json');
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout);

    const stored = await sql<{
      user_id: string;
      occurred_at: Date;
      risk_score: number;
      fraud_confirmed: boolean;
      decision: string;
    }>(
      `select user_id, occurred_at, risk_score, fraud_confirmed, decision from scored_event
        where tenant_id = $1 and mode = 'TEST' and occurred_at >= $2 and occurred_at < $3`,
      [id, `${from}T00:00:00Z`, `${to}T00:00:00Z`],
    );
    const inWindow = rows.filter(
      (r) => r.at >= Date.parse(`${from}T00:00:00Z`) && r.at < Date.parse(`${to}T00:00:00Z`),
    );
    expect(stored).toHaveLength(inWindow.length);
    const items = stored.map((r) => ({
      score: r.risk_score,
      fraud: r.fraud_confirmed,
      card: r.user_id,
      day: new Date(r.occurred_at).toISOString().slice(0, 10),
    }));
    const expectedFrauds = inWindow.filter((r) => r.fraud).length;
    expect(items.filter((i) => i.fraud)).toHaveLength(expectedFrauds);
    // Cards with a chargeback reported before the day, from the fixture itself.
    const reportedAt = new Map<string, number>();
    for (const r of rows)
      if (r.fraud && r.at + 7 * DAY < Date.parse(`${to}T00:00:00Z`))
        reportedAt.set(r.card, Math.min(reportedAt.get(r.card) ?? Infinity, r.at + 7 * DAY));
    const known = (card: string, day: string) =>
      (reportedAt.get(card) ?? Infinity) < Date.parse(`${day}T00:00:00Z`);
    const flagged = stored.filter((r) => r.decision === 'REVIEW' || r.decision === 'BLOCK');

    expect(out).toMatchObject({
      events: inWindow.length,
      frauds: expectedFrauds,
      days: 13,
      rankingScore: 'risk_score',
    });
    expect(out.rocAuc).toBeCloseTo(rocAuc(items), 10);
    expect(out.averagePrecision).toBeCloseTo(averagePrecision(items), 10);
    expect(out.cardPrecisionAt100).toBeCloseTo(cardPrecisionAtK(items, 100), 10);
    expect(out.cardPrecisionAt100KnownExcluded).toBeCloseTo(
      cardPrecisionAtK(items, 100, known),
      10,
    );
    expect(out.cardPrecisionAt100KnownExcluded).toBeLessThan(out.cardPrecisionAt100);
    expect(out.reviewOrBlock.flagged).toBe(flagged.length);
    const shares = Object.values(out.decisionShares as Record<string, number>);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);

    const text = await cli('evaluate', '--tenant', slug, '--from', from, '--to', to);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`ROC AUC          ${rocAuc(items).toFixed(4)}`);
    expect(text.stdout).toContain(`average precision ${averagePrecision(items).toFixed(4)}`);
  });
});

describe('warden replay: bad files', () => {
  it('names a missing column, exit 2', async () => {
    const file = await gz(
      'no-amount.csv.gz',
      'TRANSACTION_ID,TX_DATETIME,CUSTOMER_ID,TERMINAL_ID,TX_FRAUD\n1,2018-04-01 00:00:01,1,2,0\n',
    );
    const res = await cli('replay', '--format', 'ulb', '--tenant', uniqueSlug('bad'), file);
    expect(res).toEqual({
      code: 2,
      stdout: '',
      stderr: `error: ${file}: missing column TX_AMOUNT in the header line\n`,
    });
  });

  it('names an unparsable line, exit 2', async () => {
    const good = ulbCsv(ulbRows(5)).trimEnd().split('\n');
    const bad = [...good.slice(0, 4), '9,yesterday,1,2,abc,0,0,0,0', ...good.slice(4)];
    const file = await gz('bad-line.csv.gz', bad.join('\n'));
    const res = await cli('replay', '--format', 'ulb', '--tenant', uniqueSlug('bad'), file);
    expect(res.code).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr).toBe(
      `error: ${file}, line 5: TX_DATETIME is not a date-time; TX_AMOUNT is not a number\n`,
    );
  });

  it('refuses events out of time order, a missing file and a bad JSON line', async () => {
    const rows = ulbRows(4);
    const swapped = ulbCsv([rows[0]!, rows[2]!, rows[1]!, rows[3]!]);
    const file = await gz('unordered.csv', swapped);
    const res = await cli('replay', '--format', 'ulb', '--tenant', uniqueSlug('bad'), file);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(
      /unordered\.csv, line 4: the event .* is earlier than the one before it/,
    );

    const missing = await cli('replay', '--format', 'ulb', path.join(dir, 'nothing.csv.gz'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nothing\.csv\.gz: no such file/);

    const jsonl = await gz('bad.jsonl', '{"kind":"transaction","input":{}}\n{oops\n');
    const json = await cli('replay', '--format', 'warden', '--tenant', uniqueSlug('bad'), jsonl);
    expect(json.code).toBe(2);
    expect(json.stderr).toMatch(/bad\.jsonl, line 1: input\.occurredAt must be an ISO date-time/);

    const usage = await cli('replay', '--format', 'csv', jsonl);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--format must be one of ulb, ecom, warden/);
  });
});

describe('warden replay --format ecom', () => {
  it('scores a signup then a purchase per row, in time order, and summarizes signups', async () => {
    const header =
      'user_id,signup_time,purchase_time,purchase_value,device_id,source,browser,sex,age,ip_address,class';
    const lines = [header];
    // Rows out of time order, as in the real file; user 1 to 10 legitimate, 11 to 14 fraud
    // bursting on one device in the same minute.
    for (let u = 10; u >= 1; u--)
      lines.push(
        `${u},2/${u}/2015 10:0${u % 10},3/${u}/2015 12:30,${20 + u},DEV${u},SEO,Chrome,F,30,${16777216 + u * 300}.5,0`,
      );
    for (let u = 11; u <= 14; u++)
      lines.push(
        `${u},1/1/2015 0:0${u - 10},1/1/2015 0:0${u - 10},15,SHARED,Ads,Chrome,M,25,${1000000000 + u},1`,
      );
    const file = await gz('train.csv.gz', `${lines.join('\n')}\n`);
    await gz(
      'ip_country.csv.gz',
      'lower_bound_ip_address,upper_bound_ip_address,country\n16777216,16777471,Australia\n16777472,16780000,China\n',
    );
    const slug = uniqueSlug('ecom');
    const res = await cli('replay', '--format', 'ecom', '--tenant', slug, '--json', file);
    expect(res.stderr).toMatch(/^(replay: .*\n)*$/);
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout);
    expect(out).toMatchObject({
      events: 28,
      transactions: 14,
      scored: 14,
      accountEvents: 14,
      accountScored: 14,
      frauds: 4,
      chargebacks: 4,
      signups: { legitimate: 10, fraudulent: 4 },
    });
    expect(out.errors).toEqual([]);
    const id = await tenantId(slug);
    const stored = await sql<{ kind: string; user_id: string; ip: string; country: string | null }>(
      `select kind, user_id, ip, country from scored_event where tenant_id = $1 order by occurred_at, kind`,
      [id],
    );
    expect(stored).toHaveLength(28);
    expect(stored.find((s) => s.kind === 'TRANSACTION' && s.user_id === '1')).toMatchObject({
      ip: '1.0.1.44',
      country: 'CN',
    });

    const again = await cli('replay', '--format', 'ecom', '--tenant', slug, '--json', file);
    expect(JSON.parse(again.stdout)).toMatchObject({
      scored: 0,
      alreadyScored: 14,
      accountScored: 0,
      accountAlreadyScored: 14,
      signups: out.signups,
    });

    const evaluation = await cli('evaluate', '--tenant', slug, '--json');
    expect(JSON.parse(evaluation.stdout)).toMatchObject({
      events: 14,
      frauds: 4,
      signups: out.signups,
    });
  });
});

describe('warden replay --format warden', () => {
  it('reads JSON lines of transactions and account events', async () => {
    const at = (minute: number) => new Date(Date.UTC(2024, 0, 2, 10, minute)).toISOString();
    const lines = [
      {
        kind: 'account-event',
        input: { type: 'SIGNUP', externalUserId: 'u1', ip: '8.8.8.8', occurredAt: at(0) },
        fraud: false,
      },
      {
        kind: 'transaction',
        input: {
          userId: 'u1',
          amount: 12.5,
          currency: 'EUR',
          occurredAt: at(1),
          reference: 'tx-1',
        },
        fraud: false,
      },
      {
        kind: 'transaction',
        input: { userId: 'u1', amount: 900, currency: 'EUR', occurredAt: at(2) },
        fraud: true,
      },
      { kind: 'transaction', input: { userId: 'u2', amount: -1, occurredAt: at(3) } },
    ];
    const file = await gz('events.jsonl.gz', `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    const slug = uniqueSlug('jsonl');
    const res = await cli(
      'replay',
      '--format',
      'warden',
      '--tenant',
      slug,
      '--label-delay-days',
      '1',
      '--json',
      file,
    );
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout);
    expect(out).toMatchObject({
      events: 4,
      transactions: 3,
      scored: 2,
      failed: 1,
      accountScored: 1,
      frauds: 1,
      chargebacks: 1,
    });
    expect(out.errors).toEqual([
      expect.stringMatching(/^line-4: .*inputs\.\d+\.amount: must be greater than 0/),
    ]);
    const id = await tenantId(slug);
    const refs = await sql<{ reference: string | null }>(
      `select reference from scored_event where tenant_id = $1 order by occurred_at`,
      [id],
    );
    expect(refs.map((r) => r.reference)).toEqual([null, 'tx-1', 'line-3']);
  });
});
