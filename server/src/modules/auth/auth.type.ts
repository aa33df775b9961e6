import { Field, ObjectType } from 'type-graphql';
import type { Mode } from '../../domain/modes.js';
import type { Role } from '../../domain/roles.js';
import { ModeEnum, RoleEnum, ViewerKindEnum } from '../../graphql/enums.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { TenantType } from '../tenants/tenant.type.js';
import { UserType } from '../users/user.type.js';

@ObjectType('LoginPayload')
export class LoginPayload {
  @Field(() => String, {
    description: 'JWT to send as `Authorization: Bearer <token>`',
  })
  token!: string;

  @Field(() => DateTimeScalar)
  expiresAt!: Date;

  @Field(() => UserType)
  user!: UserType;

  @Field(() => Boolean, {
    description:
      'Logged in with a one-time password: this token may only call changePassword and me',
  })
  mustChangePassword!: boolean;
}

@ObjectType('Viewer', { description: 'Who the current credentials belong to' })
export class ViewerType {
  @Field(() => ViewerKindEnum)
  kind!: 'USER' | 'API_KEY';

  @Field(() => TenantType)
  tenant!: TenantType;

  @Field(() => RoleEnum, { nullable: true, description: 'For console users' })
  role!: Role | null;

  @Field(() => String, { nullable: true, description: 'For console users' })
  email!: string | null;

  @Field(() => ModeEnum, { nullable: true, description: 'For API keys' })
  mode!: Mode | null;
}
