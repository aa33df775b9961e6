import { Field, ObjectType } from 'type-graphql';
import { UUIDScalar } from '../../graphql/scalars.js';
import type { TenantEntity } from './tenant.entity.js';

@ObjectType('Tenant')
export class TenantType {
  @Field(() => UUIDScalar)
  id!: string;

  @Field(() => String)
  slug!: string;

  @Field(() => String)
  name!: string;

  static from(entity: TenantEntity): TenantType {
    return Object.assign(new TenantType(), {
      id: entity.id,
      slug: entity.slug,
      name: entity.name,
    });
  }
}
