import { describe, expect, it } from 'vitest';
import { canOpen, homeFor, matchRoute, navigationFor } from './routes.logic';

const ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

describe('matchRoute', () => {
  it.each([
    ['/queue', { name: 'queue' }],
    ['/queue/', { name: 'queue' }],
    [`/cases/${ID}`, { name: 'case', id: ID }],
    ['/transactions', { name: 'transactions' }],
    [`/transactions/${ID}`, { name: 'transaction', id: ID }],
    ['/metrics', { name: 'metrics' }],
    ['/settings', { name: 'settings', tab: 'scoring' }],
    ['/settings/api-keys', { name: 'settings', tab: 'api-keys' }],
    ['/settings/policy', { name: 'settings', tab: 'policy' }],
    ['/admin/tenants', { name: 'adminTenants' }],
    [`/admin/tenants/${ID}`, { name: 'adminTenant', id: ID }],
    ['/admin/reputation', { name: 'adminReputation' }],
  ])('%s', (path, route) => {
    expect(matchRoute(path)).toEqual(route);
  });

  it.each([
    '/cases/not-a-uuid',
    '/cases',
    '/settings/nope',
    '/metrics/x',
    '/queue/a/b',
    '/x',
    '/admin',
    '/admin/tenants/nope',
    `/admin/tenants/${ID}/x`,
    '/admin/reputation/x',
  ])('%s is not found', (path) => {
    expect(matchRoute(path)).toEqual({ name: 'notFound' });
  });
});

describe('access', () => {
  it('shows each role only the pages it may open', () => {
    expect(navigationFor('ANALYST').map((n) => n.route)).toEqual(['queue', 'transactions']);
    expect(navigationFor('COMPLIANCE').map((n) => n.route)).toEqual([
      'queue',
      'transactions',
      'metrics',
    ]);
    expect(navigationFor('TENANT_ADMIN').map((n) => n.route)).toEqual([
      'queue',
      'transactions',
      'metrics',
      'settings',
    ]);
    expect(navigationFor('PLATFORM_ADMIN').map((n) => n.route)).toEqual([
      'adminTenants',
      'adminReputation',
    ]);
  });

  it('refuses pages outside the role, never "not found"', () => {
    expect(canOpen('ANALYST', 'metrics')).toBe(false);
    expect(canOpen('COMPLIANCE', 'settings')).toBe(false);
    expect(canOpen('TENANT_ADMIN', 'adminTenants')).toBe(false);
    expect(canOpen('TENANT_ADMIN', 'adminReputation')).toBe(false);
    expect(canOpen('PLATFORM_ADMIN', 'adminTenant')).toBe(true);
    expect(canOpen(null, 'queue')).toBe(false);
    expect(canOpen(null, 'notFound')).toBe(true);
  });

  it('lands each role on its first page', () => {
    expect(homeFor('ANALYST')).toBe('/queue');
    expect(homeFor('TENANT_ADMIN')).toBe('/queue');
    expect(homeFor('COMPLIANCE')).toBe('/metrics');
    expect(homeFor('PLATFORM_ADMIN')).toBe('/admin/tenants');
    expect(homeFor(null)).toBeNull();
  });
});
