import type { EntityManager } from '@mikro-orm/postgresql';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
} from '../../domain/errors.js';
import type { Mode } from '../../domain/modes.js';
import { recordAudit, type Actor } from '../audit/audit.service.js';
import { EMPTY_POLICY_DOCUMENT, type PolicyDocument } from './policy.js';
import { normalizeDocument, policyDiff, type Edit, type PolicyChange } from './policy-document.js';
import { PolicyVersionEntity } from './policy-version.entity.js';
import {
  findVersion,
  listVersions,
  lockTenantPolicy,
  nextVersionNumber,
  versionOfMode,
} from './policy-version.store.js';
import { TenantPolicyEntity } from './tenant-policy.entity.js';

/** A version with the modes that score with it now. */
export interface VersionView {
  version: PolicyVersionEntity;
  modes: Mode[];
}

const MODES_OF = (row: TenantPolicyEntity | null, number: number): Mode[] =>
  (['LIVE', 'TEST'] as const).filter((m) => versionOfMode(row, m) === number);

/**
 * A tenant's policy versions: drafts are edited, validated, backtested, approved (when the
 * tenant requires four eyes) and published to TEST or LIVE; a published version never changes,
 * and a mode can be rolled back to any version published before. Every step is audited.
 */
export class PolicyVersionService {
  constructor(
    private readonly em: EntityManager,
    private readonly tenantId: string,
  ) {}

  private audit(
    em: EntityManager,
    actor: Actor,
    action: string,
    v: PolicyVersionEntity,
    before: Record<string, unknown> | null,
    after: Record<string, unknown> | null,
  ) {
    recordAudit(em, actor, {
      tenantId: this.tenantId,
      action: `policy.version.${action}`,
      entityType: 'PolicyVersion',
      entityId: String(v.number),
      before,
      after,
    });
  }

  private async policyRow(): Promise<TenantPolicyEntity | null> {
    return this.em.findOne(TenantPolicyEntity, { tenantId: this.tenantId }, { refresh: true });
  }

  /** The document `mode` scores with now (the defaults before any version). */
  async currentDocument(mode: Mode): Promise<{ number: number; document: PolicyDocument }> {
    const number = versionOfMode(await this.policyRow(), mode);
    if (number === 0) return { number, document: EMPTY_POLICY_DOCUMENT };
    const v = await findVersion(this.em, this.tenantId, { number });
    return { number, document: normalizeDocument(v?.document) };
  }

  async list(limit = 100): Promise<VersionView[]> {
    const row = await this.policyRow();
    const versions = await listVersions(this.em, this.tenantId, Math.min(Math.max(limit, 1), 500));
    return versions.map((version) => ({ version, modes: MODES_OF(row, version.number) }));
  }

  async get(id: string): Promise<VersionView> {
    const version = await findVersion(this.em, this.tenantId, { id });
    if (!version) throw new NotFoundError('No such policy version');
    return { version, modes: MODES_OF(await this.policyRow(), version.number) };
  }

  async byNumber(number: number): Promise<PolicyDocument> {
    if (number === 0) return EMPTY_POLICY_DOCUMENT;
    const v = await findVersion(this.em, this.tenantId, { number });
    if (!v) throw new NotFoundError(`No policy version ${number}`);
    return normalizeDocument(v.document);
  }

  /** Differences from version `from` to version `to` (0: the built-in defaults). */
  async diff(from: number, to: number): Promise<PolicyChange[]> {
    return policyDiff(await this.byNumber(from), await this.byNumber(to));
  }

  /** A new draft: a copy of `fromVersion`, else of what `mode` (default LIVE) scores with. */
  async createDraft(
    actor: Actor,
    options: { fromVersion?: number | null; mode?: Mode; note?: string | null },
  ): Promise<VersionView> {
    const note = checkNote(options.note);
    const version = await this.em.transactional(async (txEm) => {
      const em = txEm as EntityManager;
      const row = await lockTenantPolicy(em, this.tenantId);
      const base = options.fromVersion ?? versionOfMode(row, options.mode ?? 'LIVE');
      let document = EMPTY_POLICY_DOCUMENT;
      if (base !== 0) {
        const source = await findVersion(em, this.tenantId, { number: base });
        if (!source) throw new NotFoundError(`No policy version ${base}`);
        document = normalizeDocument(source.document);
      }
      const now = new Date();
      const draft = em.create(PolicyVersionEntity, {
        tenantId: this.tenantId,
        number: await nextVersionNumber(em, this.tenantId),
        status: 'DRAFT',
        baseNumber: base,
        document,
        note,
        createdBy: actor.label,
        createdAt: now,
        editedBy: actor.label,
        editedAt: now,
      });
      this.audit(em, actor, 'create', draft, null, { base, note });
      return draft;
    });
    return { version, modes: [] };
  }

  /**
   * Applies `edit` to a draft (locked): a published version is refused. An edit withdraws any
   * approval, since the approver did not see it.
   */
  async editDraft<T>(
    draftId: string,
    actor: Actor,
    action: string,
    edit: (doc: PolicyDocument) => Edit<T>,
  ): Promise<VersionView> {
    const version = await this.em.transactional(async (txEm) => {
      const em = txEm as EntityManager;
      const draft = await findVersion(em, this.tenantId, { id: draftId }, true);
      if (!draft) throw new NotFoundError('No such policy draft');
      if (draft.status !== 'DRAFT')
        throw new ConflictError(
          `Version ${draft.number} is published and cannot change; create a draft from it`,
        );
      const change = edit(normalizeDocument(draft.document));
      draft.document = change.document;
      draft.editedBy = actor.label;
      draft.editedAt = new Date();
      draft.approvedBy = null;
      draft.approvedAt = null;
      this.audit(
        em,
        actor,
        action,
        draft,
        { [change.path]: change.before },
        { [change.path]: change.after },
      );
      return draft;
    });
    return { version, modes: [] };
  }

  /** Four eyes: an administrator other than the draft's author and last editor approves it. */
  async approve(draftId: string, actor: Actor): Promise<VersionView> {
    if (actor.type !== 'USER')
      throw new ForbiddenError('Only a signed-in administrator can approve');
    const version = await this.em.transactional(async (txEm) => {
      const em = txEm as EntityManager;
      const draft = await findVersion(em, this.tenantId, { id: draftId }, true);
      if (!draft) throw new NotFoundError('No such policy draft');
      if (draft.status !== 'DRAFT')
        throw new ConflictError(`Version ${draft.number} is already published`);
      if (draft.createdBy === actor.label || draft.editedBy === actor.label)
        throw new ForbiddenError(
          'A draft must be approved by an administrator who neither created nor last edited it',
        );
      draft.approvedBy = actor.label;
      draft.approvedAt = new Date();
      this.audit(em, actor, 'approve', draft, null, { approvedBy: actor.label });
      return draft;
    });
    return this.get(version.id);
  }

  /**
   * Makes `mode` score with the version. The mode must not have moved past the version the draft
   * started from (else another publish came first: one wins, the other is told to rebase); a
   * LIVE publish of a tenant that requires approval needs one. Publishing a published version
   * to its other mode (TEST first, then LIVE) follows the same rules.
   */
  async publish(
    versionId: string,
    mode: Mode,
    note: string | null | undefined,
    actor: Actor,
  ): Promise<VersionView> {
    const checked = checkNote(note);
    const id = await this.em.transactional(async (txEm) => {
      const em = txEm as EntityManager;
      const row = await lockTenantPolicy(em, this.tenantId);
      const version = await findVersion(em, this.tenantId, { id: versionId }, true);
      if (!version) throw new NotFoundError('No such policy version');
      const current = versionOfMode(row, mode);
      if (current === version.number)
        throw new ConflictError(`Version ${version.number} is already ${mode}`);
      // A newer version reached this mode after the draft started: publishing would silently
      // undo it. A mode behind the draft's base (TEST left behind by a direct LIVE publish) is
      // no conflict.
      if (current > version.baseNumber)
        throw new ConflictError(
          `${mode} moved to version ${current} after this version was drafted from ${version.baseNumber}; create a new draft from version ${current}`,
        );
      if (mode === 'LIVE' && row.requireApproval && !version.approvedBy)
        throw new ForbiddenError(
          'This tenant requires a second administrator to approve a LIVE publish (approvePolicy)',
        );
      if (mode === 'LIVE') row.liveVersion = version.number;
      else row.testVersion = version.number;
      row.updatedAt = new Date();
      if (version.status === 'DRAFT') {
        version.status = 'PUBLISHED';
        version.publishedBy = actor.label;
        version.publishedAt = new Date();
      }
      if (checked) version.note = checked;
      this.audit(
        em,
        actor,
        'publish',
        version,
        { mode, version: current },
        { mode, version: version.number },
      );
      return version.id;
    });
    return this.get(id);
  }

  /** Makes `mode` score with an earlier published version again (no approval needed). */
  async rollback(mode: Mode, toVersion: number, actor: Actor): Promise<VersionView> {
    const id = await this.em.transactional(async (txEm) => {
      const em = txEm as EntityManager;
      const row = await lockTenantPolicy(em, this.tenantId);
      const version = await findVersion(em, this.tenantId, { number: toVersion });
      if (!version || version.status !== 'PUBLISHED')
        throw new BadUserInputError([
          { field: 'toVersion', message: `version ${toVersion} was never published` },
        ]);
      const current = versionOfMode(row, mode);
      if (current === toVersion)
        throw new ConflictError(`${mode} already scores with version ${toVersion}`);
      if (mode === 'LIVE') row.liveVersion = toVersion;
      else row.testVersion = toVersion;
      row.updatedAt = new Date();
      this.audit(
        em,
        actor,
        'rollback',
        version,
        { mode, version: current },
        { mode, version: toVersion },
      );
      return version.id;
    });
    return this.get(id);
  }

  /**
   * The settings mutations that predate versions (updateThresholds, updateRuleSettings,
   * updateCaseSettings): the change becomes a new version, drafted from what LIVE scores with and
   * published to both modes at once, as those mutations always acted. Refused when the tenant
   * requires approval, which a one-step change would bypass.
   */
  async publishChange<T>(
    actor: Actor,
    action: string,
    edit: (doc: PolicyDocument) => Edit<T>,
  ): Promise<number> {
    return this.em.transactional(async (txEm) => {
      const em = txEm as EntityManager;
      const row = await lockTenantPolicy(em, this.tenantId);
      if (row.requireApproval)
        throw new ForbiddenError(
          'This tenant requires approval of policy changes: change a draft (createPolicyDraft) and have it approved',
        );
      const base = row.liveVersion;
      const source = base ? await findVersion(em, this.tenantId, { number: base }) : null;
      const change = edit(normalizeDocument(source?.document));
      const now = new Date();
      const version = em.create(PolicyVersionEntity, {
        tenantId: this.tenantId,
        number: await nextVersionNumber(em, this.tenantId),
        status: 'PUBLISHED',
        baseNumber: base,
        document: change.document,
        note: `${action} (published to LIVE and TEST at once)`,
        createdBy: actor.label,
        createdAt: now,
        editedBy: actor.label,
        editedAt: now,
        publishedBy: actor.label,
        publishedAt: now,
      });
      row.liveVersion = version.number;
      row.testVersion = version.number;
      row.updatedAt = now;
      // Audited as before versions existed: the setting, its value before and after.
      recordAudit(em, actor, {
        tenantId: this.tenantId,
        action: `policy.${action}`,
        entityType: change.entityType,
        entityId: change.entityType === 'CaseSettings' ? this.tenantId : change.entityId,
        before: (change.before ?? null) as Record<string, unknown> | null,
        after: (change.after ?? null) as Record<string, unknown> | null,
      });
      return version.number;
    });
  }

  /** Whether a LIVE publish needs a second administrator's approval. */
  async setRequireApproval(value: boolean, actor: Actor): Promise<void> {
    await this.em.transactional(async (txEm) => {
      const em = txEm as EntityManager;
      const row = await lockTenantPolicy(em, this.tenantId);
      recordAudit(em, actor, {
        tenantId: this.tenantId,
        action: 'policy.approval.update',
        entityType: 'PolicySettings',
        entityId: this.tenantId,
        before: { requireApproval: row.requireApproval },
        after: { requireApproval: value },
      });
      row.requireApproval = value;
      row.updatedAt = new Date();
    });
  }
}

function checkNote(note: string | null | undefined): string | null {
  const trimmed = note?.trim() ?? '';
  if (trimmed.length > 2000)
    throw new BadUserInputError([{ field: 'note', message: 'at most 2,000 characters' }]);
  if (trimmed.includes('\u0000'))
    throw new BadUserInputError([{ field: 'note', message: 'must not contain NUL characters' }]);
  return trimmed || null;
}
