import { randomUUID } from 'node:crypto';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Resolver } from '../src/modules/webhooks/webhook.sender.js';
import { seedTenant, startTestServer, type SeededTenant, type TestServer } from './harness.js';

/** Production policy; it sends only through `attempt`, never another test file's jobs. */
let guarded: TestServer;
/** Development policy (private destinations allowed), for what must hold even then. */
let open: TestServer;
let tenant: SeededTenant;
let openTenant: SeededTenant;

/** A name that looks public but whose DNS answers loopback, as a rebinding attacker's would. */
const REBOUND = 'hooks.rebound.example';
const resolve: Resolver = async (hostname) =>
  hostname === REBOUND
    ? [{ address: '127.0.0.1', family: 4 }]
    : [
        { address: '127.0.0.1', family: 4 },
        { address: '::1', family: 6 },
      ].filter(() => hostname === 'localhost');

interface Receiver {
  port: number;
  connections: number;
  paths: string[];
  server: Server;
}
const receivers: Receiver[] = [];

async function receiver(handler: RequestListener): Promise<Receiver> {
  const server = createServer((req, res) => {
    r.paths.push(req.url ?? '');
    handler(req, res);
  });
  const r: Receiver = { port: 0, connections: 0, paths: [], server };
  server.on('connection', () => r.connections++);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  r.port = (server.address() as AddressInfo).port;
  receivers.push(r);
  return r;
}

beforeAll(async () => {
  [guarded, open] = await Promise.all([
    startTestServer({ WEBHOOK_ALLOW_PRIVATE: 'false' }, { webhooks: { resolve, consume: false } }),
    startTestServer({ WEBHOOK_ALLOW_PRIVATE: 'true' }, { webhooks: { consume: false } }),
  ]);
  [tenant, openTenant] = await Promise.all([seedTenant(guarded), seedTenant(open)]);
});
afterAll(async () => {
  await Promise.all([guarded?.close(), open?.close()]);
  for (const r of receivers) r.server.closeAllConnections();
  await Promise.all(receivers.map((r) => new Promise((done) => r.server.close(done))));
});

const CREATE = `mutation($url: String!) {
  createWebhookEndpoint(url: $url, events: ["case.opened"]) { endpoint { id url } } }`;

async function create(server: TestServer, t: SeededTenant, url: string) {
  return server.gql<{ createWebhookEndpoint: { endpoint: { id: string; url: string } } }>(
    CREATE,
    { url },
    { auth: await t.token('TENANT_ADMIN') },
  );
}

/**
 * A pending delivery for an endpoint, already marked queued so that no server's sweep picks
 * it up: the test sends it with `attempt` on the server it means.
 */
async function pendingDelivery(server: TestServer, t: SeededTenant, endpointId: string) {
  const id = randomUUID();
  await server.orm.em.getConnection().execute(
    `insert into webhook_delivery (id, tenant_id, endpoint_id, event_type, payload, status,
         attempts, queued_at, created_at)
       values (?, ?, ?, 'case.opened', '{"type":"case.opened","data":{}}', 'PENDING', 0, now(), now())`,
    [id, t.id, endpointId],
  );
  return id;
}

/** An endpoint row written as an older release (or a hand edit) might have left it. */
async function legacyEndpoint(server: TestServer, t: SeededTenant, url: string) {
  const id = randomUUID();
  await server.orm.em.getConnection().execute(
    `insert into webhook_endpoint (id, tenant_id, mode, url, events, secret, created_at)
       values (?, ?, 'LIVE', ?, '["case.opened"]', ?, now())`,
    [id, t.id, url, `whsec_${'0'.repeat(64)}`],
  );
  return id;
}

const LOG = `query($id: UUID!) { webhookDeliveries(endpointId: $id) { edges { node {
  id status attempts lastStatusCode lastError } } } }`;
type Log = {
  webhookDeliveries: {
    edges: {
      node: {
        id: string;
        status: string;
        attempts: number;
        lastStatusCode: number | null;
        lastError: string | null;
      };
    }[];
  };
};

async function logOf(server: TestServer, t: SeededTenant, endpointId: string) {
  const res = await server.gql<Log>(
    LOG,
    { id: endpointId },
    { auth: await t.token('TENANT_ADMIN') },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.webhookDeliveries.edges.map((e) => e.node);
}

describe('webhook destinations in production', () => {
  it.each([
    'https://127.0.0.1/h',
    'https://127.1.2.3:8443/h',
    'https://2130706433/h',
    'https://0x7f.0.0.1/h',
    'https://0.0.0.0/h',
    'https://10.1.2.3/h',
    'https://172.16.0.1/h',
    'https://192.168.0.10/h',
    'https://169.254.169.254/latest/meta-data',
    'https://100.64.0.1/h',
    'https://224.0.0.1/h',
    'https://255.255.255.255/h',
    'https://240.0.0.1/h',
    'https://198.18.0.1/h',
    'https://192.0.2.1/h',
    'https://[::1]/h',
    'https://[::]/h',
    'https://[::ffff:127.0.0.1]:8443/h',
    'https://[::ffff:169.254.169.254]/h',
    'https://[::ffff:10.0.0.1]/h',
    'https://[::127.0.0.1]/h',
    'https://[::7f00:1]/h',
    'https://[64:ff9b::7f00:1]/h',
    'https://[64:ff9b::a9fe:a9fe]/h',
    'https://[64:ff9b:1::a00:1]/h',
    'https://[2002:7f00:1::1]/h',
    'https://[2001:0:4136:e378:8000:63bf:80ff:fffe]/h',
    'https://[fc00::1]/h',
    'https://[fd00:ec2::254]/h',
    'https://[fe80::1]/h',
    'https://[fec0::1]/h',
    'https://[ff02::1]/h',
    'https://[2001:db8::1]/h',
    'https://localhost/h',
    'https://localhost./h',
    'https://api.localhost/h',
    'https://printer.local/h',
    'https://metadata.google.internal/computeMetadata/v1/',
    'https://intranet/h',
    'http://93.184.216.34/h',
  ])('refuses %s when the endpoint is created', async (url) => {
    const res = await create(guarded, tenant, url);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: [
        {
          field: 'url',
          message: url.startsWith('http:')
            ? 'must use https'
            : 'must not point at a private or local address',
        },
      ],
    });
  });

  it('accepts public addresses and names', async () => {
    for (const url of [
      'https://1.1.1.1/h',
      'https://[2606:4700:4700::1111]/h',
      'https://93.184.216.34:8443/h',
      'https://hooks.example.com/h',
    ]) {
      const res = await create(guarded, tenant, url);
      expect(res.errors).toBeUndefined();
      expect(res.data!.createWebhookEndpoint.endpoint.url).toBe(url);
    }
  });

  it('refuses a name that resolves to loopback when the delivery connects (DNS rebinding)', async () => {
    const r = await receiver((_req, res) => res.end('ok'));
    const created = await create(guarded, tenant, `https://${REBOUND}:${r.port}/h`);
    expect(created.errors).toBeUndefined();
    const endpointId = created.data!.createWebhookEndpoint.endpoint.id;
    const deliveryId = await pendingDelivery(guarded, tenant, endpointId);

    expect(await guarded.app.webhooks.attempt(deliveryId)).toBe('failed');
    expect(r.connections).toBe(0);
    expect(await logOf(guarded, tenant, endpointId)).toEqual([
      {
        id: deliveryId,
        status: 'FAILED',
        attempts: 1,
        lastStatusCode: null,
        lastError: 'destination resolves to a private address (127.0.0.1)',
      },
    ]);
  });

  it('refuses endpoints stored before the policy: literal private forms and localhost', async () => {
    const r = await receiver((_req, res) => res.end('ok'));
    for (const [url, reason] of [
      [`https://[::ffff:127.0.0.1]:${r.port}/h`, 'destination is a private address (127.0.0.1)'],
      [`https://[::ffff:7f00:1]:${r.port}/h`, 'destination is a private address (127.0.0.1)'],
      [`http://127.0.0.1:${r.port}/h`, 'destination is a private address (127.0.0.1)'],
      [`https://localhost:${r.port}/h`, 'destination resolves to a private address (127.0.0.1)'],
    ] as const) {
      const endpointId = await legacyEndpoint(guarded, tenant, url);
      const deliveryId = await pendingDelivery(guarded, tenant, endpointId);
      expect(await guarded.app.webhooks.attempt(deliveryId)).toBe('failed');
      expect(await logOf(guarded, tenant, endpointId)).toMatchObject([
        { status: 'FAILED', attempts: 1, lastError: reason },
      ]);
    }
    expect(r.connections).toBe(0);
  });
});

describe('webhook destinations with private addresses allowed', () => {
  it('delivers to the same local receiver a guarded server refuses', async () => {
    const r = await receiver((_req, res) => res.end('ok'));
    const created = await create(open, openTenant, `http://127.0.0.1:${r.port}/h`);
    const endpointId = created.data!.createWebhookEndpoint.endpoint.id;
    const deliveryId = await pendingDelivery(open, openTenant, endpointId);
    expect(await open.app.webhooks.attempt(deliveryId)).toBe('delivered');
    expect(r.connections).toBe(1);
  });

  it('does not follow a redirect: the 3xx is a failed attempt with its status logged', async () => {
    const r = await receiver((req, res) => {
      if (req.url === '/h') {
        res.writeHead(302, { location: `http://127.0.0.1:${r.port}/elsewhere` });
        res.end();
      } else res.end('followed');
    });
    const created = await create(open, openTenant, `http://127.0.0.1:${r.port}/h`);
    const endpointId = created.data!.createWebhookEndpoint.endpoint.id;
    const deliveryId = await pendingDelivery(open, openTenant, endpointId);

    expect(await open.app.webhooks.attempt(deliveryId)).toBe('retry');
    expect(r.paths).toEqual(['/h']);
    expect(await logOf(open, openTenant, endpointId)).toMatchObject([
      { status: 'PENDING', attempts: 1, lastStatusCode: 302, lastError: 'HTTP 302' },
    ]);
  });
});
