import { CaseEventEntity, ReviewCaseEntity } from '../modules/cases/case.entity.js';
import {
  WebhookDeliveryEntity,
  WebhookEndpointEntity,
} from '../modules/webhooks/webhook.entity.js';
import { ReputationEntryEntity } from '../modules/reputation/reputation.entity.js';
import { FeedbackEntity } from '../modules/feedback/feedback.entity.js';
import { CustomerEntity } from '../modules/customers/customer.entity.js';
import {
  CustomerDeviceEntity,
  CustomerRecipientEntity,
} from '../modules/customers/relationship.entity.js';
import { ListEntryEntity } from '../modules/lists/list-entry.entity.js';
import { TenantPolicyEntity } from '../modules/policy/tenant-policy.entity.js';
import { PolicyVersionEntity } from '../modules/policy/policy-version.entity.js';
import { PlatformPolicyEntity } from '../modules/policy/platform-policy.entity.js';
import { ScoredEventEntity } from '../modules/scoring/scored-event.entity.js';
import { EventReferenceEntity } from '../modules/scoring/event-reference.entity.js';
import { FraudReportEntity } from '../modules/scoring/fraud-report.entity.js';
import { ApiKeyEntity } from '../modules/api-keys/api-key.entity.js';
import { AuditEntryEntity } from '../modules/audit/audit-entry.entity.js';
import { LoginFailureEntity, LoginLockoutEntity } from '../modules/auth/login-attempt.entity.js';
import { TenantEntity } from '../modules/tenants/tenant.entity.js';
import { UserEntity } from '../modules/users/user.entity.js';
import { ModelVersionEntity } from '../modules/models/model-version.entity.js';
import { RateLimitCounterEntity } from '../modules/rate-limits/rate-limit-counter.entity.js';

/** Every persisted entity, listed explicitly so discovery never scans the file system. */
export const ENTITIES = [
  TenantEntity,
  UserEntity,
  ApiKeyEntity,
  AuditEntryEntity,
  LoginFailureEntity,
  LoginLockoutEntity,
  TenantPolicyEntity,
  CustomerEntity,
  CustomerRecipientEntity,
  CustomerDeviceEntity,
  ScoredEventEntity,
  EventReferenceEntity,
  FraudReportEntity,
  ListEntryEntity,
  FeedbackEntity,
  ReviewCaseEntity,
  CaseEventEntity,
  WebhookEndpointEntity,
  WebhookDeliveryEntity,
  ReputationEntryEntity,
  RateLimitCounterEntity,
  ModelVersionEntity,
  PolicyVersionEntity,
  PlatformPolicyEntity,
];
