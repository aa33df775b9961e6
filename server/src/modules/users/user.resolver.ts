import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { toConnection } from '../../graphql/connection.js';
import { viewerOf, type GraphQLContext } from '../../graphql/context.js';
import { ForbiddenError } from '../../domain/errors.js';
import { actorOf } from '../audit/audit.service.js';
import { CreateUserInput } from './user.inputs.js';
import { UserService } from './user.service.js';
import { UserConnection, UserType } from './user.type.js';

@Resolver()
export class UserResolver {
  @Authorized('TENANT_ADMIN')
  @Query(() => UserConnection, {
    description: "The tenant's console users, newest first",
  })
  async users(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<UserConnection> {
    const page = await new UserService(ctx.em, viewerOf(ctx).tenantId).list({
      first,
      after,
    });
    return toConnection(page, UserType.from);
  }

  @Authorized('TENANT_ADMIN')
  @Mutation(() => UserType, {
    description: 'Adds a console user to the tenant',
  })
  async createUser(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateUserInput) input: CreateUserInput,
  ): Promise<UserType> {
    const viewer = viewerOf(ctx);
    if (
      input.role === 'PLATFORM_ADMIN' &&
      !(viewer.kind === 'USER' && viewer.role === 'PLATFORM_ADMIN')
    ) {
      throw new ForbiddenError('Only a platform admin can create platform admins');
    }
    const user = await new UserService(ctx.em, viewer.tenantId).create(input, actorOf(viewer));
    return UserType.from(user);
  }
}
