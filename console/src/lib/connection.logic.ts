/**
 * The live connection (graphql-ws) as the console shows it. Pure: the urql client feeds it the
 * socket's events; pages read the state to show "Live", "Reconnecting…" and to refetch what
 * they may have missed while the socket was down.
 */

/** `idle`: no subscription needs the socket yet. */
export type ConnectionState = 'idle' | 'connecting' | 'connected' | 'reconnecting';

export type SocketEvent = 'connecting' | 'connected' | 'closed';

export interface ConnectionSnapshot {
  state: ConnectionState;
  /** Counts successful connections after the first; a change means "refetch, you may have missed events". */
  reconnects: number;
}

export const INITIAL_CONNECTION: ConnectionSnapshot = { state: 'idle', reconnects: 0 };

/** The next snapshot after a socket event. */
export function nextConnection(prev: ConnectionSnapshot, event: SocketEvent): ConnectionSnapshot {
  switch (event) {
    case 'connecting':
      return {
        ...prev,
        state:
          prev.state === 'idle'
            ? 'connecting'
            : prev.state === 'connected'
              ? 'reconnecting'
              : prev.state,
      };
    case 'connected':
      return {
        state: 'connected',
        reconnects: prev.state === 'reconnecting' ? prev.reconnects + 1 : prev.reconnects,
      };
    case 'closed':
      // A lazy socket closes when the last subscription ends: that is idle, not lost. The
      // client reports that case as `idle` itself; every other close is a loss.
      return { ...prev, state: prev.state === 'idle' ? 'idle' : 'reconnecting' };
  }
}

/** Backoff before the n-th reconnection attempt (0-based): 0.5 s doubling up to 10 s, with jitter. */
export function retryDelayMs(attempt: number, random: number = Math.random()): number {
  const base = Math.min(10_000, 500 * 2 ** Math.max(0, attempt));
  return Math.round(base * (0.75 + random * 0.5));
}
