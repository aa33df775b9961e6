import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { MAX_RESPONSE_BYTES, WebhookSender, type Resolver } from './webhook.sender.js';

/** A local receiver that counts the connections made to it. */
interface Receiver {
  port: number;
  connections: number;
  paths: string[];
  server: Server;
}

const receivers: Receiver[] = [];
const senders: WebhookSender[] = [];

async function receiver(handler: RequestListener): Promise<Receiver> {
  const server = createServer((req, res) => {
    r.paths.push(req.url ?? '');
    handler(req, res);
  });
  const r: Receiver = { port: 0, connections: 0, paths: [], server };
  server.on('connection', () => r.connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  r.port = (server.address() as AddressInfo).port;
  receivers.push(r);
  return r;
}

function sender(allowPrivate: boolean, resolve?: Resolver, timeoutMs = 5000): WebhookSender {
  const s = new WebhookSender({ allowPrivate, timeoutMs, resolve });
  senders.push(s);
  return s;
}

/** Answers a public-looking name with the given addresses, as a rebinding DNS server would. */
const rebinding =
  (...addresses: string[]): Resolver =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

const ok: RequestListener = (_req, res) => res.end('ok');
const post = (s: WebhookSender, url: string) => s.post(url, { 'content-type': 'text/plain' }, 'x');

afterEach(async () => {
  await Promise.all(senders.splice(0).map((s) => s.close()));
});
afterAll(async () => {
  for (const r of receivers) r.server.closeAllConnections();
  await Promise.all(receivers.map((r) => new Promise((done) => r.server.close(done))));
});

describe('webhook sender', () => {
  it('connects to a name that resolves to loopback only when private destinations are allowed', async () => {
    const r = await receiver(ok);
    const url = `http://hooks.example.com:${r.port}/h`;
    expect(await post(sender(false, rebinding('127.0.0.1')), url)).toEqual({
      statusCode: null,
      error: 'destination resolves to a private address (127.0.0.1)',
      refused: true,
    });
    expect(r.connections).toBe(0);
    expect(await post(sender(true, rebinding('127.0.0.1')), url)).toEqual({
      statusCode: 200,
      error: null,
      refused: false,
    });
    expect(r.connections).toBe(1);
  });

  it('refuses a name when any one of its addresses is private', async () => {
    const r = await receiver(ok);
    const url = `http://hooks.example.com:${r.port}/h`;
    for (const answer of [
      ['93.184.216.34', '127.0.0.1'],
      ['2606:4700:4700::1111', '::ffff:127.0.0.1'],
      ['1.1.1.1', '169.254.169.254'],
      ['64:ff9b::7f00:1'],
    ])
      expect(await post(sender(false, rebinding(...answer)), url)).toMatchObject({
        refused: true,
        error: expect.stringMatching(/^destination resolves to a private address \(/),
      });
    expect(r.connections).toBe(0);
  });

  it.each([
    (port: number) => `http://127.0.0.1:${port}/h`,
    (port: number) => `https://127.0.0.1:${port}/h`,
    (port: number) => `http://[::ffff:127.0.0.1]:${port}/h`,
    (port: number) => `https://[::ffff:7f00:1]:${port}/h`,
  ])('refuses a literal private address before connecting (%#)', async (url) => {
    const r = await receiver(ok);
    expect(await post(sender(false), url(r.port))).toEqual({
      statusCode: null,
      error: 'destination is a private address (127.0.0.1)',
      refused: true,
    });
    expect(r.connections).toBe(0);
  });

  it('does not follow redirects', async () => {
    const r = await receiver((req, res) => {
      if (req.url === '/h') {
        res.writeHead(302, { location: `http://127.0.0.1:${r.port}/elsewhere` });
        res.end('moved');
      } else res.end('followed');
    });
    expect(await post(sender(true), `http://127.0.0.1:${r.port}/h`)).toEqual({
      statusCode: 302,
      error: 'HTTP 302: moved',
      refused: false,
    });
    expect(r.paths).toEqual(['/h']);
  });

  it('stops reading an endless answer at the cap', async () => {
    let written = 0;
    let closed = false;
    const r = await receiver((_req, res) => {
      res.writeHead(500);
      res.on('close', () => (closed = true));
      const chunk = Buffer.alloc(16 * 1024, 'a');
      const pump = () => {
        let more = true;
        while (!closed && more) {
          more = res.write(chunk);
          written += chunk.length;
        }
      };
      res.on('drain', pump);
      pump();
    });
    // The timeout is far longer than reading 64 KB takes: only the cap can end this attempt.
    const outcome = await post(sender(true, undefined, 60_000), `http://127.0.0.1:${r.port}/h`);
    expect(outcome).toMatchObject({ statusCode: 500, error: `HTTP 500: ${'a'.repeat(200)}` });
    await expect.poll(() => closed).toBe(true);
    expect(written).toBeGreaterThan(MAX_RESPONSE_BYTES);
  });

  it('gives up on an answer that trickles in after the timeout', async () => {
    const timers: NodeJS.Timeout[] = [];
    const r = await receiver((_req, res) => {
      res.writeHead(200);
      timers.push(setInterval(() => res.write('.'), 50));
    });
    const outcome = await post(sender(true, undefined, 500), `http://127.0.0.1:${r.port}/h`);
    timers.forEach(clearInterval);
    expect(outcome).toEqual({ statusCode: 200, error: null, refused: false });
  });
});
