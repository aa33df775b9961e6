import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { seedTenant, startTestServer, type SeededTenant, type TestServer } from './harness.js';

const ME = '{ me { kind mode role email tenant { id slug } } }';

let server: TestServer;
let tenant: SeededTenant;

beforeAll(async () => {
  server = await startTestServer({ LOGIN_MAX_FAILURES: '3', LOGIN_WINDOW_SECONDS: '600' });
  tenant = await seedTenant(server);
});
afterAll(async () => {
  await server?.close();
});

function code(res: { errors?: { extensions?: Record<string, unknown> }[] }) {
  return res.errors?.[0]?.extensions?.code;
}

describe('API keys', () => {
  it.each(['LIVE', 'TEST'] as const)('a valid %s key authenticates with its mode', async (mode) => {
    const res = await server.gql(ME, {}, { auth: tenant.keys[mode].secret });
    expect(res.errors).toBeUndefined();
    expect(res.data?.me).toEqual({
      kind: 'API_KEY',
      mode,
      role: null,
      email: null,
      tenant: { id: tenant.id, slug: tenant.slug },
    });
  });

  it('accepts the x-api-key header', async () => {
    const res = await server.gql(ME, {}, { headers: { 'x-api-key': tenant.keys.TEST.secret } });
    expect(res.data?.me).toMatchObject({ kind: 'API_KEY', mode: 'TEST' });
  });

  it.each([
    ['a malformed key', 'pk_test_short'],
    ['an unknown well-formed key', `pk_live_${'A'.repeat(43)}`],
    [
      'a key whose prefix names the wrong mode',
      () => tenant.keys.TEST.secret.replace('pk_test_', 'pk_live_'),
    ],
  ])('refuses %s with UNAUTHENTICATED', async (_label, key) => {
    const secret = typeof key === 'function' ? key() : key;
    const res = await server.gql(ME, {}, { auth: secret });
    expect(code(res)).toBe('UNAUTHENTICATED');
    expect(res.data).toBeNull();
  });

  it('refuses a request without credentials', async () => {
    const res = await server.gql(ME);
    expect(code(res)).toBe('UNAUTHENTICATED');
  });

  it('records lastUsedAt and refuses a revoked key on the very next request', async () => {
    const admin = await tenant.token('TENANT_ADMIN');
    const created = await server.gql<{ createApiKey: { secret: string; apiKey: { id: string } } }>(
      'mutation { createApiKey(name: "temp", mode: LIVE) { secret apiKey { id prefix } } }',
      {},
      { auth: admin },
    );
    const { secret, apiKey } = created.data!.createApiKey;
    expect(secret).toMatch(/^pk_live_[0-9A-Za-z]{43}$/);
    expect((await server.gql(ME, {}, { auth: secret })).data?.me).toMatchObject({ mode: 'LIVE' });

    const revoked = await server.gql<{ revokeApiKey: { revokedAt: string | null } }>(
      'mutation($id: UUID!) { revokeApiKey(id: $id) { revokedAt } }',
      { id: apiKey.id },
      { auth: admin },
    );
    expect(revoked.data?.revokeApiKey.revokedAt).toBeTruthy();
    const after = await server.gql(ME, {}, { auth: secret });
    expect(code(after)).toBe('UNAUTHENTICATED');
    expect(after.errors?.[0]?.message).toBe('API key revoked');

    const list = await server.gql<{
      apiKeys: { edges: { node: { id: string; lastUsedAt: string | null } }[] };
    }>('{ apiKeys(first: 100) { edges { node { id lastUsedAt } } } }', {}, { auth: admin });
    const row = list.data!.apiKeys.edges.find((e) => e.node.id === apiKey.id);
    expect(row?.node.lastUsedAt).toBeTruthy();
  });

  it('stores only a hash and a display prefix of the secret', async () => {
    const rows = await server.orm.em
      .getConnection()
      .execute<{ key_hash: string; prefix: string }[]>(
        'select key_hash, prefix from api_key where id = ?',
        [tenant.keys.LIVE.id],
      );
    expect(rows[0]!.key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]!.key_hash).not.toContain(tenant.keys.LIVE.secret.slice(8));
    expect(tenant.keys.LIVE.secret.startsWith(rows[0]!.prefix)).toBe(true);
    expect(rows[0]!.prefix.length).toBeLessThan(16);
  });
});

describe('console tokens and roles', () => {
  it('logs in and returns a token that authenticates', async () => {
    const { email, password } = tenant.users.ANALYST;
    const res = await server.gql<{
      login: { token: string; expiresAt: string; user: { email: string; role: string } };
    }>(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token expiresAt user { email role } } }',
      { e: email.toUpperCase(), p: password },
    );
    expect(res.data?.login.user).toEqual({ email, role: 'ANALYST' });
    expect(new Date(res.data!.login.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const me = await server.gql(ME, {}, { auth: res.data!.login.token });
    expect(me.data?.me).toMatchObject({ kind: 'USER', role: 'ANALYST', email, mode: null });
  });

  it.each([
    ['TENANT_ADMIN', '{ apiKeys { totalCount } }', null],
    ['ANALYST', '{ apiKeys { totalCount } }', 'FORBIDDEN'],
    ['COMPLIANCE', '{ apiKeys { totalCount } }', 'FORBIDDEN'],
    ['COMPLIANCE', '{ auditEntries { totalCount } }', null],
    ['ANALYST', '{ auditEntries { totalCount } }', 'FORBIDDEN'],
    ['ANALYST', 'mutation { createApiKey(name: "x", mode: TEST) { secret } }', 'FORBIDDEN'],
    ['TENANT_ADMIN', '{ users { totalCount } }', null],
  ] as const)('%s: %s → %s', async (role, query, expected) => {
    const res = await server.gql(query, {}, { auth: await tenant.token(role) });
    expect(code(res) ?? null).toBe(expected);
  });

  it('refuses console operations to API keys with FORBIDDEN', async () => {
    const res = await server.gql(
      'mutation { createApiKey(name: "x", mode: TEST) { secret } }',
      {},
      {
        auth: tenant.keys.LIVE.secret,
      },
    );
    expect(code(res)).toBe('FORBIDDEN');
  });

  it('refuses an expired token', async () => {
    const { token } = await server.signer.sign(
      { userId: tenant.users.TENANT_ADMIN.id, tenantId: tenant.id, role: 'TENANT_ADMIN' },
      new Date(Date.now() - 2 * server.config.jwtTtlSeconds * 1000),
    );
    const res = await server.gql(ME, {}, { auth: token });
    expect(code(res)).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0]?.message).toMatch(/expired/i);
  });

  it('refuses a token signed with another secret', async () => {
    const { TokenSigner } = await import('../src/modules/auth/jwt.js');
    const forged = await new TokenSigner('x'.repeat(40), 3600).sign({
      userId: tenant.users.TENANT_ADMIN.id,
      tenantId: tenant.id,
      role: 'TENANT_ADMIN',
    });
    expect(code(await server.gql(ME, {}, { auth: forged.token }))).toBe('UNAUTHENTICATED');
  });

  it('gives the same answer for an unknown e-mail and a wrong password', async () => {
    const mutation =
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
    const unknown = await server.gql(
      mutation,
      { e: 'nobody@nowhere.test', p: 'whatever-123' },
      {
        headers: { 'x-forwarded-for': '10.0.0.1' },
      },
    );
    const wrong = await server.gql(mutation, {
      e: tenant.users.COMPLIANCE.email,
      p: 'wrong-password',
    });
    expect(unknown.errors?.[0]).toMatchObject({
      message: 'Invalid e-mail or password',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    expect(wrong.errors?.[0]?.extensions).toEqual(unknown.errors?.[0]?.extensions);
  });

  it('rate-limits failed logins of an e-mail from one address with HTTP 429 and Retry-After, even for the right password', async () => {
    const victim = await seedTenant(server);
    const { email, password } = victim.users.TENANT_ADMIN;
    const mutation =
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
    for (let i = 0; i < 3; i++) {
      expect(code(await server.gql(mutation, { e: email, p: 'wrong-password' }))).toBe(
        'UNAUTHENTICATED',
      );
    }
    const limited = await server.gql(mutation, { e: email, p: password });
    expect(limited.status).toBe(429);
    expect(code(limited)).toBe('RATE_LIMITED');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.headers.get('ratelimit-limit')).toBe('3');
    // Another account from the same client is not locked by this e-mail's failures alone.
    const other = await server.gql(mutation, {
      e: victim.users.ANALYST.email,
      p: victim.users.ANALYST.password,
    });
    expect(other.data).toMatchObject({ login: { token: expect.any(String) } });
  });
});

describe('graphql-ws', () => {
  function connect(connectionParams?: Record<string, unknown>): Client {
    return createClient({
      url: server.url.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      connectionParams,
      retryAttempts: 0,
      lazy: true,
    });
  }

  async function run(client: Client, query: string) {
    return new Promise<{ data?: unknown; errors?: unknown; closeCode?: number }>((resolve) => {
      let result: { data?: unknown; errors?: unknown } = {};
      client.subscribe(
        { query },
        {
          next: (value) => {
            result = value as typeof result;
          },
          error: (error) => {
            const closeCode = (error as { code?: number }).code;
            resolve(closeCode ? { closeCode } : { errors: error });
          },
          complete: () => resolve(result),
        },
      );
    });
  }

  it('authenticates connection_init with a console token', async () => {
    const client = connect({ authorization: `Bearer ${await tenant.token('ANALYST')}` });
    const res = await run(client, '{ me { kind role tenant { slug } } }');
    expect(res.data).toEqual({
      me: { kind: 'USER', role: 'ANALYST', tenant: { slug: tenant.slug } },
    });
    await client.dispose();
  });

  it('closes a connection without credentials with 4403', async () => {
    const client = connect();
    expect(await run(client, '{ me { kind } }')).toEqual({ closeCode: 4403 });
    await client.dispose();
  });

  it('closes a connection with a bad token with 4403', async () => {
    const client = connect({ authorization: 'Bearer not-a-token' });
    expect(await run(client, '{ me { kind } }')).toEqual({ closeCode: 4403 });
    await client.dispose();
  });
});
