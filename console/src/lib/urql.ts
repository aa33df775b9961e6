import { createClient as createWsClient } from 'graphql-ws';
import { cacheExchange, Client, fetchExchange, mapExchange, subscriptionExchange } from 'urql';
import {
  INITIAL_CONNECTION,
  nextConnection,
  retryDelayMs,
  type ConnectionSnapshot,
  type SocketEvent,
} from './connection.logic';
import { hasErrorCode } from './graphql-errors';

/** The server answers GraphQL over HTTP POST and graphql-ws on this one path. */
export const GRAPHQL_PATH = '/graphql';

/** The graphql-ws URL on the page's own origin: `wss:` behind HTTPS, `ws:` otherwise. */
export function graphqlWsUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${GRAPHQL_PATH}`;
}

export function bearer(token: string): string {
  return `Bearer ${token}`;
}

export interface UrqlClientOptions {
  /** Read on every HTTP request and when the WebSocket connects. */
  getToken: () => string | null;
  /**
   * The server refused the token (expired, revoked, the user disabled): on any request or an
   * open subscription, which the server ends within 30 seconds of the change.
   */
  onSessionEnded?: () => void;
}

/** The live socket's state, for pages that show it and refetch after a reconnection. */
export interface ConnectionMonitor {
  get: () => ConnectionSnapshot;
  /** Calls back on every change; returns the unsubscribe function. */
  subscribe: (listener: () => void) => () => void;
}

export interface UrqlClient {
  client: Client;
  connection: ConnectionMonitor;
  /** Closes the WebSocket, if one was opened. Call it when the session ends. */
  dispose: () => void;
}

/**
 * The console's single GraphQL client: queries and mutations go over HTTP POST, subscriptions
 * over one graphql-ws connection that is opened lazily by the first subscription. Both carry
 * the bearer token. Make a new one per session so no cached data outlives a sign-out.
 */
export function createUrqlClient({ getToken, onSessionEnded }: UrqlClientOptions): UrqlClient {
  let snapshot = INITIAL_CONNECTION;
  const listeners = new Set<() => void>();
  let active = 0;
  const report = (event: SocketEvent) => {
    // A lazy socket closing after its last subscription ended was not lost.
    const next =
      event === 'closed' && active === 0
        ? { ...snapshot, state: 'idle' as const }
        : nextConnection(snapshot, event);
    if (next.state === snapshot.state && next.reconnects === snapshot.reconnects) return;
    snapshot = next;
    for (const listener of listeners) listener();
  };

  const ws = createWsClient({
    url: graphqlWsUrl(window.location),
    lazy: true,
    // An analyst's queue must come back on its own after a network blip or a server restart.
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, retryDelayMs(retries))),
    // Pings find a dead socket (laptop sleep, proxy drop) that TCP would not report for minutes.
    keepAlive: 15_000,
    on: {
      connecting: () => report('connecting'),
      connected: () => report('connected'),
      closed: () => report('closed'),
    },
    connectionParams: () => {
      const token = getToken();
      return token ? { authorization: bearer(token) } : {};
    },
  });

  const client = new Client({
    url: GRAPHQL_PATH,
    // POST only: GET requests would be refused by the server's CSRF protection.
    preferGetMethod: false,
    fetchOptions: () => {
      const token = getToken();
      return token ? { headers: { authorization: bearer(token) } } : {};
    },
    exchanges: [
      mapExchange({
        onError(error) {
          if (getToken() && hasErrorCode(error, 'UNAUTHENTICATED')) onSessionEnded?.();
        },
      }),
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              // Counted until it ends in any way (unsubscribed, completed or failed), so a lazy
              // socket closing after the last one is not taken for a lost connection.
              active += 1;
              let ended = false;
              const end = () => {
                if (ended) return;
                ended = true;
                active -= 1;
              };
              const stop = ws.subscribe(input, {
                next: (value) => sink.next(value as Parameters<typeof sink.next>[0]),
                error: (error) => {
                  end();
                  sink.error(error);
                },
                complete: () => {
                  end();
                  sink.complete();
                },
              });
              return {
                unsubscribe: () => {
                  end();
                  stop();
                },
              };
            },
          };
        },
      }),
    ],
  });

  return {
    client,
    connection: {
      get: () => snapshot,
      subscribe: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    dispose: () => {
      void ws.dispose();
    },
  };
}
