import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Mode } from '../../domain/modes.js';
import { ALGORITHMS, type Algorithm } from '../../engine/model/model.js';
import { ModeEnum, enumObject } from '../../graphql/enums.js';
import { DateTimeScalar, UUIDScalar } from '../../graphql/scalars.js';
import {
  MODEL_STATUSES,
  type ModelStatus,
  type ModelVersionEntity,
} from './model-version.entity.js';

export const ModelStatusEnum = enumObject(MODEL_STATUSES);
registerEnumType(ModelStatusEnum, {
  name: 'ModelStatus',
  description: 'TRAINING → READY (or FAILED); then SHADOW or ACTIVE; RETIRED once replaced',
});
export const ModelAlgorithmEnum = enumObject(ALGORITHMS);
registerEnumType(ModelAlgorithmEnum, { name: 'ModelAlgorithm' });

@ObjectType('ModelWindow', { description: 'Transactions that occurred in [from, to)' })
export class ModelWindowType {
  @Field(() => DateTimeScalar) from!: Date;
  @Field(() => DateTimeScalar) to!: Date;
}

@ObjectType('ModelValidation', {
  description: 'Measured on the held-out latest fifth of the window (null when undefined there)',
})
export class ModelValidationType {
  @Field(() => Float, { nullable: true, description: 'Area under the ROC curve' })
  auc!: number | null;
  @Field(() => Float, { nullable: true }) averagePrecision!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Per day, the share of compromised cards among the 100 riskiest; mean over days',
  })
  precisionAt100!: number | null;
}

@ObjectType('ModelFeature')
export class ModelFeatureType {
  @Field(() => String) name!: string;
  @Field(() => Float, { description: 'Share of the model’s decisions it drives; sums to 1' })
  importance!: number;
}

@ObjectType('ModelVersion', { description: 'A model learned from this tenant’s labelled history' })
export class ModelVersionType {
  @Field(() => UUIDScalar) id!: string;
  @Field(() => Int, { description: 'Counts this mode’s versions from 1' }) number!: number;
  @Field(() => ModeEnum) mode!: Mode;
  @Field(() => ModelStatusEnum) status!: ModelStatus;
  @Field(() => ModelAlgorithmEnum) algorithm!: Algorithm;
  @Field(() => Float, { description: 'Training progress, 0 to 1' }) progress!: number;
  @Field(() => DateTimeScalar, { nullable: true }) trainedAt!: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) activatedAt!: Date | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => ModelWindowType) window!: ModelWindowType;
  @Field(() => Int, { description: 'Transactions trained on' }) events!: number;
  @Field(() => Int, { description: 'Of which known as fraud' }) frauds!: number;
  @Field(() => ModelValidationType, { nullable: true }) validation!: ModelValidationType | null;
  @Field(() => [ModelFeatureType], { description: 'Most important first' })
  features!: ModelFeatureType[];
  @Field(() => String, { nullable: true, description: 'Why training failed' })
  error!: string | null;
  @Field(() => String) requestedBy!: string;

  static from(e: ModelVersionEntity): ModelVersionType {
    const v = e.validation;
    return Object.assign(new ModelVersionType(), {
      id: e.id,
      number: e.number,
      mode: e.mode,
      status: e.status,
      algorithm: e.algorithm as Algorithm,
      progress: e.progress,
      trainedAt: e.trainedAt,
      activatedAt: e.activatedAt,
      createdAt: e.createdAt,
      window: { from: e.windowFrom, to: e.windowTo },
      events: e.events,
      frauds: e.frauds,
      validation: v
        ? {
            auc: v.auc ?? null,
            averagePrecision: v.averagePrecision ?? null,
            precisionAt100: v.precisionAt100 ?? null,
          }
        : null,
      features: [...(e.features ?? [])].sort((a, b) => b.importance - a.importance),
      error: e.error,
      requestedBy: e.requestedBy,
    });
  }
}
