import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { NotFoundError } from '../../domain/errors.js';
import { MODES, type Mode } from '../../domain/modes.js';
import { parseInput } from '../../domain/validation.js';
import { paginateNewestFirst, type Page, type PageArgs } from '../../db/pagination.js';
import { recordAudit, type Actor } from '../audit/audit.service.js';
import { ApiKeyEntity } from './api-key.entity.js';
import { announceApiKeyChange } from './api-key.store.js';
import { displayPrefix, generateApiKeySecret, hashApiKeySecret } from './api-key.secret.js';

const createKeySchema = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(255, 'must be at most 255 characters'),
  mode: z.enum(MODES, {
    errorMap: () => ({ message: 'must be LIVE or TEST' }),
  }),
});

function snapshot(key: ApiKeyEntity): Record<string, unknown> {
  return {
    name: key.name,
    mode: key.mode,
    prefix: key.prefix,
    revokedAt: key.revokedAt?.toISOString() ?? null,
  };
}

/** API keys of one tenant; `em` must carry that tenant's filter. */
export class ApiKeyService {
  constructor(
    private readonly em: EntityManager,
    private readonly tenantId: string,
  ) {}

  /** Creates a key and returns its secret, which is never retrievable again. */
  async create(
    input: { name: string; mode: Mode },
    actor: Actor,
  ): Promise<{ secret: string; apiKey: ApiKeyEntity }> {
    const { name, mode } = parseInput(createKeySchema, input, '');
    const secret = generateApiKeySecret(mode);
    const apiKey = this.em.create(ApiKeyEntity, {
      tenantId: this.tenantId,
      name,
      mode,
      prefix: displayPrefix(secret),
      keyHash: hashApiKeySecret(secret),
      createdAt: new Date(),
      lastUsedAt: null,
      revokedAt: null,
    });
    recordAudit(this.em, actor, {
      tenantId: this.tenantId,
      action: 'api_key.create',
      entityType: 'ApiKey',
      entityId: apiKey.id,
      after: snapshot(apiKey),
    });
    await this.em.flush();
    return { secret, apiKey };
  }

  /** Revokes a key of this tenant; revoking twice keeps the first revocation time. */
  async revoke(id: string, actor: Actor): Promise<ApiKeyEntity> {
    const apiKey = await this.em.findOne(ApiKeyEntity, { id });
    if (!apiKey) throw new NotFoundError('API key');
    if (apiKey.revokedAt) return apiKey;
    const before = snapshot(apiKey);
    apiKey.revokedAt = new Date();
    recordAudit(this.em, actor, {
      tenantId: this.tenantId,
      action: 'api_key.revoke',
      entityType: 'ApiKey',
      entityId: apiKey.id,
      before,
      after: snapshot(apiKey),
    });
    // The revocation and its announcement commit together: every replica's key cache forgets
    // the key as soon as it is revoked (see ApiKeyCache).
    await this.em.transactional(async (em) => {
      await em.flush();
      await announceApiKeyChange(em as EntityManager, apiKey.id);
    });
    return apiKey;
  }

  list(page: PageArgs): Promise<Page<ApiKeyEntity>> {
    return paginateNewestFirst(this.em, ApiKeyEntity, {}, page);
  }
}
