import { describe, expect, it } from 'vitest';
import {
  INITIAL_CONNECTION,
  nextConnection,
  retryDelayMs,
  type SocketEvent,
} from './connection.logic';

const run = (events: SocketEvent[]) => events.reduce(nextConnection, INITIAL_CONNECTION);

describe('connection state', () => {
  it('connects without counting a reconnection', () => {
    expect(run(['connecting', 'connected'])).toEqual({ state: 'connected', reconnects: 0 });
  });

  it('shows a lost socket as reconnecting and counts the reconnection', () => {
    expect(run(['connecting', 'connected', 'closed'])).toEqual({
      state: 'reconnecting',
      reconnects: 0,
    });
    expect(run(['connecting', 'connected', 'closed', 'connecting', 'connected'])).toEqual({
      state: 'connected',
      reconnects: 1,
    });
  });

  it('stays reconnecting through failed attempts', () => {
    const s = run(['connecting', 'connected', 'closed', 'connecting', 'closed', 'connecting']);
    expect(s.state).toBe('reconnecting');
    expect(nextConnection(s, 'connected').reconnects).toBe(1);
  });

  it('backs off exponentially up to 10 s', () => {
    expect(retryDelayMs(0, 0.5)).toBe(500);
    expect(retryDelayMs(3, 0.5)).toBe(4000);
    expect(retryDelayMs(10, 0.5)).toBe(10_000);
    expect(retryDelayMs(10, 1)).toBe(12_500);
  });
});
