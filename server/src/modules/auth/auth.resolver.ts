import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ForbiddenError } from '../../domain/errors.js';
import { viewerOf, type GraphQLContext } from '../../graphql/context.js';
import { actorOf } from '../audit/audit.service.js';
import { TenantService } from '../tenants/tenant.service.js';
import { TenantType } from '../tenants/tenant.type.js';
import { UserLifecycleService } from '../users/user-lifecycle.service.js';
import { UserType } from '../users/user.type.js';
import { LoginPayload, ViewerType } from './auth.type.js';

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginPayload, {
    description:
      'Console login. Failures never say whether the e-mail exists and are rate-limited.',
  })
  async login(
    @Ctx() ctx: GraphQLContext,
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
  ): Promise<LoginPayload> {
    const { token, expiresAt, user, mustChangePassword } = await ctx.auth.login(
      email,
      password,
      ctx.ip,
    );
    return { token, expiresAt, user: UserType.from(user), mustChangePassword };
  }

  @Authorized()
  @Mutation(() => LoginPayload, {
    description:
      "Changes the signed-in user's password (at least 10 characters). Ends every other session and returns a fresh token for this one. A wrong current password is BAD_USER_INPUT and counts as a failed login (RATE_LIMITED past the login limits).",
  })
  async changePassword(
    @Ctx() ctx: GraphQLContext,
    @Arg('current', () => String) current: string,
    @Arg('next', () => String) next: string,
  ): Promise<LoginPayload> {
    const viewer = viewerOf(ctx);
    if (viewer.kind !== 'USER') throw new ForbiddenError('Only console users have passwords');
    const user = await new UserLifecycleService(ctx.em).changePassword(
      {
        userId: viewer.userId,
        sessionVersion: viewer.sessionVersion,
        ip: ctx.ip,
        actor: actorOf(viewer),
        passwords: ctx.auth,
      },
      current,
      next,
    );
    const { token, expiresAt } = await ctx.auth.issue(user);
    return { token, expiresAt, user: UserType.from(user), mustChangePassword: false };
  }

  @Authorized()
  @Query(() => ViewerType)
  async me(@Ctx() ctx: GraphQLContext): Promise<ViewerType> {
    const viewer = viewerOf(ctx);
    const tenant = await new TenantService(ctx.em).getById(viewer.tenantId);
    return {
      kind: viewer.kind,
      tenant: TenantType.from(tenant),
      role: viewer.kind === 'USER' ? viewer.role : null,
      email: viewer.kind === 'USER' ? viewer.email : null,
      mode: viewer.kind === 'API_KEY' ? viewer.mode : null,
    };
  }
}
