import { createHash, randomBytes } from 'node:crypto';
import type { Mode } from '../../domain/modes.js';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** Random part length: 43 base62 characters carry > 256 bits. */
const RANDOM_CHARS = 43;
const DISPLAY_RANDOM_CHARS = 4;

/** `pk_live_…` / `pk_test_…` followed by 43 characters from 32+ random bytes, base62. */
export function generateApiKeySecret(mode: Mode): string {
  let out = '';
  // Rejection sampling keeps every character uniform (248 = 4 × 62).
  while (out.length < RANDOM_CHARS) {
    for (const byte of randomBytes(48)) {
      if (byte < 248 && out.length < RANDOM_CHARS) out += BASE62[byte % 62];
    }
  }
  return `${modePrefix(mode)}${out}`;
}

export function modePrefix(mode: Mode): string {
  return mode === 'LIVE' ? 'pk_live_' : 'pk_test_';
}

/** Parses the mode from a secret's shape; `null` when it is not an API key at all. */
export function modeOfSecret(secret: string): Mode | null {
  if (!new RegExp(`^pk_(live|test)_[0-9A-Za-z]{${RANDOM_CHARS}}$`).test(secret)) return null;
  return secret.startsWith('pk_live_') ? 'LIVE' : 'TEST';
}

/** Hex SHA-256; the only form in which a secret is stored. */
export function hashApiKeySecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Short display prefix such as `pk_test_3fA9`. */
export function displayPrefix(secret: string): string {
  return secret.slice(0, 'pk_test_'.length + DISPLAY_RANDOM_CHARS);
}
