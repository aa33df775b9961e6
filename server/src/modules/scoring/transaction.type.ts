import { Field, Float, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection.js';
import { DateTimeScalar, JSONScalar, UUIDScalar } from '../../graphql/scalars.js';
import { ScoredFields, scoredFields } from './score-result.type.js';
import type { ScoredEventEntity } from './scored-event.entity.js';
import { outcomeOf } from './scoring.service.js';

@ObjectType('Transaction', {
  description: 'A scored transaction: its result and the input it was scored from',
})
export class TransactionType extends ScoredFields {
  @Field(() => UUIDScalar)
  id!: string;

  @Field(() => String)
  userId!: string;

  @Field(() => Float)
  amount!: number;

  @Field(() => String, { nullable: true })
  currency!: string | null;

  @Field(() => Float, { description: "Amount in the tenant's base currency" })
  amountBase!: number;

  @Field(() => String)
  type!: string;

  @Field(() => DateTimeScalar)
  occurredAt!: Date;

  @Field(() => String, { nullable: true })
  reference!: string | null;

  @Field(() => JSONScalar, { description: 'The normalized input as scored' })
  input!: Record<string, unknown>;

  static from(row: ScoredEventEntity): TransactionType {
    return Object.assign(new TransactionType(), scoredFields(outcomeOf(row)), {
      id: row.id,
      userId: row.userId,
      amount: row.amount ?? 0,
      currency: row.currency,
      amountBase: row.amountBase ?? 0,
      type: row.type ?? 'OTHER',
      occurredAt: row.occurredAt,
      reference: row.reference,
      input: row.input,
    });
  }
}

@ObjectType('TransactionConnection')
export class TransactionConnection extends ConnectionType(TransactionType, 'Transaction') {}
