import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection.js';
import { DateTimeScalar, JSONScalar, UUIDScalar } from '../../graphql/scalars.js';
import type { AuditEntryEntity } from './audit-entry.entity.js';

@ObjectType('AuditEntry', {
  description: 'Who changed what, with the before and after state',
})
export class AuditEntryType {
  @Field(() => UUIDScalar)
  id!: string;

  @Field(() => String, { description: 'USER, API_KEY or SYSTEM' })
  actorType!: string;

  @Field(() => String, { nullable: true })
  actorId!: string | null;

  @Field(() => String)
  actorLabel!: string;

  @Field(() => String, { description: 'Dotted verb, e.g. api_key.create' })
  action!: string;

  @Field(() => String)
  entityType!: string;

  @Field(() => String)
  entityId!: string;

  @Field(() => JSONScalar, { nullable: true })
  before!: Record<string, unknown> | null;

  @Field(() => JSONScalar, { nullable: true })
  after!: Record<string, unknown> | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  static from(e: AuditEntryEntity): AuditEntryType {
    return Object.assign(new AuditEntryType(), {
      id: e.id,
      actorType: e.actorType,
      actorId: e.actorId,
      actorLabel: e.actorLabel,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      before: e.before,
      after: e.after,
      createdAt: e.createdAt,
    });
  }
}

@ObjectType('AuditEntryConnection')
export class AuditEntryConnection extends ConnectionType(AuditEntryType, 'AuditEntry') {}
