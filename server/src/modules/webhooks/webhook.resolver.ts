import {
  Arg,
  Authorized,
  Ctx,
  Field,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  registerEnumType,
} from 'type-graphql';
import type { Mode } from '../../domain/modes.js';
import { ConnectionType, toConnection } from '../../graphql/connection.js';
import { viewerOf, type GraphQLContext } from '../../graphql/context.js';
import { ModeEnum, enumObject } from '../../graphql/enums.js';
import { modeFor } from '../../graphql/mode.js';
import { DateTimeScalar, JSONScalar, UUIDScalar } from '../../graphql/scalars.js';
import { actorOf } from '../audit/audit.service.js';
import {
  DELIVERY_STATUSES,
  type DeliveryStatus,
  type WebhookDeliveryEntity,
  type WebhookEndpointEntity,
} from './webhook.entity.js';
import { WebhookService } from './webhook.service.js';

const DeliveryStatusEnum = enumObject(DELIVERY_STATUSES);
registerEnumType(DeliveryStatusEnum, {
  name: 'WebhookDeliveryStatus',
  description: 'PENDING (queued or retrying), DELIVERED (2xx), FAILED (retries exhausted)',
});

@ObjectType('WebhookEndpoint')
class WebhookEndpointType {
  @Field(() => UUIDScalar) id!: string;
  @Field(() => String) url!: string;
  @Field(() => [String], { description: 'case.opened, case.resolved, transaction.blocked' })
  events!: string[];
  @Field(() => ModeEnum) mode!: Mode;
  @Field(() => DateTimeScalar, { nullable: true }) disabledAt!: Date | null;
  @Field(() => DateTimeScalar) createdAt!: Date;

  static from(e: WebhookEndpointEntity): WebhookEndpointType {
    return Object.assign(new WebhookEndpointType(), {
      id: e.id,
      url: e.url,
      events: e.events,
      mode: e.mode,
      disabledAt: e.disabledAt,
      createdAt: e.createdAt,
    });
  }
}

@ObjectType('CreatedWebhookEndpoint')
class CreatedWebhookEndpointType {
  @Field(() => WebhookEndpointType) endpoint!: WebhookEndpointType;
  @Field(() => String, {
    description:
      'Signing secret, shown this once: verify `Warden-Signature: t=<unix>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`',
  })
  secret!: string;
}

@ObjectType('WebhookDelivery')
class WebhookDeliveryType {
  @Field(() => UUIDScalar) id!: string;
  @Field(() => String) eventType!: string;
  @Field(() => JSONScalar, { description: 'The body sent' }) payload!: Record<string, unknown>;
  @Field(() => DeliveryStatusEnum) status!: DeliveryStatus;
  @Field(() => Int) attempts!: number;
  @Field(() => Int, { nullable: true }) lastStatusCode!: number | null;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) lastAttemptAt!: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) deliveredAt!: Date | null;
  @Field(() => DateTimeScalar) createdAt!: Date;

  static from(d: WebhookDeliveryEntity): WebhookDeliveryType {
    return Object.assign(new WebhookDeliveryType(), {
      id: d.id,
      eventType: d.eventType,
      payload: d.payload,
      status: d.status,
      attempts: d.attempts,
      lastStatusCode: d.lastStatusCode,
      lastError: d.lastError,
      lastAttemptAt: d.lastAttemptAt,
      deliveredAt: d.deliveredAt,
      createdAt: d.createdAt,
    });
  }
}

@ObjectType('WebhookDeliveryConnection')
class WebhookDeliveryConnection extends ConnectionType(WebhookDeliveryType, 'WebhookDelivery') {}

function service(ctx: GraphQLContext, mode?: Mode): WebhookService {
  const viewer = viewerOf(ctx);
  return new WebhookService(
    ctx.em,
    viewer.tenantId,
    modeFor(viewer, mode),
    ctx.deps.webhookAllowPrivate ?? false,
  );
}

@Resolver()
export class WebhookResolver {
  @Authorized('TENANT_ADMIN')
  @Mutation(() => CreatedWebhookEndpointType, {
    description: 'Registers an endpoint for some events of one mode (audited)',
  })
  async createWebhookEndpoint(
    @Ctx() ctx: GraphQLContext,
    @Arg('url', () => String) url: string,
    @Arg('events', () => [String]) events: string[],
    @Arg('mode', () => ModeEnum, { nullable: true }) mode?: Mode,
  ): Promise<CreatedWebhookEndpointType> {
    const { endpoint, secret } = await service(ctx, mode).create(
      { url, events },
      actorOf(viewerOf(ctx)),
    );
    return { endpoint: WebhookEndpointType.from(endpoint), secret };
  }

  @Authorized('TENANT_ADMIN')
  @Mutation(() => WebhookEndpointType, { description: 'Stops deliveries to an endpoint (audited)' })
  async disableWebhookEndpoint(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('mode', () => ModeEnum, { nullable: true }) mode?: Mode,
  ): Promise<WebhookEndpointType> {
    return WebhookEndpointType.from(await service(ctx, mode).disable(id, actorOf(viewerOf(ctx))));
  }

  @Authorized('TENANT_ADMIN')
  @Query(() => [WebhookEndpointType], { description: 'Endpoints of this tenant, newest first' })
  async webhookEndpoints(
    @Ctx() ctx: GraphQLContext,
    @Arg('mode', () => ModeEnum, { nullable: true }) mode?: Mode,
  ): Promise<WebhookEndpointType[]> {
    return (await service(ctx, mode).list()).map(WebhookEndpointType.from);
  }

  @Authorized('TENANT_ADMIN')
  @Query(() => WebhookDeliveryConnection, {
    description: "An endpoint's delivery log, newest first",
  })
  async webhookDeliveries(
    @Ctx() ctx: GraphQLContext,
    @Arg('endpointId', () => UUIDScalar) endpointId: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('mode', () => ModeEnum, { nullable: true }) mode?: Mode,
  ): Promise<WebhookDeliveryConnection> {
    const page = await service(ctx, mode).deliveries(endpointId, { first, after });
    return toConnection(page, WebhookDeliveryType.from);
  }

  @Authorized('TENANT_ADMIN')
  @Mutation(() => WebhookDeliveryType, {
    description: 'Sends a delivery again, whatever its state',
  })
  async redeliverWebhook(
    @Ctx() ctx: GraphQLContext,
    @Arg('deliveryId', () => UUIDScalar) deliveryId: string,
    @Arg('mode', () => ModeEnum, { nullable: true }) mode?: Mode,
  ): Promise<WebhookDeliveryType> {
    const dispatcher = ctx.deps.webhooks;
    if (!dispatcher) throw new Error('webhook dispatcher is not running');
    const delivery = await service(ctx, mode).resetForRedelivery(deliveryId);
    await dispatcher.redeliver(delivery.id);
    return WebhookDeliveryType.from(delivery);
  }
}
