import { Field, InputType, ObjectType } from 'type-graphql';
import type { Mode } from '../../domain/modes.js';
import type { ListKind, ListName } from '../../engine/types.js';
import { ConnectionType } from '../../graphql/connection.js';
import { ListKindEnum, ListNameEnum, ModeEnum } from '../../graphql/enums.js';
import { DateTimeScalar, UUIDScalar } from '../../graphql/scalars.js';
import type { ListEntryEntity } from './list-entry.entity.js';

@InputType()
export class ListEntryInput {
  @Field(() => ListNameEnum)
  list!: ListName;

  @Field(() => ListKindEnum)
  kind!: ListKind;

  @Field(() => String, {
    description:
      'Normalized like scored input: E.164 phones, lower-case e-mails, canonical IPs, a.b.c.d/n networks',
  })
  value!: string;

  @Field(() => String, { nullable: true })
  reason?: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'The entry stops matching after this time',
  })
  expiresAt?: Date | null;
}

@ObjectType('ListEntry')
export class ListEntryType {
  @Field(() => UUIDScalar) id!: string;
  @Field(() => ListNameEnum) list!: ListName;
  @Field(() => ListKindEnum) kind!: ListKind;
  @Field(() => String) value!: string;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => String, { description: 'Who added it' }) author!: string;
  @Field(() => ModeEnum) mode!: Mode;
  @Field(() => DateTimeScalar, { nullable: true }) expiresAt!: Date | null;
  @Field(() => DateTimeScalar) createdAt!: Date;

  static from(e: ListEntryEntity): ListEntryType {
    return Object.assign(new ListEntryType(), {
      id: e.id,
      list: e.list,
      kind: e.kind,
      value: e.value,
      reason: e.reason,
      author: e.authorLabel,
      mode: e.mode,
      expiresAt: e.expiresAt,
      createdAt: e.createdAt,
    });
  }
}

@ObjectType('ListEntryConnection')
export class ListEntryConnection extends ConnectionType(ListEntryType, 'ListEntry') {}
