import { RISK_BANDS, type RiskBand } from '../../engine/account/types.js';
import { enumObject } from '../../graphql/enums.js';
import { registerEnumType } from 'type-graphql';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { Mode } from '../../domain/modes.js';
import type {
  CheckStatus,
  Decision,
  Dimension,
  EngineResult,
  RiskLevel,
} from '../../engine/types.js';
import {
  CheckStatusEnum,
  DecisionEnum,
  DimensionEnum,
  ModeEnum,
  RiskLevelEnum,
} from '../../graphql/enums.js';
import { DateTimeScalar, JSONScalar, UUIDScalar } from '../../graphql/scalars.js';
import type { ScoreOutcome } from './scoring.service.js';

@ObjectType('MatchedRule')
export class MatchedRuleType {
  @Field(() => String) code!: string;
  @Field(() => String) label!: string;
  @Field(() => DimensionEnum) dimension!: Dimension;
  @Field(() => Int) weight!: number;
  @Field(() => Float, {
    description: 'Points the rule added: its weight × the strength of its evidence (0 to 1)',
  })
  contribution!: number;
  @Field(() => DecisionEnum, { nullable: true }) action!: Decision | null;
}

@ObjectType('RuleCheck', { description: 'One rule of the policy and what it found' })
export class RuleCheckType {
  @Field(() => String) code!: string;
  @Field(() => CheckStatusEnum) status!: CheckStatus;
  @Field(() => Int) weight!: number;
  @Field(() => Float, { description: 'Points added when it fired (0 otherwise)' })
  contribution!: number;
  @Field(() => String, { description: 'e.g. "7 transactions in the last hour, limit 5"' })
  detail!: string;
}

@ObjectType('Signals')
export class SignalsType {
  @Field(() => [String]) positive!: string[];
  @Field(() => [String]) negative!: string[];
  @Field(() => [String]) neutral!: string[];
}

@ObjectType('VelocityCheck')
export class VelocityCheckType {
  @Field(() => Boolean) passed!: boolean;
  @Field(() => Int, { description: 'Transactions in the last 24 hours, this one included' })
  dailyCount!: number;
  @Field(() => Int) dailyLimit!: number;
}

@ObjectType('AmountCheck')
export class AmountCheckType {
  @Field(() => Boolean) passed!: boolean;
  @Field(() => Float, { nullable: true, description: "Amount ÷ the customer's average" })
  vsAverage!: number | null;
}

@ObjectType('RecipientCheck')
export class RecipientCheckType {
  @Field(() => Boolean) passed!: boolean;
  @Field(() => Boolean) isKnown!: boolean;
  @Field(() => String, { description: 'NONE, NEW, KNOWN, TRUSTED or FLAGGED' }) trustLevel!: string;
}

@ObjectType('DeviceCheck')
export class DeviceCheckType {
  @Field(() => Boolean) passed!: boolean;
  @Field(() => Boolean) isTrusted!: boolean;
}

@ObjectType('Checks')
export class ChecksType {
  @Field(() => VelocityCheckType) velocity!: VelocityCheckType;
  @Field(() => AmountCheckType) amount!: AmountCheckType;
  @Field(() => RecipientCheckType) recipient!: RecipientCheckType;
  @Field(() => DeviceCheckType) device!: DeviceCheckType;
}

@ObjectType('ShadowEvaluation', {
  description: 'What the result would be with SHADOW rules active',
})
export class ShadowEvaluationType {
  @Field(() => Int) score!: number;
  @Field(() => DecisionEnum) decision!: Decision;
  @Field(() => [String], { description: 'Shadow rules that fired' }) rules!: string[];
}

/** Fields shared by ScoreResult and Transaction. */
@ObjectType()
export abstract class ScoredFields {
  @Field(() => UUIDScalar, { description: 'Durable id of the scored transaction' })
  transactionId!: string;

  @Field(() => Int, { description: '0–100' })
  riskScore!: number;

  @Field(() => Float, {
    description:
      'riskScore plus a tie-break under 0.5 from continuous evidence (or the acting model’s probability): orders events that share a riskScore, and rounds to it',
  })
  riskScoreExact!: number;

  @Field(() => RiskLevelEnum)
  riskLevel!: RiskLevel;

  @Field(() => DecisionEnum)
  decision!: Decision;

  @Field(() => [MatchedRuleType], { description: 'Active rules that fired' })
  matchedRules!: MatchedRuleType[];

  @Field(() => [RuleCheckType], {
    description: 'Every rule: FIRED, PASS, DISABLED or SHADOW_FIRED',
  })
  allChecks!: RuleCheckType[];

  @Field(() => SignalsType)
  signals!: SignalsType;

  @Field(() => ChecksType)
  checks!: ChecksType;

  @Field(() => JSONScalar, {
    description: 'What enrichment derived: amounts, velocity, linkage, geo…',
  })
  derivedSignals!: Record<string, unknown>;

  @Field(() => ShadowEvaluationType, { nullable: true })
  shadowEvaluation!: ShadowEvaluationType | null;

  @Field(() => UUIDScalar, {
    nullable: true,
    description: 'Review case opened for this event, if any',
  })
  caseId!: string | null;

  @Field(() => ModeEnum)
  mode!: Mode;

  @Field(() => Int, {
    description: "The tenant's policy version that decided (0: the built-in defaults)",
  })
  policyVersion!: number;

  @Field(() => Float, { description: 'Milliseconds from receipt to decision' })
  processingTimeMs!: number;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}

export function scoredFields(o: ScoreOutcome): ScoredFields {
  const r: EngineResult = o.result;
  return {
    transactionId: o.transactionId,
    riskScore: r.riskScore,
    riskScoreExact: r.riskScoreExact,
    riskLevel: r.riskLevel,
    decision: r.decision,
    // Results stored before contributions existed: a fired rule added its whole weight.
    matchedRules: r.matchedRules.map((m) => ({ ...m, contribution: m.contribution ?? m.weight })),
    allChecks: r.allChecks.map((c) => ({
      ...c,
      contribution: c.contribution ?? (c.status === 'FIRED' ? c.weight : 0),
    })),
    signals: r.signals,
    checks: r.checks,
    derivedSignals: o.derivedSignals,
    shadowEvaluation: r.shadowEvaluation,
    caseId: o.caseId,
    mode: o.mode,
    policyVersion: o.policyVersion,
    processingTimeMs: o.processingTimeMs,
    createdAt: o.createdAt,
  };
}

const RiskBandEnum = enumObject(RISK_BANDS);
registerEnumType(RiskBandEnum, { name: 'RiskBand' });

@ObjectType('ScoreResult')
export class ScoreResultType extends ScoredFields {
  @Field(() => Boolean, { description: 'True when a retried reference returned the stored result' })
  replayed!: boolean;

  @Field(() => RiskBandEnum, {
    nullable: true,
    description: 'Account events only: ALLOW, MONITOR (challenge or review) or BLOCK',
  })
  riskBand!: RiskBand | null;

  static from(o: ScoreOutcome & { riskBand?: RiskBand | null }): ScoreResultType {
    return Object.assign(new ScoreResultType(), scoredFields(o), {
      replayed: o.replayed,
      riskBand: o.riskBand ?? null,
    });
  }
}

@ObjectType('FieldError')
export class FieldErrorType {
  @Field(() => String, { description: 'Dotted path, e.g. inputs.3.amount' }) field!: string;
  @Field(() => String) message!: string;
}

@ObjectType('BatchItemError')
export class BatchItemErrorType {
  @Field(() => String, { description: 'BAD_USER_INPUT, CONFLICT, …' }) code!: string;
  @Field(() => String) message!: string;
  @Field(() => [FieldErrorType], { nullable: true }) details!: FieldErrorType[] | null;
}

@ObjectType('ScoreBatchItem')
export class ScoreBatchItemType {
  @Field(() => Int, { description: 'Position in the input list' }) index!: number;
  @Field(() => ScoreResultType, { nullable: true }) result!: ScoreResultType | null;
  @Field(() => BatchItemErrorType, { nullable: true }) error!: BatchItemErrorType | null;
}

@ObjectType('ScoreBatchResult')
export class ScoreBatchResultType {
  @Field(() => [ScoreBatchItemType], { description: 'One per input, in input order' })
  items!: ScoreBatchItemType[];
  @Field(() => Int) scored!: number;
  @Field(() => Int) failed!: number;
}
