import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Mode } from '../../domain/modes.js';
import { toConnection } from '../../graphql/connection.js';
import { viewerOf, type GraphQLContext } from '../../graphql/context.js';
import { ModeEnum } from '../../graphql/enums.js';
import { UUIDScalar } from '../../graphql/scalars.js';
import { actorOf } from '../audit/audit.service.js';
import { ApiKeyService } from './api-key.service.js';
import { ApiKeyConnection, ApiKeyType, CreateApiKeyPayload } from './api-key.type.js';

@Resolver()
export class ApiKeyResolver {
  @Authorized('TENANT_ADMIN')
  @Query(() => ApiKeyConnection, {
    description: "The tenant's API keys, newest first",
  })
  async apiKeys(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<ApiKeyConnection> {
    const page = await new ApiKeyService(ctx.em, viewerOf(ctx).tenantId).list({
      first,
      after,
    });
    return toConnection(page, ApiKeyType.from);
  }

  @Authorized('TENANT_ADMIN')
  @Mutation(() => CreateApiKeyPayload, {
    description: 'Creates a key; its secret is returned once',
  })
  async createApiKey(
    @Ctx() ctx: GraphQLContext,
    @Arg('name', () => String) name: string,
    @Arg('mode', () => ModeEnum) mode: Mode,
  ): Promise<CreateApiKeyPayload> {
    const viewer = viewerOf(ctx);
    const { secret, apiKey } = await new ApiKeyService(ctx.em, viewer.tenantId).create(
      { name, mode },
      actorOf(viewer),
    );
    return { secret, apiKey: ApiKeyType.from(apiKey) };
  }

  @Authorized('TENANT_ADMIN')
  @Mutation(() => ApiKeyType, {
    description: 'Revokes a key; it is refused from the next request on',
  })
  async revokeApiKey(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
  ): Promise<ApiKeyType> {
    const viewer = viewerOf(ctx);
    let key;
    try {
      key = await new ApiKeyService(ctx.em, viewer.tenantId).revoke(id, actorOf(viewer));
    } finally {
      // This replica forgets it at once, whatever happened; the others on the notification.
      ctx.deps.apiKeys?.evict(id);
    }
    return ApiKeyType.from(key);
  }
}
