import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { Session } from 'node:inspector';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { openOrm } from '../db/orm.js';
import { executorStatistics } from '../db/executor.js';
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
  // Statements through knex, plus the scoring pipeline's (BEGIN and COMMIT included).
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
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'silent',
    // Limits on, counting every request, but never reached: the load must not be throttled.
    RATE_LIMIT_SCORING_PER_MINUTE: '10000000',
    RATE_LIMIT_OTHER_PER_MINUTE: '10000000',
    RATE_LIMIT_IP_PER_MINUTE: '10000000',
    REDIS_URL: process.env.BENCH_REDIS_URL,
    RATE_LIMIT_KEY_PREFIX: `bench-${process.pid}`,
  });
  const geo = new IpGeolocator();
  await geo.load();
  const app = await createApp({
    config,
    orm,
    signer: new TokenSigner('b'.repeat(40), 3600),
    logger: createLogger(process.env.BENCH_LOG_LEVEL ?? 'silent', { stderr: true }),
    geo,
  });
  // The same server without rate limiting, to measure what the limiter costs.
  const unlimited = await createApp({
    config,
    orm,
    signer: new TokenSigner('b'.repeat(40), 3600),
    logger: createLogger(process.env.BENCH_LOG_LEVEL ?? 'silent', { stderr: true }),
    geo,
    rateLimiting: false,
  });
  const floor = await startFloor(orm);
  // BENCH_PROFILE=<dir>: a CPU profile of the phase between /profile-start and /profile-stop.
  const profiler = process.env.BENCH_PROFILE ? new Session() : null;
  profiler?.connect();
  const post = (method: string) =>
    new Promise<unknown>((resolve, reject) =>
      profiler!.post(method, (error, result) => (error ? reject(error) : resolve(result))),
    );
  const stats = createServer((req, res) => {
    if (req.url === '/reset') {
      statements = 0;
      executorStatistics.statements = 0;
    }
    if (profiler && req.url === '/profile-start')
      void post('Profiler.enable').then(() => post('Profiler.start'));
    if (profiler && req.url === '/profile-stop') {
      void post('Profiler.stop').then((r) => {
        const file = path.join(process.env.BENCH_PROFILE!, `score-${Date.now()}.cpuprofile`);
        writeFileSync(file, JSON.stringify((r as { profile: unknown }).profile));
        process.stderr.write(`CPU profile written to ${file}\n`);
      });
    }
    res.setHeader('content-type', 'application/json');
    res.end(
      JSON.stringify({
        statements: statements + executorStatistics.statements,
        rss: process.memoryUsage().rss,
      }),
    );
  });
  await new Promise<void>((resolve) => stats.listen(0, '127.0.0.1', resolve));
  process.stdout.write(
    `${JSON.stringify({ warden: `${app.url}/graphql`, unlimited: `${unlimited.url}/graphql`, floor: floor.url, stats: `http://127.0.0.1:${(stats.address() as AddressInfo).port}` })}\n`,
  );
  process.once('SIGTERM', () => {
    void (async () => {
      stats.close();
      await floor.stop();
      await app.stop();
      await unlimited.stop();
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
