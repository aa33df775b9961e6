import { performance } from 'node:perf_hooks';
import { Sql, query } from '../db/executor.js';
import { TENANT_FILTER } from '../db/tenant-filter.js';
import type { Database } from '../db/database.js';
import { NotFoundError } from '../domain/errors.js';
import type { Mode } from '../domain/modes.js';
import { DECISIONS, type Decision } from '../engine/types.js';
import { AccountScoringService } from '../modules/accounts/account-scoring.service.js';
import { FeedbackService, type FeedbackAuthor } from '../modules/feedback/feedback.service.js';
import { IpGeolocator } from '../modules/geo/ip-geolocator.js';
import { MAX_BATCH, ScoringService } from '../modules/scoring/scoring.service.js';
import { TenantService } from '../modules/tenants/tenant.service.js';
import { readEvents, type Format, type ReadProgress, type ReplayEvent } from './datasets.js';
import { trainDuringReplay, type TrainAt, type TrainingSummary } from './replay-training.js';

export interface ReplayOptions {
  format: Format;
  file: string;
  tenant: string;
  mode: Mode;
  limit: number;
  batchSize: number;
  labelDelayDays: number;
  /** Train and activate a model once the replay reaches this event time. */
  trainAt?: TrainAt | null;
  /** Progress line interval; tests set it high. */
  progressMs?: number;
}

/** The author of the replay's chargebacks: the tenant's integrator, as an API key would be. */
const REPLAY_AUTHOR_ID = '00000000-0000-4000-8000-00000000feed';

/** An account event already stored by an earlier run (account events carry no reference). */
const STORED_ACCOUNT_EVENT = new Sql(`
select decision from scored_event
 where tenant_id = $tenant and mode = $mode and kind = 'ACCOUNT' and user_id = $user
   and type = $type and occurred_at = $at
 limit 1`);

const DAY_MS = 86_400_000;

interface PendingChargeback {
  transactionId: string;
  reference: string;
  due: number;
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  return s >= 3600
    ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
    : s >= 60
      ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`
      : `${s}s`;
}

const fmt = (n: number) => n.toLocaleString('en-US');
const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)} %` : 'n/a');

/**
 * Replays a data set through the scoring pipeline in event-time order, in-process: payments go
 * through ScoringService.scoreTransactions (what the `scoreTransactions` mutation calls) in
 * batches, account events through AccountScoringService (what `scoreAccountEvent` calls), and
 * each fraud comes back as a TENANT_ACTION CHARGEBACK `labelDelayDays` after its payment, through
 * FeedbackService, reported before the first batch whose first event is at or after that time.
 */
export async function replayCommand(
  db: Database,
  options: ReplayOptions,
  stderr: (text: string) => void,
): Promise<{ result: Record<string, unknown>; text: string }> {
  const { mode } = options;
  const delayMs = options.labelDelayDays * DAY_MS;
  const batchSize = Math.min(options.batchSize, MAX_BATCH);
  let tenantCreated = false;
  const tenants = new TenantService(db.orm.em.fork());
  const tenant = await tenants.getBySlug(options.tenant).catch(async (error: unknown) => {
    if (!(error instanceof NotFoundError)) throw error;
    tenantCreated = true;
    return tenants.create({ slug: options.tenant, name: `Replay ${options.tenant}` });
  });
  const tenantId = tenant.id;
  const scoped = () => {
    const em = db.orm.em.fork();
    em.setFilterParams(TENANT_FILTER, { tenantId });
    return em;
  };
  const geo = new IpGeolocator();
  const author: FeedbackAuthor = {
    kind: 'API_KEY',
    id: REPLAY_AUTHOR_ID,
    label: 'warden replay',
    mode,
  };

  const counts = {
    events: 0,
    transactions: 0,
    scored: 0,
    alreadyScored: 0,
    failed: 0,
    accountEvents: 0,
    accountScored: 0,
    accountAlreadyScored: 0,
    accountFailed: 0,
    frauds: 0,
    chargebacks: 0,
    chargebacksAlreadyReported: 0,
    chargebacksFailed: 0,
    chargebacksNotDue: 0,
  };
  const decisions = Object.fromEntries(DECISIONS.map((d) => [d, 0])) as Record<Decision, number>;
  /** Signups by data-set label and decision: the account-event summary. */
  const signups = { legit: 0, legitStopped: 0, fraud: 0, fraudStopped: 0 };
  const firstErrors: string[] = [];
  const noteError = (what: string) => {
    if (firstErrors.length < 5) firstErrors.push(what);
  };

  // Pending chargebacks in due order: events come in time order and the delay is fixed.
  const pending: PendingChargeback[] = [];
  let head = 0;
  const reportUntil = async (now: number) => {
    if (head >= pending.length || pending[head]!.due > now) return;
    const feedback = new FeedbackService(scoped(), tenantId);
    const latest = Date.now();
    while (head < pending.length && pending[head]!.due <= now) {
      const c = pending[head++]!;
      if (c.due > latest) {
        counts.chargebacksNotDue++;
        continue;
      }
      try {
        const { replayed } = await feedback.submit(
          {
            transactionId: c.transactionId,
            feedbackType: 'TENANT_ACTION',
            tenantAction: 'CHARGEBACK',
            occurredAt: new Date(c.due),
          },
          `replay-chargeback:${c.reference}`,
          author,
        );
        if (replayed) counts.chargebacksAlreadyReported++;
        else counts.chargebacks++;
      } catch (error) {
        counts.chargebacksFailed++;
        noteError(`chargeback of ${c.reference}: ${(error as Error).message}`);
      }
    }
    if (head > 10_000) {
      pending.splice(0, head);
      head = 0;
    }
  };

  const progress: ReadProgress = { bytesRead: 0, size: 0, total: null };
  const started = performance.now();
  const progressMs = options.progressMs ?? 5000;
  let lastProgress = started;
  const showProgress = () => {
    const now = performance.now();
    if (now - lastProgress < progressMs) return;
    lastProgress = now;
    const seconds = (now - started) / 1000;
    const rate = counts.events / seconds;
    const fraction =
      progress.total !== null
        ? counts.events / progress.total
        : progress.size
          ? progress.bytesRead / progress.size
          : NaN;
    const eta = fraction > 0 ? seconds / fraction - seconds : NaN;
    const done =
      progress.total !== null
        ? `${fmt(counts.events)} / ${fmt(progress.total)} events`
        : `${fmt(counts.events)} events (${pct(fraction)} of the file)`;
    stderr(`replay: ${done}, ${fmt(Math.round(rate))} events/s, ETA ${duration(eta)}\n`);
  };

  let batch: (ReplayEvent & { kind: 'transaction' })[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const items = batch;
    batch = [];
    await reportUntil(items[0]!.at);
    const service = new ScoringService(scoped(), tenantId, mode, { geo });
    const outcomes = await service.scoreTransactions(items.map((e) => e.input));
    outcomes.forEach((item, i) => {
      const event = items[i]!;
      if (!item.ok) {
        counts.failed++;
        noteError(`${event.input.reference}: ${item.error.message}${detailsOf(item.error)}`);
        return;
      }
      if (item.outcome.replayed) counts.alreadyScored++;
      else counts.scored++;
      decisions[item.outcome.result.decision]++;
      if (event.fraud) {
        counts.frauds++;
        pending.push({
          transactionId: item.outcome.transactionId,
          reference: event.input.reference,
          due: event.at + delayMs,
        });
      }
    });
    counts.events += items.length;
    showProgress();
  };

  const scoreAccountEvent = async (event: ReplayEvent & { kind: 'account-event' }) => {
    await reportUntil(event.at);
    const em = scoped();
    let decision: Decision | null = null;
    const [stored] = await query<{ decision: Decision }>(em, STORED_ACCOUNT_EVENT, {
      tenant: tenantId,
      mode,
      user: event.input.externalUserId,
      type: event.input.type,
      at: new Date(event.at),
    });
    if (stored) {
      counts.accountAlreadyScored++;
      decision = stored.decision;
    } else {
      try {
        const outcome = await new AccountScoringService(em, tenantId, mode, { geo }).score(
          event.input,
        );
        counts.accountScored++;
        decision = outcome.result.decision;
      } catch (error) {
        counts.accountFailed++;
        noteError(
          `account event of ${event.input.externalUserId}: ${(error as Error).message}${detailsOf(error)}`,
        );
      }
    }
    if (decision && event.input.type === 'SIGNUP') {
      const stopped = decision === 'CHALLENGE' || decision === 'BLOCK';
      if (event.fraud) {
        signups.fraud++;
        if (stopped) signups.fraudStopped++;
      } else {
        signups.legit++;
        if (stopped) signups.legitStopped++;
      }
    }
    counts.events++;
    showProgress();
  };

  let training: TrainingSummary | null = null;
  for await (const event of readEvents(options.format, options.file, options.limit, progress)) {
    if (options.trainAt && !training && event.at >= options.trainAt.at.getTime()) {
      await flush();
      await reportUntil(options.trainAt.at.getTime());
      training = await trainDuringReplay(
        db,
        { tenantId, mode },
        options.trainAt,
        options.labelDelayDays,
        stderr,
      );
      stderr(`replay: ${trainingLine(training)}\n`);
    }
    if (event.kind === 'transaction') {
      counts.transactions++;
      batch.push(event);
      if (batch.length >= batchSize) await flush();
    } else {
      await flush();
      counts.accountEvents++;
      await scoreAccountEvent(event);
    }
  }
  await flush();
  await reportUntil(Infinity);
  const seconds = (performance.now() - started) / 1000;
  const eventsPerSecond = Math.round(counts.events / Math.max(seconds, 1e-9));

  const signupShares =
    signups.legit + signups.fraud
      ? {
          legitimate: signups.legit,
          legitimateChallengedOrBlocked: signups.legit
            ? signups.legitStopped / signups.legit
            : null,
          fraudulent: signups.fraud,
          fraudulentChallengedOrBlocked: signups.fraud
            ? signups.fraudStopped / signups.fraud
            : null,
        }
      : null;
  const result = {
    tenant: options.tenant,
    tenantId,
    tenantCreated,
    mode,
    format: options.format,
    file: options.file,
    labelDelayDays: options.labelDelayDays,
    batchSize,
    ...counts,
    decisions,
    signups: signupShares,
    training,
    seconds: Math.round(seconds * 10) / 10,
    eventsPerSecond,
    errors: firstErrors,
  };
  const lines = [
    `Replayed ${fmt(counts.events)} events of ${options.file} (${options.format}) into tenant ${options.tenant}${tenantCreated ? ' (created)' : ''}, mode ${mode}, in ${duration(seconds)}: ${fmt(eventsPerSecond)} events/s`,
    `  transactions     ${fmt(counts.transactions)}: ${fmt(counts.scored)} scored, ${fmt(counts.alreadyScored)} already scored (same reference), ${fmt(counts.failed)} failed`,
    ...(counts.accountEvents
      ? [
          `  account events   ${fmt(counts.accountEvents)}: ${fmt(counts.accountScored)} scored, ${fmt(counts.accountAlreadyScored)} already scored, ${fmt(counts.accountFailed)} failed`,
        ]
      : []),
    `  payment decisions ${DECISIONS.map((d) => `${d} ${fmt(decisions[d])}`).join(', ')}`,
    `  chargebacks      ${fmt(counts.frauds)} frauds, reported ${options.labelDelayDays} days later: ${fmt(counts.chargebacks)} new, ${fmt(counts.chargebacksAlreadyReported)} already reported, ${fmt(counts.chargebacksFailed)} failed${counts.chargebacksNotDue ? `, ${fmt(counts.chargebacksNotDue)} not yet due (in the future)` : ''}`,
    ...(signupShares
      ? [
          `  signups          CHALLENGE or BLOCK: ${pct(signupShares.legitimateChallengedOrBlocked ?? NaN)} of ${fmt(signups.legit)} legitimate, ${pct(signupShares.fraudulentChallengedOrBlocked ?? NaN)} of ${fmt(signups.fraud)} fraudulent (data-set labels)`,
        ]
      : []),
    ...(training ? [`  model            ${trainingLine(training)}`] : []),
    ...(firstErrors.length ? ['  first errors:', ...firstErrors.map((e) => `    ${e}`)] : []),
  ];
  return { result, text: lines.join('\n') };
}

function trainingLine(t: TrainingSummary): string {
  const v = t.validation;
  const measured = v
    ? `validation AUC ${v.auc ?? 'n/a'}, AP ${v.averagePrecision ?? 'n/a'}, CP@100 ${v.precisionAt100 ?? 'n/a'}`
    : '';
  return t.error
    ? `v${t.number} ${t.algorithm} ${t.status}: ${t.error}`
    : `v${t.number} ${t.algorithm} ${t.status}, trained on ${fmt(t.events)} transactions (${fmt(t.frauds)} fraud) in ${t.seconds} s; ${measured}`;
}

function detailsOf(error: unknown): string {
  const details = (error as { details?: { field: string; message: string }[] }).details;
  return details?.length ? ` (${details.map((d) => `${d.field}: ${d.message}`).join('; ')})` : '';
}
