import { describe, expect, it } from 'vitest';
import { evaluateCase, listMatch, type RuleCase as Case } from '../testing.js';
import { LIST_KINDS, type ListName } from '../types.js';
import { RULES_BY_CODE } from './index.js';

function check(code: string, c: Case) {
  const outcome = evaluateCase(code, c);
  expect(outcome.fired).toBe(c.fired);
  expect(outcome.detail).not.toBe('');
  if (typeof c.detail === 'string') expect(outcome.detail).toBe(c.detail);
  else if (c.detail) expect(outcome.detail).toMatch(c.detail);
}

const RULE_OF: Record<ListName, string> = {
  DENY: 'DENYLIST_MATCH',
  ALLOW: 'ALLOWLIST_MATCH',
  WATCH: 'WATCHLIST_MATCH',
};

describe('list rules', () => {
  it('carry the actions and priorities of the precedence rules', () => {
    const pick = (code: string) => {
      const r = RULES_BY_CODE.get(code);
      return r && { action: r.action, priority: r.priority, weight: r.weight };
    };
    expect(pick('DENYLIST_MATCH')).toEqual({ action: 'BLOCK', priority: 100, weight: 100 });
    expect(pick('ALLOWLIST_MATCH')).toEqual({ action: 'ALLOW', priority: 90, weight: 0 });
    expect(pick('WATCHLIST_MATCH')).toEqual({ action: 'REVIEW', priority: 50, weight: 20 });
  });
});

describe.each(['DENY', 'ALLOW', 'WATCH'] as const)('%s list', (list) => {
  const code = RULE_OF[list];
  const word = list.toLowerCase();
  const others = (['DENY', 'ALLOW', 'WATCH'] as const).filter((l) => l !== list);

  it.each<Case>([
    { name: 'no list match', fired: false, detail: `no ${word}-list entry` },
    {
      name: 'matches on the other lists only',
      ctx: { listMatches: others.map((l) => listMatch(l, 'IP', '203.0.113.10')) },
      fired: false,
      detail: `no ${word}-list entry`,
    },
    {
      name: 'one match with a reason',
      ctx: { listMatches: [listMatch(list, 'IP', '203.0.113.10', 'case 42')] },
      fired: true,
      detail: `on the ${word} list: ip 203.0.113.10 (case 42)`,
    },
    {
      name: 'one match without a reason',
      ctx: { listMatches: [listMatch(list, 'USER', 'user-1')] },
      fired: true,
      detail: `on the ${word} list: user user-1`,
    },
    {
      name: 'several matches, other lists left out',
      ctx: {
        listMatches: [
          listMatch(list, 'EMAIL_DOMAIN', 'example.com'),
          ...others.map((l) => listMatch(l, 'PHONE', '+33600000001')),
          listMatch(list, 'CIDR', '203.0.113.0/24', 'hosting range'),
        ],
      },
      fired: true,
      detail: `on the ${word} list: email domain example.com; cidr 203.0.113.0/24 (hosting range)`,
    },
  ])('$name → fired=$fired', (c) => check(code, c));

  it.each(LIST_KINDS)('names kind %s readably', (kind) => {
    const outcome = evaluateCase(code, {
      name: kind,
      ctx: { listMatches: [listMatch(list, kind, 'x')] },
      fired: true,
    });
    expect(outcome.fired).toBe(true);
    expect(outcome.detail).toBe(`on the ${word} list: ${kind.toLowerCase().replace('_', ' ')} x`);
    expect(outcome.detail).not.toContain('_');
  });
});
