import { Sql, query } from '../db/executor.js';
import type { Database } from '../db/database.js';
import type { Mode } from '../domain/modes.js';
import { EVIDENCE_SQL } from '../domain/fraud-evidence.js';
import {
  averagePrecision,
  cardPrecisionAtK,
  rocAuc,
  type CardRanked,
  type Ranked,
} from '../engine/ranking.js';
import { DECISIONS, type Decision } from '../engine/types.js';
import { TenantService } from '../modules/tenants/tenant.service.js';

/**
 * The score `warden evaluate` ranks transactions by: one SQL expression over scored_event, so a
 * finer-grained column can replace it here alone.
 */
export const RANKING_SCORE_SQL = 'coalesce(risk_score_exact, risk_score)';

/** What `--score` ranks by: the live score, or the (active or shadow) model's probability alone. */
export const SCORES = { risk: RANKING_SCORE_SQL, model: 'coalesce(model_score, 0)' } as const;
export type ScoreKind = keyof typeof SCORES;

/** Rows per keyset page: memory holds one page plus one number and flag per event. */
const PAGE = 10_000;
const K = 100;

const pageSql = (score: string) =>
  new Sql(`
select id, user_id, occurred_at, decision, (${score})::float8 as score, fraud_confirmed
  from scored_event
 where tenant_id = $tenant and mode = $mode and kind = 'TRANSACTION'
   and occurred_at >= $from and occurred_at < $to
   and (occurred_at, id) > ($afterAt::timestamptz, $afterId::uuid)
 order by occurred_at, id
 limit ${PAGE}`);
const PAGE_SQL: Record<ScoreKind, Sql> = {
  risk: pageSql(SCORES.risk),
  model: pageSql(SCORES.model),
};

/** When each card (user) first had a fraud reported: feedback time, the fraud-evidence rows. */
const FIRST_REPORTS = new Sql(`
select e.user_id, min(f.occurred_at) as reported_at
  from feedback f
  join scored_event e on e.tenant_id = f.tenant_id and e.id = f.event_id
   and e.occurred_at = f.tx_occurred_at
 where f.tenant_id = $tenant and f.mode = $mode and f.occurred_at < $to
   and ${EVIDENCE_SQL.fraud.replace(/\b(analyst_label|tenant_action)\b/g, 'f.$1')}
 group by e.user_id`);

/**
 * Signups in the window, and whether the same user's purchase is confirmed fraud (the model links
 * an account event and a transaction by the user id).
 */
const SIGNUPS = new Sql(`
select (exists (select 1 from scored_event t
                 where t.tenant_id = s.tenant_id and t.mode = s.mode and t.kind = 'TRANSACTION'
                   and t.user_id = s.user_id and t.fraud_confirmed)) as fraud,
       count(*)::int as signups,
       (count(*) filter (where s.decision in ('CHALLENGE', 'BLOCK')))::int as stopped
  from scored_event s
 where s.tenant_id = $tenant and s.mode = $mode and s.kind = 'ACCOUNT' and s.type = 'SIGNUP'
   and s.occurred_at >= $from and s.occurred_at < $to
 group by 1`);

export interface EvaluateOptions {
  tenant: string;
  /** risk (default): the live score; model: the model's probability alone. */
  score?: ScoreKind;
  mode: Mode;
  from: Date | null;
  to: Date | null;
}

const dayOf = (at: Date) => at.toISOString().slice(0, 10);
const fixed = (x: number, digits = 4) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');
const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)} %` : 'n/a');
const orNull = (x: number) => (Number.isFinite(x) ? x : null);

/**
 * Detection quality of the transactions scored in [from, to) (event time): ROC AUC, average
 * precision and card precision@100 of the ranking score against `fraud_confirmed` as it is now,
 * plus the decision shares and the precision and recall of REVIEW + BLOCK. Rows are read in keyset
 * pages in event-time order; card precision is computed day by day as the days complete.
 */
export async function evaluateCommand(
  db: Database,
  options: EvaluateOptions,
): Promise<{ result: Record<string, unknown>; text: string }> {
  const tenant = await new TenantService(db.orm.em.fork()).getBySlug(options.tenant);
  const em = db.orm.em.fork();
  const from = options.from ?? new Date('2000-01-01T00:00:00Z');
  const to = options.to ?? new Date('9999-01-01T00:00:00Z');
  const scope = { tenant: tenant.id, mode: options.mode };

  const reported = new Map<string, number>();
  for (const row of await query<{ user_id: string; reported_at: Date }>(em, FIRST_REPORTS, {
    ...scope,
    to,
  }))
    reported.set(row.user_id, new Date(row.reported_at).getTime());
  const knownBefore = (card: string, day: string) => {
    const at = reported.get(card);
    return at !== undefined && at < Date.parse(`${day}T00:00:00Z`);
  };

  const ranked: Ranked[] = [];
  const decisions = Object.fromEntries(DECISIONS.map((d) => [d, 0])) as Record<Decision, number>;
  let frauds = 0;
  let flagged = 0;
  let flaggedFrauds = 0;
  const cp = { sum: 0, days: 0 };
  const cpKnown = { sum: 0, days: 0 };
  let day: string | null = null;
  let dayItems: CardRanked[] = [];
  const closeDay = () => {
    if (!dayItems.length) return;
    cp.sum += cardPrecisionAtK(dayItems, K);
    cp.days++;
    const known = cardPrecisionAtK(dayItems, K, knownBefore);
    if (Number.isFinite(known)) {
      cpKnown.sum += known;
      cpKnown.days++;
    }
    dayItems = [];
  };

  let afterAt = new Date(0);
  let afterId = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await query<{
      id: string;
      user_id: string;
      occurred_at: Date;
      decision: Decision;
      score: number;
      fraud_confirmed: boolean;
    }>(em, PAGE_SQL[options.score ?? 'risk'], { ...scope, from, to, afterAt, afterId });
    for (const row of rows) {
      const at = new Date(row.occurred_at);
      const rowDay = dayOf(at);
      if (rowDay !== day) {
        closeDay();
        day = rowDay;
      }
      const fraud = row.fraud_confirmed;
      const score = Number(row.score);
      ranked.push({ score, fraud });
      dayItems.push({ score, fraud, card: row.user_id, day: rowDay });
      decisions[row.decision]++;
      if (fraud) frauds++;
      if (row.decision === 'REVIEW' || row.decision === 'BLOCK') {
        flagged++;
        if (fraud) flaggedFrauds++;
      }
    }
    if (rows.length < PAGE) break;
    const last = rows[rows.length - 1]!;
    afterAt = new Date(last.occurred_at);
    afterId = last.id;
  }
  closeDay();

  const events = ranked.length;
  const auc = rocAuc(ranked);
  const ap = averagePrecision(ranked);
  const cardPrecision = cp.days ? cp.sum / cp.days : NaN;
  const cardPrecisionKnown = cpKnown.days ? cpKnown.sum / cpKnown.days : NaN;
  const shares = Object.fromEntries(
    DECISIONS.map((d) => [d, events ? decisions[d] / events : null]),
  ) as Record<Decision, number | null>;
  const precision = flagged ? flaggedFrauds / flagged : NaN;
  const recall = frauds ? flaggedFrauds / frauds : NaN;

  const signupRows = await query<{ fraud: boolean; signups: number; stopped: number }>(
    em,
    SIGNUPS,
    { ...scope, from, to },
  );
  const legit = signupRows.find((r) => !r.fraud);
  const bad = signupRows.find((r) => r.fraud);
  const signups = signupRows.length
    ? {
        legitimate: legit?.signups ?? 0,
        legitimateChallengedOrBlocked: legit?.signups ? legit.stopped / legit.signups : null,
        fraudulent: bad?.signups ?? 0,
        fraudulentChallengedOrBlocked: bad?.signups ? bad.stopped / bad.signups : null,
      }
    : null;

  const result = {
    tenant: options.tenant,
    mode: options.mode,
    from: options.from?.toISOString() ?? null,
    to: options.to?.toISOString() ?? null,
    rankingScore: SCORES[options.score ?? 'risk'],
    events,
    frauds,
    rocAuc: orNull(auc),
    averagePrecision: orNull(ap),
    cardPrecisionAt100: orNull(cardPrecision),
    cardPrecisionAt100KnownExcluded: orNull(cardPrecisionKnown),
    days: cp.days,
    decisions,
    decisionShares: shares,
    reviewOrBlock: { flagged, precision: orNull(precision), recall: orNull(recall) },
    signups,
  };
  const window = `${options.from ? options.from.toISOString() : 'the start'} to ${options.to ? options.to.toISOString() : 'the end'}`;
  const text = [
    `Transactions of ${options.tenant} (${options.mode}) from ${window} (event time, end excluded), ranked by ${SCORES[options.score ?? 'risk']}:`,
    `  events           ${events.toLocaleString('en-US')}, frauds ${frauds.toLocaleString('en-US')} (${pct(events ? frauds / events : NaN)}), over ${cp.days} day(s)`,
    `  ROC AUC          ${fixed(auc)}`,
    `  average precision ${fixed(ap)}`,
    `  card precision@${K}  ${fixed(cardPrecision)} (all cards); ${fixed(cardPrecisionKnown)} (cards with a fraud reported before the day excluded)`,
    `  decisions        ${DECISIONS.map((d) => `${d} ${pct(shares[d] ?? NaN)}`).join(', ')}`,
    `  REVIEW+BLOCK     ${flagged.toLocaleString('en-US')} flagged: precision ${pct(precision)}, recall ${pct(recall)}`,
    ...(signups
      ? [
          `  signups          CHALLENGE or BLOCK: ${pct(signups.legitimateChallengedOrBlocked ?? NaN)} of ${signups.legitimate.toLocaleString('en-US')} legitimate, ${pct(signups.fraudulentChallengedOrBlocked ?? NaN)} of ${signups.fraudulent.toLocaleString('en-US')} fraudulent (fraud = the user's purchase is confirmed fraud)`,
        ]
      : []),
  ].join('\n');
  return { result, text };
}
