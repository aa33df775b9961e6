import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { toConnection } from '../../graphql/connection.js';
import { viewerOf, type GraphQLContext } from '../../graphql/context.js';
import { ForbiddenError } from '../../domain/errors.js';
import { UUIDScalar } from '../../graphql/scalars.js';
import { actorOf } from '../audit/audit.service.js';
import { tenantScope } from '../tenants/tenant-scope.js';
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
    description: 'Adds a console user to the tenant (a platform admin may name another tenant)',
  })
  async createUser(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateUserInput) input: CreateUserInput,
    @Arg('tenantId', () => UUIDScalar, {
      nullable: true,
      description: "Platform admins only: the tenant to add the user to (default: the viewer's)",
    })
    tenantId?: string,
  ): Promise<UserType> {
    const viewer = viewerOf(ctx);
    if (
      input.role === 'PLATFORM_ADMIN' &&
      !(viewer.kind === 'USER' && viewer.role === 'PLATFORM_ADMIN')
    ) {
      throw new ForbiddenError('Only a platform admin can create platform admins');
    }
    const scope = await tenantScope(ctx, viewer, tenantId);
    const user = await new UserService(scope.em, scope.tenantId).create(input, actorOf(viewer));
    return UserType.from(user);
  }
}
