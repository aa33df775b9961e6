import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { viewerOf, type GraphQLContext } from '../../graphql/context.js';
import { actorOf } from '../audit/audit.service.js';
import type { ReputationKind } from './reputation.entity.js';
import {
  EXPECTED_VALUE,
  ReputationService,
  builtInDisposableDomainCount,
} from './reputation.service.js';
import {
  ReputationImportResultType,
  ReputationKindEnum,
  ReputationListType,
} from './reputation.type.js';

/** Rejected lines a console import shows (the count covers all of them). */
const MAX_REJECTED_SHOWN = 100;

/** The platform admin's reputation lists (platform data: no tenant filter applies). */
@Resolver()
export class ReputationResolver {
  @Authorized('PLATFORM_ADMIN')
  @Query(() => [ReputationListType], { description: 'Every reputation list with its size' })
  async reputationLists(@Ctx() ctx: GraphQLContext): Promise<ReputationListType[]> {
    const lists = await new ReputationService(ctx.em).summary();
    return lists.map((l) =>
      ReputationListType.from(
        l,
        l.kind === 'DISPOSABLE_DOMAIN' ? builtInDisposableDomainCount() : null,
      ),
    );
  }

  @Authorized('PLATFORM_ADMIN')
  @Mutation(() => ReputationImportResultType, {
    description:
      'Loads a list file (one value per line, # comments) like `warden reputation import`; replace: true drops entries not in the content and refuses an empty or damaged file',
  })
  async importReputationList(
    @Ctx() ctx: GraphQLContext,
    @Arg('kind', () => ReputationKindEnum) kind: ReputationKind,
    @Arg('content', () => String, { description: 'The file text, at most 4 MB' }) content: string,
    @Arg('replace', () => Boolean, { defaultValue: false }) replace: boolean,
    @Arg('source', () => String, {
      nullable: true,
      description: "Where it came from (a file name), kept with each entry; default 'console'",
    })
    source?: string,
  ): Promise<ReputationImportResultType> {
    const viewer = viewerOf(ctx);
    const report = await new ReputationService(ctx.em).import(
      kind,
      content,
      source?.trim() || 'console',
      replace,
      {
        field: 'content',
        maxInvalid: MAX_REJECTED_SHOWN,
        audit: { actor: actorOf(viewer), tenantId: viewer.tenantId },
      },
    );
    return ReputationImportResultType.from(report, EXPECTED_VALUE[kind]);
  }
}
