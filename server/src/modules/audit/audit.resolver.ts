import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { paginateNewestFirst } from '../../db/pagination.js';
import { toConnection } from '../../graphql/connection.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { AuditEntryEntity } from './audit-entry.entity.js';
import { AuditEntryConnection, AuditEntryType } from './audit-entry.type.js';

@Resolver()
export class AuditResolver {
  @Authorized('TENANT_ADMIN', 'COMPLIANCE')
  @Query(() => AuditEntryConnection, {
    description: "The tenant's audit trail, newest first",
  })
  async auditEntries(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<AuditEntryConnection> {
    const page = await paginateNewestFirst(ctx.em, AuditEntryEntity, {}, { first, after });
    return toConnection(page, AuditEntryType.from);
  }
}
