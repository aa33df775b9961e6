import 'reflect-metadata';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { openOrm } from '../db/orm.js';
import { createLogger } from '../logger.js';
import { TokenSigner } from '../modules/auth/jwt.js';
import { IpGeolocator } from '../modules/geo/ip-geolocator.js';
import { startFloor } from './floor.js';

/**
 * The benchmark's server process: Warden and the floor app on one ORM pool, plus a tiny stats
 * endpoint counting SQL statements. Prints one JSON line with the URLs when ready.
 */
async function main(): Promise<void> {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) throw new Error('BENCH_DATABASE_URL is required');
  let statements = 0;
  const orm = await openOrm({ url, poolMax: Number(process.env.BENCH_POOL ?? 20) });
  // Every statement, BEGIN and COMMIT included, goes through knex.
  orm.em
    .getConnection()
    .getKnex()
    .on('query', () => {
      statements++;
    });
  const config = loadConfig({
    NODE_ENV: 'production',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: url,
    JWT_SECRET: 'b'.repeat(40),
    LOG_LEVEL: 'silent',
  });
  const geo = new IpGeolocator();
  await geo.load();
  const app = await createApp({
    config,
    orm,
    signer: new TokenSigner('b'.repeat(40), 3600),
    logger: createLogger('silent'),
    geo,
  });
  const floor = await startFloor(orm);
  const stats = createServer((req, res) => {
    if (req.url === '/reset') statements = 0;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ statements, rss: process.memoryUsage().rss }));
  });
  await new Promise<void>((resolve) => stats.listen(0, '127.0.0.1', resolve));
  process.stdout.write(
    `${JSON.stringify({ warden: `${app.url}/graphql`, floor: floor.url, stats: `http://127.0.0.1:${(stats.address() as AddressInfo).port}` })}\n`,
  );
  process.once('SIGTERM', () => {
    void (async () => {
      stats.close();
      await floor.stop();
      await app.stop();
      await orm.close(true);
      process.exit(0);
    })();
  });
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench server failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
