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

export type CreateUserInput = {
  email: Scalars['String']['input'];
  /** At least 10 characters */
  password: Scalars['String']['input'];
  role: Role;
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

export type MousePointInput = {
  /** Milliseconds since the form started */
  t: Scalars['Float']['input'];
  x: Scalars['Float']['input'];
  y: Scalars['Float']['input'];
};

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

export type ViewerKind =
  | 'API_KEY'
  | 'USER';

/** PENDING (queued or retrying), DELIVERED (2xx), FAILED (retries exhausted) */
export type WebhookDeliveryStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'PENDING';

export type LoginPage_LoginMutationMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginPage_LoginMutationMutation = { __typename?: 'Mutation', login: { __typename?: 'LoginPayload', token: string, expiresAt: string, user: { __typename?: 'User', id: string, email: string, role: Role } } };

export type HomePageQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type HomePageQueryQuery = { __typename?: 'Query', me: { __typename?: 'Viewer', kind: ViewerKind, email?: string | null, role?: Role | null, tenant: { __typename?: 'Tenant', name: string, slug: string } } };

export type CasePanelQueryQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
}>;


export type CasePanelQueryQuery = { __typename?: 'Query', case: { __typename?: 'Case', id: string, status: CaseStatus, priority: CasePriority, riskScore: number, decision: Decision, amount?: number | null, userId: string, transaction: { __typename?: 'Transaction', id: string, type: string, currency?: string | null, matchedRules: Array<{ __typename?: 'MatchedRule', code: string, label: string, weight: number }>, allChecks: Array<{ __typename?: 'RuleCheck', code: string, status: CheckStatus, detail: string }> }, linkedEntities: Array<{ __typename?: 'LinkedEntity', kind: LinkKind, value: string, userId: string, confirmedFraud: number, latestLabel?: AnalystLabel | null }> } };

export type ResolveCaseMutationMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
  label: AnalystLabel;
  confidence: Confidence;
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type ResolveCaseMutationMutation = { __typename?: 'Mutation', resolveCase: { __typename?: 'Case', id: string, status: CaseStatus } };

export type QueuePanelQueryQueryVariables = Exact<{
  filter?: InputMaybe<ReviewQueueFilter>;
}>;


export type QueuePanelQueryQuery = { __typename?: 'Query', reviewQueue: { __typename?: 'CaseConnection', totalCount: number, edges: Array<{ __typename?: 'CaseEdge', node: { __typename?: 'Case', id: string, status: CaseStatus, priority: CasePriority, riskScore: number, decision: Decision, amount?: number | null, userId: string, createdAt: string, slaDueAt: string, updatedAt: string, assignee?: { __typename?: 'CaseUser', email: string } | null } }> } };

export type QueuePanelSubscriptionSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type QueuePanelSubscriptionSubscription = { __typename?: 'Subscription', reviewQueue: { __typename?: 'ReviewQueueEvent', type: ReviewQueueEventType, case: { __typename?: 'Case', id: string, status: CaseStatus, priority: CasePriority, riskScore: number, decision: Decision, amount?: number | null, userId: string, createdAt: string, slaDueAt: string, updatedAt: string, assignee?: { __typename?: 'CaseUser', email: string } | null } } };


export const LoginPage_LoginMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginPage_LoginMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<LoginPage_LoginMutationMutation, LoginPage_LoginMutationMutationVariables>;
export const HomePageQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomePageQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<HomePageQueryQuery, HomePageQueryQueryVariables>;
export const CasePanelQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasePanelQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"riskScore"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"matchedRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedEntities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedFraud"}},{"kind":"Field","name":{"kind":"Name","value":"latestLabel"}}]}}]}}]}}]} as unknown as DocumentNode<CasePanelQueryQuery, CasePanelQueryQueryVariables>;
export const ResolveCaseMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveCaseMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"label"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalystLabel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confidence"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Confidence"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"label"},"value":{"kind":"Variable","name":{"kind":"Name","value":"label"}}},{"kind":"Argument","name":{"kind":"Name","value":"confidence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confidence"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ResolveCaseMutationMutation, ResolveCaseMutationMutationVariables>;
export const QueuePanelQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueuePanelQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewQueueFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"riskScore"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<QueuePanelQueryQuery, QueuePanelQueryQueryVariables>;
export const QueuePanelSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"QueuePanelSubscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"riskScore"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QueuePanelSubscriptionSubscription, QueuePanelSubscriptionSubscriptionVariables>;