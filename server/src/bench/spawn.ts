import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

export interface BenchServerUrls {
  warden: string;
  unlimited: string;
  floor: string;
  stats: string;
}

export interface BenchServer {
  urls: BenchServerUrls;
  pid: number | undefined;
  /** Statements counted since the last reset, and the server's resident memory. */
  stats(reset?: boolean): Promise<{ statements: number; rss: number }>;
  stop(): Promise<void>;
}

/**
 * Starts server.ts in a child process on `databaseUrl`, so the load generator and the server
 * do not share an event loop; resolves once it printed its URLs.
 */
export async function startBenchServer(options: {
  databaseUrl: string;
  pool: number;
  redisUrl?: string;
}): Promise<BenchServer> {
  // The young generation `npm start` gives the server (server/package.json): a batch's objects
  // live for one batch, and a small one copies them from space to space until they die.
  const flags = ['--max-semi-space-size=64'];
  const child = spawn(process.execPath, [...flags, path.join(import.meta.dirname, 'server.js')], {
    env: {
      ...process.env,
      BENCH_DATABASE_URL: options.databaseUrl,
      BENCH_POOL: String(options.pool),
      ...(options.redisUrl ? { BENCH_REDIS_URL: options.redisUrl } : {}),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const urls = await new Promise<BenchServerUrls>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
      createInterface({ input: child.stdout }).once('line', (line) =>
        resolve(JSON.parse(line) as BenchServerUrls),
      );
    });
    return {
      urls,
      pid: child.pid,
      async stats(reset = false) {
        const res = await fetch(`${urls.stats}/${reset ? 'reset' : ''}`);
        return (await res.json()) as { statements: number; rss: number };
      },
      async stop() {
        child.kill('SIGTERM');
        await new Promise((r) => setTimeout(r, 500));
      },
    };
  } catch (error) {
    child.kill('SIGTERM');
    throw error;
  }
}
