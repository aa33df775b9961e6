import { describe, expect, it } from 'vitest';
import type { Role } from '../../domain/roles.js';
import { isPermitted, type Permission, type Viewer } from './viewer.js';

const user = (role: Role): Viewer => ({
  kind: 'USER',
  tenantId: 't',
  userId: 'u',
  email: 'e',
  role,
});
const key: Viewer = {
  kind: 'API_KEY',
  tenantId: 't',
  apiKeyId: 'k',
  prefix: 'pk_test_abcd',
  mode: 'TEST',
};

describe('isPermitted', () => {
  it.each<[string, Viewer, Permission[], boolean]>([
    ['anyone authenticated', key, [], true],
    ['key where keys are allowed', key, ['API_KEY'], true],
    ['key on a console-only field', key, ['TENANT_ADMIN'], false],
    ['matching role', user('ANALYST'), ['ANALYST', 'TENANT_ADMIN'], true],
    ['other role', user('COMPLIANCE'), ['ANALYST'], false],
    ['platform admin on a console field', user('PLATFORM_ADMIN'), ['TENANT_ADMIN'], true],
    ['platform admin on a key-only field', user('PLATFORM_ADMIN'), ['API_KEY'], false],
    ['user on a key-only field', user('TENANT_ADMIN'), ['API_KEY'], false],
  ])('%s', (_label, viewer, required, expected) => {
    expect(isPermitted(viewer, required)).toBe(expected);
  });
});
