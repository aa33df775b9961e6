import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '../../domain/errors.js';
import { UserEntity } from './user.entity.js';

/** A user of any tenant by e-mail (stored lower-cased), for the platform's own tools. */
export async function userByEmail(em: EntityManager, email: string): Promise<UserEntity> {
  const normalized = email.trim().toLowerCase();
  const user = await em.findOne(UserEntity, { email: normalized }, { filters: { tenant: false } });
  if (!user) throw new NotFoundError(`User "${normalized}"`);
  return user;
}
