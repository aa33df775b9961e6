import { createClient as createWsClient } from 'graphql-ws';
import { cacheExchange, Client, fetchExchange, subscriptionExchange } from 'urql';

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
}

export interface UrqlClient {
  client: Client;
  /** Closes the WebSocket, if one was opened. Call it when the session ends. */
  dispose: () => void;
}

/**
 * The console's single GraphQL client: queries and mutations go over HTTP POST, subscriptions
 * over one graphql-ws connection that is opened lazily by the first subscription. Both carry
 * the bearer token. Make a new one per session so no cached data outlives a sign-out.
 */
export function createUrqlClient({ getToken }: UrqlClientOptions): UrqlClient {
  const ws = createWsClient({
    url: graphqlWsUrl(window.location),
    lazy: true,
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
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });

  return {
    client,
    dispose: () => {
      void ws.dispose();
    },
  };
}
