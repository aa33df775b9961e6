import { ForbiddenError } from '../../domain/errors.js';
import { actorOf } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import type { UserAdmin } from './user-lifecycle.service.js';

/** The console user administering people; API keys never do. */
export function userAdminOf(viewer: Viewer): UserAdmin {
  if (viewer.kind !== 'USER') throw new ForbiddenError('Users are managed by console users');
  return {
    actor: actorOf(viewer),
    role: viewer.role,
    tenantId: viewer.tenantId,
  };
}
