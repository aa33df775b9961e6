import { Field, InputType } from 'type-graphql';
import type { Role } from '../../domain/roles.js';
import { RoleEnum } from '../../graphql/enums.js';

@InputType()
export class CreateUserInput {
  @Field(() => String)
  email!: string;

  @Field(() => String, { description: 'At least 10 characters' })
  password!: string;

  @Field(() => RoleEnum)
  role!: Role;
}

@InputType({ description: 'Fields left out (or null) stay as they are' })
export class UpdateUserInput {
  @Field(() => RoleEnum, {
    nullable: true,
    description: "Ends the user's sessions; only a platform admin grants PLATFORM_ADMIN",
  })
  role?: Role | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "true ends the user's sessions and refuses logins; false lets them log in again",
  })
  disabled?: boolean | null;
}
