/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
  /** A field whose value is a generic Universally Unique Identifier: https://en.wikipedia.org/wiki/Universally_unique_identifier. */
  UUID: { input: string; output: string; }
};

/** The browser collector's device fields (strings ≤ 1 KB) */
export type AccountDeviceInput = {
  /** The device identity used for linkage */
  clientFingerprint?: InputMaybe<Scalars['String']['input']>;
  deviceMemory?: InputMaybe<Scalars['Float']['input']>;
  hardwareConcurrency?: InputMaybe<Scalars['Int']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
  platform?: InputMaybe<Scalars['String']['input']>;
  screen?: InputMaybe<ScreenInput>;
  /** IANA time zone, e.g. Europe/Paris */
  timezone?: InputMaybe<Scalars['String']['input']>;
  userAgent?: InputMaybe<Scalars['String']['input']>;
  webglRenderer?: InputMaybe<Scalars['String']['input']>;
  webglVendor?: InputMaybe<Scalars['String']['input']>;
};

/** A signup, login, failed login or password reset to score */
export type AccountEventInput = {
  behavior?: InputMaybe<BehaviorInput>;
  device?: InputMaybe<AccountDeviceInput>;
  email?: InputMaybe<Scalars['String']['input']>;
  /** The integrator's id of the account */
  externalUserId: Scalars['String']['input'];
  /** The end user's IP (not your server's) */
  ip?: InputMaybe<Scalars['String']['input']>;
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  sessionId?: InputMaybe<Scalars['String']['input']>;
  type: AccountEventType;
};

export type AccountEventType =
  | 'LOGIN'
  | 'LOGIN_FAILED'
  | 'PASSWORD_RESET'
  | 'SIGNUP';

export type AnalystLabel =
  | 'FALSE_POSITIVE'
  | 'LEGITIMATE'
  | 'SUSPICIOUS'
  | 'TRUE_FRAUD';

/** ME: assigned to the viewer; UNASSIGNED; ANYONE (default) */
export type AssigneeFilter =
  | 'ANYONE'
  | 'ME'
  | 'UNASSIGNED';

export type AuthorKind =
  | 'API_KEY'
  | 'USER';

/** The browser collector's behaviour fields */
export type BehaviorInput = {
  /** Epoch milliseconds */
  formStartedAt?: InputMaybe<Scalars['Float']['input']>;
  /** Epoch milliseconds */
  formSubmittedAt?: InputMaybe<Scalars['Float']['input']>;
  keystrokeCount?: InputMaybe<Scalars['Int']['input']>;
  /** At most 300 points */
  mousePath?: InputMaybe<Array<MousePointInput>>;
  pasteCount?: InputMaybe<Scalars['Int']['input']>;
};

export type CaseEventType =
  | 'ASSIGNED'
  | 'NOTE'
  | 'OPENED'
  | 'RESOLVED'
  | 'UNASSIGNED';

/** From score and amount; the queue shows CRITICAL first */
export type CasePriority =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type CaseStatus =
  | 'IN_REVIEW'
  | 'OPEN'
  | 'RESOLVED';

export type CheckRecipientInput = {
  /** The customer about to pay */
  senderUserId: Scalars['String']['input'];
  type: RecipientType;
  value: Scalars['String']['input'];
};

export type CheckStatus =
  | 'DISABLED'
  | 'FIRED'
  | 'PASS'
  | 'SHADOW_FIRED';

/** Weighs a label when tuning the threshold: CONFIRMED 1.0, PROBABLE 0.7, POSSIBLE 0.3 */
export type Confidence =
  | 'CONFIRMED'
  | 'POSSIBLE'
  | 'PROBABLE';

export type CreateTenantInput = {
  /** Display name, at most 255 characters */
  name: Scalars['String']['input'];
  /** URL-safe and permanent: 2 to 63 lower-case letters, digits and hyphens, not starting with a hyphen */
  slug: Scalars['String']['input'];
};

export type CreateUserInput = {
  email: Scalars['String']['input'];
  /** At least 10 characters */
  password: Scalars['String']['input'];
  role: Role;
};

export type CustomRuleInput = {
  action?: InputMaybe<Decision>;
  /** UPPER_SNAKE_CASE, not a built-in code */
  code: Scalars['String']['input'];
  /** CEL; see ruleVariables */
  condition: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  /** TRANSACTION by default */
  eventKind?: InputMaybe<EventKind>;
  name: Scalars['String']['input'];
  /** 0..1000, higher wins among actions */
  priority?: InputMaybe<Scalars['Int']['input']>;
  /** ACTIVE by default */
  status?: InputMaybe<RuleStatus>;
  /** -100..100 points when it holds */
  weight: Scalars['Int']['input'];
};

/** Onboarding data; fields left out keep their stored value */
export type CustomerInput = {
  accountOpenedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Country of residence, ISO 3166-1 alpha-2 */
  country?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD */
  dateOfBirth?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  /** Your customer id, the `userId` you score with */
  externalId: Scalars['String']['input'];
  kycLevel?: InputMaybe<KycLevel>;
  /** International format */
  phone?: InputMaybe<Scalars['String']['input']>;
  segment?: InputMaybe<Scalars['String']['input']>;
};

/** In severity order: ALLOW < REVIEW < CHALLENGE < BLOCK */
export type Decision =
  | 'ALLOW'
  | 'BLOCK'
  | 'CHALLENGE'
  | 'REVIEW';

export type DeviceInput = {
  /** Used as the device id when `id` is absent */
  fingerprint?: InputMaybe<Scalars['String']['input']>;
  /** Stable device id from your app or SDK */
  id?: InputMaybe<Scalars['String']['input']>;
  sessionId?: InputMaybe<Scalars['String']['input']>;
  userAgent?: InputMaybe<Scalars['String']['input']>;
};

/** Signal family of a rule */
export type Dimension =
  | 'COUNTERPARTY'
  | 'CUSTOM'
  | 'DEVICE_NETWORK'
  | 'GEO'
  | 'HISTORY'
  | 'LIST'
  | 'MODEL'
  | 'TRANSACTION'
  | 'USER_AUTH';

/** TRANSACTION or ACCOUNT (signup, login…) */
export type EventKind =
  | 'ACCOUNT'
  | 'TRANSACTION';

/** A FeedbackInput with its own idempotency key, flat */
export type FeedbackBatchItem = {
  /** Required for ANALYST_LABEL */
  analystLabel?: InputMaybe<AnalystLabel>;
  /** Required for ANALYST_LABEL */
  confidence?: InputMaybe<Confidence>;
  feedbackType: FeedbackType;
  /** Up to 255 characters, unique per tenant */
  idempotencyKey: Scalars['String']['input'];
  /** Up to 2,000 characters */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** When the outcome happened (default: now); not before the transaction */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Required for TENANT_ACTION */
  tenantAction?: InputMaybe<TenantAction>;
  /** The transactionId scoring returned */
  transactionId: Scalars['String']['input'];
};

export type FeedbackInput = {
  /** Required for ANALYST_LABEL */
  analystLabel?: InputMaybe<AnalystLabel>;
  /** Required for ANALYST_LABEL */
  confidence?: InputMaybe<Confidence>;
  feedbackType: FeedbackType;
  /** Up to 2,000 characters */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** When the outcome happened (default: now); not before the transaction */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Required for TENANT_ACTION */
  tenantAction?: InputMaybe<TenantAction>;
  /** The transactionId scoring returned */
  transactionId: Scalars['String']['input'];
};

/** CREATED: written; REPLAYED: the key was known, the original returned; FAILED: see error */
export type FeedbackStatus =
  | 'CREATED'
  | 'FAILED'
  | 'REPLAYED';

/** TENANT_ACTION: the integrator's outcome; ANALYST_LABEL: an analyst's verdict */
export type FeedbackType =
  | 'ANALYST_LABEL'
  | 'TENANT_ACTION';

export type KycLevel =
  | 'BASIC'
  | 'ENHANCED'
  | 'NONE'
  | 'VERIFIED';

/** The identifier two customers share */
export type LinkKind =
  | 'DEVICE'
  | 'EMAIL'
  | 'IP'
  | 'PHONE'
  | 'RECIPIENT';

export type ListEntryInput = {
  /** The entry stops matching after this time */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  kind: ListKind;
  list: ListName;
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Normalized like scored input: E.164 phones, lower-case e-mails, canonical IPs, a.b.c.d/n networks */
  value: Scalars['String']['input'];
};

/** What a list entry matches */
export type ListKind =
  | 'CIDR'
  | 'COUNTRY'
  | 'DEVICE'
  | 'EMAIL'
  | 'EMAIL_DOMAIN'
  | 'IP'
  | 'PHONE'
  | 'RECIPIENT'
  | 'USER';

/** ALLOW, DENY or WATCH */
export type ListName =
  | 'ALLOW'
  | 'DENY'
  | 'WATCH';

export type LocationInput = {
  /** ISO 3166-1 alpha-2 */
  country?: InputMaybe<Scalars['String']['input']>;
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
};

/** LIVE and TEST are separate worlds inside a tenant */
export type Mode =
  | 'LIVE'
  | 'TEST';

export type ModelAlgorithm =
  | 'GRADIENT_BOOSTING'
  | 'LOGISTIC_REGRESSION';

/** TRAINING → READY (or FAILED); then SHADOW or ACTIVE; RETIRED once replaced */
export type ModelStatus =
  | 'ACTIVE'
  | 'FAILED'
  | 'READY'
  | 'RETIRED'
  | 'SHADOW'
  | 'TRAINING';

export type MousePointInput = {
  /** Milliseconds since the form started */
  t: Scalars['Float']['input'];
  x: Scalars['Float']['input'];
  y: Scalars['Float']['input'];
};

/** DRAFT (editable) or PUBLISHED (immutable) */
export type PolicyVersionStatus =
  | 'DRAFT'
  | 'PUBLISHED';

export type RecipientInput = {
  /** ISO 3166-1 alpha-2 */
  country?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  type: RecipientType;
  /** Phone (E.164), e-mail, IBAN, account, card, merchant or wallet id */
  value: Scalars['String']['input'];
};

export type RecipientType =
  | 'ACCOUNT'
  | 'CARD'
  | 'EMAIL'
  | 'IBAN'
  | 'MERCHANT'
  | 'OTHER'
  | 'PHONE'
  | 'WALLET';

/** Platform reputation lists: disposable-mail domains, TOR exit addresses, hosting networks (CIDR) */
export type ReputationKind =
  | 'DISPOSABLE_DOMAIN'
  | 'HOSTING_NETWORK'
  | 'TOR_EXIT';

export type ReviewQueueEventType =
  | 'CASE_OPENED'
  | 'CASE_RESOLVED'
  | 'CASE_UPDATED';

export type ReviewQueueFilter = {
  assignee?: InputMaybe<AssigneeFilter>;
  decision?: InputMaybe<Array<Decision>>;
  minScore?: InputMaybe<Scalars['Int']['input']>;
  /** Only cases opened at least this long ago */
  olderThanMinutes?: InputMaybe<Scalars['Int']['input']>;
  priority?: InputMaybe<Array<CasePriority>>;
  /** Default: OPEN and IN_REVIEW */
  status?: InputMaybe<Array<CaseStatus>>;
};

export type RiskBand =
  | 'ALLOW'
  | 'BLOCK'
  | 'MONITOR';

/** LOW < 30 ≤ MEDIUM < 60 ≤ HIGH < 85 ≤ CRITICAL */
export type RiskLevel =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** Console role */
export type Role =
  | 'ANALYST'
  | 'COMPLIANCE'
  | 'PLATFORM_ADMIN'
  | 'TENANT_ADMIN';

export type RuleSettingsInput = {
  code: Scalars['String']['input'];
  /** Parameters to change; others keep their value */
  params?: InputMaybe<Scalars['JSON']['input']>;
  status?: InputMaybe<RuleStatus>;
  /** 0–100 */
  weight?: InputMaybe<Scalars['Int']['input']>;
};

export type RuleStatus =
  | 'ACTIVE'
  | 'DISABLED'
  | 'SHADOW';

export type ScreenInput = {
  height: Scalars['Float']['input'];
  pixelRatio?: InputMaybe<Scalars['Float']['input']>;
  width: Scalars['Float']['input'];
};

export type TenantAction =
  | 'APPROVE'
  | 'CANCELLED'
  | 'CHARGEBACK'
  | 'DECLINE'
  | 'MANUAL_REVIEW'
  | 'REFUND';

export type ThresholdsInput = {
  block?: InputMaybe<Scalars['Int']['input']>;
  challenge?: InputMaybe<Scalars['Int']['input']>;
  review?: InputMaybe<Scalars['Int']['input']>;
};

export type TransactionFilter = {
  decision?: InputMaybe<Decision>;
  /** Event time, inclusive */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  maxScore?: InputMaybe<Scalars['Int']['input']>;
  minScore?: InputMaybe<Scalars['Int']['input']>;
  /** Event time, exclusive */
  to?: InputMaybe<Scalars['DateTime']['input']>;
  userId?: InputMaybe<Scalars['String']['input']>;
};

/** A payment to score. Only `userId` and `amount` are required (Tier 0). */
export type TransactionInput = {
  /** Greater than 0, at most 10^12 */
  amount: Scalars['Float']['input'];
  /** e.g. app, web, pos, atm */
  channel?: InputMaybe<Scalars['String']['input']>;
  /** ISO 4217; defaults to the tenant's base currency */
  currency?: InputMaybe<Scalars['String']['input']>;
  device?: InputMaybe<DeviceInput>;
  email?: InputMaybe<Scalars['String']['input']>;
  ip?: InputMaybe<Scalars['String']['input']>;
  location?: InputMaybe<LocationInput>;
  /** Up to 8 KB, stored and echoed back */
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  /** Event time (default: now); every window and profile uses it. 2000-01-01 to now + 5 min. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** International format, e.g. +212612345678 */
  phone?: InputMaybe<Scalars['String']['input']>;
  recipient?: InputMaybe<RecipientInput>;
  /** Your own id: a retry with the same reference returns the stored result */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to OTHER */
  type?: InputMaybe<TransactionType>;
  /** Your customer's id */
  userId: Scalars['String']['input'];
};

export type TransactionType =
  | 'BANK_TRANSFER'
  | 'BILL_PAYMENT'
  | 'CARD_PAYMENT'
  | 'CASH_WITHDRAWAL'
  | 'INTERNATIONAL_TRANSFER'
  | 'MERCHANT_PAYMENT'
  | 'MOBILE_TOPUP'
  | 'OTHER'
  | 'P2P_TRANSFER';

/** NEW, LOW, MEDIUM, HIGH, or FLAGGED after confirmed fraud */
export type TrustLevel =
  | 'FLAGGED'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM'
  | 'NEW';

export type UpdateRateLimitsInput = {
  /** Other authenticated requests per minute per mode, 1 to 10,000,000; null returns to the server default; absent keeps the current value */
  otherPerMinute?: InputMaybe<Scalars['Int']['input']>;
  /** Scored events per minute per mode, 1 to 10,000,000; null returns to the server default; absent keeps the current value */
  scoringPerMinute?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateTenantInput = {
  /** true refuses the tenant's API keys and console users (UNAUTHENTICATED, "Tenant is disabled"); false lets them in again; absent keeps it */
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Days between scheduled retrainings of the tenant’s model, 1 to 365 (a READY version to review, not activated); null: on demand only; absent keeps the current value */
  modelRetrainDays?: InputMaybe<Scalars['Int']['input']>;
  /** A new display name; absent keeps it */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Months of scored events to keep, 1 to 120 (the hourly retention job deletes older ones); null keeps everything; absent keeps the current value */
  retentionMonths?: InputMaybe<Scalars['Int']['input']>;
};

/** Fields left out (or null) stay as they are */
export type UpdateUserInput = {
  /** true ends the user's sessions and refuses logins; false lets them log in again */
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Ends the user's sessions; only a platform admin grants PLATFORM_ADMIN */
  role?: InputMaybe<Role>;
};

export type ViewerKind =
  | 'API_KEY'
  | 'USER';

/** PENDING (queued or retrying), DELIVERED (2xx), FAILED (retries exhausted) */
export type WebhookDeliveryStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'PENDING';

export type ChangePasswordPage_ChangePasswordMutationMutationVariables = Exact<{
  current: Scalars['String']['input'];
  next: Scalars['String']['input'];
}>;


export type ChangePasswordPage_ChangePasswordMutationMutation = { __typename?: 'Mutation', changePassword: { __typename?: 'LoginPayload', token: string, expiresAt: string, mustChangePassword: boolean, user: { __typename?: 'User', id: string, email: string, role: Role } } };

export type ReputationPage_ListsQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type ReputationPage_ListsQueryQuery = { __typename?: 'Query', reputationLists: Array<{ __typename?: 'ReputationList', kind: ReputationKind, count: number, lastAddedAt?: string | null, builtInCount?: number | null }> };

export type ReputationPage_ImportMutationMutationVariables = Exact<{
  kind: ReputationKind;
  content: Scalars['String']['input'];
  replace: Scalars['Boolean']['input'];
  source?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReputationPage_ImportMutationMutation = { __typename?: 'Mutation', importReputationList: { __typename?: 'ReputationImportResult', kind: ReputationKind, imported: number, added: number, removed: number, rejectedCount: number, rejected: Array<{ __typename?: 'ReputationRejectedLine', line: number, message: string }> } };

export type TenantPage_TenantQueryQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
}>;


export type TenantPage_TenantQueryQuery = { __typename?: 'Query', me: { __typename?: 'Viewer', tenant: { __typename?: 'Tenant', id: string } }, tenant: { __typename?: 'Tenant', id: string, slug: string, name: string, disabled: boolean, disabledAt?: string | null, createdAt: string, retentionMonths?: number | null, rateLimits: { __typename?: 'RateLimits', scoringPerMinute: number, otherPerMinute: number, custom: boolean, tenantScoringPerMinute?: number | null, tenantOtherPerMinute?: number | null, defaults: { __typename?: 'RateLimitDefaults', scoringPerMinute: number, otherPerMinute: number } } } };

export type TenantPage_UsersQueryQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TenantPage_UsersQueryQuery = { __typename?: 'Query', tenant: { __typename?: 'Tenant', id: string, users: { __typename?: 'UserConnection', edges: Array<{ __typename?: 'UserEdge', node: (
          { __typename?: 'User' }
          & { ' $fragmentRefs'?: { 'UsersTable_UserFragmentFragment': UsersTable_UserFragmentFragment } }
        ) }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } };

export type TenantPage_UpdateRateLimitsMutationMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
  input: UpdateRateLimitsInput;
}>;


export type TenantPage_UpdateRateLimitsMutationMutation = { __typename?: 'Mutation', updateRateLimits: { __typename?: 'Tenant', id: string, rateLimits: { __typename?: 'RateLimits', scoringPerMinute: number, otherPerMinute: number, custom: boolean, tenantScoringPerMinute?: number | null, tenantOtherPerMinute?: number | null, defaults: { __typename?: 'RateLimitDefaults', scoringPerMinute: number, otherPerMinute: number } } } };

export type TenantPage_CreateUserMutationMutationVariables = Exact<{
  input: CreateUserInput;
  tenantId: Scalars['UUID']['input'];
}>;


export type TenantPage_CreateUserMutationMutation = { __typename?: 'Mutation', createUser: { __typename?: 'User', id: string, email: string, role: Role } };

export type TenantStatusDialog_UpdateTenantMutationMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
  disabled: Scalars['Boolean']['input'];
}>;


export type TenantStatusDialog_UpdateTenantMutationMutation = { __typename?: 'Mutation', updateTenant: { __typename?: 'Tenant', id: string, disabled: boolean, disabledAt?: string | null } };

export type TenantsPage_TenantsQueryQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TenantsPage_TenantsQueryQuery = { __typename?: 'Query', me: { __typename?: 'Viewer', tenant: { __typename?: 'Tenant', id: string } }, tenants: { __typename?: 'TenantConnection', totalCount: number, edges: Array<{ __typename?: 'TenantEdge', node: { __typename?: 'Tenant', id: string, slug: string, name: string, disabled: boolean, disabledAt?: string | null, createdAt: string, rateLimits: { __typename?: 'RateLimits', custom: boolean } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type TenantsPage_CreateTenantMutationMutationVariables = Exact<{
  input: CreateTenantInput;
}>;


export type TenantsPage_CreateTenantMutationMutation = { __typename?: 'Mutation', createTenant: { __typename?: 'Tenant', id: string, slug: string, name: string } };

export type LoginPage_LoginMutationMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginPage_LoginMutationMutation = { __typename?: 'Mutation', login: { __typename?: 'LoginPayload', token: string, expiresAt: string, mustChangePassword: boolean, user: { __typename?: 'User', id: string, email: string, role: Role } } };

export type CaseHeader_CaseFragment = { __typename?: 'Case', id: string, status: CaseStatus, priority: CasePriority, riskScore: number, decision: Decision, amount?: number | null, userId: string, createdAt: string, slaDueAt: string, assignee?: { __typename?: 'CaseUser', email: string } | null, resolution?: { __typename?: 'CaseResolution', label: AnalystLabel, confidence: Confidence, note?: string | null, resolvedBy: string, resolvedAt: string } | null, transaction: { __typename?: 'Transaction', id: string, type: string, amount: number, currency?: string | null, occurredAt: string, reference?: string | null, riskLevel: RiskLevel } } & { ' $fragmentName'?: 'CaseHeader_CaseFragment' };

export type CasePageQueryQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
  mode?: InputMaybe<Mode>;
}>;


export type CasePageQueryQuery = { __typename?: 'Query', scoringPolicy: { __typename?: 'ScoringPolicy', baseCurrency: string }, case: (
    { __typename?: 'Case', id: string, status: CaseStatus, assignee?: { __typename?: 'CaseUser', email: string } | null, transaction: (
      { __typename?: 'Transaction', currency?: string | null }
      & { ' $fragmentRefs'?: { 'TransactionExplanation_TransactionFragmentFragment': TransactionExplanation_TransactionFragmentFragment } }
    ), customer?: (
      { __typename?: 'Customer' }
      & { ' $fragmentRefs'?: { 'CustomerProfile_CustomerFragment': CustomerProfile_CustomerFragment } }
    ) | null }
    & { ' $fragmentRefs'?: { 'CaseHeader_CaseFragment': CaseHeader_CaseFragment;'CaseTimeline_CaseFragment': CaseTimeline_CaseFragment;'LinkedAccounts_CaseFragment': LinkedAccounts_CaseFragment;'RecentEvents_CaseFragment': RecentEvents_CaseFragment } }
  ) };

export type CasePage_AssignCaseMutationMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
  mode?: InputMaybe<Mode>;
}>;


export type CasePage_AssignCaseMutationMutation = { __typename?: 'Mutation', assignCase: (
    { __typename?: 'Case', id: string, status: CaseStatus, assignee?: { __typename?: 'CaseUser', email: string } | null }
    & { ' $fragmentRefs'?: { 'CaseHeader_CaseFragment': CaseHeader_CaseFragment;'CaseTimeline_CaseFragment': CaseTimeline_CaseFragment } }
  ) };

export type CasePage_UnassignCaseMutationMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
  mode?: InputMaybe<Mode>;
}>;


export type CasePage_UnassignCaseMutationMutation = { __typename?: 'Mutation', unassignCase: (
    { __typename?: 'Case', id: string, status: CaseStatus, assignee?: { __typename?: 'CaseUser', email: string } | null }
    & { ' $fragmentRefs'?: { 'CaseHeader_CaseFragment': CaseHeader_CaseFragment;'CaseTimeline_CaseFragment': CaseTimeline_CaseFragment } }
  ) };

export type CasePage_AddCaseNoteMutationMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
  note: Scalars['String']['input'];
  mode?: InputMaybe<Mode>;
}>;


export type CasePage_AddCaseNoteMutationMutation = { __typename?: 'Mutation', addCaseNote: (
    { __typename?: 'Case', id: string }
    & { ' $fragmentRefs'?: { 'CaseTimeline_CaseFragment': CaseTimeline_CaseFragment } }
  ) };

export type CasePage_ResolveCaseMutationMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
  label: AnalystLabel;
  confidence: Confidence;
  note?: InputMaybe<Scalars['String']['input']>;
  mode?: InputMaybe<Mode>;
}>;


export type CasePage_ResolveCaseMutationMutation = { __typename?: 'Mutation', resolveCase: { __typename?: 'Case', id: string, status: CaseStatus } };

export type CasePage_NextCasesQueryQueryVariables = Exact<{
  filter?: InputMaybe<ReviewQueueFilter>;
  mode?: InputMaybe<Mode>;
}>;


export type CasePage_NextCasesQueryQuery = { __typename?: 'Query', reviewQueue: { __typename?: 'CaseConnection', edges: Array<{ __typename?: 'CaseEdge', node: { __typename?: 'Case', id: string } }> } };

export type CaseTimeline_CaseFragment = { __typename?: 'Case', timeline: Array<{ __typename?: 'CaseTimelineEntry', type: CaseEventType, actor: string, at: string, note?: string | null, data?: unknown | null }> } & { ' $fragmentName'?: 'CaseTimeline_CaseFragment' };

export type CustomerProfile_CustomerFragment = { __typename?: 'Customer', externalId: string, email?: string | null, country?: string | null, kycLevel?: KycLevel | null, segment?: string | null, onboarded: boolean, accountOpenedAt?: string | null, firstSeenAt?: string | null, lastSeenAt?: string | null, profile: { __typename?: 'CustomerProfile', trustScore: number, trustLevel: TrustLevel, statistics: { __typename?: 'CustomerStatistics', count: number, average: number, max: number, stdDev: number }, patterns: { __typename?: 'CustomerPatterns', transactionsPerDay: number, typicalAmountMin: number, typicalAmountMax: number, typicalHours: Array<number>, distinctRecipients: number, countries: Array<{ __typename?: 'NamedCount', name: string, count: number }>, channels: Array<{ __typename?: 'NamedCount', name: string, count: number }> }, riskFactors: { __typename?: 'CustomerRiskFactors', chargebacks: number, disputes: number, fraudLabels: number } } } & { ' $fragmentName'?: 'CustomerProfile_CustomerFragment' };

export type LinkedAccounts_CaseFragment = { __typename?: 'Case', linkedEntities: Array<{ __typename?: 'LinkedEntity', kind: LinkKind, value: string, userId: string, events: number, confirmedFraud: number, latestLabel?: AnalystLabel | null, lastSeenAt: string }> } & { ' $fragmentName'?: 'LinkedAccounts_CaseFragment' };

export type RecentEvents_CaseFragment = { __typename?: 'Case', userId: string, recentEvents: Array<{ __typename?: 'Transaction', id: string, occurredAt: string, type: string, amount: number, currency?: string | null, riskScore: number, decision: Decision, caseId?: string | null, feedback: Array<{ __typename?: 'Feedback', id: string, analystLabel?: AnalystLabel | null }> }> } & { ' $fragmentName'?: 'RecentEvents_CaseFragment' };

export type DailyCharts_FeedbackMetricsFragment = { __typename?: 'FeedbackMetrics', daily: Array<{ __typename?: 'DailyAnalytics', date: string, count: number, allowed: number, reviewed: number, challenged: number, blocked: number, averageScore?: number | null }> } & { ' $fragmentName'?: 'DailyCharts_FeedbackMetricsFragment' };

export type ExportCsv_FeedbackMetricsFragment = { __typename?: 'FeedbackMetrics', daily: Array<{ __typename?: 'DailyAnalytics', date: string, count: number, allowed: number, reviewed: number, challenged: number, blocked: number, averageScore?: number | null, labels: { __typename?: 'LabelCounts', trueFraud: number, falsePositive: number, suspicious: number, legitimate: number } }> } & { ' $fragmentName'?: 'ExportCsv_FeedbackMetricsFragment' };

export type MetricCards_FeedbackMetricsFragment = { __typename?: 'FeedbackMetrics', transactions: { __typename?: 'TransactionMetrics', total: number, approved: number, approvalRate?: number | null }, feedback: { __typename?: 'FeedbackActivity', eventsSubmitted: number, overrides: number, overrideRate?: number | null }, labels: { __typename?: 'LabelMetrics', total: number, fraud: number, falsePositive: number, falsePositiveRate?: number | null }, adaptiveThreshold: { __typename?: 'AdaptiveThreshold', recommendedThreshold?: number | null, currentThreshold?: number | null, sampleSize: number, labelledTransactions: number, costRatio: number, expectedCost?: number | null }, drift: { __typename?: 'ScoreDrift', psi?: number | null, meanShift?: number | null, currentMean?: number | null, baselineMean?: number | null, baselineTotal: number, baselineFrom: string, baselineTo: string } } & { ' $fragmentName'?: 'MetricCards_FeedbackMetricsFragment' };

export type MetricsPageQueryQueryVariables = Exact<{
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
  mode?: InputMaybe<Mode>;
}>;


export type MetricsPageQueryQuery = { __typename?: 'Query', feedbackMetrics: (
    { __typename?: 'FeedbackMetrics', mode: Mode, transactions: { __typename?: 'TransactionMetrics', total: number } }
    & { ' $fragmentRefs'?: { 'MetricCards_FeedbackMetricsFragment': MetricCards_FeedbackMetricsFragment;'DailyCharts_FeedbackMetricsFragment': DailyCharts_FeedbackMetricsFragment;'ScoreDistribution_FeedbackMetricsFragment': ScoreDistribution_FeedbackMetricsFragment;'ExportCsv_FeedbackMetricsFragment': ExportCsv_FeedbackMetricsFragment } }
  ) };

export type ScoreDistribution_FeedbackMetricsFragment = { __typename?: 'FeedbackMetrics', scoreDistribution: Array<{ __typename?: 'ScoreBucket', from: number, to: number, count: number, baselineCount: number }> } & { ' $fragmentName'?: 'ScoreDistribution_FeedbackMetricsFragment' };

export type QueuePageQueryQueryVariables = Exact<{
  filter?: InputMaybe<ReviewQueueFilter>;
  mode?: InputMaybe<Mode>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type QueuePageQueryQuery = { __typename?: 'Query', reviewQueue: { __typename?: 'CaseConnection', totalCount: number, edges: Array<{ __typename?: 'CaseEdge', node: (
        { __typename?: 'Case' }
        & { ' $fragmentRefs'?: { 'QueueRow_CaseFragment': QueueRow_CaseFragment } }
      ) }> } };

export type QueueRow_CaseFragment = { __typename?: 'Case', id: string, status: CaseStatus, priority: CasePriority, riskScore: number, decision: Decision, amount?: number | null, userId: string, createdAt: string, slaDueAt: string, updatedAt: string, assignee?: { __typename?: 'CaseUser', email: string } | null } & { ' $fragmentName'?: 'QueueRow_CaseFragment' };

export type QueuePageSubscriptionSubscriptionVariables = Exact<{
  mode?: InputMaybe<Mode>;
}>;


export type QueuePageSubscriptionSubscription = { __typename?: 'Subscription', reviewQueue: { __typename?: 'ReviewQueueEvent', type: ReviewQueueEventType, case: (
      { __typename?: 'Case' }
      & { ' $fragmentRefs'?: { 'QueueRow_CaseFragment': QueueRow_CaseFragment } }
    ) } };

export type QueuePage_AssignCaseMutationMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
  mode?: InputMaybe<Mode>;
}>;


export type QueuePage_AssignCaseMutationMutation = { __typename?: 'Mutation', assignCase: (
    { __typename?: 'Case' }
    & { ' $fragmentRefs'?: { 'QueueRow_CaseFragment': QueueRow_CaseFragment } }
  ) };

export type ApiKeysTab_ApiKeysQueryQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ApiKeysTab_ApiKeysQueryQuery = { __typename?: 'Query', apiKeys: { __typename?: 'ApiKeyConnection', edges: Array<{ __typename?: 'ApiKeyEdge', node: { __typename?: 'ApiKey', id: string, name: string, mode: Mode, prefix: string, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type ApiKeysTab_CreateApiKeyMutationMutationVariables = Exact<{
  mode: Mode;
  name: Scalars['String']['input'];
}>;


export type ApiKeysTab_CreateApiKeyMutationMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreateApiKeyPayload', secret: string, apiKey: { __typename?: 'ApiKey', id: string, name: string, mode: Mode, prefix: string } } };

export type ApiKeysTab_RevokeApiKeyMutationMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
}>;


export type ApiKeysTab_RevokeApiKeyMutationMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'ApiKey', id: string, revokedAt?: string | null } };

export type ApprovalNoticeQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type ApprovalNoticeQueryQuery = { __typename?: 'Query', scoringPolicy: { __typename?: 'ScoringPolicy', requireApproval: boolean } };

export type BacktestSection_RunMutationMutationVariables = Exact<{
  draftId: Scalars['UUID']['input'];
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
  mode?: InputMaybe<Mode>;
}>;


export type BacktestSection_RunMutationMutation = { __typename?: 'Mutation', backtestPolicy: { __typename?: 'BacktestResult', mode: Mode, from: string, to: string, version: number, comparedWith: number, events: number, skipped: number, changed: number, fraudCaught: number, fraudMissed: number, falsePositives: number, fraudCaughtBefore: number, fraudMissedBefore: number, falsePositivesBefore: number, seconds: number, eventsPerSecond: number, before: Array<{ __typename?: 'DecisionCount', decision: Decision, count: number }>, after: Array<{ __typename?: 'DecisionCount', decision: Decision, count: number }>, rules: Array<{ __typename?: 'BacktestRule', code: string, hits: number, fraudHits: number, precision?: number | null }>, rulesBefore: Array<{ __typename?: 'BacktestRule', code: string, hits: number, fraudHits: number, precision?: number | null }>, sample: Array<{ __typename?: 'BacktestSample', eventId: string, occurredAt: string, fraud: boolean, before: Decision, after: Decision, riskScoreBefore: number, riskScoreAfter: number, rules: Array<string> }> } };

export type BacktestSection_ProgressQueryQueryVariables = Exact<{
  draftId: Scalars['UUID']['input'];
}>;


export type BacktestSection_ProgressQueryQuery = { __typename?: 'Query', backtestProgress?: { __typename?: 'BacktestProgress', done: number, total: number, startedAt: string } | null };

export type ConditionEditor_ValidateQueryQueryVariables = Exact<{
  eventKind: EventKind;
  condition: Scalars['String']['input'];
}>;


export type ConditionEditor_ValidateQueryQuery = { __typename?: 'Query', validateRuleCondition: { __typename?: 'ConditionValidation', valid: boolean, problems: Array<{ __typename?: 'ConditionProblem', message: string, offset: number, line: number, column: number }> } };

export type CustomRuleForm_VariablesQueryQueryVariables = Exact<{
  eventKind: EventKind;
}>;


export type CustomRuleForm_VariablesQueryQuery = { __typename?: 'Query', ruleVariables: Array<{ __typename?: 'RuleVariable', name: string, type: string, description: string, example: string }> };

export type CustomRuleForm_UpsertMutationMutationVariables = Exact<{
  draftId: Scalars['UUID']['input'];
  input: CustomRuleInput;
}>;


export type CustomRuleForm_UpsertMutationMutation = { __typename?: 'Mutation', upsertCustomRule: { __typename?: 'PolicyVersion', id: string, editedBy: string, editedAt: string, approvedBy?: string | null, customRules: Array<{ __typename?: 'CustomRule', code: string, name: string, description: string, eventKind: EventKind, condition: string, status: RuleStatus, weight: number, action?: Decision | null, priority: number }> } };

export type CustomRulesEditor_RemoveMutationMutationVariables = Exact<{
  draftId: Scalars['UUID']['input'];
  code: Scalars['String']['input'];
}>;


export type CustomRulesEditor_RemoveMutationMutation = { __typename?: 'Mutation', removeCustomRule: { __typename?: 'PolicyVersion', id: string, editedBy: string, editedAt: string, approvedBy?: string | null, customRules: Array<{ __typename?: 'CustomRule', code: string }> } };

export type ListsTab_ListEntriesQueryQueryVariables = Exact<{
  mode: Mode;
  list?: InputMaybe<ListName>;
  kind?: InputMaybe<ListKind>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ListsTab_ListEntriesQueryQuery = { __typename?: 'Query', listEntries: { __typename?: 'ListEntryConnection', edges: Array<{ __typename?: 'ListEntryEdge', node: { __typename?: 'ListEntry', id: string, list: ListName, kind: ListKind, value: string, reason?: string | null, author: string, createdAt: string, expiresAt?: string | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type ListsTab_AddListEntryMutationMutationVariables = Exact<{
  input: ListEntryInput;
  mode: Mode;
}>;


export type ListsTab_AddListEntryMutationMutation = { __typename?: 'Mutation', addListEntry: { __typename?: 'ListEntry', id: string } };

export type ListsTab_RemoveListEntryMutationMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
  mode: Mode;
}>;


export type ListsTab_RemoveListEntryMutationMutation = { __typename?: 'Mutation', removeListEntry: boolean };

export type PolicyApprovalToggle_UpdateMutationMutationVariables = Exact<{
  requireApproval: Scalars['Boolean']['input'];
}>;


export type PolicyApprovalToggle_UpdateMutationMutation = { __typename?: 'Mutation', updatePolicyApproval: boolean };

export type PolicyDiffQueryQueryVariables = Exact<{
  from: Scalars['Int']['input'];
  to: Scalars['Int']['input'];
}>;


export type PolicyDiffQueryQuery = { __typename?: 'Query', policyDiff: Array<{ __typename?: 'PolicyChange', path: string, before?: unknown | null, after?: unknown | null }> };

export type PolicyDraftEditor_ThresholdsMutationMutationVariables = Exact<{
  draftId: Scalars['UUID']['input'];
  kind: EventKind;
  thresholds: ThresholdsInput;
}>;


export type PolicyDraftEditor_ThresholdsMutationMutation = { __typename?: 'Mutation', updateDraftThresholds: { __typename?: 'PolicyVersion', id: string, editedBy: string, editedAt: string, approvedBy?: string | null, transactionThresholds: { __typename?: 'Thresholds', review?: number | null, challenge?: number | null, block?: number | null }, accountThresholds: { __typename?: 'Thresholds', review?: number | null, challenge?: number | null, block?: number | null } } };

export type PolicyDraftEditor_CaseSettingsMutationMutationVariables = Exact<{
  draftId: Scalars['UUID']['input'];
  openOnBlock?: InputMaybe<Scalars['Boolean']['input']>;
  slaHours?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PolicyDraftEditor_CaseSettingsMutationMutation = { __typename?: 'Mutation', updateDraftCaseSettings: { __typename?: 'PolicyVersion', id: string, editedBy: string, editedAt: string, approvedBy?: string | null, caseSettings: { __typename?: 'CaseSettings', openOnBlock: boolean, slaHours: number } } };

export type PolicyDraftRules_UpdateMutationMutationVariables = Exact<{
  draftId: Scalars['UUID']['input'];
  input: RuleSettingsInput;
}>;


export type PolicyDraftRules_UpdateMutationMutation = { __typename?: 'Mutation', updateDraftRuleSettings: { __typename?: 'PolicyVersion', id: string, editedBy: string, editedAt: string, approvedBy?: string | null, rules: Array<{ __typename?: 'Rule', code: string, weight: number, status: RuleStatus, params: unknown }>, accountRules: Array<{ __typename?: 'Rule', code: string, weight: number, status: RuleStatus, params: unknown }> } };

export type PolicyNewDraft_CreateMutationMutationVariables = Exact<{
  fromVersion?: InputMaybe<Scalars['Int']['input']>;
  mode?: InputMaybe<Mode>;
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type PolicyNewDraft_CreateMutationMutation = { __typename?: 'Mutation', createPolicyDraft: { __typename?: 'PolicyVersion', id: string, number: number, status: PolicyVersionStatus, baseNumber: number, modes: Array<Mode>, note?: string | null } };

export type PolicyPublish_PublishMutationMutationVariables = Exact<{
  draftId: Scalars['UUID']['input'];
  mode: Mode;
}>;


export type PolicyPublish_PublishMutationMutation = { __typename?: 'Mutation', publishPolicy: { __typename?: 'PolicyVersion', id: string, number: number, status: PolicyVersionStatus, modes: Array<Mode>, publishedBy?: string | null, publishedAt?: string | null } };

export type PolicyPublish_ApproveMutationMutationVariables = Exact<{
  draftId: Scalars['UUID']['input'];
}>;


export type PolicyPublish_ApproveMutationMutation = { __typename?: 'Mutation', approvePolicy: { __typename?: 'PolicyVersion', id: string, approvedBy?: string | null, approvedAt?: string | null } };

export type PolicyRollback_RollbackMutationMutationVariables = Exact<{
  mode: Mode;
  toVersion: Scalars['Int']['input'];
}>;


export type PolicyRollback_RollbackMutationMutation = { __typename?: 'Mutation', rollbackPolicy: { __typename?: 'PolicyVersion', id: string, number: number, modes: Array<Mode> } };

export type PolicyTabQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyTabQueryQuery = { __typename?: 'Query', scoringPolicy: { __typename?: 'ScoringPolicy', liveVersion: number, testVersion: number, requireApproval: boolean }, policyVersions: Array<{ __typename?: 'PolicyVersion', id: string, number: number, status: PolicyVersionStatus, baseNumber: number, modes: Array<Mode>, note?: string | null, createdBy: string, createdAt: string, editedBy: string, approvedBy?: string | null, publishedBy?: string | null, publishedAt?: string | null }> };

export type PolicyVersionPanelQueryQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
}>;


export type PolicyVersionPanelQueryQuery = { __typename?: 'Query', policyVersion: { __typename?: 'PolicyVersion', id: string, number: number, status: PolicyVersionStatus, baseNumber: number, modes: Array<Mode>, note?: string | null, createdBy: string, createdAt: string, editedBy: string, editedAt: string, approvedBy?: string | null, approvedAt?: string | null, publishedBy?: string | null, publishedAt?: string | null, transactionThresholds: { __typename?: 'Thresholds', review?: number | null, challenge?: number | null, block?: number | null }, accountThresholds: { __typename?: 'Thresholds', review?: number | null, challenge?: number | null, block?: number | null }, caseSettings: { __typename?: 'CaseSettings', openOnBlock: boolean, slaHours: number }, rules: Array<{ __typename?: 'Rule', code: string, label: string, description: string, dimension: Dimension, action?: Decision | null, weight: number, defaultWeight: number, status: RuleStatus, params: unknown, defaultParams: unknown }>, accountRules: Array<{ __typename?: 'Rule', code: string, label: string, description: string, dimension: Dimension, action?: Decision | null, weight: number, defaultWeight: number, status: RuleStatus, params: unknown, defaultParams: unknown }>, customRules: Array<{ __typename?: 'CustomRule', code: string, name: string, description: string, eventKind: EventKind, condition: string, status: RuleStatus, weight: number, action?: Decision | null, priority: number }> } };

export type SettingsRulesTabQueryQueryVariables = Exact<{
  kind?: InputMaybe<EventKind>;
}>;


export type SettingsRulesTabQueryQuery = { __typename?: 'Query', rules: Array<{ __typename?: 'Rule', code: string, label: string, description: string, dimension: Dimension, action?: Decision | null, weight: number, defaultWeight: number, status: RuleStatus, params: unknown, defaultParams: unknown }> };

export type RulesTab_UpdateRuleSettingsMutationMutationVariables = Exact<{
  input: RuleSettingsInput;
}>;


export type RulesTab_UpdateRuleSettingsMutationMutation = { __typename?: 'Mutation', updateRuleSettings: { __typename?: 'ScoringPolicy', rules: Array<{ __typename?: 'Rule', code: string, weight: number, status: RuleStatus, params: unknown }> } };

export type SettingsScoringTabQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsScoringTabQueryQuery = { __typename?: 'Query', scoringPolicy: { __typename?: 'ScoringPolicy', baseCurrency: string, currencyRates: unknown, transactionThresholds: { __typename?: 'Thresholds', review?: number | null, challenge?: number | null, block?: number | null }, accountThresholds: { __typename?: 'Thresholds', review?: number | null, challenge?: number | null, block?: number | null }, caseSettings: { __typename?: 'CaseSettings', openOnBlock: boolean, slaHours: number } } };

export type ScoringTab_UpdateThresholdsMutationMutationVariables = Exact<{
  kind: EventKind;
  thresholds: ThresholdsInput;
}>;


export type ScoringTab_UpdateThresholdsMutationMutation = { __typename?: 'Mutation', updateThresholds: { __typename?: 'ScoringPolicy', transactionThresholds: { __typename?: 'Thresholds', review?: number | null, challenge?: number | null, block?: number | null }, accountThresholds: { __typename?: 'Thresholds', review?: number | null, challenge?: number | null, block?: number | null } } };

export type ScoringTab_UpdateCaseSettingsMutationMutationVariables = Exact<{
  openOnBlock?: InputMaybe<Scalars['Boolean']['input']>;
  slaHours?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ScoringTab_UpdateCaseSettingsMutationMutation = { __typename?: 'Mutation', updateCaseSettings: { __typename?: 'ScoringPolicy', caseSettings: { __typename?: 'CaseSettings', openOnBlock: boolean, slaHours: number } } };

export type ScoringTab_UpdateCurrencySettingsMutationMutationVariables = Exact<{
  baseCurrency: Scalars['String']['input'];
  rates: Scalars['JSON']['input'];
}>;


export type ScoringTab_UpdateCurrencySettingsMutationMutation = { __typename?: 'Mutation', updateCurrencySettings: { __typename?: 'ScoringPolicy', baseCurrency: string, currencyRates: unknown } };

export type UserActions_UpdateUserMutationMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
  input: UpdateUserInput;
}>;


export type UserActions_UpdateUserMutationMutation = { __typename?: 'Mutation', updateUser: { __typename?: 'User', id: string, role: Role, disabled: boolean, disabledAt?: string | null } };

export type UserActions_ResetUserPasswordMutationMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
}>;


export type UserActions_ResetUserPasswordMutationMutation = { __typename?: 'Mutation', resetUserPassword: { __typename?: 'ResetPasswordPayload', oneTimePassword: string, user: { __typename?: 'User', id: string, email: string, mustChangePassword: boolean } } };

export type UserActions_RevokeUserSessionsMutationMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
}>;


export type UserActions_RevokeUserSessionsMutationMutation = { __typename?: 'Mutation', revokeUserSessions: { __typename?: 'User', id: string } };

export type UsersTab_UsersQueryQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type UsersTab_UsersQueryQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', edges: Array<{ __typename?: 'UserEdge', node: (
        { __typename?: 'User' }
        & { ' $fragmentRefs'?: { 'UsersTable_UserFragmentFragment': UsersTable_UserFragmentFragment } }
      ) }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type UsersTab_CreateUserMutationMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type UsersTab_CreateUserMutationMutation = { __typename?: 'Mutation', createUser: { __typename?: 'User', id: string, email: string, role: Role } };

export type UsersTable_UserFragmentFragment = { __typename?: 'User', id: string, email: string, role: Role, createdAt: string, lastLoginAt?: string | null, disabledAt?: string | null, disabled: boolean, mustChangePassword: boolean } & { ' $fragmentName'?: 'UsersTable_UserFragmentFragment' };

export type WebhookDeliveries_DeliveriesQueryQueryVariables = Exact<{
  endpointId: Scalars['UUID']['input'];
  mode: Mode;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebhookDeliveries_DeliveriesQueryQuery = { __typename?: 'Query', webhookDeliveries: { __typename?: 'WebhookDeliveryConnection', edges: Array<{ __typename?: 'WebhookDeliveryEdge', node: { __typename?: 'WebhookDelivery', id: string, eventType: string, status: WebhookDeliveryStatus, attempts: number, createdAt: string, lastAttemptAt?: string | null, deliveredAt?: string | null, lastStatusCode?: number | null, lastError?: string | null, payload: unknown } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type WebhookDeliveries_RedeliverMutationMutationVariables = Exact<{
  deliveryId: Scalars['UUID']['input'];
  mode: Mode;
}>;


export type WebhookDeliveries_RedeliverMutationMutation = { __typename?: 'Mutation', redeliverWebhook: { __typename?: 'WebhookDelivery', id: string, status: WebhookDeliveryStatus, attempts: number } };

export type WebhooksTab_EndpointsQueryQueryVariables = Exact<{
  mode: Mode;
}>;


export type WebhooksTab_EndpointsQueryQuery = { __typename?: 'Query', webhookEndpoints: Array<{ __typename?: 'WebhookEndpoint', id: string, url: string, events: Array<string>, mode: Mode, createdAt: string, disabledAt?: string | null }> };

export type WebhooksTab_CreateEndpointMutationMutationVariables = Exact<{
  url: Scalars['String']['input'];
  events: Array<Scalars['String']['input']> | Scalars['String']['input'];
  mode: Mode;
}>;


export type WebhooksTab_CreateEndpointMutationMutation = { __typename?: 'Mutation', createWebhookEndpoint: { __typename?: 'CreatedWebhookEndpoint', secret: string, endpoint: { __typename?: 'WebhookEndpoint', id: string, url: string } } };

export type WebhooksTab_DisableEndpointMutationMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
  mode: Mode;
}>;


export type WebhooksTab_DisableEndpointMutationMutation = { __typename?: 'Mutation', disableWebhookEndpoint: { __typename?: 'WebhookEndpoint', id: string, disabledAt?: string | null } };

export type AppShellQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type AppShellQueryQuery = { __typename?: 'Query', me: { __typename?: 'Viewer', kind: ViewerKind, email?: string | null, role?: Role | null, tenant: { __typename?: 'Tenant', name: string, slug: string } } };

export type FeedbackHistory_TransactionFragmentFragment = { __typename?: 'Transaction', id: string, feedback: Array<{ __typename?: 'Feedback', id: string, feedbackType: FeedbackType, analystLabel?: AnalystLabel | null, tenantAction?: TenantAction | null, confidence?: Confidence | null, notes?: string | null, occurredAt: string, createdAt: string, author: { __typename?: 'FeedbackAuthor', kind: AuthorKind, label: string } }> } & { ' $fragmentName'?: 'FeedbackHistory_TransactionFragmentFragment' };

export type TransactionExplanation_TransactionFragmentFragment = { __typename?: 'Transaction', id: string, derivedSignals: unknown, input: unknown, matchedRules: Array<{ __typename?: 'MatchedRule', code: string, label: string, weight: number, dimension: Dimension, action?: Decision | null }>, allChecks: Array<{ __typename?: 'RuleCheck', code: string, status: CheckStatus, weight: number, detail: string }>, checks: { __typename?: 'Checks', amount: { __typename?: 'AmountCheck', passed: boolean, vsAverage?: number | null }, device: { __typename?: 'DeviceCheck', passed: boolean, isTrusted: boolean }, recipient: { __typename?: 'RecipientCheck', passed: boolean, isKnown: boolean, trustLevel: string }, velocity: { __typename?: 'VelocityCheck', passed: boolean, dailyCount: number, dailyLimit: number } }, signals: { __typename?: 'Signals', positive: Array<string>, negative: Array<string>, neutral: Array<string> }, shadowEvaluation?: { __typename?: 'ShadowEvaluation', decision: Decision, score: number, rules: Array<string> } | null } & { ' $fragmentName'?: 'TransactionExplanation_TransactionFragmentFragment' };

export type TransactionPageQueryQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
  mode?: InputMaybe<Mode>;
}>;


export type TransactionPageQueryQuery = { __typename?: 'Query', transaction: (
    { __typename?: 'Transaction', id: string }
    & { ' $fragmentRefs'?: { 'TransactionSummary_TransactionFragmentFragment': TransactionSummary_TransactionFragmentFragment;'TransactionExplanation_TransactionFragmentFragment': TransactionExplanation_TransactionFragmentFragment;'FeedbackHistory_TransactionFragmentFragment': FeedbackHistory_TransactionFragmentFragment } }
  ) };

export type TransactionSummary_TransactionFragmentFragment = { __typename?: 'Transaction', id: string, transactionId: string, reference?: string | null, type: string, mode: Mode, userId: string, amount: number, amountBase: number, currency?: string | null, riskScore: number, riskLevel: RiskLevel, decision: Decision, occurredAt: string, createdAt: string, processingTimeMs: number, caseId?: string | null, policyVersion: number } & { ' $fragmentName'?: 'TransactionSummary_TransactionFragmentFragment' };

export type TransactionsPageQueryQueryVariables = Exact<{
  filter?: InputMaybe<TransactionFilter>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  mode?: InputMaybe<Mode>;
}>;


export type TransactionsPageQueryQuery = { __typename?: 'Query', transactions: { __typename?: 'TransactionConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, edges: Array<{ __typename?: 'TransactionEdge', cursor: string, node: (
        { __typename?: 'Transaction', id: string }
        & { ' $fragmentRefs'?: { 'TransactionsTable_TransactionFragmentFragment': TransactionsTable_TransactionFragmentFragment } }
      ) }> } };

export type TransactionsTable_TransactionFragmentFragment = { __typename?: 'Transaction', id: string, occurredAt: string, userId: string, type: string, amount: number, currency?: string | null, riskScore: number, decision: Decision, caseId?: string | null, processingTimeMs: number } & { ' $fragmentName'?: 'TransactionsTable_TransactionFragmentFragment' };

export const CaseHeader_CaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseHeader_Case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"riskScore"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}}]}}]}}]} as unknown as DocumentNode<CaseHeader_CaseFragment, unknown>;
export const CaseTimeline_CaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseTimeline_Case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]} as unknown as DocumentNode<CaseTimeline_CaseFragment, unknown>;
export const CustomerProfile_CustomerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerProfile_Customer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"kycLevel"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"onboarded"}},{"kind":"Field","name":{"kind":"Name","value":"accountOpenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trustScore"}},{"kind":"Field","name":{"kind":"Name","value":"trustLevel"}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"stdDev"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patterns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactionsPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"typicalAmountMin"}},{"kind":"Field","name":{"kind":"Name","value":"typicalAmountMax"}},{"kind":"Field","name":{"kind":"Name","value":"typicalHours"}},{"kind":"Field","name":{"kind":"Name","value":"distinctRecipients"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskFactors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargebacks"}},{"kind":"Field","name":{"kind":"Name","value":"disputes"}},{"kind":"Field","name":{"kind":"Name","value":"fraudLabels"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerProfile_CustomerFragment, unknown>;
export const LinkedAccounts_CaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkedAccounts_Case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkedEntities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedFraud"}},{"kind":"Field","name":{"kind":"Name","value":"latestLabel"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}}]}}]}}]} as unknown as DocumentNode<LinkedAccounts_CaseFragment, unknown>;
export const RecentEvents_CaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecentEvents_Case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"recentEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"riskScore"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"analystLabel"}}]}}]}}]}}]} as unknown as DocumentNode<RecentEvents_CaseFragment, unknown>;
export const DailyCharts_FeedbackMetricsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DailyCharts_FeedbackMetrics"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daily"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reviewed"}},{"kind":"Field","name":{"kind":"Name","value":"challenged"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}}]}}]}}]} as unknown as DocumentNode<DailyCharts_FeedbackMetricsFragment, unknown>;
export const ExportCsv_FeedbackMetricsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportCsv_FeedbackMetrics"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daily"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reviewed"}},{"kind":"Field","name":{"kind":"Name","value":"challenged"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trueFraud"}},{"kind":"Field","name":{"kind":"Name","value":"falsePositive"}},{"kind":"Field","name":{"kind":"Name","value":"suspicious"}},{"kind":"Field","name":{"kind":"Name","value":"legitimate"}}]}}]}}]}}]} as unknown as DocumentNode<ExportCsv_FeedbackMetricsFragment, unknown>;
export const MetricCards_FeedbackMetricsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetricCards_FeedbackMetrics"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"approvalRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventsSubmitted"}},{"kind":"Field","name":{"kind":"Name","value":"overrides"}},{"kind":"Field","name":{"kind":"Name","value":"overrideRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"fraud"}},{"kind":"Field","name":{"kind":"Name","value":"falsePositive"}},{"kind":"Field","name":{"kind":"Name","value":"falsePositiveRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adaptiveThreshold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendedThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"currentThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"labelledTransactions"}},{"kind":"Field","name":{"kind":"Name","value":"costRatio"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"psi"}},{"kind":"Field","name":{"kind":"Name","value":"meanShift"}},{"kind":"Field","name":{"kind":"Name","value":"currentMean"}},{"kind":"Field","name":{"kind":"Name","value":"baselineMean"}},{"kind":"Field","name":{"kind":"Name","value":"baselineTotal"}},{"kind":"Field","name":{"kind":"Name","value":"baselineFrom"}},{"kind":"Field","name":{"kind":"Name","value":"baselineTo"}}]}}]}}]} as unknown as DocumentNode<MetricCards_FeedbackMetricsFragment, unknown>;
export const ScoreDistribution_FeedbackMetricsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreDistribution_FeedbackMetrics"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreDistribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"baselineCount"}}]}}]}}]} as unknown as DocumentNode<ScoreDistribution_FeedbackMetricsFragment, unknown>;
export const QueueRow_CaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueRow_Case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"riskScore"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<QueueRow_CaseFragment, unknown>;
export const UsersTable_UserFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsersTable_UserFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]} as unknown as DocumentNode<UsersTable_UserFragmentFragment, unknown>;
export const FeedbackHistory_TransactionFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedbackHistory_TransactionFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackType"}},{"kind":"Field","name":{"kind":"Name","value":"analystLabel"}},{"kind":"Field","name":{"kind":"Name","value":"tenantAction"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<FeedbackHistory_TransactionFragmentFragment, unknown>;
export const TransactionExplanation_TransactionFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionExplanation_TransactionFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matchedRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"action"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"vsAverage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"isTrusted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"isKnown"}},{"kind":"Field","name":{"kind":"Name","value":"trustLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"velocity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"dailyCount"}},{"kind":"Field","name":{"kind":"Name","value":"dailyLimit"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"signals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"positive"}},{"kind":"Field","name":{"kind":"Name","value":"negative"}},{"kind":"Field","name":{"kind":"Name","value":"neutral"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shadowEvaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}}]}},{"kind":"Field","name":{"kind":"Name","value":"derivedSignals"}},{"kind":"Field","name":{"kind":"Name","value":"input"}}]}}]} as unknown as DocumentNode<TransactionExplanation_TransactionFragmentFragment, unknown>;
export const TransactionSummary_TransactionFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionSummary_TransactionFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"amountBase"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"riskScore"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"processingTimeMs"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}}]}}]} as unknown as DocumentNode<TransactionSummary_TransactionFragmentFragment, unknown>;
export const TransactionsTable_TransactionFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionsTable_TransactionFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"riskScore"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"processingTimeMs"}}]}}]} as unknown as DocumentNode<TransactionsTable_TransactionFragmentFragment, unknown>;
export const ChangePasswordPage_ChangePasswordMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePasswordPage_ChangePasswordMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"current"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"next"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"current"},"value":{"kind":"Variable","name":{"kind":"Name","value":"current"}}},{"kind":"Argument","name":{"kind":"Name","value":"next"},"value":{"kind":"Variable","name":{"kind":"Name","value":"next"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<ChangePasswordPage_ChangePasswordMutationMutation, ChangePasswordPage_ChangePasswordMutationMutationVariables>;
export const ReputationPage_ListsQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReputationPage_ListsQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reputationLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"lastAddedAt"}},{"kind":"Field","name":{"kind":"Name","value":"builtInCount"}}]}}]}}]} as unknown as DocumentNode<ReputationPage_ListsQueryQuery, ReputationPage_ListsQueryQueryVariables>;
export const ReputationPage_ImportMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReputationPage_ImportMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReputationKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"content"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"replace"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importReputationList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"content"},"value":{"kind":"Variable","name":{"kind":"Name","value":"content"}}},{"kind":"Argument","name":{"kind":"Name","value":"replace"},"value":{"kind":"Variable","name":{"kind":"Name","value":"replace"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedCount"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReputationPage_ImportMutationMutation, ReputationPage_ImportMutationMutationVariables>;
export const TenantPage_TenantQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantPage_TenantQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"retentionMonths"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"otherPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"custom"}},{"kind":"Field","name":{"kind":"Name","value":"tenantScoringPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"tenantOtherPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"defaults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"otherPerMinute"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TenantPage_TenantQueryQuery, TenantPage_TenantQueryQueryVariables>;
export const TenantPage_UsersQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantPage_UsersQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UsersTable_UserFragment"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsersTable_UserFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]} as unknown as DocumentNode<TenantPage_UsersQueryQuery, TenantPage_UsersQueryQueryVariables>;
export const TenantPage_UpdateRateLimitsMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TenantPage_UpdateRateLimitsMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRateLimitsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRateLimits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"otherPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"custom"}},{"kind":"Field","name":{"kind":"Name","value":"tenantScoringPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"tenantOtherPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"defaults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"otherPerMinute"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TenantPage_UpdateRateLimitsMutationMutation, TenantPage_UpdateRateLimitsMutationMutationVariables>;
export const TenantPage_CreateUserMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TenantPage_CreateUserMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<TenantPage_CreateUserMutationMutation, TenantPage_CreateUserMutationMutationVariables>;
export const TenantStatusDialog_UpdateTenantMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TenantStatusDialog_UpdateTenantMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"disabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disabled"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}}]}}]}}]} as unknown as DocumentNode<TenantStatusDialog_UpdateTenantMutationMutation, TenantStatusDialog_UpdateTenantMutationMutationVariables>;
export const TenantsPage_TenantsQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantsPage_TenantsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"custom"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<TenantsPage_TenantsQueryQuery, TenantsPage_TenantsQueryQueryVariables>;
export const TenantsPage_CreateTenantMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TenantsPage_CreateTenantMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTenantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TenantsPage_CreateTenantMutationMutation, TenantsPage_CreateTenantMutationMutationVariables>;
export const LoginPage_LoginMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginPage_LoginMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<LoginPage_LoginMutationMutation, LoginPage_LoginMutationMutationVariables>;
export const CasePageQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasePageQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseCurrency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransactionExplanation_TransactionFragment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerProfile_Customer"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseHeader_Case"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseTimeline_Case"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkedAccounts_Case"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecentEvents_Case"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionExplanation_TransactionFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matchedRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"action"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"vsAverage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"isTrusted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"isKnown"}},{"kind":"Field","name":{"kind":"Name","value":"trustLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"velocity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"dailyCount"}},{"kind":"Field","name":{"kind":"Name","value":"dailyLimit"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"signals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"positive"}},{"kind":"Field","name":{"kind":"Name","value":"negative"}},{"kind":"Field","name":{"kind":"Name","value":"neutral"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shadowEvaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}}]}},{"kind":"Field","name":{"kind":"Name","value":"derivedSignals"}},{"kind":"Field","name":{"kind":"Name","value":"input"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerProfile_Customer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"kycLevel"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"onboarded"}},{"kind":"Field","name":{"kind":"Name","value":"accountOpenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trustScore"}},{"kind":"Field","name":{"kind":"Name","value":"trustLevel"}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"stdDev"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patterns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactionsPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"typicalAmountMin"}},{"kind":"Field","name":{"kind":"Name","value":"typicalAmountMax"}},{"kind":"Field","name":{"kind":"Name","value":"typicalHours"}},{"kind":"Field","name":{"kind":"Name","value":"distinctRecipients"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskFactors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargebacks"}},{"kind":"Field","name":{"kind":"Name","value":"disputes"}},{"kind":"Field","name":{"kind":"Name","value":"fraudLabels"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseHeader_Case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"riskScore"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseTimeline_Case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkedAccounts_Case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkedEntities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedFraud"}},{"kind":"Field","name":{"kind":"Name","value":"latestLabel"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecentEvents_Case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"recentEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"riskScore"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"analystLabel"}}]}}]}}]}}]} as unknown as DocumentNode<CasePageQueryQuery, CasePageQueryQueryVariables>;
export const CasePage_AssignCaseMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasePage_AssignCaseMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseHeader_Case"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseTimeline_Case"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseHeader_Case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"riskScore"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseTimeline_Case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]} as unknown as DocumentNode<CasePage_AssignCaseMutationMutation, CasePage_AssignCaseMutationMutationVariables>;
export const CasePage_UnassignCaseMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasePage_UnassignCaseMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unassignCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseHeader_Case"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseTimeline_Case"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseHeader_Case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"riskScore"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseTimeline_Case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]} as unknown as DocumentNode<CasePage_UnassignCaseMutationMutation, CasePage_UnassignCaseMutationMutationVariables>;
export const CasePage_AddCaseNoteMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasePage_AddCaseNoteMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCaseNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseTimeline_Case"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseTimeline_Case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]} as unknown as DocumentNode<CasePage_AddCaseNoteMutationMutation, CasePage_AddCaseNoteMutationMutationVariables>;
export const CasePage_ResolveCaseMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasePage_ResolveCaseMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"label"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalystLabel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confidence"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Confidence"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"label"},"value":{"kind":"Variable","name":{"kind":"Name","value":"label"}}},{"kind":"Argument","name":{"kind":"Name","value":"confidence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confidence"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CasePage_ResolveCaseMutationMutation, CasePage_ResolveCaseMutationMutationVariables>;
export const CasePage_NextCasesQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasePage_NextCasesQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewQueueFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CasePage_NextCasesQueryQuery, CasePage_NextCasesQueryQueryVariables>;
export const MetricsPageQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetricsPageQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedbackMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricCards_FeedbackMetrics"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DailyCharts_FeedbackMetrics"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreDistribution_FeedbackMetrics"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportCsv_FeedbackMetrics"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetricCards_FeedbackMetrics"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"approvalRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventsSubmitted"}},{"kind":"Field","name":{"kind":"Name","value":"overrides"}},{"kind":"Field","name":{"kind":"Name","value":"overrideRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"fraud"}},{"kind":"Field","name":{"kind":"Name","value":"falsePositive"}},{"kind":"Field","name":{"kind":"Name","value":"falsePositiveRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adaptiveThreshold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendedThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"currentThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"labelledTransactions"}},{"kind":"Field","name":{"kind":"Name","value":"costRatio"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"psi"}},{"kind":"Field","name":{"kind":"Name","value":"meanShift"}},{"kind":"Field","name":{"kind":"Name","value":"currentMean"}},{"kind":"Field","name":{"kind":"Name","value":"baselineMean"}},{"kind":"Field","name":{"kind":"Name","value":"baselineTotal"}},{"kind":"Field","name":{"kind":"Name","value":"baselineFrom"}},{"kind":"Field","name":{"kind":"Name","value":"baselineTo"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DailyCharts_FeedbackMetrics"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daily"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reviewed"}},{"kind":"Field","name":{"kind":"Name","value":"challenged"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreDistribution_FeedbackMetrics"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreDistribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"baselineCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportCsv_FeedbackMetrics"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daily"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reviewed"}},{"kind":"Field","name":{"kind":"Name","value":"challenged"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trueFraud"}},{"kind":"Field","name":{"kind":"Name","value":"falsePositive"}},{"kind":"Field","name":{"kind":"Name","value":"suspicious"}},{"kind":"Field","name":{"kind":"Name","value":"legitimate"}}]}}]}}]}}]} as unknown as DocumentNode<MetricsPageQueryQuery, MetricsPageQueryQueryVariables>;
export const QueuePageQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueuePageQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewQueueFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Mode"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueRow_Case"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueRow_Case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"riskScore"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<QueuePageQueryQuery, QueuePageQueryQueryVariables>;
export const QueuePageSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"QueuePageSubscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueRow_Case"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueRow_Case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"riskScore"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<QueuePageSubscriptionSubscription, QueuePageSubscriptionSubscriptionVariables>;
export const QueuePage_AssignCaseMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QueuePage_AssignCaseMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueRow_Case"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueRow_Case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"riskScore"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<QueuePage_AssignCaseMutationMutation, QueuePage_AssignCaseMutationMutationVariables>;
export const ApiKeysTab_ApiKeysQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeysTab_ApiKeysQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeysTab_ApiKeysQueryQuery, ApiKeysTab_ApiKeysQueryQueryVariables>;
export const ApiKeysTab_CreateApiKeyMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeysTab_CreateApiKeyMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Mode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeysTab_CreateApiKeyMutationMutation, ApiKeysTab_CreateApiKeyMutationMutationVariables>;
export const ApiKeysTab_RevokeApiKeyMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeysTab_RevokeApiKeyMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<ApiKeysTab_RevokeApiKeyMutationMutation, ApiKeysTab_RevokeApiKeyMutationMutationVariables>;
export const ApprovalNoticeQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApprovalNoticeQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"EnumValue","value":"LIVE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requireApproval"}}]}}]}}]} as unknown as DocumentNode<ApprovalNoticeQueryQuery, ApprovalNoticeQueryQueryVariables>;
export const BacktestSection_RunMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BacktestSection_RunMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"draftId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backtestPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"draftId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"draftId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"comparedWith"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fraudCaught"}},{"kind":"Field","name":{"kind":"Name","value":"fraudMissed"}},{"kind":"Field","name":{"kind":"Name","value":"falsePositives"}},{"kind":"Field","name":{"kind":"Name","value":"fraudCaughtBefore"}},{"kind":"Field","name":{"kind":"Name","value":"fraudMissedBefore"}},{"kind":"Field","name":{"kind":"Name","value":"falsePositivesBefore"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"fraudHits"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rulesBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"fraudHits"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sample"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"fraud"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"riskScoreBefore"}},{"kind":"Field","name":{"kind":"Name","value":"riskScoreAfter"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seconds"}},{"kind":"Field","name":{"kind":"Name","value":"eventsPerSecond"}}]}}]}}]} as unknown as DocumentNode<BacktestSection_RunMutationMutation, BacktestSection_RunMutationMutationVariables>;
export const BacktestSection_ProgressQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BacktestSection_ProgressQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"draftId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backtestProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"draftId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"draftId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}}]}}]}}]} as unknown as DocumentNode<BacktestSection_ProgressQueryQuery, BacktestSection_ProgressQueryQueryVariables>;
export const ConditionEditor_ValidateQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConditionEditor_ValidateQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventKind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"condition"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validateRuleCondition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventKind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventKind"}}},{"kind":"Argument","name":{"kind":"Name","value":"condition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"condition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}}]}}]}}]}}]} as unknown as DocumentNode<ConditionEditor_ValidateQueryQuery, ConditionEditor_ValidateQueryQueryVariables>;
export const CustomRuleForm_VariablesQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomRuleForm_VariablesQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventKind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleVariables"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventKind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"example"}}]}}]}}]} as unknown as DocumentNode<CustomRuleForm_VariablesQueryQuery, CustomRuleForm_VariablesQueryQueryVariables>;
export const CustomRuleForm_UpsertMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomRuleForm_UpsertMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"draftId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertCustomRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"draftId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"draftId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"editedBy"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"customRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventKind"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}}]}}]}}]} as unknown as DocumentNode<CustomRuleForm_UpsertMutationMutation, CustomRuleForm_UpsertMutationMutationVariables>;
export const CustomRulesEditor_RemoveMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomRulesEditor_RemoveMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"draftId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCustomRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"draftId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"draftId"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"editedBy"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"customRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CustomRulesEditor_RemoveMutationMutation, CustomRulesEditor_RemoveMutationMutationVariables>;
export const ListsTab_ListEntriesQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListsTab_ListEntriesQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Mode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"list"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ListName"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ListKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}},{"kind":"Argument","name":{"kind":"Name","value":"list"},"value":{"kind":"Variable","name":{"kind":"Name","value":"list"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListsTab_ListEntriesQueryQuery, ListsTab_ListEntriesQueryQueryVariables>;
export const ListsTab_AddListEntryMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ListsTab_AddListEntryMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ListEntryInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Mode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addListEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ListsTab_AddListEntryMutationMutation, ListsTab_AddListEntryMutationMutationVariables>;
export const ListsTab_RemoveListEntryMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ListsTab_RemoveListEntryMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Mode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeListEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}}]}]}}]} as unknown as DocumentNode<ListsTab_RemoveListEntryMutationMutation, ListsTab_RemoveListEntryMutationMutationVariables>;
export const PolicyApprovalToggle_UpdateMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyApprovalToggle_UpdateMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requireApproval"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePolicyApproval"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requireApproval"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requireApproval"}}}]}]}}]} as unknown as DocumentNode<PolicyApprovalToggle_UpdateMutationMutation, PolicyApprovalToggle_UpdateMutationMutationVariables>;
export const PolicyDiffQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyDiffQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyDiff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<PolicyDiffQueryQuery, PolicyDiffQueryQueryVariables>;
export const PolicyDraftEditor_ThresholdsMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyDraftEditor_ThresholdsMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"draftId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"thresholds"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ThresholdsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDraftThresholds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"draftId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"draftId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"thresholds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"thresholds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"editedBy"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"transactionThresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"}},{"kind":"Field","name":{"kind":"Name","value":"challenge"}},{"kind":"Field","name":{"kind":"Name","value":"block"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountThresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"}},{"kind":"Field","name":{"kind":"Name","value":"challenge"}},{"kind":"Field","name":{"kind":"Name","value":"block"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyDraftEditor_ThresholdsMutationMutation, PolicyDraftEditor_ThresholdsMutationMutationVariables>;
export const PolicyDraftEditor_CaseSettingsMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyDraftEditor_CaseSettingsMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"draftId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"openOnBlock"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slaHours"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDraftCaseSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"draftId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"draftId"}}},{"kind":"Argument","name":{"kind":"Name","value":"openOnBlock"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openOnBlock"}}},{"kind":"Argument","name":{"kind":"Name","value":"slaHours"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slaHours"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"editedBy"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"caseSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openOnBlock"}},{"kind":"Field","name":{"kind":"Name","value":"slaHours"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyDraftEditor_CaseSettingsMutationMutation, PolicyDraftEditor_CaseSettingsMutationMutationVariables>;
export const PolicyDraftRules_UpdateMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyDraftRules_UpdateMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"draftId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RuleSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDraftRuleSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"draftId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"draftId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"editedBy"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyDraftRules_UpdateMutationMutation, PolicyDraftRules_UpdateMutationMutationVariables>;
export const PolicyNewDraft_CreateMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyNewDraft_CreateMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Mode"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPolicyDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"baseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"modes"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<PolicyNewDraft_CreateMutationMutation, PolicyNewDraft_CreateMutationMutationVariables>;
export const PolicyPublish_PublishMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyPublish_PublishMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"draftId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Mode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"draftId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"draftId"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"modes"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<PolicyPublish_PublishMutationMutation, PolicyPublish_PublishMutationMutationVariables>;
export const PolicyPublish_ApproveMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyPublish_ApproveMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"draftId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"draftId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"draftId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}}]}}]}}]} as unknown as DocumentNode<PolicyPublish_ApproveMutationMutation, PolicyPublish_ApproveMutationMutationVariables>;
export const PolicyRollback_RollbackMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRollback_RollbackMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Mode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rollbackPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}},{"kind":"Argument","name":{"kind":"Name","value":"toVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"modes"}}]}}]}}]} as unknown as DocumentNode<PolicyRollback_RollbackMutationMutation, PolicyRollback_RollbackMutationMutationVariables>;
export const PolicyTabQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyTabQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"EnumValue","value":"LIVE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveVersion"}},{"kind":"Field","name":{"kind":"Name","value":"testVersion"}},{"kind":"Field","name":{"kind":"Name","value":"requireApproval"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"baseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"modes"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<PolicyTabQueryQuery, PolicyTabQueryQueryVariables>;
export const PolicyVersionPanelQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyVersionPanelQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"baseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"modes"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedBy"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"transactionThresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"}},{"kind":"Field","name":{"kind":"Name","value":"challenge"}},{"kind":"Field","name":{"kind":"Name","value":"block"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountThresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"}},{"kind":"Field","name":{"kind":"Name","value":"challenge"}},{"kind":"Field","name":{"kind":"Name","value":"block"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openOnBlock"}},{"kind":"Field","name":{"kind":"Name","value":"slaHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"defaultWeight"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"defaultParams"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"defaultWeight"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"defaultParams"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventKind"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyVersionPanelQueryQuery, PolicyVersionPanelQueryQueryVariables>;
export const SettingsRulesTabQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsRulesTabQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"defaultWeight"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"defaultParams"}}]}}]}}]} as unknown as DocumentNode<SettingsRulesTabQueryQuery, SettingsRulesTabQueryQueryVariables>;
export const RulesTab_UpdateRuleSettingsMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RulesTab_UpdateRuleSettingsMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RuleSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRuleSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}}]}}]}}]} as unknown as DocumentNode<RulesTab_UpdateRuleSettingsMutationMutation, RulesTab_UpdateRuleSettingsMutationMutationVariables>;
export const SettingsScoringTabQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsScoringTabQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"currencyRates"}},{"kind":"Field","name":{"kind":"Name","value":"transactionThresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"}},{"kind":"Field","name":{"kind":"Name","value":"challenge"}},{"kind":"Field","name":{"kind":"Name","value":"block"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountThresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"}},{"kind":"Field","name":{"kind":"Name","value":"challenge"}},{"kind":"Field","name":{"kind":"Name","value":"block"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openOnBlock"}},{"kind":"Field","name":{"kind":"Name","value":"slaHours"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsScoringTabQueryQuery, SettingsScoringTabQueryQueryVariables>;
export const ScoringTab_UpdateThresholdsMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoringTab_UpdateThresholdsMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"thresholds"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ThresholdsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateThresholds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"thresholds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"thresholds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactionThresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"}},{"kind":"Field","name":{"kind":"Name","value":"challenge"}},{"kind":"Field","name":{"kind":"Name","value":"block"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountThresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"}},{"kind":"Field","name":{"kind":"Name","value":"challenge"}},{"kind":"Field","name":{"kind":"Name","value":"block"}}]}}]}}]}}]} as unknown as DocumentNode<ScoringTab_UpdateThresholdsMutationMutation, ScoringTab_UpdateThresholdsMutationMutationVariables>;
export const ScoringTab_UpdateCaseSettingsMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoringTab_UpdateCaseSettingsMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"openOnBlock"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slaHours"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCaseSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"openOnBlock"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openOnBlock"}}},{"kind":"Argument","name":{"kind":"Name","value":"slaHours"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slaHours"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openOnBlock"}},{"kind":"Field","name":{"kind":"Name","value":"slaHours"}}]}}]}}]}}]} as unknown as DocumentNode<ScoringTab_UpdateCaseSettingsMutationMutation, ScoringTab_UpdateCaseSettingsMutationMutationVariables>;
export const ScoringTab_UpdateCurrencySettingsMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoringTab_UpdateCurrencySettingsMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"baseCurrency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rates"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCurrencySettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"baseCurrency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"baseCurrency"}}},{"kind":"Argument","name":{"kind":"Name","value":"rates"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rates"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"currencyRates"}}]}}]}}]} as unknown as DocumentNode<ScoringTab_UpdateCurrencySettingsMutationMutation, ScoringTab_UpdateCurrencySettingsMutationMutationVariables>;
export const UserActions_UpdateUserMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UserActions_UpdateUserMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}}]}}]}}]} as unknown as DocumentNode<UserActions_UpdateUserMutationMutation, UserActions_UpdateUserMutationMutationVariables>;
export const UserActions_ResetUserPasswordMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UserActions_ResetUserPasswordMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oneTimePassword"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]}}]} as unknown as DocumentNode<UserActions_ResetUserPasswordMutationMutation, UserActions_ResetUserPasswordMutationMutationVariables>;
export const UserActions_RevokeUserSessionsMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UserActions_RevokeUserSessionsMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeUserSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UserActions_RevokeUserSessionsMutationMutation, UserActions_RevokeUserSessionsMutationMutationVariables>;
export const UsersTab_UsersQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsersTab_UsersQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UsersTable_UserFragment"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsersTable_UserFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]} as unknown as DocumentNode<UsersTab_UsersQueryQuery, UsersTab_UsersQueryQueryVariables>;
export const UsersTab_CreateUserMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UsersTab_CreateUserMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<UsersTab_CreateUserMutationMutation, UsersTab_CreateUserMutationMutationVariables>;
export const WebhookDeliveries_DeliveriesQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveries_DeliveriesQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Mode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveries_DeliveriesQueryQuery, WebhookDeliveries_DeliveriesQueryQueryVariables>;
export const WebhookDeliveries_RedeliverMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhookDeliveries_RedeliverMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deliveryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Mode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeliverWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deliveryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deliveryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveries_RedeliverMutationMutation, WebhookDeliveries_RedeliverMutationMutationVariables>;
export const WebhooksTab_EndpointsQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhooksTab_EndpointsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Mode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}}]}}]}}]} as unknown as DocumentNode<WebhooksTab_EndpointsQueryQuery, WebhooksTab_EndpointsQueryQueryVariables>;
export const WebhooksTab_CreateEndpointMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhooksTab_CreateEndpointMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"events"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Mode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"url"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}},{"kind":"Argument","name":{"kind":"Name","value":"events"},"value":{"kind":"Variable","name":{"kind":"Name","value":"events"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<WebhooksTab_CreateEndpointMutationMutation, WebhooksTab_CreateEndpointMutationMutationVariables>;
export const WebhooksTab_DisableEndpointMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhooksTab_DisableEndpointMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Mode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}}]}}]}}]} as unknown as DocumentNode<WebhooksTab_DisableEndpointMutationMutation, WebhooksTab_DisableEndpointMutationMutationVariables>;
export const AppShellQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppShellQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<AppShellQueryQuery, AppShellQueryQueryVariables>;
export const TransactionPageQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TransactionPageQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransactionSummary_TransactionFragment"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransactionExplanation_TransactionFragment"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedbackHistory_TransactionFragment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionSummary_TransactionFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"amountBase"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"riskScore"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"processingTimeMs"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionExplanation_TransactionFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matchedRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"action"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"vsAverage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"isTrusted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"isKnown"}},{"kind":"Field","name":{"kind":"Name","value":"trustLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"velocity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"dailyCount"}},{"kind":"Field","name":{"kind":"Name","value":"dailyLimit"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"signals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"positive"}},{"kind":"Field","name":{"kind":"Name","value":"negative"}},{"kind":"Field","name":{"kind":"Name","value":"neutral"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shadowEvaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}}]}},{"kind":"Field","name":{"kind":"Name","value":"derivedSignals"}},{"kind":"Field","name":{"kind":"Name","value":"input"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedbackHistory_TransactionFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackType"}},{"kind":"Field","name":{"kind":"Name","value":"analystLabel"}},{"kind":"Field","name":{"kind":"Name","value":"tenantAction"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<TransactionPageQueryQuery, TransactionPageQueryQueryVariables>;
export const TransactionsPageQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TransactionsPageQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransactionsTable_TransactionFragment"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionsTable_TransactionFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"riskScore"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"processingTimeMs"}}]}}]} as unknown as DocumentNode<TransactionsPageQueryQuery, TransactionsPageQueryQueryVariables>;