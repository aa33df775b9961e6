import { Field, InputType, Int, ObjectType } from 'type-graphql';
import type {
  Decision,
  Dimension,
  RuleStatus,
  RuleSettings,
  Thresholds,
} from '../../engine/types.js';
import { DEFAULT_ACCOUNT_RULES } from '../../engine/account/rules.js';
import { DEFAULT_TRANSACTION_RULES } from '../../engine/rules/index.js';
import { DecisionEnum, DimensionEnum, RuleStatusEnum } from '../../graphql/enums.js';
import { JSONScalar } from '../../graphql/scalars.js';

@ObjectType('Rule', { description: "A default rule with this tenant's effective settings" })
export class RuleType {
  @Field(() => String) code!: string;
  @Field(() => String) label!: string;
  @Field(() => String) description!: string;
  @Field(() => DimensionEnum) dimension!: Dimension;
  @Field(() => Int) weight!: number;
  @Field(() => Int, { description: 'The global default weight' }) defaultWeight!: number;
  @Field(() => DecisionEnum, { nullable: true }) action!: Decision | null;
  @Field(() => Int) priority!: number;
  @Field(() => RuleStatusEnum) status!: RuleStatus;
  @Field(() => JSONScalar, { description: 'Effective parameters (limits, windows, lists)' })
  params!: Record<string, unknown>;
  @Field(() => JSONScalar) defaultParams!: Record<string, unknown>;

  static from(r: RuleSettings, kind: 'TRANSACTION' | 'ACCOUNT' = 'TRANSACTION'): RuleType {
    const pack = kind === 'ACCOUNT' ? DEFAULT_ACCOUNT_RULES : DEFAULT_TRANSACTION_RULES;
    const d = pack.find((x) => x.code === r.code)!;
    return Object.assign(new RuleType(), {
      ...r,
      description: d.description,
      defaultWeight: d.weight,
      defaultParams: d.params,
    });
  }
}

@ObjectType('Thresholds', { description: 'Score bands of one event kind; a null band is absent' })
export class ThresholdsType {
  @Field(() => Int, { nullable: true }) review!: number | null;
  @Field(() => Int, { nullable: true }) challenge!: number | null;
  @Field(() => Int, { nullable: true }) block!: number | null;
}

@InputType()
export class ThresholdsInput implements Thresholds {
  @Field(() => Int, { nullable: true }) review!: number | null;
  @Field(() => Int, { nullable: true }) challenge!: number | null;
  @Field(() => Int, { nullable: true }) block!: number | null;
}

@ObjectType('CaseSettings')
export class CaseSettingsType {
  @Field(() => Boolean, {
    description: 'BLOCK decisions open cases too (REVIEW, CHALLENGE always)',
  })
  openOnBlock!: boolean;
  @Field(() => Int, { description: 'Hours from opening to the SLA due time' }) slaHours!: number;
}

@ObjectType('ScoringPolicy')
export class ScoringPolicyType {
  @Field(() => Int, { description: 'The policy version this mode scores with (0: defaults)' })
  version!: number;
  @Field(() => Int, { description: 'The version LIVE scores with' }) liveVersion!: number;
  @Field(() => Int, { description: 'The version TEST scores with' }) testVersion!: number;
  @Field(() => Boolean, { description: 'A LIVE publish needs a second administrator’s approval' })
  requireApproval!: boolean;
  @Field(() => String) baseCurrency!: string;
  @Field(() => JSONScalar, {
    description: '{ "EUR": 1.08, … }: units of base currency per unit, as last set',
  })
  currencyRates!: Record<string, number>;
  @Field(() => CaseSettingsType) caseSettings!: CaseSettingsType;
  @Field(() => ThresholdsType) transactionThresholds!: ThresholdsType;
  @Field(() => ThresholdsType) accountThresholds!: ThresholdsType;
  @Field(() => [RuleType]) rules!: RuleType[];
}

@InputType()
export class RuleSettingsInput {
  @Field(() => String) code!: string;
  @Field(() => Int, { nullable: true, description: '0–100' }) weight?: number | null;
  @Field(() => RuleStatusEnum, { nullable: true }) status?: RuleStatus | null;
  @Field(() => JSONScalar, {
    nullable: true,
    description: 'Parameters to change; others keep their value',
  })
  params?: Record<string, unknown> | null;
}
