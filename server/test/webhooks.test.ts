import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify } from '../src/modules/webhooks/signature.js';
import { seedTenant, startTestServer, type SeededTenant, type TestServer } from './harness.js';

let server: TestServer;
let tenant: SeededTenant;

/** A local receiver that answers 500 to the first delivery of each id, then 200. */
let receiver: Server;
let receiverUrl: string;
const received: { headers: Record<string, string>; body: string; status: number }[] = [];
const seen = new Set<string>();

beforeAll(async () => {
  server = await startTestServer();
  tenant = await seedTenant(server);
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const id = String(req.headers['warden-delivery']);
      const status = seen.has(id) ? 200 : 500;
      seen.add(id);
      received.push({
        headers: req.headers as Record<string, string>,
        body: Buffer.concat(chunks).toString('utf8'),
        status,
      });
      res.statusCode = status;
      res.end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
});
afterAll(async () => {
  await server?.close();
  await new Promise((resolve) => receiver?.close(resolve));
});

async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`gave up waiting: ${what}`);
}

describe('webhooks', () => {
  it('signs, retries a 500 with backoff, logs every attempt and redelivers on demand', async () => {
    const admin = await tenant.token('TENANT_ADMIN');
    const created = await server.gql<{
      createWebhookEndpoint: { secret: string; endpoint: { id: string; events: string[] } };
    }>(
      `mutation($url: String!) { createWebhookEndpoint(url: $url, events: ["case.opened", "case.resolved", "transaction.blocked"]) {
        secret endpoint { id url events mode } } }`,
      { url: receiverUrl },
      { auth: admin },
    );
    expect(created.errors?.map((e) => [e.message, JSON.stringify(e.extensions)])).toBeUndefined();
    const { secret, endpoint } = created.data!.createWebhookEndpoint;
    expect(secret).toMatch(/^whsec_[0-9a-f]{64}$/);

    // Everything goes to REVIEW for this tenant: the score opens a case.
    await server.gql(
      `mutation { updateThresholds(kind: TRANSACTION, thresholds: { review: 0, challenge: 98, block: 99 }) { baseCurrency } }`,
      {},
      { auth: admin },
    );
    const scored = await server.gql<{
      scoreTransaction: { caseId: string; transactionId: string };
    }>(
      'mutation { scoreTransaction(input: { userId: "hooked", amount: 42 }) { caseId transactionId } }',
      {},
      { auth: tenant.keys.LIVE.secret },
    );
    const { caseId, transactionId } = scored.data!.scoreTransaction;

    await until(
      () => received.filter((r) => r.status === 200).length >= 1,
      'case.opened delivered',
    );
    const [first, second] = received;
    expect(first!.status).toBe(500);
    expect(second!.headers['warden-delivery']).toBe(first!.headers['warden-delivery']);
    expect(second!.headers['warden-event']).toBe('case.opened');
    expect(verify(secret, second!.headers['warden-signature']!, second!.body)).toBe(true);
    expect(verify(secret, second!.headers['warden-signature']!, `${second!.body} `)).toBe(false);
    expect(JSON.parse(second!.body)).toMatchObject({
      type: 'case.opened',
      data: { caseId, transactionId, mode: 'LIVE', decision: 'REVIEW', userId: 'hooked' },
    });

    const LOG = `query($id: UUID!) { webhookDeliveries(endpointId: $id) { totalCount edges { node {
      id eventType status attempts lastStatusCode lastError deliveredAt } } } }`;
    type Log = {
      webhookDeliveries: {
        totalCount: number;
        edges: { node: { id: string; status: string; attempts: number; lastStatusCode: number } }[];
      };
    };
    const log = async () =>
      (await server.gql<Log>(LOG, { id: endpoint.id }, { auth: admin })).data!.webhookDeliveries;
    await until(async () => (await log()).edges[0]?.node.status === 'DELIVERED', 'the log');
    expect((await log()).edges[0]!.node).toMatchObject({
      status: 'DELIVERED',
      attempts: 2,
      lastStatusCode: 200,
    });

    // Resolving the case sends case.resolved.
    await server.gql(
      'mutation($id: UUID!) { resolveCase(caseId: $id, label: LEGITIMATE, confidence: CONFIRMED) { id } }',
      { id: caseId },
      { auth: await tenant.token('ANALYST') },
    );
    await until(
      () => received.some((r) => r.status === 200 && r.headers['warden-event'] === 'case.resolved'),
      'case.resolved delivered',
    );

    // Redelivery sends the same delivery again.
    const deliveryId = (await log()).edges.find((e) => e.node.status === 'DELIVERED')!.node.id;
    const before = received.filter((r) => r.headers['warden-delivery'] === deliveryId).length;
    const again = await server.gql(
      'mutation($id: UUID!) { redeliverWebhook(deliveryId: $id) { id status } }',
      { id: deliveryId },
      { auth: admin },
    );
    expect(again.errors).toBeUndefined();
    await until(
      () => received.filter((r) => r.headers['warden-delivery'] === deliveryId).length > before,
      'the redelivery',
    );
  });

  it('refuses bad endpoints and non-admins, and other tenants cannot read the log', async () => {
    const admin = await tenant.token('TENANT_ADMIN');
    const bad = await server.gql(
      `mutation { createWebhookEndpoint(url: "ftp://x", events: ["case.closed"]) { secret } }`,
      {},
      { auth: admin },
    );
    expect(bad.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: [
        { field: 'url', message: 'must use https' },
        {
          field: 'events.0',
          message: 'must be one of case.opened, case.resolved, transaction.blocked',
        },
      ],
    });
    const analyst = await server.gql(
      `mutation { createWebhookEndpoint(url: "https://example.com/h", events: ["case.opened"]) { secret } }`,
      {},
      { auth: await tenant.token('ANALYST') },
    );
    expect(analyst.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const mine = await server.gql<{ webhookEndpoints: { id: string }[] }>(
      '{ webhookEndpoints { id } }',
      {},
      { auth: admin },
    );
    const other = await seedTenant(server);
    const theirs = await server.gql(
      'query($id: UUID!) { webhookDeliveries(endpointId: $id) { totalCount } }',
      { id: mine.data!.webhookEndpoints[0]!.id },
      { auth: await other.token('TENANT_ADMIN') },
    );
    expect(theirs.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
});
