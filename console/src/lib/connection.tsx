import { createContext, useContext, useSyncExternalStore } from 'react';
import { INITIAL_CONNECTION, type ConnectionSnapshot } from './connection.logic';
import type { ConnectionMonitor } from './urql';

const idle: ConnectionMonitor = { get: () => INITIAL_CONNECTION, subscribe: () => () => {} };

/** Provides the session's live-socket monitor (see `createUrqlClient`). */
export const ConnectionContext = createContext<ConnectionMonitor>(idle);

/** The live socket's state; re-renders when it changes. */
export function useConnection(): ConnectionSnapshot {
  const monitor = useContext(ConnectionContext);
  return useSyncExternalStore(monitor.subscribe, monitor.get);
}
