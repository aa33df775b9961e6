import { EventEmitter, on } from 'node:events';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CASE_CHANNEL, listen, type CaseNotice, type Subscription } from '../../db/notifier.js';
import type { Orm } from '../../db/orm.js';
import { TENANT_FILTER } from '../../db/tenant-filter.js';
import type { QueueEventType } from '../../domain/cases.js';
import type { Mode } from '../../domain/modes.js';
import { ReviewCaseEntity } from './case.entity.js';

/** What a `reviewQueue` subscriber receives. */
export interface QueueEvent {
  type: QueueEventType;
  case: ReviewCaseEntity;
}

/**
 * Case changes from every replica to this replica's subscribers. Changes are announced with
 * NOTIFY in the transaction that makes them, so an event is delivered only once committed, by
 * whichever replica the subscriber is connected to. Each notice is loaded once per replica (and
 * only when someone here listens to that tenant and mode), in the order they were committed.
 */
export class CaseEventBus {
  private readonly emitter = new EventEmitter();
  private listener: Subscription | null = null;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly orm: Orm,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {
    this.emitter.setMaxListeners(0);
  }

  async start(connectionString: string): Promise<void> {
    this.listener = await listen(connectionString, CASE_CHANNEL, (notice) => this.receive(notice), {
      onError: this.onError,
      onDown: () =>
        this.onError(
          new Error('case events: listener down, events may be missed until it is back'),
        ),
    });
  }

  get listening(): boolean {
    return this.listener?.listening ?? false;
  }

  /** Events of one tenant and mode until the consumer stops iterating. */
  async *subscribe(tenantId: string, mode: Mode, signal?: AbortSignal): AsyncGenerator<QueueEvent> {
    for await (const [event] of on(this.emitter, `${tenantId}:${mode}`, { signal })) {
      yield event as QueueEvent;
    }
  }

  /** Subscribers of one tenant and mode in this process (for tests and health). */
  subscribers(tenantId: string, mode: Mode): number {
    return this.emitter.listenerCount(`${tenantId}:${mode}`);
  }

  private receive(notice: CaseNotice): void {
    const key = `${notice.tenantId}:${notice.mode}`;
    if (this.emitter.listenerCount(key) === 0) return;
    const { type, tenantId, caseId } = notice;
    this.chain = this.chain
      .then(async () => {
        const em = this.orm.em.fork() as EntityManager;
        em.setFilterParams(TENANT_FILTER, { tenantId });
        const found = await em.findOne(ReviewCaseEntity, { id: caseId });
        if (found) this.emitter.emit(key, { type, case: found } satisfies QueueEvent);
      })
      .catch(this.onError);
  }

  async stop(): Promise<void> {
    await this.listener?.stop();
    await this.chain;
    this.emitter.removeAllListeners();
  }
}
