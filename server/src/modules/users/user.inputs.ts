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
