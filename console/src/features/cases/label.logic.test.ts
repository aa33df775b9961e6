import { describe, expect, it } from 'vitest';
import { EMPTY_FORM, MAX_NOTE, formProblem, labelForKey } from './label.logic';

describe('label form', () => {
  it('maps keys 1–4 to the labels in order and nothing else', () => {
    expect(['1', '2', '3', '4'].map(labelForKey)).toEqual([
      'TRUE_FRAUD',
      'FALSE_POSITIVE',
      'SUSPICIOUS',
      'LEGITIMATE',
    ]);
    expect(['0', '5', 'a', '', '1.5'].map(labelForKey)).toEqual([null, null, null, null, null]);
  });

  it('needs a label and a note within 2,000 characters', () => {
    expect(formProblem(EMPTY_FORM)).toBe('Choose a label (keys 1–4).');
    expect(formProblem({ ...EMPTY_FORM, label: 'TRUE_FRAUD' })).toBeNull();
    expect(
      formProblem({ ...EMPTY_FORM, label: 'LEGITIMATE', note: 'x'.repeat(MAX_NOTE + 3) }),
    ).toBe('The note is 3 characters too long.');
  });
});
