import { describe, expect, it } from 'vitest';
import {
  EMPTY_CUSTOM_RULE,
  customRuleInput,
  customRuleToDraft,
  serverFieldProblems,
  type CustomRuleDraft,
} from './custom-rule.logic';

const filled: CustomRuleDraft = {
  ...EMPTY_CUSTOM_RULE,
  code: ' BIG_INTERNATIONAL ',
  name: ' Big international ',
  condition: "type == 'INTERNATIONAL_TRANSFER' && amount > 20000",
  weight: '-30',
  action: 'REVIEW',
  priority: '10',
  status: 'SHADOW',
};

describe('customRuleInput', () => {
  it('trims and converts a valid draft, an empty action meaning none', () => {
    expect(customRuleInput(filled)).toEqual({
      value: {
        code: 'BIG_INTERNATIONAL',
        name: 'Big international',
        description: '',
        eventKind: 'TRANSACTION',
        condition: filled.condition,
        weight: -30,
        action: 'REVIEW',
        priority: 10,
        status: 'SHADOW',
      },
      problems: {},
    });
    expect(customRuleInput({ ...filled, action: '' }).value?.action).toBeNull();
  });

  it('names every field it refuses', () => {
    const result = customRuleInput({
      ...filled,
      code: 'big_one',
      name: ' ',
      condition: '  ',
      weight: '101',
      priority: '2.5',
    });
    expect(result.value).toBeNull();
    expect(Object.keys(result.problems).sort()).toEqual([
      'code',
      'condition',
      'name',
      'priority',
      'weight',
    ]);
  });

  it('accepts the bounds of weight and priority and refuses double underscores', () => {
    expect(customRuleInput({ ...filled, weight: '100', priority: '1000' }).value).not.toBeNull();
    expect(customRuleInput({ ...filled, weight: '-101' }).problems).toHaveProperty('weight');
    expect(customRuleInput({ ...filled, code: 'A__B' }).problems).toHaveProperty('code');
  });
});

describe('customRuleToDraft', () => {
  it('fills the form from a stored rule, and reads it back unchanged', () => {
    const rule = {
      code: 'NIGHT',
      name: 'Night',
      description: 'Late payments',
      eventKind: 'ACCOUNT',
      condition: 'time.hour >= 23',
      weight: 15,
      action: null,
      priority: 3,
      status: 'DISABLED',
    };
    const draft = customRuleToDraft(rule);
    expect(draft).toMatchObject({ eventKind: 'ACCOUNT', weight: '15', action: '', priority: '3' });
    expect(customRuleInput(draft).value).toEqual({ ...rule, action: null });
  });
});

describe('serverFieldProblems', () => {
  it('puts BAD_USER_INPUT details beside their fields and keeps the rest', () => {
    const error = {
      graphQLErrors: [
        {
          message: 'Invalid input',
          extensions: {
            code: 'BAD_USER_INPUT',
            details: [
              { field: 'input.condition', message: "line 1, column 1: unknown variable 'amont'" },
              { field: 'input.condition', message: 'line 1, column 9: second' },
              { field: 'input.code', message: 'BLOCK is taken' },
              { field: 'draftId', message: 'not a draft' },
            ],
          },
        },
        { message: 'Version 4 is not a draft', extensions: { code: 'CONFLICT' } },
      ],
    };
    expect(serverFieldProblems(error)).toEqual({
      fields: {
        condition: "line 1, column 1: unknown variable 'amont'; line 1, column 9: second",
        code: 'BLOCK is taken',
      },
      other: ['draftId: not a draft', 'Version 4 is not a draft'],
    });
  });
});
