import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { averagePrecision, cardPrecisionAtK, rocAuc } from '../src/engine/ranking.js';
import { uniqueSlug } from './harness.js';
import { DAY, cli, gz, removeFiles, sql, tenantId, ulbCsv, ulbRows } from './replay-fixtures.js';

afterAll(removeFiles);

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
      risk_score_exact: number;
      fraud_confirmed: boolean;
      decision: string;
    }>(
      `select user_id, occurred_at, risk_score_exact, fraud_confirmed, decision from scored_event
        where tenant_id = $1 and mode = 'TEST' and occurred_at >= $2 and occurred_at < $3`,
      [id, `${from}T00:00:00Z`, `${to}T00:00:00Z`],
    );
    const inWindow = rows.filter(
      (r) => r.at >= Date.parse(`${from}T00:00:00Z`) && r.at < Date.parse(`${to}T00:00:00Z`),
    );
    expect(stored).toHaveLength(inWindow.length);
    const items = stored.map((r) => ({
      score: r.risk_score_exact,
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
      rankingScore: 'coalesce(risk_score_exact, risk_score)',
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

    const missing = await cli('replay', '--format', 'ulb', `${file}.nothing.csv.gz`);
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
