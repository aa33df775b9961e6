import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { Agent, buildConnector, request, type Dispatcher } from 'undici';
import { DestinationRefusedError, judgeAddress } from './destination.js';

/** Resolves a host name to every address it has (the shape of `dns.lookup` with `all`). */
export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

const systemResolver: Resolver = (hostname) => dnsLookup(hostname, { all: true });

/** Bytes of a receiver's answer that are read before the connection is dropped. */
export const MAX_RESPONSE_BYTES = 64 * 1024;
/** Characters of a failed answer's body kept in the delivery log. */
const EXCERPT_CHARS = 200;

export interface SenderOptions {
  /** Let destinations be loopback or private addresses (development and tests). */
  allowPrivate: boolean;
  /** Whole-attempt budget, in ms: connect, answer and reading the body. */
  timeoutMs: number;
  /** Name resolution; the system resolver (`dns.lookup`) by default. */
  resolve?: Resolver;
}

/** What one POST came to. */
export interface SendOutcome {
  /** The receiver's HTTP status, or null when none came. */
  statusCode: number | null;
  /** Null when delivered (a 2xx); otherwise the reason, for the delivery log. */
  error: string | null;
  /** The address policy refused the destination: another attempt would be refused too. */
  refused: boolean;
}

/**
 * Posts webhooks through its own undici Agent whose connector judges the destination where
 * the socket is opened: a literal address before connecting, a name by every address it
 * resolves to (so a name that changes its answer after the endpoint was created, DNS
 * rebinding, is caught). Redirects are never followed; answers are read up to
 * {@link MAX_RESPONSE_BYTES} within the timeout, so a receiver cannot hold the worker.
 */
export class WebhookSender {
  private readonly agent: Agent;

  constructor(private readonly options: SenderOptions) {
    const resolve = options.resolve ?? systemResolver;
    const connect = buildConnector({
      lookup: guardedLookup(resolve, options.allowPrivate),
      timeout: options.timeoutMs,
    });
    this.agent = new Agent({
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
      connect: (target, callback) => {
        // Node skips `lookup` for literal addresses, so those are judged here.
        if (!options.allowPrivate && isIP(target.hostname)) {
          const verdict = judgeAddress(target.hostname);
          if (!verdict.allowed) {
            callback(new DestinationRefusedError(verdict.address, verdict.range, 'is'), null);
            return;
          }
        }
        connect(target, callback);
      },
    });
  }

  /**
   * POSTs once. A 2xx is a delivery even if its body is cut off (at the cap or the timeout):
   * the receiver has acknowledged it by then.
   */
  async post(url: string, headers: Record<string, string>, body: string): Promise<SendOutcome> {
    const signal = AbortSignal.timeout(this.options.timeoutMs);
    let res: Dispatcher.ResponseData;
    try {
      res = await request(url, { method: 'POST', headers, body, dispatcher: this.agent, signal });
    } catch (e) {
      const refused = refusalIn(e);
      if (refused) return { statusCode: null, error: refused.message, refused: true };
      const error = e instanceof Error ? `${e.name}: ${e.message}` : 'request failed';
      return { statusCode: null, error, refused: false };
    }
    const excerpt = await readCapped(res.body, MAX_RESPONSE_BYTES);
    const ok = res.statusCode >= 200 && res.statusCode < 300;
    return {
      statusCode: res.statusCode,
      error: ok ? null : `HTTP ${res.statusCode}${excerpt ? `: ${excerpt}` : ''}`,
      refused: false,
    };
  }

  close(): Promise<void> {
    return this.agent.close();
  }
}

/**
 * A `net` lookup that resolves every address of a name and, unless private destinations are
 * allowed, fails when any of them is refused: the connection might otherwise use that one.
 */
function guardedLookup(resolve: Resolver, allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname)
      .then((all) => {
        if (!allowPrivate)
          for (const { address } of all) {
            const verdict = judgeAddress(address);
            if (!verdict.allowed)
              throw new DestinationRefusedError(verdict.address, verdict.range, 'resolves to');
          }
        const family = options.family === 4 || options.family === 6 ? options.family : 0;
        const usable = family ? all.filter((a) => a.family === family) : all;
        if (usable.length === 0)
          throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), {
            code: 'ENOTFOUND',
            hostname,
          });
        return usable;
      })
      .then(
        // Called outside the promise chain, so an exception in the socket's own callback is
        // not mistaken for a failed lookup.
        (usable) =>
          process.nextTick(() =>
            options.all
              ? callback(null, usable)
              : callback(null, usable[0]!.address, usable[0]!.family),
          ),
        (error: NodeJS.ErrnoException) => process.nextTick(() => callback(error, '', 0)),
      );
  };
}

/** The refusal behind a failed request, however undici wrapped it. */
function refusalIn(error: unknown): DestinationRefusedError | null {
  for (let e = error, depth = 0; e && depth < 5; e = (e as Error).cause, depth++)
    if (e instanceof DestinationRefusedError) return e;
  return null;
}

/**
 * Reads a body up to `cap` bytes, or until it fails or times out, and drops the rest (and with
 * it the connection); returns the start of it as printable text for the delivery log.
 */
async function readCapped(body: Dispatcher.ResponseData['body'], cap: number): Promise<string> {
  let seen = 0;
  let head = '';
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      if (head.length < EXCERPT_CHARS) head += chunk.subarray(0, EXCERPT_CHARS).toString('utf8');
      seen += chunk.length;
      if (seen > cap) break;
    }
  } catch {
    // Cut off (timeout, reset): what arrived is enough for the log.
  } finally {
    body.destroy();
  }
  const printable = [...head.slice(0, EXCERPT_CHARS)].map((c) =>
    c < ' ' || c === '\u007f' ? ' ' : c,
  );
  return printable.join('').replace(/ {2,}/g, ' ').trim();
}
