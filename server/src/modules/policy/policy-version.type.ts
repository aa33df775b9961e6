import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DEFAULT_CASE_SETTINGS } from '../../domain/cases.js';
import type { Mode } from '../../domain/modes.js';
import { DEFAULT_ACCOUNT_RULES } from '../../engine/account/rules.js';
import {
  DEFAULT_ACCOUNT_THRESHOLDS,
  DEFAULT_TRANSACTION_THRESHOLDS,
  effectiveRules,
} from '../../engine/policy.js';
import { DEFAULT_TRANSACTION_RULES } from '../../engine/rules/index.js';
import type { CustomRule, Decision, EventKind, RuleStatus } from '../../engine/types.js';
import { enumObject } from '../../graphql/enums.js';
import { DecisionEnum, ModeEnum, RuleStatusEnum } from '../../graphql/enums.js';
import { DateTimeScalar, JSONScalar, UUIDScalar } from '../../graphql/scalars.js';
import { EventKindEnum } from './event-kind.enum.js';
import { normalizeDocument } from './policy-document.js';
import { POLICY_VERSION_STATUSES, type PolicyVersionStatus } from './policy-version.entity.js';
import type { VersionView } from './policy-version.service.js';
import { CaseSettingsType, RuleType, ThresholdsType } from './policy.type.js';

const PolicyVersionStatusEnum = enumObject(POLICY_VERSION_STATUSES);
registerEnumType(PolicyVersionStatusEnum, {
  name: 'PolicyVersionStatus',
  description: 'DRAFT (editable) or PUBLISHED (immutable)',
});

@ObjectType('CustomRule', { description: "A tenant's own rule: a CEL condition and what it does" })
export class CustomRuleType implements CustomRule {
  @Field(() => String, { description: 'UPPER_SNAKE_CASE, unique per tenant' }) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String) description!: string;
  @Field(() => EventKindEnum) eventKind!: EventKind;
  @Field(() => String, { description: 'CEL expression; see ruleVariables' }) condition!: string;
  @Field(() => Int, { description: '-100..100 points when it holds' }) weight!: number;
  @Field(() => DecisionEnum, { nullable: true }) action!: Decision | null;
  @Field(() => Int) priority!: number;
  @Field(() => RuleStatusEnum) status!: RuleStatus;
}

@ObjectType('PolicyVersion', {
  description: "One numbered version of a tenant's policy: rules, custom rules, thresholds, cases",
})
export class PolicyVersionType {
  @Field(() => UUIDScalar) id!: string;
  @Field(() => Int) number!: number;
  @Field(() => PolicyVersionStatusEnum) status!: PolicyVersionStatus;
  @Field(() => Int, { description: 'The version this one was drafted from (0: defaults)' })
  baseNumber!: number;
  @Field(() => [ModeEnum], { description: 'The modes that score with it now' }) modes!: Mode[];
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => String) createdBy!: string;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => String) editedBy!: string;
  @Field(() => DateTimeScalar) editedAt!: Date;
  @Field(() => String, { nullable: true }) approvedBy!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) approvedAt!: Date | null;
  @Field(() => String, { nullable: true }) publishedBy!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) publishedAt!: Date | null;
  @Field(() => ThresholdsType) transactionThresholds!: ThresholdsType;
  @Field(() => ThresholdsType) accountThresholds!: ThresholdsType;
  @Field(() => CaseSettingsType) caseSettings!: CaseSettingsType;
  @Field(() => [RuleType], { description: 'Built-in transaction rules under this version' })
  rules!: RuleType[];
  @Field(() => [RuleType], { description: 'Built-in account-event rules under this version' })
  accountRules!: RuleType[];
  @Field(() => [CustomRuleType]) customRules!: CustomRuleType[];

  /** `globals`: the platform's rule defaults, which the version inherits where it is silent. */
  static from(
    { version: v, modes }: VersionView,
    globals: Parameters<typeof effectiveRules>[2] = {},
  ): PolicyVersionType {
    const doc = normalizeDocument(v.document);
    return Object.assign(new PolicyVersionType(), {
      id: v.id,
      number: v.number,
      status: v.status,
      baseNumber: v.baseNumber,
      modes,
      note: v.note,
      createdBy: v.createdBy,
      createdAt: v.createdAt,
      editedBy: v.editedBy,
      editedAt: v.editedAt,
      approvedBy: v.approvedBy,
      approvedAt: v.approvedAt,
      publishedBy: v.publishedBy,
      publishedAt: v.publishedAt,
      transactionThresholds: doc.transaction_thresholds ?? DEFAULT_TRANSACTION_THRESHOLDS,
      accountThresholds: doc.account_thresholds ?? DEFAULT_ACCOUNT_THRESHOLDS,
      caseSettings: { ...DEFAULT_CASE_SETTINGS, ...(doc.case_settings ?? {}) },
      rules: effectiveRules(DEFAULT_TRANSACTION_RULES, doc.rule_overrides, globals).map((r) =>
        RuleType.from(r),
      ),
      accountRules: effectiveRules(DEFAULT_ACCOUNT_RULES, doc.rule_overrides, globals).map((r) =>
        RuleType.from(r, 'ACCOUNT'),
      ),
      customRules: doc.custom_rules.map((r) => Object.assign(new CustomRuleType(), r)),
    });
  }
}

@ObjectType('PolicyChange', { description: 'One difference between two policy versions' })
export class PolicyChangeType {
  @Field(() => String, {
    description:
      'transactionThresholds, accountThresholds, caseSettings, rules.<CODE>, customRules.<CODE>',
  })
  path!: string;
  @Field(() => JSONScalar, {
    nullable: true,
    description: 'null: absent (defaults, or no such rule)',
  })
  before!: unknown;
  @Field(() => JSONScalar, { nullable: true })
  after!: unknown;
}
