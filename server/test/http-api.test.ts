import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedTenant, startTestServer, type SeededTenant, type TestServer } from './harness.js';

let server: TestServer;
let production: TestServer;
let tenant: SeededTenant;

beforeAll(async () => {
  [server, production] = await Promise.all([
    startTestServer(),
    startTestServer({ NODE_ENV: 'production' }),
  ]);
  tenant = await seedTenant(server);
});
afterAll(async () => {
  await Promise.all([server?.close(), production?.close()]);
});

async function post(target: TestServer, body: string | Buffer, contentType = 'application/json') {
  const res = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
  });
  const text = await res.text();
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    json: JSON.parse(text),
  };
}

describe('health', () => {
  it('/healthz says the process is up and /readyz that the database answers', async () => {
    const base = server.app.url;
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });
});

describe('errors follow the contract', () => {
  it('BAD_USER_INPUT lists every bad field in details', async () => {
    const res = await server.gql(
      'mutation($n: String!) { createApiKey(name: $n, mode: TEST) { secret } }',
      { n: '   ' },
      {
        auth: await tenant.token('TENANT_ADMIN'),
      },
    );
    expect(res.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      details: [{ field: 'name', message: 'must not be empty' }],
    });
  });

  it('createUser reports e-mail and password problems together', async () => {
    const res = await server.gql(
      'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
      { i: { email: 'not-an-email', password: 'short', role: 'ANALYST' } },
      { auth: await tenant.token('TENANT_ADMIN') },
    );
    const details = res.errors?.[0]?.extensions?.details as { field: string }[];
    expect(details.map((d) => d.field).sort()).toEqual(['input.email', 'input.password']);
  });

  it('a bad cursor is BAD_USER_INPUT, not a crash', async () => {
    const res = await server.gql(
      '{ apiKeys(after: "garbage") { totalCount } }',
      {},
      { auth: await tenant.token('TENANT_ADMIN') },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: [{ field: 'after' }],
    });
  });

  it('an over-large page size is refused', async () => {
    const res = await server.gql(
      '{ users(first: 5000) { totalCount } }',
      {},
      { auth: await tenant.token('TENANT_ADMIN') },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: [{ field: 'first' }],
    });
  });

  it('an invalid UUID variable is a client error', async () => {
    const res = await server.gql(
      'mutation($id: UUID!) { revokeApiKey(id: $id) { id } }',
      { id: 'nope' },
      {
        auth: await tenant.token('TENANT_ADMIN'),
      },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.status).toBeLessThan(500);
  });
});

describe('hostile requests are client errors with JSON bodies', () => {
  it('invalid JSON → 400', async () => {
    const res = await post(server, '{"query": ');
    expect(res.status).toBe(400);
    expect(res.json.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('a wrong content type → 400', async () => {
    const res = await post(server, 'query { me { kind } }', 'text/plain');
    expect(res.status).toBe(400);
    expect(res.contentType).toMatch(/application\/json/);
    expect(res.json.errors[0].message).toMatch(/application\/json/);
  });

  it('a body over 4 MB → 413', async () => {
    const big = JSON.stringify({
      query: '{ me { kind } }',
      variables: { pad: 'x'.repeat(4 * 1024 * 1024 + 10) },
    });
    const res = await post(server, big);
    expect(res.status).toBe(413);
    expect(res.json.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('HTTP batching of operations is off', async () => {
    const res = await post(
      server,
      JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    );
    expect(res.status).toBe(400);
  });

  it('a document deeper than 12 levels is refused before execution', async () => {
    // The schema has no legitimately deep path yet, so nest unknown fields: the depth rule runs
    // on the document's shape alone.
    const nested = (n: number) => `{ ${'f { '.repeat(n)}id${' }'.repeat(n)} }`;
    const res = await server.gql(nested(13), {}, { auth: tenant.keys.TEST.secret });
    expect(res.errors?.some((e) => /depth/i.test(e.message))).toBe(true);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const shallow = await server.gql(nested(11), {}, { auth: tenant.keys.TEST.secret });
    expect(shallow.errors?.some((e) => /depth/i.test(e.message))).toBe(false);
  });

  it('more than 30 aliases are refused', async () => {
    const aliases = (n: number) =>
      Array.from({ length: n }, (_, i) => `a${i}: me { kind }`).join(' ');
    const res = await server.gql(`{ ${aliases(31)} }`, {}, { auth: tenant.keys.TEST.secret });
    expect(res.errors?.[0]?.message).toMatch(/aliases/i);
    const ok = await server.gql(`{ ${aliases(30)} }`, {}, { auth: tenant.keys.TEST.secret });
    expect(ok.errors).toBeUndefined();
  });

  it('more than 10,000 tokens are refused', async () => {
    const fields = Array.from({ length: 10_001 }, () => '__typename').join(' ');
    const res = await server.gql(`{ ${fields} }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toMatch(/token/i);
  });
});

describe('production mode', () => {
  it('turns introspection and field suggestions off', async () => {
    const intro = await production.gql('{ __schema { queryType { name } } }');
    expect(intro.errors?.[0]?.message).toMatch(/introspection/i);
    const typo = await production.gql('{ mee { kind } }');
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('development-style introspection stays on outside production', async () => {
    const intro = await server.gql<{ __schema: { queryType: { name: string } } }>(
      '{ __schema { queryType { name } } }',
    );
    expect(intro.data?.__schema.queryType.name).toBe('Query');
  });
});
