import type { AuthChecker } from 'type-graphql';
import { ForbiddenError, UnauthenticatedError } from '../domain/errors.js';
import { isPermitted, mayCallRootField, type Permission } from '../modules/auth/viewer.js';
import type { GraphQLContext } from './context.js';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * `@Authorized(...permissions)`: no or bad credentials → UNAUTHENTICATED; right credentials,
 * wrong role → FORBIDDEN. A session opened with a one-time password reaches only
 * `changePassword` and `me` until the password is changed.
 */
export const authChecker: AuthChecker<GraphQLContext, Permission> = (
  { context, info },
  required,
) => {
  if (context.authError) throw context.authError;
  if (!context.viewer) throw new UnauthenticatedError();
  if (ROOT_TYPES.has(info.parentType.name) && !mayCallRootField(context.viewer, info.fieldName)) {
    throw new ForbiddenError('Set a new password first (changePassword)');
  }
  if (!isPermitted(context.viewer, required)) {
    const who = context.viewer.kind === 'API_KEY' ? 'an API key' : `role ${context.viewer.role}`;
    throw new ForbiddenError(`Not allowed for ${who}; requires ${required.join(' or ')}`);
  }
  return true;
};
