import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { executorStatistics } from '../src/db/executor.js';
import { seedTenant, startTestServer, type SeededTenant, type TestServer } from './harness.js';

// Two replicas on one database: events committed through one are delivered by the other.
let a: TestServer;
let b: TestServer;
let tenant: SeededTenant;
let other: SeededTenant;

type Errors = { errors?: { message: string; extensions?: Record<string, unknown> }[] };
const code = (res: Errors) => res.errors?.[0]?.extensions?.code;

/** Every transaction of the tenant lands in REVIEW (review threshold 0). */
async function routeEverythingToReview(t: SeededTenant): Promise<void> {
  const res = await a.gql(
    `mutation { updateThresholds(kind: TRANSACTION, thresholds: { review: 0, challenge: 98, block: 99 }) { transactionThresholds { review } } }`,
    {},
    { auth: await t.token('TENANT_ADMIN') },
  );
  expect(res.errors).toBeUndefined();
}

beforeAll(async () => {
  [a, b] = await Promise.all([startTestServer(), startTestServer()]);
  [tenant, other] = await Promise.all([seedTenant(a), seedTenant(a)]);
  await routeEverythingToReview(tenant);
  await routeEverythingToReview(other);
});
afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
});

async function score(
  t: SeededTenant,
  input: Record<string, unknown>,
  mode: 'LIVE' | 'TEST' = 'LIVE',
): Promise<{ transactionId: string; decision: string; caseId: string | null }> {
  const res = await a.gql<{
    scoreTransaction: { transactionId: string; decision: string; caseId: string | null };
  }>(
    'mutation($input: TransactionInput!) { scoreTransaction(input: $input) { transactionId decision caseId } }',
    { input },
    { auth: t.keys[mode].secret },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.scoreTransaction;
}

const CASE = `query($id: UUID!) { case(id: $id) {
  id transactionId status priority riskScore decision amount userId slaDueAt
  assignee { id email } resolution { label confidence note resolvedBy feedbackId }
  transaction { id matchedRules { code } allChecks { code status } feedback { analystLabel } }
  customer { externalId profile { statistics { count } } }
  recentEvents { id }
  linkedEntities { kind value userId events confirmedFraud latestLabel }
  timeline { type actor note } } }`;

describe('cases', () => {
  it('opens a case in the scoring transaction and shows it with full context', async () => {
    const user = `case-ctx-${randomUUID()}`;
    const first = await score(tenant, { userId: user, amount: 40, device: { id: 'dev-shared' } });
    const scored = await score(tenant, {
      userId: user,
      amount: 2500,
      device: { id: 'dev-shared' },
      ip: '203.0.113.9',
    });
    expect(scored.decision).toBe('REVIEW');
    expect(scored.caseId).toMatch(/^[0-9a-f-]{36}$/);
    // A second customer on the same device is a linked entity.
    await score(tenant, { userId: `${user}-mule`, amount: 10, device: { id: 'dev-shared' } });

    const res = await a.gql<{ case: Record<string, unknown> }>(
      CASE,
      { id: scored.caseId },
      { auth: await tenant.token('ANALYST') },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.case).toMatchObject({
      id: scored.caseId,
      transactionId: scored.transactionId,
      status: 'OPEN',
      priority: 'HIGH', // 2,500 in base currency
      decision: 'REVIEW',
      amount: 2500,
      userId: user,
      assignee: null,
      resolution: null,
      customer: { externalId: user },
      recentEvents: [{ id: first.transactionId }],
      timeline: [{ type: 'OPENED', actor: 'system', note: null }],
    });
    const c = res.data!.case as {
      transaction: { allChecks: unknown[] };
      linkedEntities: { kind: string; userId: string }[];
      slaDueAt: string;
    };
    expect(c.transaction.allChecks.length).toBeGreaterThan(10);
    // Linked: the other customer on the device (since 30 days before the transaction, up to now).
    expect(c.linkedEntities).toEqual([
      {
        kind: 'DEVICE',
        value: 'dev-shared',
        userId: `${user}-mule`,
        events: 1,
        confirmedFraud: 0,
        latestLabel: null,
      },
    ]);
    // The default SLA is four hours.
    const due = new Date(c.slaDueAt).getTime() - Date.now();
    expect(due).toBeGreaterThan(3.9 * 3_600_000);
    expect(due).toBeLessThanOrEqual(4 * 3_600_000);

    // The mule's own case shows the first customer, both of whose events used the device.
    const mule = await score(tenant, {
      userId: `${user}-mule`,
      amount: 15,
      device: { id: 'dev-shared' },
    });
    const linked = await a.gql<{
      case: { linkedEntities: { kind: string; userId: string; events: number }[] };
    }>(
      'query($id: UUID!) { case(id: $id) { linkedEntities { kind userId events } } }',
      { id: mule.caseId },
      { auth: await tenant.token('ANALYST') },
    );
    expect(linked.data!.case.linkedEntities).toEqual([{ kind: 'DEVICE', userId: user, events: 2 }]);
  });

  it('lists the queue by priority then age, with filters and cursor pagination', async () => {
    const t = await seedTenant(a);
    await routeEverythingToReview(t);
    const small = await score(t, { userId: 'q-1', amount: 10 });
    const large = await score(t, { userId: 'q-2', amount: 20_000 });
    const medium = await score(t, { userId: 'q-3', amount: 600 });
    const analyst = await t.token('ANALYST');
    const QUEUE = `query($filter: ReviewQueueFilter, $first: Int, $after: String) {
      reviewQueue(filter: $filter, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id priority } } } }`;
    type Queue = {
      reviewQueue: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { id: string; priority: string } }[];
      };
    };
    const page1 = await a.gql<Queue>(QUEUE, { first: 2 }, { auth: analyst });
    expect(page1.data!.reviewQueue.totalCount).toBe(3);
    expect(page1.data!.reviewQueue.edges.map((e) => e.node.id)).toEqual([
      large.caseId,
      medium.caseId,
    ]);
    const page2 = await a.gql<Queue>(
      QUEUE,
      { first: 2, after: page1.data!.reviewQueue.pageInfo.endCursor },
      { auth: analyst },
    );
    expect(page2.data!.reviewQueue.edges.map((e) => e.node.id)).toEqual([small.caseId]);
    expect(page2.data!.reviewQueue.pageInfo.hasNextPage).toBe(false);

    const critical = await a.gql<Queue>(
      QUEUE,
      { filter: { priority: ['CRITICAL'] } },
      { auth: analyst },
    );
    expect(critical.data!.reviewQueue.edges.map((e) => e.node.id)).toEqual([large.caseId]);

    await a.gql(
      'mutation($id: UUID!) { assignCase(caseId: $id) { id } }',
      { id: small.caseId },
      {
        auth: analyst,
      },
    );
    const mine = await a.gql<Queue>(QUEUE, { filter: { assignee: 'ME' } }, { auth: analyst });
    expect(mine.data!.reviewQueue.edges.map((e) => e.node.id)).toEqual([small.caseId]);
    const unassigned = await a.gql<Queue>(
      QUEUE,
      { filter: { assignee: 'UNASSIGNED' } },
      { auth: analyst },
    );
    expect(unassigned.data!.reviewQueue.totalCount).toBe(2);
    const forged = await a.gql(QUEUE, { after: 'bm9wZQ' }, { auth: analyst });
    expect(code(forged)).toBe('BAD_USER_INPUT');
  });

  it('lets exactly one of two concurrent claims win; the other is a CONFLICT', async () => {
    const { caseId } = await score(tenant, { userId: `race-${randomUUID()}`, amount: 30 });
    const claim = async (role: 'ANALYST' | 'TENANT_ADMIN') =>
      a.gql<{ assignCase: { assignee: { email: string } } }>(
        'mutation($id: UUID!) { assignCase(caseId: $id) { status assignee { email } } }',
        { id: caseId },
        { auth: await tenant.token(role) },
      );
    const results = await Promise.all([claim('ANALYST'), claim('TENANT_ADMIN')]);
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(code(lost[0]!)).toBe('CONFLICT');
    expect(lost[0]!.errors![0]!.message).toMatch(/^Case is already assigned to /);
  });

  it('resolves atomically with exactly one ANALYST_LABEL feedback; a second resolve is a CONFLICT', async () => {
    const { caseId, transactionId } = await score(tenant, {
      userId: `resolve-${randomUUID()}`,
      amount: 30,
    });
    const analyst = await tenant.token('ANALYST');
    const RESOLVE = `mutation($id: UUID!) { resolveCase(caseId: $id, label: TRUE_FRAUD, confidence: CONFIRMED, note: "mule ring") {
      status resolution { label confidence note resolvedBy feedbackId } } }`;
    const [first, second] = await Promise.all([
      a.gql<{ resolveCase: { status: string; resolution: { feedbackId: string } } }>(
        RESOLVE,
        { id: caseId },
        { auth: analyst },
      ),
      a.gql(RESOLVE, { id: caseId }, { auth: analyst }),
    ]);
    const ok = [first, second].filter((r) => !r.errors);
    expect(ok).toHaveLength(1);
    expect(code([first, second].find((r) => r.errors)!)).toBe('CONFLICT');
    const rows = await a.orm.em
      .getConnection()
      .execute<{ analyst_label: string; author_label: string; idempotency_key: string }[]>(
        'select analyst_label, author_label, idempotency_key from feedback where event_id = ?',
        [transactionId],
      );
    expect(rows).toEqual([
      {
        analyst_label: 'TRUE_FRAUD',
        author_label: tenant.users.ANALYST.email,
        idempotency_key: `case:${caseId}:resolution`,
      },
    ]);
    const c = await a.gql<{ case: Record<string, unknown> }>(
      CASE,
      { id: caseId },
      { auth: analyst },
    );
    expect(c.data!.case).toMatchObject({
      status: 'RESOLVED',
      resolution: {
        label: 'TRUE_FRAUD',
        confidence: 'CONFIRMED',
        note: 'mule ring',
        resolvedBy: tenant.users.ANALYST.email,
      },
      transaction: { feedback: [{ analystLabel: 'TRUE_FRAUD' }] },
      timeline: [{ type: 'OPENED' }, { type: 'RESOLVED', actor: tenant.users.ANALYST.email }],
    });
    const assignResolved = await a.gql(
      'mutation($id: UUID!) { assignCase(caseId: $id) { id } }',
      { id: caseId },
      { auth: analyst },
    );
    expect(code(assignResolved)).toBe('CONFLICT');
  });

  it('lets compliance read but not act, and hides other tenants and modes', async () => {
    const { caseId } = await score(tenant, { userId: `roles-${randomUUID()}`, amount: 30 });
    const compliance = await tenant.token('COMPLIANCE');
    expect(code(await a.gql(CASE, { id: caseId }, { auth: compliance }))).toBeUndefined();
    const act = await a.gql(
      'mutation($id: UUID!) { addCaseNote(caseId: $id, note: "x") { id } }',
      { id: caseId },
      { auth: compliance },
    );
    expect(code(act)).toBe('FORBIDDEN');
    expect(code(await a.gql(CASE, { id: caseId }, { auth: await other.token('ANALYST') }))).toBe(
      'NOT_FOUND',
    );
    const test = await a.gql(
      'query($id: UUID!) { case(id: $id, mode: TEST) { id } }',
      { id: caseId },
      { auth: compliance },
    );
    expect(code(test)).toBe('NOT_FOUND');
    const keyed = await a.gql(CASE, { id: caseId }, { auth: tenant.keys.LIVE.secret });
    expect(code(keyed)).toBe('FORBIDDEN');
  });

  it('loads a page of cases with a fixed number of queries, however many cases', async () => {
    const t = await seedTenant(a);
    await routeEverythingToReview(t);
    const analyst = await t.token('ANALYST');
    const QUEUE = `{ reviewQueue(first: 50) { edges { node {
      id transaction { id } customer { externalId } recentEvents { id }
      linkedEntities { userId } assignee { email } timeline { type } } } } }`;
    const once = async () => {
      let n = 0;
      const knex = a.orm.em.getConnection().getKnex();
      const count = () => {
        n++;
      };
      knex.on('query', count);
      // Statements of the SQL executor run on the pool's connections without knex's events.
      const sent = executorStatistics.statements;
      const res = await a.gql<{ reviewQueue: { edges: unknown[] } }>(QUEUE, {}, { auth: analyst });
      knex.off('query', count);
      const raw = executorStatistics.statements - sent;
      expect(raw).toBeGreaterThan(0);
      return { n: n + raw, cases: res.data!.reviewQueue.edges.length };
    };
    // The server's webhook sweep uses the executor too and can only add to a count: the least
    // of three loads is the page's own cost.
    const statements = async () => {
      const loads = [await once(), await once(), await once()];
      return { n: Math.min(...loads.map((l) => l.n)), cases: loads[0]!.cases };
    };
    for (let i = 0; i < 2; i++)
      await score(t, { userId: `n1-${i}`, amount: 30, device: { id: `d${i}` } });
    const few = await statements();
    for (let i = 2; i < 12; i++)
      await score(t, { userId: `n1-${i}`, amount: 30, device: { id: `d${i}` } });
    const many = await statements();
    expect(few.cases).toBe(2);
    expect(many.cases).toBe(12);
    expect(many.n).toBe(few.n);
  });
});

describe('reviewQueue subscription', () => {
  function client(server: TestServer, token: string): Client {
    return createClient({
      url: server.url.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
  }

  interface Received {
    type: string;
    case: { id: string; status: string; assignee: { email: string } | null };
  }

  /** Subscribes and collects events until stopped; resolves once the subscription is live. */
  async function listen(
    server: TestServer,
    token: string,
    tenantId: string,
    mode?: 'LIVE' | 'TEST',
  ) {
    const c = client(server, token);
    const events: Received[] = [];
    const errors: unknown[] = [];
    const before = server.app.cases.subscribers(tenantId, mode ?? 'LIVE');
    const stop = c.subscribe(
      {
        query: `subscription($mode: Mode) { reviewQueue(mode: $mode) { type case { id status assignee { email } } } }`,
        variables: { mode },
      },
      {
        next: (v) => events.push((v.data as { reviewQueue: Received }).reviewQueue),
        error: (e) => errors.push(e),
        complete: () => undefined,
      },
    );
    for (let i = 0; i < 100; i++) {
      if (server.app.cases.subscribers(tenantId, mode ?? 'LIVE') > before || errors.length) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    return {
      events,
      errors,
      close: async () => {
        stop();
        await c.dispose();
      },
    };
  }

  async function until(check: () => boolean, what: string): Promise<void> {
    for (let i = 0; i < 150; i++) {
      if (check()) return;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`gave up waiting: ${what}`);
  }

  it('delivers opened, updated and resolved cases from another replica, to this tenant and mode only', async () => {
    const analyst = await tenant.token('ANALYST');
    const live = await listen(b, analyst, tenant.id);
    const test = await listen(b, analyst, tenant.id, 'TEST');
    const elsewhere = await listen(b, await other.token('ANALYST'), other.id);

    const scored = await score(tenant, { userId: `live-${randomUUID()}`, amount: 30 });
    await until(() => live.events.length === 1, 'CASE_OPENED');
    expect(live.events[0]).toEqual({
      type: 'CASE_OPENED',
      case: { id: scored.caseId, status: 'OPEN', assignee: null },
    });

    await a.gql(
      'mutation($id: UUID!) { assignCase(caseId: $id) { id } }',
      { id: scored.caseId },
      {
        auth: analyst,
      },
    );
    await until(() => live.events.length === 2, 'CASE_UPDATED');
    expect(live.events[1]).toEqual({
      type: 'CASE_UPDATED',
      case: {
        id: scored.caseId,
        status: 'IN_REVIEW',
        assignee: { email: tenant.users.ANALYST.email },
      },
    });
    await a.gql(
      'mutation($id: UUID!) { resolveCase(caseId: $id, label: FALSE_POSITIVE, confidence: PROBABLE) { id } }',
      { id: scored.caseId },
      { auth: analyst },
    );
    await until(() => live.events.length === 3, 'CASE_RESOLVED');
    expect(live.events[2]!.type).toBe('CASE_RESOLVED');

    const testCase = await score(tenant, { userId: `test-${randomUUID()}`, amount: 30 }, 'TEST');
    await until(() => test.events.length === 1, 'the TEST case');
    expect(test.events[0]!.case.id).toBe(testCase.caseId);

    // Nothing leaked across tenants or modes.
    expect(live.events).toHaveLength(3);
    expect(elsewhere.events).toEqual([]);
    expect([live.errors, test.errors, elsewhere.errors]).toEqual([[], [], []]);
    await Promise.all([live.close(), test.close(), elsewhere.close()]);
  });

  it('refuses API keys and connections without credentials', async () => {
    const keyed = await listen(b, tenant.keys.LIVE.secret, tenant.id);
    await until(() => keyed.errors.length === 1, 'the refusal');
    await keyed.close();

    const anonymous = createClient({
      url: b.url.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
    });
    const closed = await new Promise<number | undefined>((resolve) => {
      anonymous.subscribe(
        { query: 'subscription { reviewQueue { type } }' },
        {
          next: () => undefined,
          error: (e) => resolve((e as { code?: number }).code),
          complete: () => resolve(undefined),
        },
      );
    });
    expect(closed).toBe(4403);
    await anonymous.dispose();
  });
});

describe('case settings', () => {
  it('opens cases for BLOCK when asked, with the tenant SLA', async () => {
    const t = await seedTenant(a);
    const admin = await t.token('TENANT_ADMIN');
    // Everything blocks: the block band starts at 0.
    await a.gql(
      `mutation { updateThresholds(kind: TRANSACTION, thresholds: { review: null, challenge: null, block: 0 }) { rules { code } } }`,
      {},
      { auth: admin },
    );
    const before = await score(t, { userId: 'blocked', amount: 10 });
    expect(before).toMatchObject({ decision: 'BLOCK', caseId: null });

    const res = await a.gql<{ updateCaseSettings: { caseSettings: unknown } }>(
      'mutation { updateCaseSettings(openOnBlock: true, slaHours: 1) { caseSettings { openOnBlock slaHours } } }',
      {},
      { auth: admin },
    );
    expect(res.data!.updateCaseSettings.caseSettings).toEqual({ openOnBlock: true, slaHours: 1 });
    const after = await score(t, { userId: 'blocked', amount: 10 });
    expect(after.caseId).not.toBeNull();
    const c = await a.gql<{ case: { slaDueAt: string; createdAt: string } }>(
      'query($id: UUID!) { case(id: $id) { slaDueAt createdAt } }',
      { id: after.caseId },
      { auth: admin },
    );
    const hours =
      (new Date(c.data!.case.slaDueAt).getTime() - new Date(c.data!.case.createdAt).getTime()) /
      3_600_000;
    expect(hours).toBe(1);

    const bad = await a.gql(
      'mutation { updateCaseSettings(slaHours: 0) { baseCurrency } }',
      {},
      {
        auth: admin,
      },
    );
    expect(code(bad)).toBe('BAD_USER_INPUT');
    const analyst = await a.gql(
      'mutation { updateCaseSettings(slaHours: 2) { baseCurrency } }',
      {},
      {
        auth: await t.token('ANALYST'),
      },
    );
    expect(code(analyst)).toBe('FORBIDDEN');
  });
});
