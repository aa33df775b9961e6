import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Mode } from '../../domain/modes.js';
import type { ListKind, ListName } from '../../engine/types.js';
import { toConnection } from '../../graphql/connection.js';
import { viewerOf, type GraphQLContext } from '../../graphql/context.js';
import { ListKindEnum, ListNameEnum, ModeEnum } from '../../graphql/enums.js';
import { modeFor } from '../../graphql/mode.js';
import { UUIDScalar } from '../../graphql/scalars.js';
import { actorOf } from '../audit/audit.service.js';
import { ListService } from './list.service.js';
import { ListEntryConnection, ListEntryInput, ListEntryType } from './list.type.js';

const EDITORS = ['API_KEY', 'TENANT_ADMIN', 'ANALYST'] as const;

@Resolver()
export class ListResolver {
  @Authorized(...EDITORS)
  @Mutation(() => ListEntryType, {
    description: 'Adds an allow, deny or watch list entry (audited)',
  })
  async addListEntry(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => ListEntryInput) input: ListEntryInput,
    @Arg('mode', () => ModeEnum, { nullable: true }) mode?: Mode,
  ): Promise<ListEntryType> {
    const viewer = viewerOf(ctx);
    const entry = await new ListService(ctx.em, viewer.tenantId, modeFor(viewer, mode)).add(
      input,
      actorOf(viewer),
    );
    return ListEntryType.from(entry);
  }

  @Authorized(...EDITORS)
  @Mutation(() => Boolean, { description: 'Removes a list entry (audited)' })
  async removeListEntry(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('mode', () => ModeEnum, { nullable: true }) mode?: Mode,
  ): Promise<boolean> {
    const viewer = viewerOf(ctx);
    return new ListService(ctx.em, viewer.tenantId, modeFor(viewer, mode)).remove(
      id,
      actorOf(viewer),
    );
  }

  @Authorized()
  @Query(() => ListEntryConnection, { description: 'Current list entries, newest first' })
  async listEntries(
    @Ctx() ctx: GraphQLContext,
    @Arg('list', () => ListNameEnum, { nullable: true }) list?: ListName,
    @Arg('kind', () => ListKindEnum, { nullable: true }) kind?: ListKind,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('mode', () => ModeEnum, { nullable: true }) mode?: Mode,
  ): Promise<ListEntryConnection> {
    const viewer = viewerOf(ctx);
    const page = await new ListService(ctx.em, viewer.tenantId, modeFor(viewer, mode)).list(
      { list, kind },
      { first, after },
    );
    return toConnection(page, ListEntryType.from);
  }
}
