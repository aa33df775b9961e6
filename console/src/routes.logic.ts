/**
 * The console's pages, which roles may open them and how a path maps to one. Pure: the router
 * and the shell read these rules; the server still authorizes every request on its own.
 */

export type Role = 'PLATFORM_ADMIN' | 'TENANT_ADMIN' | 'ANALYST' | 'COMPLIANCE';

export type Route =
  | { name: 'queue' }
  | { name: 'case'; id: string }
  | { name: 'transactions' }
  | { name: 'transaction'; id: string }
  | { name: 'metrics' }
  | { name: 'settings'; tab: SettingsTab }
  | { name: 'adminTenants' }
  | { name: 'adminTenant'; id: string }
  | { name: 'adminReputation' }
  | { name: 'notFound' };

export type RouteName = Route['name'];

export const SETTINGS_TABS = [
  'scoring',
  'rules',
  'policy',
  'lists',
  'api-keys',
  'users',
  'webhooks',
] as const;
export type SettingsTab = (typeof SETTINGS_TABS)[number];

const ACCESS: Record<Exclude<RouteName, 'notFound'>, readonly Role[]> = {
  queue: ['ANALYST', 'TENANT_ADMIN', 'COMPLIANCE'],
  case: ['ANALYST', 'TENANT_ADMIN', 'COMPLIANCE'],
  transactions: ['ANALYST', 'TENANT_ADMIN', 'COMPLIANCE'],
  transaction: ['ANALYST', 'TENANT_ADMIN', 'COMPLIANCE'],
  metrics: ['TENANT_ADMIN', 'COMPLIANCE'],
  settings: ['TENANT_ADMIN'],
  adminTenants: ['PLATFORM_ADMIN'],
  adminTenant: ['PLATFORM_ADMIN'],
  adminReputation: ['PLATFORM_ADMIN'],
};

/** The top navigation, in order; each entry shows only to the roles that may open it. */
export const NAVIGATION: readonly { route: RouteName; path: string; label: string }[] = [
  { route: 'queue', path: '/queue', label: 'Review queue' },
  { route: 'transactions', path: '/transactions', label: 'Transactions' },
  { route: 'metrics', path: '/metrics', label: 'Metrics' },
  { route: 'settings', path: '/settings', label: 'Settings' },
  { route: 'adminTenants', path: '/admin/tenants', label: 'Tenants' },
  { route: 'adminReputation', path: '/admin/reputation', label: 'Reputation lists' },
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The page a path shows; an unknown path (or a malformed id) is `notFound`. */
export function matchRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'admin') return matchAdminRoute(parts.slice(1));
  const [head, id, extra] = parts;
  if (extra !== undefined) return { name: 'notFound' };
  if (head === 'queue' && id === undefined) return { name: 'queue' };
  if (head === 'cases' && id !== undefined && UUID.test(id)) return { name: 'case', id };
  if (head === 'transactions' && id === undefined) return { name: 'transactions' };
  if (head === 'transactions' && id !== undefined && UUID.test(id))
    return { name: 'transaction', id };
  if (head === 'metrics' && id === undefined) return { name: 'metrics' };
  if (head === 'settings') {
    if (id === undefined) return { name: 'settings', tab: 'scoring' };
    if ((SETTINGS_TABS as readonly string[]).includes(id))
      return { name: 'settings', tab: id as SettingsTab };
  }
  return { name: 'notFound' };
}

function matchAdminRoute([head, id, extra]: string[]): Route {
  if (extra !== undefined) return { name: 'notFound' };
  if (head === 'tenants' && id === undefined) return { name: 'adminTenants' };
  if (head === 'tenants' && id !== undefined && UUID.test(id)) return { name: 'adminTenant', id };
  if (head === 'reputation' && id === undefined) return { name: 'adminReputation' };
  return { name: 'notFound' };
}

/** Whether a role may open a page. Anyone may see "not found". */
export function canOpen(role: Role | null, route: RouteName): boolean {
  if (route === 'notFound') return true;
  return role !== null && ACCESS[route].includes(role);
}

/** Where a role lands after signing in (and on `/`): `null` when no page is for it. */
export function homeFor(role: Role | null): string | null {
  if (role === 'COMPLIANCE') return '/metrics';
  if (role === 'ANALYST' || role === 'TENANT_ADMIN') return '/queue';
  if (role === 'PLATFORM_ADMIN') return '/admin/tenants';
  return null;
}

/** The navigation a role sees. */
export function navigationFor(role: Role | null): typeof NAVIGATION {
  return NAVIGATION.filter((item) => canOpen(role, item.route));
}
