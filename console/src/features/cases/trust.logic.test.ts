import { describe, expect, it } from 'vitest';
import { trustBadge } from './trust.logic';

describe('trustBadge', () => {
  it('shows a new customer as neutral, without the score', () => {
    expect(trustBadge('NEW')).toEqual({
      text: 'New customer',
      modifier: 'trust--new',
      showScore: false,
    });
  });

  it.each([
    ['LOW', 'Low trust', 'trust--low'],
    ['MEDIUM', 'Medium trust', 'trust--medium'],
    ['HIGH', 'High trust', 'trust--high'],
    ['FLAGGED', 'Flagged: confirmed fraud', 'trust--flagged'],
  ] as const)('shows %s as "%s" with its score', (level, text, modifier) => {
    expect(trustBadge(level)).toEqual({ text, modifier, showScore: true });
  });
});
