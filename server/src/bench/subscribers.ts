import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { Agent } from 'node:http';
import { post, type Sample, type Target } from './load.js';

export interface SubscriberFleet {
  clients: Client[];
  /** caseId → times (performance.now) at which subscribers received CASE_OPENED. */
  received: Map<string, number[]>;
  errors: number;
  close(): Promise<void>;
}

/** Connects `count` graphql-ws clients subscribed to the review queue; resolves once all are live. */
export async function connectSubscribers(
  wsUrl: string,
  token: string,
  count: number,
): Promise<SubscriberFleet> {
  const received = new Map<string, number[]>();
  let errors = 0;
  const clients: Client[] = [];
  const disposers: (() => void)[] = [];
  await Promise.all(
    Array.from({ length: count }, async () => {
      let connected!: () => void;
      const ready = new Promise<void>((resolve) => (connected = resolve));
      const client = createClient({
        url: wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        retryAttempts: 0,
        lazy: false,
        on: { connected: () => connected() },
      });
      clients.push(client);
      disposers.push(
        client.subscribe(
          { query: 'subscription { reviewQueue { type case { id } } }' },
          {
            next: (value) => {
              const at = performance.now();
              const event = (value.data as { reviewQueue?: { type: string; case: { id: string } } })
                ?.reviewQueue;
              if (event?.type !== 'CASE_OPENED') return;
              const times = received.get(event.case.id);
              if (times) times.push(at);
              else received.set(event.case.id, [at]);
            },
            error: () => {
              errors++;
            },
            complete: () => undefined,
          },
        ),
      );
      await ready;
    }),
  );
  // The subscribe messages follow the connection; give the server a moment to register them.
  await new Promise((r) => setTimeout(r, 1000));
  return {
    clients,
    received,
    get errors() {
      return errors;
    },
    async close() {
      for (const dispose of disposers) dispose();
      await Promise.all(clients.map((c) => c.dispose()));
    },
  };
}

export interface DeliveryLatency {
  /** Case events expected (cases opened × subscribers) and received. */
  expected: number;
  delivered: number;
  /** From the scoring response's arrival (after the commit): a lower bound; 0 if the event won. */
  afterResponse: number[];
  /** From the scoring request's departure: an upper bound, scoring time included. */
  afterRequest: number[];
  scores: Sample;
}

/**
 * Scores `ratePerSecond` transactions a second, one at a time (so each request's departure and
 * answer are known), and measures when each case they open reaches every subscriber.
 */
export async function measureDelivery(
  fleet: SubscriberFleet,
  target: Target,
  ratePerSecond: number,
  seconds: number,
  subscribers: number,
): Promise<DeliveryLatency> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const timings = new Map<string, { sent: number; answered: number }>();
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const total = Math.max(1, Math.round(ratePerSecond * seconds));
  for (let i = 0; i < total; i++) {
    const due = started + (i / ratePerSecond) * 1000;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const sent = performance.now();
    try {
      const res = await post(agent, target);
      const answered = performance.now();
      const caseId = /"caseId":"([0-9a-f-]{36})"/.exec(res.body)?.[1];
      if (res.status === 200 && !res.body.includes('"errors"')) {
        // Only scores that opened a case produce an event to wait for.
        if (caseId) timings.set(caseId, { sent, answered });
        latencies.push(answered - sent);
      } else {
        errors++;
        firstError ??= res.body.slice(0, 300);
      }
    } catch (error) {
      errors++;
      firstError ??= String(error);
    }
  }
  agent.destroy();
  const elapsed = (performance.now() - started) / 1000;
  // Stragglers.
  await new Promise((r) => setTimeout(r, 2000));
  const afterResponse: number[] = [];
  const afterRequest: number[] = [];
  let delivered = 0;
  for (const [caseId, t] of timings) {
    for (const at of fleet.received.get(caseId) ?? []) {
      delivered++;
      afterResponse.push(Math.max(0, at - t.answered));
      afterRequest.push(at - t.sent);
    }
  }
  return {
    expected: timings.size * subscribers,
    delivered,
    afterResponse,
    afterRequest,
    scores: { latencies, errors, seconds: elapsed, firstError },
  };
}
