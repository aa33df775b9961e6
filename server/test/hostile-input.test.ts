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

const SCORE_BATCH =
  'mutation($inputs: [TransactionInput!]!) { scoreTransactions(inputs: $inputs) {';
const BATCH_ITEMS =
  'items { index result { transactionId } error { code details { field message } } }';
interface ItemError {
  code: string;
  details: { field: string; message: string }[] | null;
}
interface Batch {
  scoreTransactions: { items: { index: number; result: unknown; error: ItemError | null }[] };
}

/** Per item: `ok`, or the fields its BAD_USER_INPUT names (another code: the code). */
function outcomes(r: Answer & { data?: Batch | null }): string[] {
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.scoreTransactions.items.map(({ result, error }) => {
    if (!error) return result ? 'ok' : 'no result';
    if (error.code !== 'BAD_USER_INPUT') return error.code;
    return (error.details ?? []).map((d) => d.field).join(',');
  });
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
    // The same document again: Apollo serves it from its cache of parsed documents, and the
    // checks' own memo of that document must refuse it just the same.
    const again = await server.gql(
      `mutation { scoreTransaction(input: { userId: "${userId}", amount: 5, channel: "web\\u0000" }) { transactionId } }`,
      {},
      { auth: key() },
    );
    expect(again.status).toBe(400);
    expect(code(again)).toBe('BAD_USER_INPUT');
    expect(await transactionsOf(userId)).toBe(0);
  });

  it('fails only the literal scoreTransactions item that holds a NUL', async () => {
    const userId = uid('nulbatch');
    const r = await server.gql<Batch>(
      `mutation { scoreTransactions(inputs: [
        { userId: "${userId}", amount: 5 },
        { userId: "${userId}", amount: 6, channel: "app\\u0000" }
        { userId: "${userId}", amount: 7, metadata: { note: "fine" } }
      ]) { ${BATCH_ITEMS} } }`,
      {},
      { auth: key() },
    );
    expect(r.status).toBe(200);
    expect(r.errors).toBeUndefined();
    expect(outcomes(r)).toEqual(['ok', 'inputs.1.channel', 'ok']);
    expect(await transactionsOf(userId)).toBe(2);
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

  it('checks a GET document placed after 1,000 other parameters (regression)', async () => {
    // Express's query parser stops after 1,000 parameters; Apollo reads them all. 100 levels
    // are refused before parsing (GRAPHQL_PARSE_FAILED); had the guard not seen the document,
    // validation would answer GRAPHQL_VALIDATION_FAILED.
    const padding = Array.from({ length: 1_001 }, (_, i) => `p${i}=1`).join('&');
    const deep = `{${'a{'.repeat(100)}b${'}'.repeat(101)}`;
    const res = await fetch(`${server.url}?${padding}&query=${encodeURIComponent(deep)}`, {
      headers: { authorization: `Bearer ${key()}`, 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(400);
    expect(code((await res.json()) as Answer)).toBe('GRAPHQL_PARSE_FAILED');
    const twice = await fetch(
      `${server.url}?query=${encodeURIComponent('{ me { kind } }')}&query=x`,
      {
        headers: { authorization: `Bearer ${key()}`, 'apollo-require-preflight': 'true' },
      },
    );
    expect(twice.status).toBe(400);
    expect(code((await twice.json()) as Answer)).toBe('BAD_REQUEST');
  });
});

describe('one bad batch item fails alone', () => {
  const scoreBatch = (inputs: unknown[]) =>
    server.gql<Batch>(`${SCORE_BATCH} ${BATCH_ITEMS} } }`, { inputs }, { auth: key() });

  it('a NUL in one item of $inputs: the others are scored, nothing of that item is stored', async () => {
    const userId = uid('nulvar');
    const r = await scoreBatch([
      { userId, amount: 1, reference: uid('r') },
      { userId, amount: 2, channel: 'web\u0000' },
      { userId, amount: 3, reference: uid('r') },
    ]);
    expect(r.status).toBe(200);
    expect(outcomes(r)).toEqual(['ok', 'inputs.1.channel', 'ok']);
    const failed = r.data!.scoreTransactions.items[1]!.error!;
    expect(failed.details![0]!.message).toMatch(/NUL/);
    expect(await transactionsOf(userId)).toBe(2);
  });

  it('an unpaired surrogate, a 256-character userId, a bidi override, deep metadata', async () => {
    const userId = uid('items');
    let deep: unknown = 'x';
    for (let i = 0; i < 40; i++) deep = { a: deep };
    const r = await scoreBatch([
      { userId, amount: 1, metadata: { note: 'x\ud800' } },
      { userId, amount: 1, metadata: { ['k\udc00']: 1 } },
      { userId: 'u'.repeat(256), amount: 1 },
      { userId, amount: 1, reference: `\u202e${uid('spoof')}` },
      { userId, amount: 1, metadata: deep },
      { userId, amount: 1, device: { id: 'd\u0000', userAgent: 'ua' } },
      { userId, amount: 1, recipient: { type: 'WALLET', value: 'w1', name: 'a\u0000' } },
      { userId, amount: 1, device: { userAgent: 'u'.repeat(2001) } },
      { userId, amount: 1, metadata: { ok: ['fine', { nested: 'é ✓ 😀' }] } },
    ]);
    expect(r.status).toBe(200);
    expect(outcomes(r)).toEqual([
      'inputs.0.metadata',
      'inputs.1.metadata',
      'inputs.2.userId',
      'inputs.3.reference',
      'inputs.4.metadata',
      'inputs.5.device.id',
      'inputs.6.recipient.name',
      'inputs.7.device.userAgent',
      'ok',
    ]);
    const messages = r.data!.scoreTransactions.items.map((i) => i.error?.details?.[0]?.message);
    expect(messages.slice(0, 5)).toEqual([
      'must be valid Unicode (no unpaired surrogates)',
      'keys must be valid Unicode (no unpaired surrogates)',
      'identifier must be at most 255 characters',
      'must not contain control or bidirectional-override characters',
      'must nest at most 32 levels',
    ]);
    expect(await transactionsOf(userId)).toBe(1);
  });

  it('items given as a list of variables or literals holding variables, through an alias and a fragment', async () => {
    const userId = uid('slots');
    const r = await server.gql<{ s: Batch['scoreTransactions'] }>(
      `mutation($a: TransactionInput!, $b: TransactionInput!, $c: String) { ...Score }
       fragment Score on Mutation {
         s: scoreTransactions(inputs: [$a, $b, { userId: "${userId}", amount: 3, channel: $c }]) {
           ${BATCH_ITEMS}
         }
       }`,
      {
        a: { userId, amount: 1 },
        b: { userId, amount: 2, reference: 'r\u0000' },
        c: 'x\ud800',
      },
      { auth: key() },
    );
    expect(r.status).toBe(200);
    expect(outcomes({ ...r, data: { scoreTransactions: r.data!.s } })).toEqual([
      'ok',
      'inputs.1.reference',
      'inputs.2.channel',
    ]);
    expect(await transactionsOf(userId)).toBe(1);
  });

  it('a bad submitFeedbackBatch item is FAILED, the others CREATED', async () => {
    const transactionId = await scoredTransactionId();
    const item = (notes: string) => ({
      idempotencyKey: uid('fb'),
      transactionId,
      feedbackType: 'TENANT_ACTION',
      tenantAction: 'APPROVE',
      notes,
    });
    const r = await server.gql<{
      submitFeedbackBatch: { items: { status: string; error: ItemError | null }[] };
    }>(
      `mutation($items: [FeedbackBatchItem!]!) { submitFeedbackBatch(items: $items) {
        items { status error { code details { field message } } } } }`,
      {
        items: [
          item('first'),
          item('bad\u0000'),
          { ...item('third'), idempotencyKey: `k\u202e${uid('fb')}` },
          item('fourth'),
        ],
      },
      { auth: key() },
    );
    expect(r.status).toBe(200);
    expect(r.errors).toBeUndefined();
    const items = r.data!.submitFeedbackBatch.items;
    expect(items.map((i) => i.status)).toEqual(['CREATED', 'FAILED', 'FAILED', 'CREATED']);
    expect(items[1]!.error).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: [{ field: 'items.1.notes', message: 'must not contain NUL characters (\\u0000)' }],
    });
    expect(items[2]!.error).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: [{ field: 'items.2.idempotencyKey' }],
    });
  });

  it('everything outside batch items is still refused whole, with 400 and nothing written', async () => {
    const userId = uid('whole');
    const single = await server.gql(
      'mutation($i: TransactionInput!) { scoreTransaction(input: $i) { transactionId } }',
      { i: { userId, amount: 1, metadata: { k: 'v\u0000' } } },
      { auth: key() },
    );
    const filter = await server.gql(
      'query($u: String) { transactions(filter: { userId: $u }) { totalCount } }',
      { u: 'x\u0000' },
      { auth: key() },
    );
    // The same variable as an item and as a single transaction: the single one decides.
    const both = await server.gql(
      `mutation($i: TransactionInput!) {
        scoreTransaction(input: $i) { transactionId }
        scoreTransactions(inputs: [$i]) { ${BATCH_ITEMS} }
      }`,
      { i: { userId, amount: 1, channel: 'web\u0000' } },
      { auth: key() },
    );
    // A variable the operation does not use; a NUL in a variable's name.
    const unused = await server.gql(
      `${SCORE_BATCH} ${BATCH_ITEMS} } }`,
      { inputs: [{ userId, amount: 1 }], extra: 'x\u0000' },
      { auth: key() },
    );
    const directive = await server.gql(
      `mutation($inputs: [TransactionInput!]!, $skip: Boolean!) {
        scoreTransactions(inputs: $inputs) @skip(if: $skip) { ${BATCH_ITEMS} } }`,
      { inputs: [{ userId, amount: 1 }], skip: false, ['s\u0000']: true },
      { auth: key() },
    );
    const tooMany = await scoreBatch(Array.from({ length: 1001 }, () => ({ userId, amount: 1 })));
    for (const r of [single, filter, both, unused, directive, tooMany]) {
      expect(r.status, JSON.stringify(r.errors)).toBe(400);
      expect(code(r)).toBe('BAD_USER_INPUT');
    }
    expect(tooMany.errors![0]!.extensions).toMatchObject({ details: [{ field: 'inputs' }] });
    expect(await transactionsOf(userId)).toBe(0);
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
  function client(credential = admin): Client {
    return createClient({
      url: server.url.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${credential}` },
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

  it('fails one bad batch item alone, and refuses a bad single transaction whole', async () => {
    const c = client(key());
    try {
      const userId = uid('ws');
      const batch = await run(c, `${SCORE_BATCH} ${BATCH_ITEMS} } }`, {
        inputs: [
          { userId, amount: 1 },
          { userId, amount: 2, channel: 'x\u0000' },
          { userId, amount: 3 },
        ],
      });
      expect(outcomes(batch as Answer & { data?: Batch })).toEqual([
        'ok',
        'inputs.1.channel',
        'ok',
      ]);
      const single = await run(
        c,
        'mutation($i: TransactionInput!) { scoreTransaction(input: $i) { transactionId } }',
        { i: { userId, amount: 1, reference: 'r\u0000' } },
      );
      expect(single.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const literal = await run(
        c,
        `mutation { scoreTransactions(inputs: [{ userId: "${userId}", amount: 1, channel: "\\u0000" }]) { ${BATCH_ITEMS} } }`,
      );
      expect(outcomes(literal as Answer & { data?: Batch })).toEqual(['inputs.0.channel']);
      expect(await transactionsOf(userId)).toBe(2);
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
      // Inside a batch item, the item fails alone (HTTP 200) and its error names the field.
      const batch = ['scoreTransactions.inputs', 'submitFeedbackBatch.items'].includes(
        `${field.name}.${arg.name}`,
      );
      const selection = batch
        ? '{ items { error { code details { field } } } }'
        : isCompositeType(getNamedType(field.type))
          ? '{ __typename }'
          : '';
      const query = `${root.name === 'Query' ? 'query' : 'mutation'}(${args
        .map((a) => `$${a.name}: ${String(a.type)}`)
        .join(
          ', ',
        )}) { ${field.name}(${args.map((a) => `${a.name}: $${a.name}`).join(', ')}) ${selection} }`;
      const r = await server.gql<Record<string, { items: { error: ItemError | null }[] }>>(
        query,
        variables,
        { auth: batch ? key() : admin },
      );
      if (batch) {
        expect(r.status, JSON.stringify(r.errors)).toBe(200);
        const error = r.data![field.name]!.items[0]!.error;
        expect(error?.code).toBe('BAD_USER_INPUT');
        expect(error?.details?.map((d) => d.field)).toContain(path);
        return;
      }
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
