import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { Mode } from '../../domain/modes.js';
import type { Decision } from '../../engine/types.js';
import { DecisionEnum, ModeEnum } from '../../graphql/enums.js';
import { DateTimeScalar, UUIDScalar } from '../../graphql/scalars.js';
import type { BacktestRun } from './backtest.service.js';

@ObjectType('DecisionCount')
export class DecisionCountType {
  @Field(() => DecisionEnum) decision!: Decision;
  @Field(() => Int) count!: number;
}

@ObjectType('BacktestRule', {
  description: 'How often an ACTIVE rule fired, and on how much fraud',
})
export class BacktestRuleType {
  @Field(() => String) code!: string;
  @Field(() => Int) hits!: number;
  @Field(() => Int) fraudHits!: number;
  @Field(() => Float, { nullable: true, description: 'fraudHits / hits; null without hits' })
  precision!: number | null;
}

@ObjectType('BacktestSample', { description: 'An event whose decision the version changes' })
export class BacktestSampleType {
  @Field(() => UUIDScalar) eventId!: string;
  @Field(() => DateTimeScalar) occurredAt!: Date;
  @Field(() => Boolean, { description: 'Labelled fraud now' }) fraud!: boolean;
  @Field(() => DecisionEnum) before!: Decision;
  @Field(() => DecisionEnum) after!: Decision;
  @Field(() => Int) riskScoreBefore!: number;
  @Field(() => Int) riskScoreAfter!: number;
  @Field(() => [String], { description: 'Rules that fired under the version' }) rules!: string[];
}

@ObjectType('BacktestResult', {
  description:
    'A version re-deciding stored events (each with what it was scored with) against what the mode scores with now. "Stopped": any decision but ALLOW; fraud as labelled now, unlabelled counted as legitimate.',
})
export class BacktestResultType {
  @Field(() => ModeEnum) mode!: Mode;
  @Field(() => DateTimeScalar) from!: Date;
  @Field(() => DateTimeScalar) to!: Date;
  @Field(() => Int, { description: 'The version backtested' }) version!: number;
  @Field(() => Int, { description: 'The version the mode scores with now (0: defaults)' })
  comparedWith!: number;
  @Field(() => Int, { description: 'Events re-decided' }) events!: number;
  @Field(() => Int, { description: 'Events without a snapshot (scored before they were kept)' })
  skipped!: number;
  @Field(() => Int, { description: 'Events whose decision the version changes' }) changed!: number;
  @Field(() => [DecisionCountType], { description: 'Decisions under the current version' })
  before!: DecisionCountType[];
  @Field(() => [DecisionCountType], { description: 'Decisions under the backtested version' })
  after!: DecisionCountType[];
  @Field(() => Int, { description: 'Fraud the version stops' }) fraudCaught!: number;
  @Field(() => Int, { description: 'Fraud the version allows' }) fraudMissed!: number;
  @Field(() => Int, { description: 'Legitimate events the version stops' }) falsePositives!: number;
  @Field(() => Int) fraudCaughtBefore!: number;
  @Field(() => Int) fraudMissedBefore!: number;
  @Field(() => Int) falsePositivesBefore!: number;
  @Field(() => [BacktestRuleType], { description: 'Under the version, most hits first' })
  rules!: BacktestRuleType[];
  @Field(() => [BacktestRuleType], { description: 'Under the current version' })
  rulesBefore!: BacktestRuleType[];
  @Field(() => [BacktestSampleType], { description: 'Up to 50 changed events' })
  sample!: BacktestSampleType[];
  @Field(() => Float) seconds!: number;
  @Field(() => Int) eventsPerSecond!: number;

  static from(r: BacktestRun): BacktestResultType {
    return Object.assign(new BacktestResultType(), {
      mode: r.mode,
      from: r.from,
      to: r.to,
      version: r.version,
      comparedWith: r.comparedWith,
      events: r.events,
      skipped: r.skipped,
      changed: r.changed,
      before: r.before.decisions,
      after: r.after.decisions,
      fraudCaught: r.after.fraudCaught,
      fraudMissed: r.after.fraudMissed,
      falsePositives: r.after.falsePositives,
      fraudCaughtBefore: r.before.fraudCaught,
      fraudMissedBefore: r.before.fraudMissed,
      falsePositivesBefore: r.before.falsePositives,
      rules: r.rules,
      rulesBefore: r.rulesBefore,
      sample: r.sample.map((s) => ({
        eventId: s.eventId,
        occurredAt: s.occurredAt,
        fraud: s.fraud,
        before: s.before.decision,
        after: s.after.decision,
        riskScoreBefore: s.before.riskScore,
        riskScoreAfter: s.after.riskScore,
        rules: s.after.rules,
      })),
      seconds: r.seconds,
      eventsPerSecond: r.seconds > 0 ? Math.round((r.events + r.skipped) / r.seconds) : 0,
    });
  }
}

@ObjectType('BacktestProgress')
export class BacktestProgressType {
  @Field(() => Int, { description: 'Events read so far' }) done!: number;
  @Field(() => Int, { description: 'Events in the window' }) total!: number;
  @Field(() => DateTimeScalar) startedAt!: Date;
}
