import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandDecision, clampScore, decide, riskLevelOf, type FiredAction } from './decision.js';
import { DEFAULT_ACCOUNT_THRESHOLDS, DEFAULT_TRANSACTION_THRESHOLDS } from './policy.js';
import { DECISIONS, mostSevere, severity, type Decision, type Thresholds } from './types.js';

const TX = DEFAULT_TRANSACTION_THRESHOLDS;
const WITH_CHALLENGE: Thresholds = { review: 40, challenge: 60, block: 85 };

const DENY: FiredAction = { code: 'DENYLIST_MATCH', action: 'BLOCK', priority: 100 };
const ALLOW: FiredAction = { code: 'ALLOWLIST_MATCH', action: 'ALLOW', priority: 90 };
const WATCH: FiredAction = { code: 'WATCHLIST_MATCH', action: 'REVIEW', priority: 50 };

describe('severity', () => {
  it('orders ALLOW < REVIEW < CHALLENGE < BLOCK', () => {
    expect(DECISIONS.map(severity)).toEqual([0, 1, 2, 3]);
    expect(DECISIONS).toEqual(['ALLOW', 'REVIEW', 'CHALLENGE', 'BLOCK']);
  });

  it.each<[Decision, Decision, Decision]>([
    ['ALLOW', 'REVIEW', 'REVIEW'],
    ['BLOCK', 'REVIEW', 'BLOCK'],
    ['CHALLENGE', 'REVIEW', 'CHALLENGE'],
    ['REVIEW', 'REVIEW', 'REVIEW'],
    ['ALLOW', 'ALLOW', 'ALLOW'],
  ])('mostSevere(%s, %s) = %s', (a, b, expected) => {
    expect(mostSevere(a, b)).toBe(expected);
    expect(mostSevere(b, a)).toBe(expected);
  });
});

describe('clampScore', () => {
  it.each([
    [0, 0],
    [42, 42],
    [100, 100],
    [101, 100],
    [370, 100],
    [-5, 0],
    [49.4, 49],
    [49.5, 50],
    [99.6, 100],
    [-0.4, 0],
    [Infinity, 100],
    [-Infinity, 0],
    [NaN, 0],
  ])('clampScore(%s) = %s', (raw, expected) => {
    expect(clampScore(raw)).toBe(expected);
  });
});

describe('riskLevelOf', () => {
  it.each([
    [0, 'LOW'],
    [29, 'LOW'],
    [30, 'MEDIUM'],
    [59, 'MEDIUM'],
    [60, 'HIGH'],
    [84, 'HIGH'],
    [85, 'CRITICAL'],
    [100, 'CRITICAL'],
  ])('riskLevelOf(%s) = %s', (score, level) => {
    expect(riskLevelOf(score)).toBe(level);
  });
});

describe('bandDecision', () => {
  it.each<[number, Decision]>([
    [0, 'ALLOW'],
    [49, 'ALLOW'],
    [50, 'REVIEW'],
    [84, 'REVIEW'],
    [85, 'BLOCK'],
    [100, 'BLOCK'],
  ])('transactions (no CHALLENGE band): %s → %s', (score, decision) => {
    expect(bandDecision(score, TX)).toBe(decision);
  });

  it('has no CHALLENGE band for transactions by default', () => {
    expect(TX).toEqual({ review: 50, challenge: null, block: 85 });
    for (let score = 0; score <= 100; score++) {
      expect(bandDecision(score, TX)).not.toBe('CHALLENGE');
    }
  });

  it.each<[number, Decision]>([
    [39, 'ALLOW'],
    [40, 'REVIEW'],
    [59, 'REVIEW'],
    [60, 'CHALLENGE'],
    [84, 'CHALLENGE'],
    [85, 'BLOCK'],
  ])('with a CHALLENGE band: %s → %s', (score, decision) => {
    expect(bandDecision(score, WITH_CHALLENGE)).toBe(decision);
  });

  it.each<[number, Decision]>([
    [49, 'ALLOW'],
    [50, 'CHALLENGE'],
    [84, 'CHALLENGE'],
    [85, 'BLOCK'],
  ])('account events (CHALLENGE ≥ 50, BLOCK ≥ 85): %s → %s', (score, decision) => {
    expect(bandDecision(score, DEFAULT_ACCOUNT_THRESHOLDS)).toBe(decision);
  });

  it('allows everything when every band is absent', () => {
    const none: Thresholds = { review: null, challenge: null, block: null };
    expect(bandDecision(0, none)).toBe('ALLOW');
    expect(bandDecision(100, none)).toBe('ALLOW');
  });

  it('takes the most severe band reached when thresholds overlap', () => {
    expect(bandDecision(70, { review: 70, challenge: 70, block: 70 })).toBe('BLOCK');
    expect(bandDecision(69, { review: 70, challenge: 70, block: 70 })).toBe('ALLOW');
  });

  it('treats a threshold of 0 as always reached', () => {
    expect(bandDecision(0, { review: 0, challenge: null, block: null })).toBe('REVIEW');
  });
});

describe('decide', () => {
  it.each<[string, number, Thresholds, FiredAction[], Decision]>([
    ['no actions: the band (ALLOW)', 10, TX, [], 'ALLOW'],
    ['no actions: the band (REVIEW)', 50, TX, [], 'REVIEW'],
    ['no actions: the band (BLOCK)', 85, TX, [], 'BLOCK'],
    ['deny-list beats allow-list', 0, TX, [ALLOW, DENY], 'BLOCK'],
    ['deny-list beats allow-list whatever the order', 0, TX, [DENY, ALLOW], 'BLOCK'],
    ['deny-list alone blocks a low score', 0, TX, [DENY], 'BLOCK'],
    ['allow-list beats a BLOCK band when no BLOCK rule fired', 100, TX, [ALLOW], 'ALLOW'],
    ['allow-list beats a REVIEW band', 60, TX, [ALLOW], 'ALLOW'],
    ['allow-list beats a watch-list', 60, TX, [WATCH, ALLOW], 'ALLOW'],
    [
      'allow-list beats a lower-priority BLOCK rule',
      0,
      TX,
      [ALLOW, { code: 'X', action: 'BLOCK', priority: 89 }],
      'ALLOW',
    ],
    [
      'allow-list loses to a BLOCK rule of equal priority',
      0,
      TX,
      [ALLOW, { code: 'X', action: 'BLOCK', priority: 90 }],
      'BLOCK',
    ],
    [
      'the best-placed ALLOW rule counts',
      0,
      TX,
      [
        { code: 'A1', action: 'ALLOW', priority: 10 },
        { code: 'B', action: 'BLOCK', priority: 50 },
        { code: 'A2', action: 'ALLOW', priority: 60 },
      ],
      'ALLOW',
    ],
    [
      'the best-placed BLOCK rule counts',
      0,
      TX,
      [
        { code: 'B1', action: 'BLOCK', priority: 10 },
        { code: 'A', action: 'ALLOW', priority: 50 },
        { code: 'B2', action: 'BLOCK', priority: 60 },
      ],
      'BLOCK',
    ],
    ['watch-list raises an ALLOW band to REVIEW', 20, TX, [WATCH], 'REVIEW'],
    ['watch-list keeps a REVIEW band', 60, TX, [WATCH], 'REVIEW'],
    ['watch-list does not lower a BLOCK band', 90, TX, [WATCH], 'BLOCK'],
    ['watch-list does not lower a CHALLENGE band', 70, WITH_CHALLENGE, [WATCH], 'CHALLENGE'],
    [
      'a CHALLENGE rule raises a REVIEW band',
      50,
      TX,
      [{ code: 'C', action: 'CHALLENGE', priority: 10 }],
      'CHALLENGE',
    ],
    [
      'the highest-priority action is the candidate',
      0,
      TX,
      [
        { code: 'C', action: 'CHALLENGE', priority: 10 },
        { code: 'R', action: 'REVIEW', priority: 20 },
      ],
      'REVIEW',
    ],
    [
      'equal priorities: the more severe action is the candidate',
      0,
      TX,
      [
        { code: 'R', action: 'REVIEW', priority: 20 },
        { code: 'C', action: 'CHALLENGE', priority: 20 },
      ],
      'CHALLENGE',
    ],
    [
      'a BLOCK candidate overrides the band',
      10,
      WITH_CHALLENGE,
      [{ code: 'B', action: 'BLOCK', priority: 0 }],
      'BLOCK',
    ],
  ])('%s', (_name, score, thresholds, actions, expected) => {
    expect(decide(score, thresholds, actions)).toBe(expected);
  });

  it('does not reorder the actions it is given', () => {
    const actions = [WATCH, DENY, ALLOW];
    decide(0, TX, actions);
    expect(actions).toEqual([WATCH, DENY, ALLOW]);
  });

  it('never decides less severely than the band unless an ALLOW rule wins', () => {
    const candidates: FiredAction[][] = [
      [],
      [WATCH],
      [DENY],
      [{ code: 'C', action: 'CHALLENGE', priority: 5 }],
      [WATCH, { code: 'C', action: 'CHALLENGE', priority: 5 }],
    ];
    for (let score = 0; score <= 100; score++) {
      for (const actions of candidates) {
        const band = bandDecision(score, WITH_CHALLENGE);
        const decision = decide(score, WITH_CHALLENGE, actions);
        expect(severity(decision)).toBeGreaterThanOrEqual(severity(band));
      }
    }
  });
});

const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const thresholdArb: fc.Arbitrary<Thresholds> = fc.record({
  review: nullable(fc.integer({ min: 0, max: 100 })),
  challenge: nullable(fc.integer({ min: 0, max: 100 })),
  block: nullable(fc.integer({ min: 0, max: 100 })),
});

describe('decision properties', () => {
  const scoreArb = fc.integer({ min: 0, max: 100 });
  const actionsArb: fc.Arbitrary<FiredAction[]> = fc.array(
    fc.record({
      code: fc.constantFrom('A', 'B', 'C'),
      action: fc.constantFrom(...DECISIONS),
      priority: fc.integer({ min: 0, max: 100 }),
    }),
    { maxLength: 4 },
  );

  it('the band is monotone in the score', () => {
    fc.assert(
      fc.property(scoreArb, scoreArb, thresholdArb, (a, b, t) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(severity(bandDecision(lo, t))).toBeLessThanOrEqual(severity(bandDecision(hi, t)));
      }),
    );
  });

  it('the decision is monotone in the score for the same fired actions', () => {
    fc.assert(
      fc.property(scoreArb, scoreArb, thresholdArb, actionsArb, (a, b, t, actions) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(severity(decide(lo, t, actions))).toBeLessThanOrEqual(
          severity(decide(hi, t, actions)),
        );
      }),
    );
  });

  it('without actions the decision is the band', () => {
    fc.assert(
      fc.property(scoreArb, thresholdArb, (score, t) => {
        expect(decide(score, t, [])).toBe(bandDecision(score, t));
      }),
    );
  });

  it('does not depend on the order of the fired actions', () => {
    fc.assert(
      fc.property(scoreArb, thresholdArb, actionsArb, (score, t, actions) => {
        expect(decide(score, t, [...actions].reverse())).toBe(decide(score, t, actions));
      }),
    );
  });

  it('clampScore always gives an integer within 0..100', () => {
    fc.assert(
      fc.property(fc.double(), (raw) => {
        const score = clampScore(raw);
        expect(Number.isInteger(score)).toBe(true);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
      }),
    );
  });
});
