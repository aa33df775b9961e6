import type { AuthChecker } from 'type-graphql';
import { ForbiddenError, UnauthenticatedError } from '../domain/errors.js';
import { isPermitted, type Permission } from '../modules/auth/viewer.js';
import type { GraphQLContext } from './context.js';

/**
 * `@Authorized(...permissions)`: no or bad credentials → UNAUTHENTICATED; right credentials,
 * wrong role → FORBIDDEN.
 */
export const authChecker: AuthChecker<GraphQLContext, Permission> = ({ context }, required) => {
  if (context.authError) throw context.authError;
  if (!context.viewer) throw new UnauthenticatedError();
  if (!isPermitted(context.viewer, required)) {
    const who = context.viewer.kind === 'API_KEY' ? 'an API key' : `role ${context.viewer.role}`;
    throw new ForbiddenError(`Not allowed for ${who}; requires ${required.join(' or ')}`);
  }
  return true;
};
