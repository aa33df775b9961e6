import type { EntityManager } from '@mikro-orm/postgresql';
import { paginateNewestFirst, type Page, type PageArgs } from '../../db/pagination.js';
import { BadUserInputError, NotFoundError } from '../../domain/errors.js';
import type { Mode } from '../../domain/modes.js';
import { recordAudit, type Actor } from '../audit/audit.service.js';
import { isAllowedHost } from './destination.js';
import { generateWebhookSecret } from './signature.js';
import {
  WEBHOOK_EVENTS,
  WebhookDeliveryEntity,
  WebhookEndpointEntity,
  type WebhookEvent,
} from './webhook.entity.js';

/** Endpoints per tenant and mode. */
export const MAX_ENDPOINTS = 20;

/** A tenant's webhook endpoints and their delivery log; `em` carries the tenant filter. */
export class WebhookService {
  constructor(
    private readonly em: EntityManager,
    private readonly tenantId: string,
    private readonly mode: Mode,
    /** Whether endpoints may point at private networks (development and tests only). */
    private readonly allowPrivate: boolean,
  ) {}

  async create(
    input: { url: string; events: string[] },
    actor: Actor,
  ): Promise<{ endpoint: WebhookEndpointEntity; secret: string }> {
    const problems: { field: string; message: string }[] = [];
    let url: URL | null = null;
    try {
      url = new URL(input.url.trim());
    } catch {
      problems.push({ field: 'url', message: 'must be an absolute URL' });
    }
    if (url) {
      if (url.protocol !== 'https:' && !(this.allowPrivate && url.protocol === 'http:'))
        problems.push({ field: 'url', message: 'must use https' });
      else if (url.username || url.password)
        problems.push({ field: 'url', message: 'must not carry credentials' });
      // A name is judged again by what it resolves to when each delivery connects.
      else if (!this.allowPrivate && !isAllowedHost(url))
        problems.push({ field: 'url', message: 'must not point at a private or local address' });
      else if (url.href.length > 2000)
        problems.push({ field: 'url', message: 'must be at most 2000 characters' });
    }
    const events = [...new Set(input.events)];
    if (events.length === 0)
      problems.push({
        field: 'events',
        message: `name at least one of ${WEBHOOK_EVENTS.join(', ')}`,
      });
    for (const [i, e] of events.entries())
      if (!(WEBHOOK_EVENTS as readonly string[]).includes(e))
        problems.push({
          field: `events.${i}`,
          message: `must be one of ${WEBHOOK_EVENTS.join(', ')}`,
        });
    const count = await this.em.count(WebhookEndpointEntity, { mode: this.mode, disabledAt: null });
    if (count >= MAX_ENDPOINTS)
      problems.push({ field: 'url', message: `at most ${MAX_ENDPOINTS} endpoints per mode` });
    if (problems.length) throw new BadUserInputError(problems);

    const secret = generateWebhookSecret();
    const endpoint = this.em.create(WebhookEndpointEntity, {
      tenantId: this.tenantId,
      mode: this.mode,
      url: url!.href,
      events: events as WebhookEvent[],
      secret,
      disabledAt: null,
      createdAt: new Date(),
    });
    recordAudit(this.em, actor, {
      tenantId: this.tenantId,
      action: 'webhook.create',
      entityType: 'WebhookEndpoint',
      entityId: endpoint.id,
      after: { url: endpoint.url, events, mode: this.mode },
    });
    await this.em.flush();
    return { endpoint, secret };
  }

  async disable(id: string, actor: Actor): Promise<WebhookEndpointEntity> {
    const endpoint = await this.em.findOne(WebhookEndpointEntity, { id, mode: this.mode });
    if (!endpoint) throw new NotFoundError('Webhook endpoint');
    if (!endpoint.disabledAt) {
      endpoint.disabledAt = new Date();
      recordAudit(this.em, actor, {
        tenantId: this.tenantId,
        action: 'webhook.disable',
        entityType: 'WebhookEndpoint',
        entityId: endpoint.id,
        before: { disabledAt: null },
        after: { disabledAt: endpoint.disabledAt.toISOString() },
      });
      await this.em.flush();
    }
    return endpoint;
  }

  list(): Promise<WebhookEndpointEntity[]> {
    return this.em.find(
      WebhookEndpointEntity,
      { mode: this.mode },
      { orderBy: { createdAt: 'desc', id: 'desc' } },
    );
  }

  async deliveries(endpointId: string, page: PageArgs): Promise<Page<WebhookDeliveryEntity>> {
    const endpoint = await this.em.findOne(WebhookEndpointEntity, {
      id: endpointId,
      mode: this.mode,
    });
    if (!endpoint) throw new NotFoundError('Webhook endpoint');
    return paginateNewestFirst(this.em, WebhookDeliveryEntity, { endpointId }, page);
  }

  /** Marks a delivery pending again; the caller queues it. */
  async resetForRedelivery(deliveryId: string): Promise<WebhookDeliveryEntity> {
    const delivery = await this.em.findOne(WebhookDeliveryEntity, { id: deliveryId });
    if (!delivery) throw new NotFoundError('Webhook delivery');
    const endpoint = await this.em.findOne(WebhookEndpointEntity, {
      id: delivery.endpointId,
      mode: this.mode,
    });
    if (!endpoint) throw new NotFoundError('Webhook delivery');
    delivery.status = 'PENDING';
    delivery.queuedAt = new Date();
    await this.em.flush();
    return delivery;
  }
}
