import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, inject } from 'vitest';
import { createApp, type App } from '../src/app.js';
import { loadConfig, type Config } from '../src/config.js';
import { openOrm, type Orm } from '../src/db/orm.js';
import { TENANT_FILTER } from '../src/db/tenant-filter.js';
import type { Mode } from '../src/domain/modes.js';
import type { Role } from '../src/domain/roles.js';
import { createLogger } from '../src/logger.js';
import type { DispatcherOptions } from '../src/modules/webhooks/webhook.dispatcher.js';
import { ApiKeyService } from '../src/modules/api-keys/api-key.service.js';
import { SYSTEM_ACTOR } from '../src/modules/audit/audit.service.js';
import { TokenSigner } from '../src/modules/auth/jwt.js';
import { TenantService } from '../src/modules/tenants/tenant.service.js';
import { UserService } from '../src/modules/users/user.service.js';

export const TEST_JWT_SECRET = 'test-secret-test-secret-test-secret-0123456789';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export interface TestServer {
  app: App;
  orm: Orm;
  config: Config;
  signer: TokenSigner;
  url: string;
  /** POSTs a GraphQL operation; `auth` is sent as `Authorization: Bearer <auth>`. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { auth?: string; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * The real server (Apollo, graphql-ws, PostgreSQL) on a random port, against the test database.
 * `options.sessionRecheckMs` shortens how often open subscriptions re-check their credential.
 * `options.webhooks` adds to the short test delivery settings (a resolver, `consume: false`).
 */
export async function startTestServer(
  env: Record<string, string> = {},
  options: { webhooks?: DispatcherOptions; sessionRecheckMs?: number } = {},
): Promise<TestServer> {
  // A test that changes what every tenant sees passes a scratch database of its own.
  const databaseUrl = env.DATABASE_URL ?? inject('databaseUrl');
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: 'silent',
    CONSOLE_DIR: '/nonexistent',
    // Every test server takes jobs from the one shared delivery queue, and the suite's
    // receivers are local: all must agree to deliver there, production-mode ones included.
    WEBHOOK_ALLOW_PRIVATE: 'true',
    // Test files send hundreds of requests from one tenant and from 127.0.0.1; the rate-limit
    // tests set their own small limits.
    RATE_LIMIT_SCORING_PER_MINUTE: '10000000',
    RATE_LIMIT_OTHER_PER_MINUTE: '10000000',
    RATE_LIMIT_IP_PER_MINUTE: '10000000',
    ...env,
  });
  const orm = await openOrm({ url: databaseUrl, poolMax: 5 });
  const signer = new TokenSigner(TEST_JWT_SECRET, config.jwtTtlSeconds);
  const app = await createApp({
    config,
    orm,
    signer,
    logger: createLogger('silent'),
    webhooks: { retryDelaySeconds: 1, timeoutMs: 2000, sweepMs: 1000, ...options.webhooks },
    sessionRecheckMs: options.sessionRecheckMs,
  });
  const url = `${app.url}/graphql`;
  return {
    app,
    orm,
    config,
    signer,
    url,
    async gql(query, variables, options = {}) {
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        ...options.headers,
      };
      if (options.auth) headers.authorization = `Bearer ${options.auth}`;
      const res = await fetch(url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as GraphQLResponse<never>;
      return { ...body, status: res.status, headers: res.headers };
    },
    async close() {
      await app.stop();
      await orm.close(true);
    },
  };
}

export function uniqueSlug(prefix = 't'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}`;
}

export interface SeededTenant {
  id: string;
  slug: string;
  keys: Record<Mode, { id: string; secret: string }>;
  users: Record<Exclude<Role, 'PLATFORM_ADMIN'>, { id: string; email: string; password: string }>;
  /** A valid console token for a role of this tenant. */
  token(role: Exclude<Role, 'PLATFORM_ADMIN'>): Promise<string>;
}

/** A tenant of its own with one user per role and a LIVE and a TEST key. */
export async function seedTenant(server: TestServer): Promise<SeededTenant> {
  const slug = uniqueSlug();
  const em = server.orm.em.fork();
  const tenant = await new TenantService(em).create({ slug, name: `Tenant ${slug}` });
  const scoped = server.orm.em.fork();
  scoped.setFilterParams(TENANT_FILTER, { tenantId: tenant.id });
  const keys = {} as SeededTenant['keys'];
  for (const mode of ['LIVE', 'TEST'] as const) {
    const { secret, apiKey } = await new ApiKeyService(scoped, tenant.id).create(
      { name: `${mode} key`, mode },
      SYSTEM_ACTOR,
    );
    keys[mode] = { id: apiKey.id, secret };
  }
  const users = {} as SeededTenant['users'];
  for (const role of ['TENANT_ADMIN', 'ANALYST', 'COMPLIANCE'] as const) {
    const email = `${role.toLowerCase()}@${slug}.test`;
    const password = `pw-${randomBytes(8).toString('hex')}`;
    const user = await new UserService(scoped, tenant.id).create(
      { email, password, role },
      SYSTEM_ACTOR,
    );
    users[role] = { id: user.id, email, password };
  }
  return {
    id: tenant.id,
    slug,
    keys,
    users,
    token: async (role) =>
      (await server.signer.sign({ userId: users[role].id, tenantId: tenant.id, role })).token,
  };
}

/**
 * A test server with one seeded tenant for a file's tests: started before them, closed after.
 * Read `server` and `tenant` inside the tests (they are set once the file's setup ran).
 */
export function useSeededServer(): { server: TestServer; tenant: SeededTenant } {
  const context = {} as { server: TestServer; tenant: SeededTenant };
  beforeAll(async () => {
    context.server = await startTestServer();
    context.tenant = await seedTenant(context.server);
  });
  afterAll(async () => {
    await context.server?.close();
  });
  return context;
}
