import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { ForbiddenError } from '../../domain/errors.js';
import { viewerOf, type GraphQLContext } from '../../graphql/context.js';
import { ScoreResultType } from '../scoring/score-result.type.js';
import { AccountScoringService } from './account-scoring.service.js';
import { AccountEventInput } from './account.inputs.js';

@Resolver()
export class AccountResolver {
  @Authorized('API_KEY')
  @Mutation(() => ScoreResultType, {
    description:
      'Scores a signup, login, failed login or password reset; the result (with riskBand) is committed before it is returned',
  })
  async scoreAccountEvent(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => AccountEventInput) input: AccountEventInput,
  ): Promise<ScoreResultType> {
    const viewer = viewerOf(ctx);
    if (viewer.kind !== 'API_KEY') throw new ForbiddenError('Scoring needs an API key');
    const outcome = await new AccountScoringService(ctx.em, viewer.tenantId, viewer.mode, {
      geo: ctx.deps.geo,
    }).score(input);
    return ScoreResultType.from(outcome);
  }
}
