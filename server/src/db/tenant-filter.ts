import type { Filter } from '@mikro-orm/core';

type FilterDef = Parameters<typeof Filter>[0];

/** Name of the filter that scopes every tenant-owned entity; enabled by default. */
export const TENANT_FILTER = 'tenant';

/**
 * Applied to every tenant-owned entity. It is on by default and takes the tenant id as an
 * argument, so a query through an EntityManager that has no tenant set fails loudly
 * ("No arguments provided for filter") instead of reading across tenants. Platform code
 * that must cross tenants opts out explicitly with `filters: { tenant: false }`.
 */
export const tenantFilter: FilterDef = {
  name: TENANT_FILTER,
  cond: (args: { tenantId: string }) => ({ tenantId: args.tenantId }),
  default: true,
};
