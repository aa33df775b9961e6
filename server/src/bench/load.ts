import { Agent, request } from 'node:http';

export interface Sample {
  /** Milliseconds from the intended send time (open loop) or the send (closed loop). */
  latencies: number[];
  errors: number;
  seconds: number;
  /** First error body, to say what went wrong. */
  firstError?: string;
}

export interface Target {
  url: string;
  headers: Record<string, string>;
  /** A new request body for each call. */
  body: () => string;
  /** True when the response is a success. */
  ok?: (status: number, body: string) => boolean;
}

const defaultOk = (status: number, body: string) => status === 200 && !body.includes('"errors"');

export function post(agent: Agent, target: Target): Promise<{ status: number; body: string }> {
  const u = new URL(target.url);
  const payload = target.body();
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: u.hostname,
        port: u.port,
        path: u.pathname,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...target.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** Closed loop: `connections` clients, each sending its next request when the last answered. */
export async function closedLoop(
  target: Target,
  connections: number,
  seconds: number,
): Promise<Sample> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const ok = target.ok ?? defaultOk;
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        try {
          const res = await post(agent, target);
          if (ok(res.status, res.body)) latencies.push(performance.now() - t0);
          else {
            errors++;
            firstError ??= res.body.slice(0, 300);
          }
        } catch (error) {
          errors++;
          firstError ??= String(error);
        }
      }
    }),
  );
  agent.destroy();
  return { latencies, errors, seconds: (performance.now() - started) / 1000, firstError };
}

/**
 * Open loop: requests leave at a fixed rate whatever the answers, and latency counts from the
 * moment each request was due, so a stall shows in the numbers (no coordinated omission).
 */
export async function openLoop(
  target: Target,
  ratePerSecond: number,
  seconds: number,
): Promise<Sample> {
  const agent = new Agent({ keepAlive: true, maxSockets: 512 });
  const ok = target.ok ?? defaultOk;
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const total = Math.max(1, Math.round(ratePerSecond * seconds));
  const started = performance.now();
  const inflight: Promise<void>[] = [];
  let sent = 0;
  while (sent < total) {
    const due = Math.min(
      total,
      Math.floor(((performance.now() - started) / 1000) * ratePerSecond) + 1,
    );
    for (; sent < due; sent++) {
      const intended = started + (sent / ratePerSecond) * 1000;
      inflight.push(
        post(agent, target).then(
          (res) => {
            if (ok(res.status, res.body)) latencies.push(performance.now() - intended);
            else {
              errors++;
              firstError ??= res.body.slice(0, 300);
            }
          },
          (error: unknown) => {
            errors++;
            firstError ??= String(error);
          },
        ),
      );
    }
    await new Promise((r) => setTimeout(r, 1));
  }
  await Promise.all(inflight);
  agent.destroy();
  return { latencies, errors, seconds: (performance.now() - started) / 1000, firstError };
}
