import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILTER,
  applyEvent,
  compareCases,
  countAfter,
  filterFromSearch,
  filterToVariables,
  filterToSearch,
  moveSelection,
  nextCaseId,
  queueReducer,
  slaText,
  type QueueCase,
} from './queue.logic';

const T0 = Date.parse('2026-11-25T10:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

function c(id: string, over: Partial<QueueCase> = {}): QueueCase {
  return {
    id,
    status: 'OPEN',
    priority: 'MEDIUM',
    riskScore: 60,
    createdAt: iso(T0),
    slaDueAt: iso(T0 + 4 * 3_600_000),
    updatedAt: iso(T0),
    assignee: null,
    ...over,
  };
}

describe('live queue merge', () => {
  it('inserts a new case in priority-then-age order', () => {
    const list = [c('a', { priority: 'HIGH' }), c('b', { createdAt: iso(T0 + 1000) })];
    const next = applyEvent(
      list,
      { type: 'CASE_OPENED', case: c('n', { priority: 'CRITICAL', createdAt: iso(T0 + 5000) }) },
      DEFAULT_FILTER,
      null,
    );
    expect(next.map((x) => x.id)).toEqual(['n', 'a', 'b']);
    expect(list.map((x) => x.id)).toEqual(['a', 'b']); // the input is not changed
  });

  it('replaces an updated case in place and never duplicates', () => {
    const list = [c('a'), c('b', { createdAt: iso(T0 + 1) })];
    const claimed = c('a', {
      status: 'IN_REVIEW',
      assignee: { email: 'ann@x.test' },
      updatedAt: iso(T0 + 10),
    });
    const once = applyEvent(list, { type: 'CASE_UPDATED', case: claimed }, DEFAULT_FILTER, null);
    const twice = applyEvent(once, { type: 'CASE_UPDATED', case: claimed }, DEFAULT_FILTER, null);
    expect(twice).toEqual([claimed, list[1]]);
  });

  it('removes a resolved case, and one that leaves the filter', () => {
    const list = [c('a'), c('b', { createdAt: iso(T0 + 1) })];
    const resolved = c('a', { status: 'RESOLVED', updatedAt: iso(T0 + 10) });
    expect(
      applyEvent(list, { type: 'CASE_RESOLVED', case: resolved }, DEFAULT_FILTER, null).map(
        (x) => x.id,
      ),
    ).toEqual(['b']);
    const unassigned = { ...DEFAULT_FILTER, assignee: 'UNASSIGNED' as const };
    const taken = c('b', { assignee: { email: 'bob@x.test' }, updatedAt: iso(T0 + 10) });
    expect(
      applyEvent(list, { type: 'CASE_UPDATED', case: taken }, unassigned, 'ann@x.test').map(
        (x) => x.id,
      ),
    ).toEqual(['a']);
  });

  it('keeps "mine" to the viewer and ignores events that arrive late', () => {
    const mine = { ...DEFAULT_FILTER, assignee: 'ME' as const };
    const toMe = c('a', { assignee: { email: 'ann@x.test' }, updatedAt: iso(T0 + 10) });
    const list = applyEvent([], { type: 'CASE_UPDATED', case: toMe }, mine, 'ann@x.test');
    expect(list).toEqual([toMe]);
    const stale = c('a', { assignee: null, updatedAt: iso(T0 + 5) });
    expect(applyEvent(list, { type: 'CASE_UPDATED', case: stale }, mine, 'ann@x.test')).toEqual([
      toMe,
    ]);
  });

  it('does not add a case below the minimum score or outside the priorities', () => {
    const filter = { ...DEFAULT_FILTER, minScore: 70, priorities: ['CRITICAL' as const] };
    expect(applyEvent([], { type: 'CASE_OPENED', case: c('x') }, filter, null)).toEqual([]);
  });

  it('orders ties by id', () => {
    expect([c('b'), c('a')].sort(compareCases).map((x) => x.id)).toEqual(['a', 'b']);
  });
});

describe('SLA countdown', () => {
  it('reads minutes, hours and overdue', () => {
    expect(slaText(iso(T0 + 12 * 60_000), T0)).toBe('12 min left');
    expect(slaText(iso(T0 + 65 * 60_000), T0)).toBe('1 h 05 min left');
    expect(slaText(iso(T0 - 3 * 60_000), T0)).toBe('overdue by 3 min');
  });
});

describe('filter in the URL', () => {
  it('round-trips, leaving defaults out', () => {
    expect(filterToSearch(DEFAULT_FILTER)).toBe('');
    const f = {
      statuses: ['OPEN' as const],
      assignee: 'ME' as const,
      minScore: 70,
      priorities: ['CRITICAL' as const, 'HIGH' as const],
    };
    expect(filterFromSearch(filterToSearch(f))).toEqual(f);
  });

  it('falls back to the defaults on anything malformed', () => {
    expect(filterFromSearch('?status=NOPE&assignee=root&minScore=abc&priority=URGENT')).toEqual(
      DEFAULT_FILTER,
    );
    expect(filterFromSearch('?minScore=101').minScore).toBeNull();
  });
});

describe('keyboard selection', () => {
  it.each([
    [-1, 1, 3, 0],
    [-1, -1, 3, 2],
    [0, 1, 3, 1],
    [2, 1, 3, 2],
    [0, -1, 3, 0],
    [5, -1, 3, 2],
    [0, 1, 0, -1],
  ])('from %i by %i in %i rows → %i', (index, delta, length, expected) => {
    expect(moveSelection(index, delta, length)).toBe(expected);
  });
});

describe('open-case counter', () => {
  it('counts cases that arrive and leave, never below what is on screen', () => {
    const a = c('a');
    const b = c('b');
    expect(countAfter(10, [a], [a, b])).toBe(11);
    expect(countAfter(10, [a, b], [b])).toBe(9);
    expect(countAfter(10, [a], [a])).toBe(10);
    expect(countAfter(0, [], [a, b])).toBe(2);
  });

  it('picks the next case after a resolution', () => {
    expect(nextCaseId(['x', 'y'], 'x')).toBe('y');
    expect(nextCaseId(['y'], 'x')).toBe('y');
    expect(nextCaseId(['x'], 'x')).toBeNull();
  });
});

describe('queue reducer', () => {
  it('replaces on load and counts live arrivals and departures', () => {
    const loaded = queueReducer(
      { rows: [], count: 0 },
      { type: 'loaded', rows: [c('a')], count: 7 },
    );
    expect(loaded).toEqual({ rows: [c('a')], count: 7 });
    const opened = queueReducer(loaded, {
      type: 'event',
      event: { type: 'CASE_OPENED', case: c('b', { createdAt: iso(T0 + 1) }) },
      filter: DEFAULT_FILTER,
      me: null,
    });
    expect(opened.count).toBe(8);
    const resolved = queueReducer(opened, {
      type: 'event',
      event: {
        type: 'CASE_RESOLVED',
        case: c('a', { status: 'RESOLVED', updatedAt: iso(T0 + 5) }),
      },
      filter: DEFAULT_FILTER,
      me: null,
    });
    expect(resolved).toEqual({ rows: [c('b', { createdAt: iso(T0 + 1) })], count: 7 });
  });
});

describe('filter variables', () => {
  it('sends the filter, and only open statuses when looking for the next case', () => {
    const filter = { ...DEFAULT_FILTER, statuses: ['RESOLVED' as const], minScore: 40 };
    expect(filterToVariables(filter)).toEqual({
      status: ['RESOLVED'],
      assignee: 'ANYONE',
      minScore: 40,
      priority: null,
    });
    expect(filterToVariables(filter, { openOnly: true }).status).toEqual(['OPEN', 'IN_REVIEW']);
    expect(
      filterToVariables({ ...DEFAULT_FILTER, priorities: ['HIGH'] }, { openOnly: true }),
    ).toEqual({
      status: ['OPEN', 'IN_REVIEW'],
      assignee: 'ANYONE',
      minScore: null,
      priority: ['HIGH'],
    });
  });
});
