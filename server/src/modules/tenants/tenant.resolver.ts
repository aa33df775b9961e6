import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { toConnection } from '../../graphql/connection.js';
import { viewerOf, type GraphQLContext } from '../../graphql/context.js';
import { UUIDScalar } from '../../graphql/scalars.js';
import { actorOf } from '../audit/audit.service.js';
import { UserService } from '../users/user.service.js';
import { UserConnection, UserType } from '../users/user.type.js';
import { CreateTenantInput, UpdateRateLimitsInput, UpdateTenantInput } from './tenant.inputs.js';
import { forkForTenant } from './tenant-scope.js';
import { TenantService } from './tenant.service.js';
import { RateLimitsType, TenantConnection, TenantType } from './tenant.type.js';

const service = (ctx: GraphQLContext) =>
  new TenantService(ctx.em, { statusCache: ctx.deps.tenantStatus });

/** The platform admin's tenant administration. */
@Resolver()
export class TenantResolver {
  @Authorized('PLATFORM_ADMIN')
  @Query(() => TenantConnection, { description: 'Every tenant, newest first (platform admins)' })
  async tenants(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<TenantConnection> {
    return toConnection(await service(ctx).list({ first, after }), TenantType.from);
  }

  @Authorized('PLATFORM_ADMIN')
  @Query(() => TenantType, { description: 'One tenant by id (platform admins)' })
  async tenant(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
  ): Promise<TenantType> {
    return TenantType.from(await service(ctx).getById(id));
  }

  @Authorized('PLATFORM_ADMIN')
  @Mutation(() => TenantType, {
    description: 'Creates a tenant; add its first admin with createUser(input, tenantId)',
  })
  async createTenant(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateTenantInput) input: CreateTenantInput,
  ): Promise<TenantType> {
    const tenant = await service(ctx).create(input, actorOf(viewerOf(ctx)));
    return TenantType.from(tenant);
  }

  @Authorized('PLATFORM_ADMIN')
  @Mutation(() => TenantType, {
    description:
      "Renames, disables or enables a tenant. A disabled tenant's keys and users are refused at once; your own tenant cannot be disabled",
  })
  async updateTenant(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('input', () => UpdateTenantInput) input: UpdateTenantInput,
  ): Promise<TenantType> {
    const viewer = viewerOf(ctx);
    const tenant = await service(ctx).update(
      id,
      {
        name: input.name ?? undefined,
        disabled: input.disabled ?? undefined,
        retentionMonths: input.retentionMonths,
        modelRetrainDays: input.modelRetrainDays,
      },
      actorOf(viewer),
      viewer.tenantId,
    );
    return TenantType.from(tenant);
  }

  @Authorized('PLATFORM_ADMIN')
  @Mutation(() => TenantType, {
    description:
      "Sets a tenant's per-minute limits; a null field returns that limit to the server default",
  })
  async updateRateLimits(
    @Ctx() ctx: GraphQLContext,
    @Arg('tenantId', () => UUIDScalar) tenantId: string,
    @Arg('input', () => UpdateRateLimitsInput) input: UpdateRateLimitsInput,
  ): Promise<TenantType> {
    const tenant = await service(ctx).updateRateLimits(
      tenantId,
      { scoringPerMinute: input.scoringPerMinute, otherPerMinute: input.otherPerMinute },
      actorOf(viewerOf(ctx)),
    );
    return TenantType.from(tenant);
  }
}

/** Tenant fields only the platform admin reads. */
@Resolver(() => TenantType)
export class TenantFieldsResolver {
  @Authorized('PLATFORM_ADMIN')
  @FieldResolver(() => RateLimitsType, {
    description: 'Per-minute limits in force, and whether they are the server defaults',
  })
  rateLimits(@Root() tenant: TenantType, @Ctx() ctx: GraphQLContext): RateLimitsType {
    return RateLimitsType.from(tenant.ownRateLimits, ctx.deps.rateLimitDefaults);
  }

  @Authorized('PLATFORM_ADMIN')
  @FieldResolver(() => UserConnection, { description: "The tenant's console users, newest first" })
  async users(
    @Root() tenant: TenantType,
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<UserConnection> {
    const page = await new UserService(forkForTenant(ctx, tenant.id), tenant.id).list({
      first,
      after,
    });
    return toConnection(page, UserType.from);
  }
}
