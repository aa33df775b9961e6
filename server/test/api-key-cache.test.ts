import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { ApiKeyCache, type CachedApiKey } from '../src/modules/api-keys/api-key.cache.js';
import { seedTenant, startTestServer, type SeededTenant, type TestServer } from './harness.js';

const ME = '{ me { kind mode } }';

// Two replicas on one database, as docker-compose runs them.
let a: TestServer;
let b: TestServer;
let tenant: SeededTenant;

beforeAll(async () => {
  [a, b] = await Promise.all([startTestServer(), startTestServer()]);
  tenant = await seedTenant(a);
});
afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
});

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`gave up waiting: ${what}`);
}

const key = (id: string): CachedApiKey => ({
  id,
  tenantId: 't',
  mode: 'LIVE',
  prefix: 'pk_live_x',
  revoked: false,
  lastUsedAt: null,
});

describe('API key cache', () => {
  it('a key revoked on one replica is refused by the other, which had it cached', async () => {
    const admin = await tenant.token('TENANT_ADMIN');
    const created = await a.gql<{ createApiKey: { secret: string; apiKey: { id: string } } }>(
      'mutation { createApiKey(name: "replicated", mode: LIVE) { secret apiKey { id } } }',
      {},
      { auth: admin },
    );
    const { secret, apiKey } = created.data!.createApiKey;
    // B authenticates once (and caches the key), and keeps accepting it without reading it again.
    expect((await b.gql(ME, {}, { auth: secret })).data?.me).toEqual({
      kind: 'API_KEY',
      mode: 'LIVE',
    });
    expect(b.app.apiKeys.active).toBe(true);

    await a.gql(
      'mutation($id: UUID!) { revokeApiKey(id: $id) { id } }',
      { id: apiKey.id },
      {
        auth: admin,
      },
    );
    // A refuses it on the very next request; B as soon as the notification arrives.
    expect((await a.gql(ME, {}, { auth: secret })).errors?.[0]?.message).toBe('API key revoked');
    await until(
      async () =>
        (await b.gql(ME, {}, { auth: secret })).errors?.[0]?.message === 'API key revoked',
      'replica B to refuse the revoked key',
    );
  });

  it('is not used while its listening connection is down, and comes back', async () => {
    const cache = new ApiKeyCache({ onError: () => undefined });
    await cache.listen(inject('databaseUrl'));
    expect(cache.active).toBe(true);
    cache.set('h', key('k1'), cache.stamp());
    expect(cache.get('h')?.id).toBe('k1');

    // Kill the listening backend: revocations could be missed, so nothing may be served.
    await a.orm.em
      .getConnection()
      .execute(
        `select pg_terminate_backend(pid) from pg_stat_activity where query = 'listen warden_api_key' and pid <> pg_backend_pid()`,
      );
    await until(async () => !cache.active, 'the cache to notice the lost connection');
    expect(cache.get('h')).toBeUndefined();
    cache.set('h', key('k1'), cache.stamp());
    expect(cache.get('h')).toBeUndefined();

    await until(async () => cache.active, 'the cache to listen again');
    await cache.stop();
  });

  it('does not cache a key read before a revocation arrived', async () => {
    const cache = new ApiKeyCache();
    await cache.listen(inject('databaseUrl'));
    const stamp = cache.stamp();
    cache.evict('k2'); // the revocation lands while the key is being read
    cache.set('h2', key('k2'), stamp);
    expect(cache.get('h2')).toBeUndefined();
    cache.set('h2', key('k2'), cache.stamp());
    expect(cache.get('h2')?.id).toBe('k2');
    cache.evict('k2');
    expect(cache.get('h2')).toBeUndefined();
    await cache.stop();
  });

  it('expires entries after its time to live', async () => {
    const cache = new ApiKeyCache({ ttlMs: 0 });
    await cache.listen(inject('databaseUrl'));
    cache.set('h3', key('k3'), cache.stamp());
    await new Promise((r) => setTimeout(r, 5));
    expect(cache.get('h3')).toBeUndefined();
    await cache.stop();
  });
});
