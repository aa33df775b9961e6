import { Field, ObjectType } from 'type-graphql';
import type { Mode } from '../../domain/modes.js';
import { ConnectionType } from '../../graphql/connection.js';
import { ModeEnum } from '../../graphql/enums.js';
import { DateTimeScalar, UUIDScalar } from '../../graphql/scalars.js';
import type { ApiKeyEntity } from './api-key.entity.js';

@ObjectType('ApiKey', {
  description: 'An integrator credential; the secret itself is never readable',
})
export class ApiKeyType {
  @Field(() => UUIDScalar)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Display prefix, e.g. pk_test_3fA9' })
  prefix!: string;

  @Field(() => ModeEnum)
  mode!: Mode;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  lastUsedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  revokedAt!: Date | null;

  static from(e: ApiKeyEntity): ApiKeyType {
    return Object.assign(new ApiKeyType(), {
      id: e.id,
      name: e.name,
      prefix: e.prefix,
      mode: e.mode,
      createdAt: e.createdAt,
      lastUsedAt: e.lastUsedAt,
      revokedAt: e.revokedAt,
    });
  }
}

@ObjectType('CreateApiKeyPayload')
export class CreateApiKeyPayload {
  @Field(() => String, {
    description: 'The full key. Shown once: it is stored only as a hash.',
  })
  secret!: string;

  @Field(() => ApiKeyType)
  apiKey!: ApiKeyType;
}

@ObjectType('ApiKeyConnection')
export class ApiKeyConnection extends ConnectionType(ApiKeyType, 'ApiKey') {}
