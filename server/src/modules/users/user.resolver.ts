import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { toConnection } from '../../graphql/connection.js';
import { viewerOf, type GraphQLContext } from '../../graphql/context.js';
import { ForbiddenError } from '../../domain/errors.js';
import { UUIDScalar } from '../../graphql/scalars.js';
import { actorOf } from '../audit/audit.service.js';
import { tenantScope } from '../tenants/tenant-scope.js';
import { userAdminOf } from './user-admin.js';
import { UserLifecycleService } from './user-lifecycle.service.js';
import { CreateUserInput, UpdateUserInput } from './user.inputs.js';
import { UserService } from './user.service.js';
import { ResetPasswordPayload, UserConnection, UserType } from './user.type.js';

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

  @Authorized('TENANT_ADMIN')
  @Mutation(() => UserType, {
    description:
      "Changes a user's role or disables / enables them. A role change or disabling ends the user's sessions (tokens at once, open subscriptions within 30 s). A tenant keeps at least one active admin.",
  })
  async updateUser(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
  ): Promise<UserType> {
    const user = await new UserLifecycleService(ctx.em).update(
      id,
      input,
      userAdminOf(viewerOf(ctx)),
    );
    return UserType.from(user);
  }

  @Authorized('TENANT_ADMIN')
  @Mutation(() => ResetPasswordPayload, {
    description:
      "Replaces a user's password with a one-time password (returned once) and ends their sessions; the user must set a new password after logging in with it",
  })
  async resetUserPassword(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
  ): Promise<ResetPasswordPayload> {
    const { oneTimePassword, user } = await new UserLifecycleService(ctx.em).resetPassword(
      id,
      userAdminOf(viewerOf(ctx)),
    );
    return { oneTimePassword, user: UserType.from(user) };
  }

  @Authorized('TENANT_ADMIN')
  @Mutation(() => UserType, {
    description:
      'Ends every session of a user: their tokens at once, open subscriptions within 30 s',
  })
  async revokeUserSessions(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
  ): Promise<UserType> {
    const user = await new UserLifecycleService(ctx.em).revokeSessions(
      id,
      userAdminOf(viewerOf(ctx)),
    );
    return UserType.from(user);
  }
}
