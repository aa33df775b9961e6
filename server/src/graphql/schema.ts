import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AccountResolver } from '../modules/accounts/account.resolver.js';
import { ApiKeyResolver } from '../modules/api-keys/api-key.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { CustomerResolver } from '../modules/customers/customer.resolver.js';
import { CaseFieldsResolver, CaseResolver } from '../modules/cases/case.resolver.js';
import {
  FeedbackMetricsFieldsResolver,
  FeedbackResolver,
  TransactionFeedbackResolver,
} from '../modules/feedback/feedback.resolver.js';
import { ListResolver } from '../modules/lists/list.resolver.js';
import { PolicyResolver } from '../modules/policy/policy.resolver.js';
import { PolicyVersionResolver } from '../modules/policy/policy-version.resolver.js';
import { CustomRuleResolver } from '../modules/policy/custom-rule.resolver.js';
import { BacktestResolver } from '../modules/policy/backtest.resolver.js';
import { ModelResolver } from '../modules/models/model.resolver.js';
import { ReputationResolver } from '../modules/reputation/reputation.resolver.js';
import { ScoringResolver } from '../modules/scoring/scoring.resolver.js';
import { TenantFieldsResolver, TenantResolver } from '../modules/tenants/tenant.resolver.js';
import { UserResolver } from '../modules/users/user.resolver.js';
import { WebhookResolver } from '../modules/webhooks/webhook.resolver.js';
import { authChecker } from './auth-checker.js';
import './enums.js';
import { DateTimeScalar } from './scalars.js';

const RESOLVERS = [
  AuthResolver,
  ApiKeyResolver,
  UserResolver,
  AuditResolver,
  ScoringResolver,
  ListResolver,
  PolicyResolver,
  PolicyVersionResolver,
  CustomRuleResolver,
  BacktestResolver,
  CustomerResolver,
  FeedbackResolver,
  FeedbackMetricsFieldsResolver,
  TransactionFeedbackResolver,
  CaseResolver,
  CaseFieldsResolver,
  WebhookResolver,
  AccountResolver,
  TenantResolver,
  TenantFieldsResolver,
  ReputationResolver,
  ModelResolver,
] as const;

/** Builds the executable schema from the resolvers. */
export async function buildWardenSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    authMode: 'error',
    // Subscriptions bring their own `subscribe` (see CaseResolver); type-graphql still asks for a
    // PubSub, which must never be used for topics.
    pubSub: {
      publish() {
        throw new Error('topic publishing is not used: subscriptions have their own source');
      },
      subscribe() {
        throw new Error('topic subscriptions are not used: subscriptions have their own source');
      },
    },
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
    emitSchemaFile: false,
  });
}

/** The SDL committed as `schema/schema.graphql`: sorted, so the file only changes with the API. */
export function printWardenSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
