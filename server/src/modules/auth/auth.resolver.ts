import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { viewerOf, type GraphQLContext } from '../../graphql/context.js';
import { TenantService } from '../tenants/tenant.service.js';
import { TenantType } from '../tenants/tenant.type.js';
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
    const { token, expiresAt, user } = await ctx.auth.login(email, password, ctx.ip);
    return { token, expiresAt, user: UserType.from(user) };
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
