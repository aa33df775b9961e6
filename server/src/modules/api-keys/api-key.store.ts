import type { EntityManager } from '@mikro-orm/postgresql';
import { Sql, query } from '../../db/executor.js';
import { API_KEY_CHANNEL, notify } from '../../db/notifier.js';

/**
 * Refreshes `last_used_at` unless another request (or replica) did within the last minute: the
 * condition keeps a busy key from rewriting its row on every request.
 */
const TOUCH_LAST_USED = new Sql(
  `update api_key set last_used_at = now()
    where id = $id and (last_used_at is null or last_used_at < now() - interval '60 seconds')`,
);

/** Records that key `id` was just used. */
export async function touchApiKey(em: EntityManager, id: string): Promise<void> {
  await query(em, TOUCH_LAST_USED, { id });
}

/**
 * Tells every replica's key cache that key `id` changed; inside `em`'s transaction, the
 * notification is delivered only if it commits.
 */
export async function announceApiKeyChange(em: EntityManager, id: string): Promise<void> {
  const { sql, values } = notify(API_KEY_CHANNEL, id);
  await query(em, sql, values);
}
