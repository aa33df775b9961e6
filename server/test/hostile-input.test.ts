import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { buildWardenSchema } from '../src/graphql/schema.js';
import { seedTenant, startTestServer, type SeededTenant, type TestServer } from './harness.js';

let server: TestServer;
let tenant: SeededTenant;
let admin: string;
let consoleDir: string;

beforeAll(async () => {
  consoleDir = await mkdtemp(path.join(tmpdir(), 'warden-console-'));
  await writeFile(path.join(consoleDir, 'index.html'), '<!doctype html><title>Warden</title>');
  server = await startTestServer({ CONSOLE_DIR: consoleDir, TRUST_PROXY: 'true' });
  tenant = await seedTenant(server);
  admin = await tenant.token('TENANT_ADMIN');
});
afterAll(async () => {
  await server?.close();
  await rm(consoleDir, { recursive: true, force: true });
});

const uid = (p: string) => `${p}-${randomBytes(4).toString('hex')}`;
type Answer = Awaited<ReturnType<TestServer['gql']>>;
const code = (r: Answer) => r.errors?.[0]?.extensions?.code;
const key = () => tenant.keys.LIVE.secret;
const CLIENT_CODES = [
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
];

/** How many transactions a customer has: proves a refused request wrote nothing. */
async function transactionsOf(userId: string): Promise<number> {
  const r = await server.gql<{ transactions: { totalCount: number } }>(
    'query($u: String) { transactions(filter: { userId: $u }) { totalCount } }',
    { u: userId },
    { auth: key() },
  );
  return r.data!.transactions.totalCount;
}

async function scoredTransactionId(): Promise<string> {
  const r = await server.gql<{ scoreTransaction: { transactionId: string } }>(
    'mutation($i: TransactionInput!) { scoreTransaction(input: $i) { transactionId } }',
    { i: { userId: uid('u'), amount: 10 } },
    { auth: key() },
  );
  return r.data!.scoreTransaction.transactionId;
}

describe('NUL and unpaired surrogates inside the document', () => {
  // `\\u0000` here is the six characters of a GraphQL escape, decoded to U+0000 by the parser.
  it('refuses a NUL literal in scoreTransaction with 400 BAD_USER_INPUT and writes nothing', async () => {
    const userId = uid('nul');
    const r = await server.gql(
      `mutation { scoreTransaction(input: { userId: "${userId}", amount: 5, channel: "web\\u0000" }) { transactionId } }`,
      {},
      { auth: key() },
    );
    expect(r.status).toBe(400);
    expect(code(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0]!.message).toMatch(/NUL/);
    expect(await transactionsOf(userId)).toBe(0);
  });

  it('refuses the whole scoreTransactions batch when one literal item holds a NUL', async () => {
    const userId = uid('nulbatch');
    const r = await server.gql(
      `mutation { scoreTransactions(inputs: [
        { userId: "${userId}", amount: 5 },
        { userId: "${userId}", amount: 6, channel: "app\\u0000" }
      ]) { items { index } } }`,
      {},
      { auth: key() },
    );
    expect(r.status).toBe(400);
    expect(code(r)).toBe('BAD_USER_INPUT');
    expect(await transactionsOf(userId)).toBe(0);
  });

  it('refuses NUL literals in submitFeedback, addListEntry and a transactions filter', async () => {
    const transactionId = await scoredTransactionId();
    const feedback = await server.gql(
      `mutation { submitFeedback(idempotencyKey: "${uid('k')}", input: {
        transactionId: "${transactionId}", feedbackType: TENANT_ACTION, tenantAction: APPROVE,
        notes: "ok\\u0000" }) { id } }`,
      {},
      { auth: key() },
    );
    const value = uid('deny');
    const listed = await server.gql(
      `mutation { addListEntry(input: { list: DENY, kind: USER, value: "${value}\\u0000" }) { id } }`,
      {},
      { auth: key() },
    );
    const filtered = await server.gql(
      `{ transactions(filter: { userId: "x\\u0000" }) { totalCount } }`,
      {},
      { auth: key() },
    );
    for (const r of [feedback, listed, filtered]) {
      expect(r.status).toBe(400);
      expect(code(r)).toBe('BAD_USER_INPUT');
    }
    const entries = await server.gql<{ listEntries: { totalCount: number } }>(
      '{ listEntries(kind: USER) { totalCount } }',
      {},
      { auth: key() },
    );
    expect(entries.data!.listEntries.totalCount).toBe(0);
  });

  it('refuses escaped unpaired surrogates, NUL in block strings and in GET parameters', async () => {
    const surrogate = await server.gql(
      `{ transactions(filter: { userId: "x\\uD800" }) { totalCount } }`,
      {},
      { auth: key() },
    );
    expect(surrogate.status).toBe(400);
    expect(['BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED']).toContain(code(surrogate));

    const get = async (params: Record<string, string>) => {
      const res = await fetch(`${server.url}?${new URLSearchParams(params)}`, {
        headers: { authorization: `Bearer ${key()}`, 'apollo-require-preflight': 'true' },
      });
      return { status: res.status, body: (await res.json()) as Answer };
    };
    const block = await get({
      query: '{ transactions(filter: { userId: """x\u0000""" }) { totalCount } }',
    });
    expect(block.status).toBe(400);
    expect(code(block.body)).toBe('BAD_USER_INPUT');
    const variables = await get({
      query: 'query($u: String) { transactions(filter: { userId: $u }) { totalCount } }',
      variables: JSON.stringify({ u: 'x\u0000' }),
    });
    expect(variables.status).toBe(400);
    expect(code(variables.body)).toBe('BAD_USER_INPUT');
    const extensions = await get({
      query: '{ me { kind } }',
      extensions: JSON.stringify({ trace: '\ud800' }),
    });
    expect(extensions.status).toBe(400);
    expect(code(extensions.body)).toBe('BAD_USER_INPUT');
  });
});

describe('documents nested too deep', () => {
  it('answers 400 GRAPHQL_PARSE_FAILED, not a stack overflow, for 2,000 levels', async () => {
    const selections = `${'{ me '.repeat(2000)}${'}'.repeat(2000)}`;
    const list = `{ transactions(filter: { userId: ${'['.repeat(2000)}"x"${']'.repeat(2000)} }) { totalCount } }`;
    for (const query of [selections, list]) {
      const r = await server.gql(query, {}, { auth: key() });
      expect(r.status).toBe(400);
      expect(code(r)).toBe('GRAPHQL_PARSE_FAILED');
      expect(r.errors![0]!.message).toMatch(/nesting/);
    }
  });

  it('does not count brackets inside strings and comments', async () => {
    const r = await server.gql(
      `# ${'{'.repeat(100)}\nquery($u: String = "${'['.repeat(100)}") { transactions(filter: { userId: $u }) { totalCount } }`,
      {},
      { auth: key() },
    );
    expect(r.errors).toBeUndefined();
  });
});

describe('subscriptions over HTTP', () => {
  it('answers 400 and points to graphql-ws', async () => {
    const r = await server.gql('subscription { reviewQueue { type } }', {}, { auth: admin });
    expect(r.status).toBe(400);
    expect(code(r)).toBe('BAD_REQUEST');
    expect(r.errors![0]!.message).toMatch(/WebSocket.*graphql-ws.*\/graphql/);
  });
});

describe('document cost', () => {
  const CASE = `id status riskScore userId timeline { type note data }
    recentEvents { id amount feedback { id notes } }
    transaction { id allChecks { code status detail } input derivedSignals }`;
  const aliases = (n: number, first: string) =>
    Array.from(
      { length: n },
      (_, i) => `q${i}: reviewQueue(first: ${first}) { edges { node { ${CASE} } } }`,
    ).join('\n');

  it('refuses 30 aliases of a full reviewQueue page, also when first is a variable', async () => {
    const literal = await server.gql(`{ ${aliases(30, '100')} }`, {}, { auth: admin });
    expect(literal.status).toBe(400);
    expect(code(literal)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(literal.errors![0]!.message).toMatch(/cost \d+ exceeds the limit of 100000/);
    const variable = await server.gql(
      `query($n: Int) { ${aliases(30, '$n')} }`,
      { n: 1 },
      { auth: admin },
    );
    expect(code(variable)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('accepts one such page', async () => {
    const r = await server.gql(`{ ${aliases(1, '100')} }`, {}, { auth: admin });
    expect(r.errors).toBeUndefined();
  });
});

describe('over-long strings and lists', () => {
  it('bounds a filter, a cursor and free text, naming the field', async () => {
    const filter = await server.gql(
      'query($u: String) { transactions(filter: { userId: $u }) { totalCount } }',
      { u: 'x'.repeat(1024 * 1024) },
      { auth: key() },
    );
    expect(filter.status).toBe(400);
    expect(filter.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: [{ field: 'filter.userId', message: 'must be at most 255 characters' }],
    });
    const cursor = await server.gql(
      `{ transactions(after: "${'A'.repeat(300)}") { totalCount } }`,
      {},
      { auth: key() },
    );
    expect(cursor.errors![0]!.extensions).toMatchObject({ details: [{ field: 'after' }] });
    const userId = uid('long');
    const note = await server.gql(
      'mutation($i: TransactionInput!) { scoreTransaction(input: $i) { transactionId } }',
      { i: { userId, amount: 1, device: { userAgent: 'u'.repeat(2001) } } },
      { auth: key() },
    );
    expect(note.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: [{ field: 'input.device.userAgent', message: 'must be at most 2000 characters' }],
    });
    expect(await transactionsOf(userId)).toBe(0);
    const fine = await server.gql(
      'mutation($i: TransactionInput!) { scoreTransaction(input: $i) { transactionId } }',
      { i: { userId, amount: 1, device: { userAgent: 'u'.repeat(2000) } } },
      { auth: key() },
    );
    expect(fine.errors).toBeUndefined();
  });

  it('refuses look-alike identifiers: control and bidi-override characters', async () => {
    const spoof = await server.gql(
      'mutation($i: TransactionInput!) { scoreTransaction(input: $i) { transactionId } }',
      { i: { userId: `\u202e${uid('spoof')}`, amount: 1 } },
      { auth: key() },
    );
    expect(spoof.status).toBe(400);
    expect(spoof.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: [{ field: 'input.userId' }],
    });
  });

  it('bounds list arguments and JSON nesting', async () => {
    const many = await server.gql(
      'query($f: ReviewQueueFilter) { reviewQueue(filter: $f) { totalCount } }',
      { f: { status: Array.from({ length: 1001 }, () => 'OPEN') } },
      { auth: admin },
    );
    expect(many.status).toBe(400);
    expect(many.errors![0]!.extensions).toMatchObject({
      details: [{ field: 'filter.status', message: 'must have at most 1000 items' }],
    });
    let deep: unknown = 'x';
    for (let i = 0; i < 200; i++) deep = { a: deep };
    const userId = uid('deep');
    const nested = await server.gql(
      'mutation($i: TransactionInput!) { scoreTransaction(input: $i) { transactionId } }',
      { i: { userId, amount: 1, metadata: deep } },
      { auth: key() },
    );
    expect(nested.status).toBe(400);
    expect(nested.errors![0]!.extensions).toMatchObject({
      details: [{ field: 'input.metadata', message: 'must nest at most 32 levels' }],
    });
  });
});

describe('other hostile requests stay 4xx with a code', () => {
  it('GET with a mutation, GET without a CSRF-safe header', async () => {
    const mutation = await fetch(
      `${server.url}?${new URLSearchParams({ query: 'mutation { removeListEntry(id: "00000000-0000-0000-0000-000000000000") }' })}`,
      { headers: { authorization: `Bearer ${key()}`, 'apollo-require-preflight': 'true' } },
    );
    expect(mutation.status).toBe(405);
    expect(code((await mutation.json()) as Answer)).toBe('BAD_REQUEST');
    const simple = await fetch(
      `${server.url}?${new URLSearchParams({ query: '{ me { kind } }' })}`,
    );
    expect(simple.status).toBe(400);
    expect(code((await simple.json()) as Answer)).toBe('BAD_REQUEST');
  });

  it('a body nested 100,000 deep and a 100,000-character operationName', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key()}` },
      body: `{"query":"{ me { kind } }","variables":{"a":${deep}}}`,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      errors: [
        { message: 'Request body JSON nests too deeply', extensions: { code: 'BAD_REQUEST' } },
      ],
    });
    const named = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key()}` },
      body: JSON.stringify({ query: '{ me { kind } }', operationName: 'x'.repeat(100_000) }),
    });
    expect(named.status).toBe(400);
    const body = await named.text();
    expect(body.length).toBeLessThan(500);
    expect(code(JSON.parse(body) as Answer)).toBe('BAD_REQUEST');
  });

  it('an unknown operationName, huge ints, weird cursors, persisted-query extensions', async () => {
    const post = async (body: unknown) => {
      const res = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key()}` },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as Answer };
    };
    const answers = [
      await post({ query: 'query A { me { kind } }', operationName: 'B' }),
      await post({ query: 'query A { me { kind } } query B { me { kind } }' }),
      await post({ query: '{ transactions(first: 99999999999) { totalCount } }' }),
      await post({
        query: 'query($n: Int) { transactions(first: $n) { totalCount } }',
        variables: { n: 1e30 },
      }),
      await post({ query: '{ transactions(first: -5) { totalCount } }' }),
      await post({ query: '{ transactions(after: "%%%") { totalCount } }' }),
      await post({ query: '{ transactions(after: "W10") { totalCount } }' }),
      await post({ query: '{ me { kind } }', extensions: { persistedQuery: { version: 1 } } }),
      await post({ query: '{ me { kind } }', extensions: { persistedQuery: { version: 2 } } }),
      await post({ extensions: { persistedQuery: { version: 1, sha256Hash: 'nope' } } }),
      await post({ query: '{ me { kind } }', variables: [1, 2] }),
      await post({ query: { kind: 'Document' } }),
      await post([{ query: '{ me { kind } }' }, { query: '{ me { kind } }' }]),
    ];
    for (const a of answers) {
      // Domain refusals found while running are 200 with errors, like every domain error.
      expect(a.status, JSON.stringify(a.body)).toBeLessThan(500);
      expect(CLIENT_CODES, JSON.stringify(a.body)).toContain(code(a.body));
      expect(JSON.stringify(a.body)).not.toMatch(/stacktrace|\bat .*\.js:\d+/);
    }
  });
});

describe('the same guards over graphql-ws', () => {
  function client(): Client {
    return createClient({
      url: server.url.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${admin}` },
      retryAttempts: 0,
    });
  }

  /** Runs one operation; resolves with its data or its errors, never a closed socket. */
  function run(c: Client, query: string, variables?: Record<string, unknown>) {
    return new Promise<{ data?: unknown; errors?: { extensions?: { code?: string } }[] }>(
      (resolve) => {
        let result: { data?: unknown } = {};
        c.subscribe(
          { query, variables },
          {
            next: (value) => {
              result = value as typeof result;
            },
            error: (e) =>
              resolve(
                Array.isArray(e)
                  ? { errors: e as never }
                  : {
                      errors: [
                        { extensions: { code: `closed ${String((e as { code?: number }).code)}` } },
                      ],
                    },
              ),
            complete: () => resolve(result),
          },
        );
      },
    );
  }

  it('answers an error for the operation, and the connection keeps working', async () => {
    const c = client();
    try {
      const nul = await run(c, `{ transactions(filter: { userId: "x\\u0000" }) { totalCount } }`);
      expect(nul.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const deep = await run(c, `${'{ me '.repeat(2000)}${'}'.repeat(2000)}`);
      expect(deep.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
      const syntax = await run(c, '{ me { ');
      expect(syntax.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
      const invalid = await run(c, '{ nope }');
      expect(invalid.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const long = await run(
        c,
        'query($u: String) { transactions(filter: { userId: $u }) { totalCount } }',
        {
          u: 'x'.repeat(5000),
        },
      );
      expect(long.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        details: [{ field: 'filter.userId' }],
      });
      const variable = await run(
        c,
        'query($u: String) { transactions(filter: { userId: $u }) { totalCount } }',
        {
          u: 'x\u0000',
        },
      );
      expect(variable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const costly = await run(
        c,
        `{ ${Array.from({ length: 30 }, (_, i) => `q${i}: reviewQueue(first: 100) { edges { node { id timeline { note } transaction { allChecks { code detail } input } } } }`).join(' ')} }`,
      );
      expect(costly.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const unnamed = await run(c, 'query A { me { kind } } query B { me { kind } }');
      expect(unnamed.errors?.[0]?.extensions?.code).toBe('OPERATION_RESOLUTION_FAILURE');
      const badVariable = await run(
        c,
        'query($n: Int!) { transactions(first: $n) { totalCount } }',
        { n: 'abc' },
      );
      expect(badVariable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const ok = await run(c, '{ me { kind } }');
      expect(ok).toEqual({ data: { me: { kind: 'USER' } } });
    } finally {
      await c.dispose();
    }
  });
});

describe('security headers', () => {
  const base = () => server.url.replace(/\/graphql$/, '');

  it('are on the console, /graphql and /healthz', async () => {
    const answers = [
      await fetch(`${base()}/`),
      await fetch(`${base()}/healthz`),
      await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { kind } }' }),
      }),
      await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query": ',
      }),
    ];
    for (const res of answers) {
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("default-src 'self'");
      const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'));
      expect(scriptSrc?.trim()).toBe("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('strict-transport-security')).toBeNull();
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('let the console open its WebSocket to this host', async () => {
    const res = await fetch(`${base()}/`);
    const host = new URL(base()).host;
    expect(res.headers.get('content-security-policy')).toContain(
      `connect-src 'self' ws://${host} wss://${host}`,
    );
  });

  it('send HSTS only when the request came over https', async () => {
    const proxied = await fetch(`${base()}/healthz`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(proxied.headers.get('strict-transport-security')).toMatch(/^max-age=31536000/);
  });

  it("leave out the CSP only for Apollo's landing page, and only while introspection is on", async () => {
    const page = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-security-policy')).toBeNull();
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    const closed = await startTestServer({ GRAPHQL_INTROSPECTION: 'false' });
    try {
      const res = await fetch(closed.url, { headers: { accept: 'text/html' } });
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    } finally {
      await closed.close();
    }
  });

  it('leave the SDK loadable from any origin', async () => {
    const res = await fetch(`${base()}/sdk/warden-signals.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

/** A value of `type` that coerces: required input fields only, one list item. */
function minimal(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return minimal(type.ofType);
  if (isListType(type)) return [minimal(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => [f.name, minimal(f.type)]),
    );
  }
  const scalars: Record<string, unknown> = {
    Int: 1,
    Float: 1,
    Boolean: true,
    UUID: '00000000-0000-4000-8000-000000000000',
    DateTime: '2026-01-01T00:00:00Z',
    JSON: {},
  };
  return type.name in scalars ? scalars[type.name] : 'x';
}

/** Dotted paths (list items as `.0`) to every String or ID inside an argument's type. */
function stringPaths(type: GraphQLInputType, at: string, depth = 0): string[] {
  if (depth > 5) return [];
  if (isNonNullType(type)) return stringPaths(type.ofType, at, depth);
  if (isListType(type)) return stringPaths(type.ofType, `${at}.0`, depth + 1);
  if (isInputObjectType(type)) {
    return Object.values(type.getFields()).flatMap((f) =>
      stringPaths(f.type, `${at}.${f.name}`, depth + 1),
    );
  }
  return !isEnumType(type) && (type.name === 'String' || type.name === 'ID') ? [at] : [];
}

/** `minimal(type)` with the String at `path` (below the argument) replaced by `value`. */
function withValue(type: GraphQLInputType, path: string[], value: unknown): unknown {
  if (path.length === 0) return value;
  if (isNonNullType(type)) return withValue(type.ofType, path, value);
  if (isListType(type)) return [withValue(type.ofType, path.slice(1), value)];
  if (!isInputObjectType(type)) throw new Error(`no input field ${path.join('.')}`);
  const [head, ...rest] = path;
  const field = type.getFields()[head!]!;
  return { ...(minimal(type) as object), [head!]: withValue(field.type, rest, value) };
}

describe('every String argument and input field of the schema is bounded', async () => {
  const schema = await buildWardenSchema();
  const roots = [schema.getQueryType(), schema.getMutationType()].filter(
    (t): t is GraphQLObjectType => t != null,
  );
  const cases = roots.flatMap((root) =>
    Object.values(root.getFields()).flatMap((field) =>
      field.args.flatMap((arg) =>
        stringPaths(arg.type, arg.name).map((path) => ({
          label: `${root.name}.${field.name}: ${path}`,
          root,
          field,
          arg,
          path,
        })),
      ),
    ),
  );

  it('finds the inputs clients send', () => {
    const labels = cases.map((c) => c.label);
    for (const expected of [
      'Query.transactions: filter.userId',
      'Query.transactions: after',
      'Mutation.scoreTransactions: inputs.0.device.userAgent',
      'Mutation.login: password',
      'Mutation.createWebhookEndpoint: url',
      'Mutation.createWebhookEndpoint: events.0',
      'Mutation.submitFeedbackBatch: items.0.notes',
    ]) {
      expect(labels).toContain(expected);
    }
  });

  it.each(cases.map((c) => [c.label, c] as const))(
    '%s: 2,001 characters are BAD_USER_INPUT naming the field (a file over 4 MB: 413)',
    async (_label, { root, field, arg, path }) => {
      const args = field.args.filter((a) => a === arg || isNonNullType(a.type));
      const variables: Record<string, unknown> = Object.fromEntries(
        args.map((a) => [a.name, minimal(a.type)]),
      );
      // A reputation file's content is bounded by the request body itself (HTTP 413).
      const whole = path === 'content';
      const value = 'x'.repeat(whole ? 4 * 1024 * 1024 + 1 : 2001);
      variables[arg.name] = withValue(arg.type, path.split('.').slice(1), value);
      const selection = isCompositeType(getNamedType(field.type)) ? '{ __typename }' : '';
      const query = `${root.name === 'Query' ? 'query' : 'mutation'}(${args
        .map((a) => `$${a.name}: ${String(a.type)}`)
        .join(
          ', ',
        )}) { ${field.name}(${args.map((a) => `${a.name}: $${a.name}`).join(', ')}) ${selection} }`;
      const r = await server.gql(query, variables, { auth: admin });
      if (whole) {
        expect(r.status).toBe(413);
        expect(r.errors![0]!.extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
        return;
      }
      expect(r.status, JSON.stringify(r.errors)).toBe(400);
      expect(r.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        details: [{ field: path }],
      });
    },
  );
});
