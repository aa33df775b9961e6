import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer.js';
import { AuditEntryEntity, type ActorType } from './audit-entry.entity.js';

/** Who made a change, as recorded in the audit trail. */
export interface Actor {
  type: ActorType;
  id: string | null;
  label: string;
}

export const SYSTEM_ACTOR: Actor = {
  type: 'SYSTEM',
  id: null,
  label: 'system',
};
export const CLI_ACTOR: Actor = { type: 'SYSTEM', id: null, label: 'cli' };

export function actorOf(viewer: Viewer): Actor {
  return viewer.kind === 'USER'
    ? { type: 'USER', id: viewer.userId, label: viewer.email }
    : { type: 'API_KEY', id: viewer.apiKeyId, label: viewer.prefix };
}

export interface AuditRecord {
  tenantId: string;
  action: string;
  entityType: string;
  entityId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/**
 * Adds an audit entry to the unit of work of `em`, so it commits (or rolls back) with the change
 * it describes.
 */
export function recordAudit(
  em: EntityManager,
  actor: Actor,
  record: AuditRecord,
): AuditEntryEntity {
  const entry = em.create(AuditEntryEntity, {
    tenantId: record.tenantId,
    actorType: actor.type,
    actorId: actor.id,
    actorLabel: actor.label,
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId,
    before: record.before ?? null,
    after: record.after ?? null,
    createdAt: new Date(),
  });
  em.persist(entry);
  return entry;
}
