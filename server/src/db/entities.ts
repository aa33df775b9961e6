import { ApiKeyEntity } from '../modules/api-keys/api-key.entity.js';
import { AuditEntryEntity } from '../modules/audit/audit-entry.entity.js';
import { LoginFailureEntity } from '../modules/auth/login-attempt.entity.js';
import { TenantEntity } from '../modules/tenants/tenant.entity.js';
import { UserEntity } from '../modules/users/user.entity.js';

/** Every persisted entity, listed explicitly so discovery never scans the file system. */
export const ENTITIES = [
  TenantEntity,
  UserEntity,
  ApiKeyEntity,
  AuditEntryEntity,
  LoginFailureEntity,
];
