import { Field, ObjectType } from 'type-graphql';
import type { Role } from '../../domain/roles.js';
import { RoleEnum } from '../../graphql/enums.js';
import { ConnectionType } from '../../graphql/connection.js';
import { DateTimeScalar, UUIDScalar } from '../../graphql/scalars.js';
import type { UserEntity } from './user.entity.js';

@ObjectType('User', { description: 'A console user' })
export class UserType {
  @Field(() => UUIDScalar)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  lastLoginAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  disabledAt!: Date | null;

  @Field(() => Boolean, { description: 'Disabled users cannot log in; their sessions have ended' })
  disabled!: boolean;

  @Field(() => Boolean, {
    description: 'The password was reset: the next login must set a new one',
  })
  mustChangePassword!: boolean;

  static from(e: UserEntity): UserType {
    return Object.assign(new UserType(), {
      id: e.id,
      email: e.email,
      role: e.role,
      createdAt: e.createdAt,
      lastLoginAt: e.lastLoginAt,
      disabledAt: e.disabledAt,
      disabled: e.disabledAt !== null,
      mustChangePassword: e.mustChangePassword,
    });
  }
}

@ObjectType('ResetPasswordPayload')
export class ResetPasswordPayload {
  @Field(() => String, {
    description: 'Shown once: give it to the user, who must set a new password after logging in',
  })
  oneTimePassword!: string;

  @Field(() => UserType)
  user!: UserType;
}

@ObjectType('UserConnection')
export class UserConnection extends ConnectionType(UserType, 'User') {}
