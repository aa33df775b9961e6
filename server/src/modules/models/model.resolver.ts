import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Mode } from '../../domain/modes.js';
import type { Algorithm } from '../../engine/model/model.js';
import { viewerOf, type GraphQLContext } from '../../graphql/context.js';
import { ModeEnum } from '../../graphql/enums.js';
import { modeFor } from '../../graphql/mode.js';
import { DateTimeScalar, UUIDScalar } from '../../graphql/scalars.js';
import { ConflictError } from '../../domain/errors.js';
import { actorOf } from '../audit/audit.service.js';
import { ModelService } from './model.service.js';
import { ModelAlgorithmEnum, ModelVersionType } from './model-version.type.js';

function service(ctx: GraphQLContext, mode?: Mode | null): ModelService {
  const viewer = viewerOf(ctx);
  return new ModelService(ctx.em, viewer.tenantId, modeFor(viewer, mode));
}

@Resolver()
export class ModelResolver {
  @Authorized()
  @Query(() => [ModelVersionType], { description: 'This mode’s model versions, newest first' })
  async modelVersions(
    @Ctx() ctx: GraphQLContext,
    @Arg('mode', () => ModeEnum, { nullable: true }) mode?: Mode,
  ): Promise<ModelVersionType[]> {
    return (await service(ctx, mode).list()).map((m) => ModelVersionType.from(m));
  }

  @Authorized()
  @Query(() => ModelVersionType)
  async modelVersion(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('mode', () => ModeEnum, { nullable: true }) mode?: Mode,
  ): Promise<ModelVersionType> {
    return ModelVersionType.from(await service(ctx, mode).get(id));
  }

  @Authorized('TENANT_ADMIN')
  @Mutation(() => ModelVersionType, {
    description:
      'Trains a model on the transactions that occurred in [from, to) (default: the 28 days ending 7 days ago) in the background; poll modelVersion for progress (audited)',
  })
  async trainModel(
    @Ctx() ctx: GraphQLContext,
    @Arg('from', () => DateTimeScalar, { nullable: true }) from?: Date,
    @Arg('to', () => DateTimeScalar, { nullable: true }) to?: Date,
    @Arg('algorithm', () => ModelAlgorithmEnum, { nullable: true }) algorithm?: Algorithm,
    @Arg('mode', () => ModeEnum, { nullable: true }) mode?: Mode,
  ): Promise<ModelVersionType> {
    const trainer = ctx.deps.models;
    if (!trainer) throw new ConflictError('Model training is not available on this server');
    const version = await service(ctx, mode).train(
      { from, to, algorithm },
      trainer,
      actorOf(viewerOf(ctx)),
    );
    return ModelVersionType.from(version);
  }

  @Authorized('TENANT_ADMIN')
  @Mutation(() => ModelVersionType, {
    description:
      'Puts a trained version to work for `mode`: ACTIVE (replacing the previous one) or, with shadow, SHADOW — scored and reported, never acting (audited)',
  })
  async activateModel(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('mode', () => ModeEnum) mode: Mode,
    @Arg('shadow', () => Boolean, { defaultValue: false }) shadow: boolean,
    @Arg('fromOtherMode', () => Boolean, {
      defaultValue: false,
      description:
        'Allow a version trained on the other mode’s data (say, TEST history replayed) to be copied into `mode` as its own next version',
    })
    fromOtherMode: boolean,
  ): Promise<ModelVersionType> {
    const viewer = viewerOf(ctx);
    const version = await new ModelService(ctx.em, viewer.tenantId, modeFor(viewer, mode)).activate(
      id,
      modeFor(viewer, mode),
      shadow,
      actorOf(viewer),
      { fromOtherMode },
    );
    return ModelVersionType.from(version);
  }
}
