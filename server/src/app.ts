import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { specifiedRules, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { REPO_ROOT, type Config } from './config.js';
import { Sql, query } from './db/executor.js';
import type { Orm } from './db/orm.js';
import { AppError } from './domain/errors.js';
import { ApiKeyCache } from './modules/api-keys/api-key.cache.js';
import { CaseEventBus } from './modules/cases/case.events.js';
import {
  WebhookDispatcher,
  type DispatcherOptions,
} from './modules/webhooks/webhook.dispatcher.js';
import { Housekeeping } from './modules/retention/housekeeping.js';
import { ModelTrainer } from './modules/models/model-trainer.js';
import { ModelService } from './modules/models/model.service.js';
import { SYSTEM_ACTOR } from './modules/audit/audit.service.js';
import { TENANT_FILTER } from './db/tenant-filter.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createContext, type ContextDeps, type GraphQLContext } from './graphql/context.js';
import { createFormatError, httpStatusPlugin } from './graphql/errors.js';
import { DOCUMENT_LIMITS, MAX_BODY_BYTES, documentLimitRules } from './graphql/limits.js';
import type { OperationLimits } from './graphql/operation-weight.js';
import { limitedExecution, rateLimitPlugin } from './graphql/rate-limit.plugin.js';
import {
  documentTextGuard,
  prepareWebSocketOperation,
  requestGuardsPlugin,
} from './graphql/request-guards.js';
import { buildWardenSchema } from './graphql/schema.js';
import { securityHeaders } from './graphql/security-headers.js';
import type { Logger } from './logger.js';
import type { TokenSigner } from './modules/auth/jwt.js';
import { IpGeolocator } from './modules/geo/ip-geolocator.js';
import { TenantStatusCache } from './modules/tenants/tenant-status.cache.js';
import { MAX_FEEDBACK_BATCH } from './modules/feedback/feedback.service.js';
import {
  createRequestLimiter,
  ONE_REQUEST,
  type RequestLimiter,
} from './modules/rate-limits/request-limiter.js';
import { MAX_BATCH } from './modules/scoring/scoring.service.js';

export interface AppOptions {
  config: Config;
  orm: Orm;
  signer: TokenSigner;
  logger: Logger;
  /** Shared IP geolocation; one is created (and loaded lazily) when absent. */
  geo?: IpGeolocator;
  /** Webhook retry, timeout and resolver settings (tests shorten or replace them). */
  webhooks?: DispatcherOptions;
  /** How often open subscriptions re-check their credential, in ms (default 15,000). */
  sessionRecheckMs?: number;
  /** Rate limits on (default); off only for benchmarks that measure what they cost. */
  rateLimiting?: boolean;
}

export interface App {
  /** Base URL, e.g. `http://127.0.0.1:4000`. */
  url: string;
  httpServer: Server;
  /** API keys cached between requests (see ApiKeyCache). */
  apiKeys: ApiKeyCache;
  /** Case changes for subscribers of this process. */
  cases: CaseEventBus;
  /** Webhook deliveries from this process. */
  webhooks: WebhookDispatcher;
  /** Stops accepting, drains HTTP and WebSocket clients. Does not close the ORM. */
  stop(): Promise<void>;
}

const GRAPHQL_PATH = '/graphql';

/** Ready means a pooled connection answers. */
const READY_PROBE = new Sql('select 1');

/** One operation scores and submits no more than the largest batches, whatever its aliases. */
const OPERATION_LIMITS: OperationLimits = {
  maxScoredEvents: MAX_BATCH,
  maxFeedbackItems: MAX_FEEDBACK_BATCH,
};

function jsonError(status: number, code: string, message: string) {
  return { status, body: { errors: [{ message, extensions: { code } }] } };
}

/** Composition root: Apollo over HTTP and graphql-ws on the same port and path. */
export async function createApp({
  config,
  orm,
  signer,
  logger,
  geo,
  webhooks: webhookOptions,
  sessionRecheckMs,
  rateLimiting = true,
}: AppOptions): Promise<App> {
  const schema = await buildWardenSchema();
  const apiKeys = new ApiKeyCache({
    onError: (error) => logger.warn({ err: error }, 'API key cache: revocation listener down'),
  });
  await apiKeys.listen(orm.config.get('clientUrl')!);
  const tenantStatus = new TenantStatusCache({
    onError: (error) => logger.warn({ err: error }, 'tenant status cache: listener down'),
  });
  await tenantStatus.listen(orm.config.get('clientUrl')!);
  const cases = new CaseEventBus(orm, (error) =>
    logger.warn({ err: error }, 'case events: listener or delivery failed'),
  );
  await cases.start(orm.config.get('clientUrl')!);
  const webhooks = new WebhookDispatcher(orm, logger, {
    ...webhookOptions,
    allowPrivate: webhookOptions?.allowPrivate ?? config.webhookAllowPrivate,
  });
  await webhooks.start();
  const housekeeping = new Housekeeping(orm, logger);
  await housekeeping.start();
  const models = new ModelTrainer(orm, logger, { databaseUrl: orm.config.get('clientUrl')! });
  models.start((tenantId, mode) => {
    const em = orm.em.fork() as EntityManager;
    em.setFilterParams(TENANT_FILTER, { tenantId });
    return new ModelService(em, tenantId, mode).train({}, models, {
      ...SYSTEM_ACTOR,
      label: 'schedule',
    });
  });
  const deps: ContextDeps = {
    models,
    apiKeys,
    cases,
    webhooks,
    webhookAllowPrivate: config.webhookAllowPrivate,
    rateLimitDefaults: config.rateLimits,
    tenantStatus,
    orm,
    geo: geo ?? new IpGeolocator(),
    signer,
    loginLimits: {
      maxFailures: config.loginMaxFailures,
      windowSeconds: config.loginWindowSeconds,
      ipMaxFailures: config.loginIpMaxFailures,
      maxLockoutSeconds: config.loginLockoutMaxSeconds,
    },
    sessionRecheckMs,
    logger,
  };
  const formatError = createFormatError(logger, config.isDevelopment);
  const rateLimits = rateLimiting ? createRequestLimiter(config, orm, logger) : null;

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  const httpServer = createServer(app);

  const wsServer = new WebSocketServer({
    server: httpServer,
    path: GRAPHQL_PATH,
    maxPayload: 1024 * 1024,
  });
  const wsCleanup = useWebSocketServer(
    wsServer,
    schema,
    deps,
    formatError,
    logger,
    rateLimits?.limiter ?? null,
  );

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    introspection: config.introspection,
    hideSchemaDetailsFromClientErrors: !config.introspection,
    includeStacktraceInErrorResponses: config.isDevelopment,
    allowBatchedHttpRequests: false,
    validationRules: documentLimitRules(),
    parseOptions: { maxTokens: DOCUMENT_LIMITS.maxTokens },
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
      ...(rateLimits ? [rateLimitPlugin(rateLimits.limiter, OPERATION_LIMITS)] : []),
      httpStatusPlugin(),
      requestGuardsPlugin(),
      ...(config.introspection ? [] : [ApolloServerPluginLandingPageDisabled()]),
    ],
  });
  await apollo.start();

  app.use(securityHeaders({ landingPagePath: config.introspection ? GRAPHQL_PATH : undefined }));
  let ready = true;
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      if (!ready) throw new Error('stopping');
      await query(orm.em.fork(), READY_PROBE);
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });

  app.use(
    GRAPHQL_PATH,
    requireJsonBody,
    express.json({ limit: MAX_BODY_BYTES, strict: true }),
    documentTextGuard,
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createContext(deps, {
          authorization: req.headers.authorization,
          apiKey: headerValue(req.headers['x-api-key']),
          ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
        }),
    }),
  );
  app.use(GRAPHQL_PATH, bodyErrorHandler(logger));

  serveSdk(app);
  serveConsole(app, config.consoleDir);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const address = httpServer.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;

  return {
    url: `http://${host}:${address.port}`,
    httpServer,
    apiKeys,
    cases,
    webhooks,
    async stop() {
      ready = false;
      await apollo.stop();
      await apiKeys.stop();
      await tenantStatus.stop();
      await cases.stop();
      await webhooks.stop();
      await housekeeping.stop();
      await models.stop();
      await rateLimits?.close();
    },
  };
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** POSTs must be JSON; anything else gets a JSON error rather than Apollo's plain-text one. */
const requireJsonBody: RequestHandler = (req, res, next) => {
  if (req.method !== 'POST') return next();
  if (!req.is('application/json') && !req.is('application/graphql-response+json')) {
    const { status, body } = jsonError(
      400,
      'BAD_REQUEST',
      'Expected Content-Type: application/json with a JSON body { query, variables }',
    );
    res.status(status).json(body);
    return;
  }
  next();
};

function bodyErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) return next(error);
    const type = (error as { type?: string }).type;
    let reply;
    if (type === 'entity.too.large') {
      reply = jsonError(413, 'PAYLOAD_TOO_LARGE', `Request body exceeds ${MAX_BODY_BYTES} bytes`);
    } else if (type === 'entity.parse.failed' && error instanceof RangeError) {
      reply = jsonError(400, 'BAD_REQUEST', 'Request body JSON nests too deeply');
    } else if (type === 'entity.parse.failed') {
      reply = jsonError(400, 'BAD_REQUEST', 'Request body is not valid JSON');
    } else if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
      reply = jsonError(415, 'BAD_REQUEST', 'Unsupported body encoding; send UTF-8 JSON');
    } else {
      logger.error({ err: error }, 'request failed');
      reply = jsonError(500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    }
    res.status(reply.status).json(reply.body);
  };
}

/** The browser collector tenants embed on their forms (see server/sdk), from any origin. */
function serveSdk(app: express.Express): void {
  const dir = path.join(REPO_ROOT, 'server', 'sdk');
  app.use(
    '/sdk',
    express.static(dir, {
      index: false,
      maxAge: '5m',
      setHeaders: (res) => {
        res.setHeader('access-control-allow-origin', '*');
        res.setHeader('cross-origin-resource-policy', 'cross-origin');
      },
    }),
  );
}

/** Serves the built console (single-page app) when it exists. */
function serveConsole(app: express.Express, dir: string): void {
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) return;
  app.use(express.static(dir, { index: false, maxAge: '1h' }));
  // Client-side routes get the app; API paths and missing static files stay 404.
  app.get(/^\/(?!graphql|healthz|readyz|assets\/|sdk\/).*/, (_req, res) => {
    res.sendFile(index);
  });
}

function useWebSocketServer(
  wsServer: WebSocketServer,
  schema: GraphQLSchema,
  deps: ContextDeps,
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError,
  logger: Logger,
  limiter: RequestLimiter | null,
) {
  const rules = [...specifiedRules, ...documentLimitRules()];
  // A refused connection counts against its address, like a request without credentials.
  const refuse = async (request: { socket: { remoteAddress?: string } }) => {
    await limiter?.charge(null, remoteIp(request), ONE_REQUEST);
    return false;
  };
  return useServer<{ authorization?: unknown }, { authorization?: string }>(
    {
      schema,
      ...(limiter ? limitedExecution(limiter, OPERATION_LIMITS) : {}),
      onSubscribe: (_ctx, _id, payload) => prepareWebSocketOperation(schema, payload, rules),
      // Credentials travel in connection_init; a connection without valid ones is closed (4403).
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.authorization;
        if (typeof authorization !== 'string') return refuse(ctx.extra.request);
        const probe = await createContext(deps, {
          authorization,
          ip: remoteIp(ctx.extra.request),
        });
        if (!probe.viewer) return refuse(ctx.extra.request);
        ctx.extra.authorization = authorization;
        return true;
      },
      // Credentials are re-checked per operation, so a revoked key stops working here too.
      context: async (ctx) =>
        createContext(deps, {
          authorization: ctx.extra.authorization,
          ip: remoteIp(ctx.extra.request),
        }),
      onNext: (_ctx, _id, _payload, _args, result) => {
        if (!('errors' in result) || !result.errors) return result;
        return {
          ...result,
          errors: result.errors.map((e) => formatError(e, e) as never),
        };
      },
      onError: (_ctx, _id, _payload, errors) => {
        for (const e of errors)
          if (!(e.originalError instanceof AppError)) logger.debug({ err: e }, 'ws error');
        return errors.map((e) => formatError(e.toJSON(), e));
      },
    },
    wsServer,
  );
}

function remoteIp(request: { socket: { remoteAddress?: string } }): string {
  return request.socket.remoteAddress ?? 'unknown';
}
