import { describe, expect, it } from 'vitest';
import {
  decisionCounts,
  defaultWindow,
  groupedBars,
  firedRules,
  localDate,
  outcomeDeltas,
  progressOf,
  signed,
  windowOf,
} from './backtest.logic';

describe('the window', () => {
  it('opens on the last 30 days, today included', () => {
    const now = new Date(2026, 2, 15, 18, 30);
    expect(defaultWindow(now)).toEqual({ from: '2026-02-14', to: '2026-03-15' });
    expect(defaultWindow(now, 1)).toEqual({ from: '2026-03-15', to: '2026-03-15' });
  });

  it('runs from the first midnight to the midnight after the last day', () => {
    const w = windowOf('2026-03-01', '2026-03-02');
    expect(w.problem).toBeNull();
    if (w.problem !== null) return;
    expect(new Date(w.from).getTime()).toBe(new Date(2026, 2, 1).getTime());
    expect(new Date(w.to).getTime()).toBe(new Date(2026, 2, 3).getTime());
    expect(localDate(new Date(w.to))).toBe('2026-03-03');
  });

  it('says what is wrong with a window', () => {
    expect(windowOf('', '2026-03-02').problem).toBe('Choose the first day of the window.');
    expect(windowOf('2026-02-30', '2026-03-02').problem).toBe(
      'Choose the first day of the window.',
    );
    expect(windowOf('2026-03-01', 'x').problem).toBe('Choose the last day of the window.');
    expect(windowOf('2026-03-02', '2026-03-01').problem).toBe('The window ends before it starts.');
  });
});

describe('the decision chart', () => {
  const geometry = { width: 400, height: 200, baseline: 180, top: 20, left: 40, right: 360 };

  it('counts each decision, 0 for those missing', () => {
    expect(
      decisionCounts([
        { decision: 'BLOCK', count: 4 },
        { decision: 'ALLOW', count: 9 },
      ]),
    ).toEqual({ ALLOW: 9, REVIEW: 0, CHALLENGE: 0, BLOCK: 4 });
  });

  it('scales the largest count to the top and the rest in proportion', () => {
    const before = { ALLOW: 80, REVIEW: 20, CHALLENGE: 0, BLOCK: 0 };
    const after = { ALLOW: 40, REVIEW: 20, CHALLENGE: 0, BLOCK: 40 };
    const bars = groupedBars(before, after, geometry);
    expect(bars).toHaveLength(8);
    const bar = (d: string, side: string) => bars.find((b) => b.decision === d && b.side === side)!;
    expect(bar('ALLOW', 'before')).toMatchObject({ count: 80, y: 20, height: 160 });
    expect(bar('ALLOW', 'after')).toMatchObject({ height: 80, y: 100 });
    expect(bar('REVIEW', 'before').height).toBe(40);
    expect(bar('CHALLENGE', 'after')).toMatchObject({ height: 0, y: 180 });
    // Groups of 80 units: bars of 32 with 16 between groups, before left of after.
    expect(bar('ALLOW', 'before')).toMatchObject({ x: 48, width: 32 });
    expect(bar('ALLOW', 'after').x).toBe(80);
    expect(bar('BLOCK', 'after').x).toBe(320);
  });

  it('keeps a tiny count visible and survives an empty backtest', () => {
    const none = { ALLOW: 0, REVIEW: 0, CHALLENGE: 0, BLOCK: 0 };
    const bars = groupedBars({ ...none, ALLOW: 10_000 }, { ...none, BLOCK: 1 }, geometry);
    expect(bars.find((b) => b.decision === 'BLOCK' && b.side === 'after')!.height).toBe(1);
    expect(groupedBars(none, none, geometry).every((b) => b.height === 0)).toBe(true);
  });
});

describe('outcomeDeltas', () => {
  it('calls more fraud caught good and more false positives bad', () => {
    const deltas = outcomeDeltas({
      fraudCaught: 5,
      fraudCaughtBefore: 2,
      fraudMissed: 1,
      fraudMissedBefore: 4,
      falsePositives: 9,
      falsePositivesBefore: 9,
    });
    expect(deltas).toEqual([
      { label: 'Fraud caught', before: 2, after: 5, delta: 3, tone: 'good' },
      { label: 'Fraud missed', before: 4, after: 1, delta: -3, tone: 'good' },
      { label: 'False positives', before: 9, after: 9, delta: 0, tone: 'same' },
    ]);
    const worse = outcomeDeltas({
      fraudCaught: 1,
      fraudCaughtBefore: 2,
      fraudMissed: 3,
      fraudMissedBefore: 2,
      falsePositives: 12,
      falsePositivesBefore: 9,
    });
    expect(worse.map((d) => d.tone)).toEqual(['bad', 'bad', 'bad']);
  });

  it('writes changes with their sign', () => {
    expect([signed(3), signed(-2), signed(0)]).toEqual(['+3', '\u22122', '±0']);
  });
});

describe('progressOf', () => {
  it('gives the share done and the rate so far', () => {
    const startedAt = '2026-03-01T10:00:00.000Z';
    const now = Date.parse(startedAt) + 4_000;
    expect(progressOf({ done: 2_000, total: 8_000, startedAt }, now)).toEqual({
      ratio: 0.25,
      eventsPerSecond: 500,
    });
    expect(progressOf({ done: 0, total: 0, startedAt }, Date.parse(startedAt))).toEqual({
      ratio: 0,
      eventsPerSecond: 0,
    });
  });
});

describe('firedRules', () => {
  it('keeps rules that fired before or after, with hits before beside, most hits first', () => {
    const rows = firedRules(
      [
        { code: 'QUIET', hits: 0, fraudHits: 0, precision: null },
        { code: 'HIGH_AMOUNT', hits: 4, fraudHits: 1, precision: 0.25 },
        { code: 'OVER_100', hits: 9, fraudHits: 3, precision: 1 / 3 },
      ],
      [
        { code: 'HIGH_AMOUNT', hits: 4 },
        { code: 'DROPPED', hits: 2 },
        { code: 'QUIET', hits: 0 },
      ],
    );
    expect(rows).toEqual([
      { code: 'OVER_100', hits: 9, hitsBefore: 0, fraudHits: 3, precision: 1 / 3 },
      { code: 'HIGH_AMOUNT', hits: 4, hitsBefore: 4, fraudHits: 1, precision: 0.25 },
      { code: 'DROPPED', hits: 0, hitsBefore: 2, fraudHits: 0, precision: null },
    ]);
  });
});
