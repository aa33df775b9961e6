/** Console roles, from most to least privileged. PLATFORM_ADMIN may act as any other role. */
export const ROLES = ['PLATFORM_ADMIN', 'TENANT_ADMIN', 'ANALYST', 'COMPLIANCE'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
