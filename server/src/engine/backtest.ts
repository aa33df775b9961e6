/**
 * Backtests: stored events re-decided, with the context they were scored with, under the
 * current policy (before) and a draft (after). The accumulator takes one event at a time and
 * keeps only counters and a bounded sample, so a run over millions of events streams in
 * constant memory: O(rules + sample size).
 *
 * Definitions used throughout:
 * - an event is "stopped" when its decision is not ALLOW;
 * - fraudCaught: fraud events stopped; fraudMissed: fraud events allowed;
 * - falsePositives: events not labelled fraud that were stopped (unlabelled counts as not fraud);
 * - changed: events whose decision differs between before and after.
 */
import { decideAccountEvent } from './account/evaluate.js';
import { decideTransaction } from './evaluate.js';
import { decodeAccountSnapshot, decodeTransactionSnapshot } from './snapshot.js';
import {
  DECISIONS,
  type Decision,
  type EventKind,
  type MatchedRule,
  type Policy,
} from './types.js';

/** Changed events a summary shows when the caller does not say. */
export const DEFAULT_BACKTEST_SAMPLE_SIZE = 50;

/** One stored event: its snapshot and whether it is labelled fraud by now. */
export interface BacktestItem {
  eventId: string;
  kind: EventKind;
  snapshot: unknown;
  fraud: boolean;
  occurredAt: Date;
}

/** The policies of both event kinds, as they are and as drafted. */
export interface BacktestPolicies {
  before: { transactions: Policy; accounts: Policy };
  after: { transactions: Policy; accounts: Policy };
}

export interface BacktestOptions {
  /** Most changed events kept in `sample`; 50 when absent. */
  sampleSize?: number;
}

export interface DecisionCount {
  decision: Decision;
  count: number;
}

/** What one policy decided over the run. */
export interface BacktestOutcome {
  /** Every decision, in severity order, zero counts included. */
  decisions: DecisionCount[];
  fraudCaught: number;
  fraudMissed: number;
  falsePositives: number;
}

/** How often an ACTIVE rule fired and how often on fraud. */
export interface BacktestRuleStats {
  code: string;
  hits: number;
  fraudHits: number;
  /** fraudHits / hits; null when the rule never fired. */
  precision: number | null;
}

/** A changed event, as the before and after policies decided it. */
export interface BacktestSampleEvent {
  eventId: string;
  occurredAt: Date;
  fraud: boolean;
  before: { decision: Decision; riskScore: number };
  after: { decision: Decision; riskScore: number; rules: string[] };
}

export interface BacktestSummary {
  /** Events re-decided. */
  events: number;
  /** Items whose snapshot could not be read; not part of `events`. */
  skipped: number;
  changed: number;
  before: BacktestOutcome;
  after: BacktestOutcome;
  /** The after policy's ACTIVE rules, built-in and custom: most hits first, then by code. */
  rules: BacktestRuleStats[];
  /** The same for the before policy. */
  rulesBefore: BacktestRuleStats[];
  /** Up to sampleSize changed events, oldest first (see BacktestAccumulator for the choice). */
  sample: BacktestSampleEvent[];
}

/** The part of an engine result a backtest reads. */
interface Verdict {
  decision: Decision;
  riskScore: number;
  matchedRules: readonly MatchedRule[];
}

/** Counters of one policy over the run. */
class OutcomeTally {
  private readonly decisions = new Map<Decision, number>(DECISIONS.map((d) => [d, 0]));
  private fraudCaught = 0;
  private fraudMissed = 0;
  private falsePositives = 0;
  /** Per rule code: [hits, fraudHits]. Codes shared by both kinds' packs count together. */
  private readonly rules = new Map<string, [number, number]>();

  constructor(policies: readonly Policy[]) {
    for (const policy of policies) {
      for (const rule of [...policy.rules, ...(policy.custom ?? [])]) {
        if (rule.status === 'ACTIVE') this.rules.set(rule.code, [0, 0]);
      }
    }
  }

  add(verdict: Verdict, fraud: boolean): void {
    this.decisions.set(verdict.decision, (this.decisions.get(verdict.decision) ?? 0) + 1);
    const stopped = verdict.decision !== 'ALLOW';
    if (fraud && stopped) this.fraudCaught += 1;
    else if (fraud) this.fraudMissed += 1;
    else if (stopped) this.falsePositives += 1;
    for (const { code } of verdict.matchedRules) {
      let counts = this.rules.get(code);
      if (!counts) this.rules.set(code, (counts = [0, 0]));
      counts[0] += 1;
      if (fraud) counts[1] += 1;
    }
  }

  outcome(): BacktestOutcome {
    return {
      decisions: DECISIONS.map((decision) => ({
        decision,
        count: this.decisions.get(decision) ?? 0,
      })),
      fraudCaught: this.fraudCaught,
      fraudMissed: this.fraudMissed,
      falsePositives: this.falsePositives,
    };
  }

  ruleStats(): BacktestRuleStats[] {
    return [...this.rules]
      .map(([code, [hits, fraudHits]]) => ({
        code,
        hits,
        fraudHits,
        precision: hits === 0 ? null : fraudHits / hits,
      }))
      .sort((a, b) => b.hits - a.hits || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  }
}

/**
 * A stable pseudo-random rank for an event id: FNV-1a over its characters, then MurmurHash3's
 * finalizer, without which ids that differ only in their last characters rank close together.
 */
export function rankOf(eventId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < eventId.length; i += 1) {
    hash ^= eventId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

interface Ranked {
  /** Fraud first, then the event id's rank: lower is kept. */
  key: [number, number, string];
  event: BacktestSampleEvent;
}

function compareKeys(a: Ranked['key'], b: Ranked['key']): number {
  return a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0);
}

/**
 * Re-decides stored events under two policies and sums up the difference.
 *
 * The sample keeps the changed events with the lowest keys, where the key puts fraud events
 * first and then ranks by a hash of the event id: a uniform choice spread over the whole run,
 * the same whatever order the events arrive in, with every changed fraud event kept before
 * any other (up to sampleSize).
 */
export class BacktestAccumulator {
  private readonly sampleSize: number;
  private readonly beforeTally: OutcomeTally;
  private readonly afterTally: OutcomeTally;
  private events = 0;
  private skipped = 0;
  private changed = 0;
  /** Sorted by key, at most sampleSize long. */
  private readonly kept: Ranked[] = [];

  constructor(
    private readonly policies: BacktestPolicies,
    options: BacktestOptions = {},
  ) {
    const size = options.sampleSize ?? DEFAULT_BACKTEST_SAMPLE_SIZE;
    if (!Number.isInteger(size) || size < 0) {
      throw new Error(`sampleSize must be a whole number ≥ 0, got ${size}`);
    }
    this.sampleSize = size;
    this.beforeTally = new OutcomeTally([policies.before.transactions, policies.before.accounts]);
    this.afterTally = new OutcomeTally([policies.after.transactions, policies.after.accounts]);
  }

  /** Counts one stored event; a snapshot that cannot be read is counted as skipped. */
  add(item: BacktestItem): void {
    const verdicts = this.decide(item);
    if (!verdicts) {
      this.skipped += 1;
      return;
    }
    const [before, after] = verdicts;
    this.events += 1;
    this.beforeTally.add(before, item.fraud);
    this.afterTally.add(after, item.fraud);
    if (before.decision !== after.decision) {
      this.changed += 1;
      this.offer(item, before, after);
    }
  }

  result(): BacktestSummary {
    return {
      events: this.events,
      skipped: this.skipped,
      changed: this.changed,
      before: this.beforeTally.outcome(),
      after: this.afterTally.outcome(),
      rules: this.afterTally.ruleStats(),
      rulesBefore: this.beforeTally.ruleStats(),
      sample: this.kept
        .map((r) => r.event)
        .sort(
          (a, b) =>
            a.occurredAt.getTime() - b.occurredAt.getTime() ||
            (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0),
        ),
    };
  }

  /** Both verdicts, or null when the snapshot cannot be read. */
  private decide(item: BacktestItem): [Verdict, Verdict] | null {
    const { before, after } = this.policies;
    if (item.kind === 'TRANSACTION') {
      let input;
      try {
        input = decodeTransactionSnapshot(item.snapshot);
      } catch {
        return null;
      }
      return [
        decideTransaction(input.event, input.ctx, before.transactions),
        decideTransaction(input.event, input.ctx, after.transactions),
      ];
    }
    if (item.kind === 'ACCOUNT') {
      let input;
      try {
        input = decodeAccountSnapshot(item.snapshot);
      } catch {
        return null;
      }
      return [
        decideAccountEvent(input.event, input.ctx, before.accounts),
        decideAccountEvent(input.event, input.ctx, after.accounts),
      ];
    }
    return null;
  }

  /** Keeps the changed event if its key is among the sampleSize lowest so far. */
  private offer(item: BacktestItem, before: Verdict, after: Verdict): void {
    if (this.sampleSize === 0) return;
    const key: Ranked['key'] = [item.fraud ? 0 : 1, rankOf(item.eventId), item.eventId];
    const full = this.kept.length >= this.sampleSize;
    const worst = this.kept[this.kept.length - 1];
    if (full && worst && compareKeys(key, worst.key) >= 0) return;
    const event: BacktestSampleEvent = {
      eventId: item.eventId,
      occurredAt: item.occurredAt,
      fraud: item.fraud,
      before: { decision: before.decision, riskScore: before.riskScore },
      after: {
        decision: after.decision,
        riskScore: after.riskScore,
        rules: after.matchedRules.map((r) => r.code),
      },
    };
    let at = this.kept.length;
    while (at > 0 && compareKeys(key, this.kept[at - 1]!.key) < 0) at -= 1;
    this.kept.splice(at, 0, { key, event });
    if (this.kept.length > this.sampleSize) this.kept.pop();
  }
}
