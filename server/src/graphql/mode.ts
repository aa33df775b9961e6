import type { Mode } from '../domain/modes.js';
import { ForbiddenError } from '../domain/errors.js';
import type { Viewer } from '../modules/auth/viewer.js';

/**
 * The world a request works in: an API key's own mode (it may not ask for the other), or for a
 * console user the requested mode, LIVE by default.
 */
export function modeFor(viewer: Viewer, requested?: Mode | null): Mode {
  if (viewer.kind === 'API_KEY') {
    if (requested && requested !== viewer.mode) {
      throw new ForbiddenError(`A ${viewer.mode} key cannot read ${requested} data`);
    }
    return viewer.mode;
  }
  return requested ?? 'LIVE';
}
