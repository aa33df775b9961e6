import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, UnauthenticatedError } from '../domain/errors.js';
import type { Logger } from '../logger.js';
import type { Orm } from '../db/orm.js';
import { TENANT_FILTER } from '../db/tenant-filter.js';
import { AuthService, type LoginLimits } from '../modules/auth/auth.service.js';
import type { TokenSigner } from '../modules/auth/jwt.js';
import type { Viewer } from '../modules/auth/viewer.js';
import type { ApiKeyCache } from '../modules/api-keys/api-key.cache.js';
import type { CaseEventBus } from '../modules/cases/case.events.js';
import type { WebhookDispatcher } from '../modules/webhooks/webhook.dispatcher.js';
import type { IpGeolocator } from '../modules/geo/ip-geolocator.js';
import type { RateLimits } from '../modules/rate-limits/rate-limits.js';
import type { TrainingRunner } from '../modules/models/model.service.js';
import type { TenantStatusCache } from '../modules/tenants/tenant-status.cache.js';

/** Long-lived parts every request context is built from. */
export interface ContextDeps {
  orm: Orm;
  geo: IpGeolocator;
  signer: TokenSigner;
  loginLimits: LoginLimits;
  logger: Logger;
  /** API keys by secret hash (optional: without it every request reads the key). */
  apiKeys?: ApiKeyCache;
  /** Case changes from every replica, for the reviewQueue subscription. */
  cases?: CaseEventBus;
  /** Webhook delivery queue (redeliveries). */
  webhooks?: WebhookDispatcher;
  /** Whether webhook endpoints may be http / private addresses. */
  webhookAllowPrivate?: boolean;
  /** The server's per-minute limits for tenants without their own. */
  rateLimitDefaults: RateLimits;
  /** Which tenants are disabled (optional: without it every request reads the tenant). */
  tenantStatus?: TenantStatusCache;
  /** Runs model training in worker threads (optional: without it trainModel is refused). */
  models?: TrainingRunner;
  /** How often open subscriptions re-check their credential, in ms (default 15,000). */
  sessionRecheckMs?: number;
}

export interface GraphQLContext {
  requestId: string;
  /** A fresh fork for this request (or WebSocket operation), tenant-filtered once authenticated. */
  em: EntityManager;
  viewer: Viewer | null;
  /** Why the presented credentials were refused; thrown by the auth checker when needed. */
  authError: AppError | null;
  ip: string;
  logger: Logger;
  deps: ContextDeps;
  auth: AuthService;
  /** The credential presented (kept so a long-lived subscription can re-check it). */
  credential: string | null;
}

export interface CredentialSource {
  /** The `Authorization` header or the graphql-ws `connection_init` `authorization` value. */
  authorization?: string | null;
  /** The `x-api-key` header. */
  apiKey?: string | null;
  ip: string;
}

/** One context factory for HTTP requests and WebSocket operations. */
export async function createContext(
  deps: ContextDeps,
  source: CredentialSource,
): Promise<GraphQLContext> {
  const requestId = randomUUID();
  const em = deps.orm.em.fork() as EntityManager;
  const auth = authServiceFor(deps, requestId);
  const credential = source.authorization || source.apiKey || null;
  let viewer: Viewer | null = null;
  let authError: AppError | null = null;
  try {
    viewer = await auth.authenticate(credential);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    authError = error;
  }
  if (viewer) em.setFilterParams(TENANT_FILTER, { tenantId: viewer.tenantId });
  return {
    requestId,
    em,
    viewer,
    authError,
    ip: source.ip,
    logger: deps.logger.child({ requestId }),
    deps,
    auth,
    credential,
  };
}

/** An AuthService on a fresh fork, so what it reads is current (never an identity map's copy). */
export function authServiceFor(deps: ContextDeps, requestId: string = randomUUID()): AuthService {
  return new AuthService({
    em: deps.orm.em.fork() as EntityManager,
    signer: deps.signer,
    limits: deps.loginLimits,
    apiKeys: deps.apiKeys,
    tenants: deps.tenantStatus,
    onBackgroundError: (error) =>
      deps.logger.warn({ err: error, requestId }, 'background update failed'),
  });
}

/** The authenticated viewer; resolvers behind `@Authorized` can rely on it. */
export function viewerOf(ctx: GraphQLContext): Viewer {
  if (!ctx.viewer) throw ctx.authError ?? new UnauthenticatedError();
  return ctx.viewer;
}
