import { describe, expect, it } from 'vitest';
import {
  compileCustomRule,
  MAX_CONDITION_LENGTH,
  preparedVariables,
  validateCondition,
} from './compile.js';
import { customRule } from './testing.js';
import { transactionVariables } from './activation.js';
import { makeContext, makeEvent } from '../testing.js';
import type { EventKind } from '../types.js';

interface ProblemCase {
  name: string;
  kind?: EventKind;
  source: string;
  message: RegExp;
  line: number;
  column: number;
}

describe('validateCondition', () => {
  it.each([
    "type == 'INTERNATIONAL_TRANSFER' && amount > 20000",
    'recipient.timesSent == 0 && amount > 5000',
    '(time.hour >= 23 || time.hour <= 5) && amount > 5000',
    'rules.NEW_DEVICE && amount > customer.average * 3.0',
    "rules['HIGH_AMOUNT'] || has(rules.TOR_EXIT)",
    "[ 'NG', 'GH' ].exists(c, c == ip.country)",
    "rules.exists(code, rules[code]) && channel.startsWith('we')",
    'double(velocity.user.count24h) / 2.0 > 3.0',
    'int(amount) % 2 == 0',
    'model.active ? model.score > 80 : amount > 100000',
    "\tamount > 1\r\n  && currency != ''",
  ])('accepts %s', (source) => {
    expect(validateCondition('TRANSACTION', source)).toEqual([]);
  });

  it.each([
    "type == 'SIGNUP' && disposableEmail",
    'behavior.collected && behavior.completionMs < 1500',
    'rules.DISPOSABLE_EMAIL && linkage.accountsOnIp >= 3',
  ])('accepts the account condition %s', (source) => {
    expect(validateCondition('ACCOUNT', source)).toEqual([]);
  });

  it.each<ProblemCase>([
    {
      name: 'a syntax error, on its line and column',
      source: 'amount > 1 &&\n  recipient.timesSent == 0 )',
      message: /^syntax error: found \) but expecting end of input/,
      line: 2,
      column: 28,
    },
    {
      name: 'an unknown variable with a suggestion',
      source: 'amout > 5',
      message: /^unknown variable 'amout' \(did you mean 'amount'\?\)$/,
      line: 1,
      column: 1,
    },
    {
      name: 'an unknown field, pointed at the field',
      source: 'amount > 1 && recipient.timeSent == 0',
      message: /^unknown variable 'recipient.timeSent' \(did you mean 'recipient.timesSent'\?\)$/,
      line: 1,
      column: 25,
    },
    {
      name: 'an unknown nested field',
      source: 'velocity.user.count2h > 3',
      message:
        /^unknown variable 'velocity.user.count2h' \(did you mean 'velocity.user.count1h'\?\)/,
      line: 1,
      column: 15,
    },
    {
      name: 'a field of a number',
      source: 'amount.value > 3',
      message: /^'amount' is a number and has no field 'value'$/,
      line: 1,
      column: 8,
    },
    {
      name: 'an unknown built-in rule',
      source: 'rules.NEW_DEVIC',
      message: /^unknown built-in rule 'NEW_DEVIC' in rules \(did you mean 'rules.NEW_DEVICE'\?\)$/,
      line: 1,
      column: 7,
    },
    {
      name: 'an unknown built-in rule by index',
      source: "rules['NOPE_RULE']",
      message: /^unknown built-in rule 'NOPE_RULE'$/,
      line: 1,
      column: 7,
    },
    {
      name: 'an account variable in a transaction rule',
      source: 'disposableEmail',
      message: /^unknown variable 'disposableEmail'/,
      line: 1,
      column: 1,
    },
    {
      name: 'a transaction variable in an account rule',
      kind: 'ACCOUNT',
      source: "type == 'SIGNUP' && amount > 3",
      message: /^unknown variable 'amount'/,
      line: 1,
      column: 21,
    },
    {
      name: 'an unknown function',
      source: "channel.startWith('w')",
      message: /^unknown function 'startWith' \(did you mean 'startsWith'\?\)$/,
      line: 1,
      column: 9,
    },
    {
      name: 'top-level arithmetic',
      source: 'amount * 2.0',
      message: /^the condition must give true or false, but gives a number$/,
      line: 1,
      column: 8,
    },
    {
      name: 'a string literal',
      source: "'yes'",
      message: /gives a string$/,
      line: 1,
      column: 1,
    },
    {
      name: 'a group of variables',
      source: 'recipient',
      message: /gives a group of variables$/,
      line: 1,
      column: 1,
    },
    {
      name: 'an integer literal in arithmetic with a double variable',
      source: 'amount > customer.average * 3',
      message: /^'\*' mixes an integer with a number variable/,
      line: 1,
      column: 27,
    },
    {
      name: 'modulo over doubles',
      source: 'amount % 2.0 == 0.0',
      message: /^'%' needs integers/,
      line: 1,
      column: 8,
    },
    {
      name: 'a string compared with a number',
      source: 'type == 3',
      message: /^compares a string with a number/,
      line: 1,
      column: 6,
    },
    {
      name: 'a number operand of &&',
      source: 'amount && ip.tor',
      message: /^'&&' needs true or false, but gets a number$/,
      line: 1,
      column: 1,
    },
    {
      name: 'a control character',
      source: 'amount > 1\u0000',
      message: /^control character U\+0000 is not allowed$/,
      line: 1,
      column: 11,
    },
    {
      name: 'an empty condition',
      source: '  ',
      message: /^the condition is empty$/,
      line: 1,
      column: 1,
    },
    {
      name: 'nesting beyond 50 levels',
      source: `${'('.repeat(60)}amount > 1${')'.repeat(60)} && size(${'['.repeat(60)}${']'.repeat(60)}) > 0`,
      message: /^nested deeper than 50 levels$/,
      line: 1,
      column: 187,
    },
  ])('reports $name', (c) => {
    const problems = validateCondition(c.kind ?? 'TRANSACTION', c.source);
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem!.message).toMatch(c.message);
    expect([problem!.line, problem!.column]).toEqual([c.line, c.column]);
  });

  it('refuses a condition over the length limit, pointing at the limit', () => {
    const source = `amount > 1${' || amount > 1'.repeat(160)}`;
    expect(source.length).toBeGreaterThan(MAX_CONDITION_LENGTH);
    const problems = validateCondition('TRANSACTION', source);
    expect(problems).toEqual([
      {
        message: `the condition is ${source.length} characters long, at most ${MAX_CONDITION_LENGTH}`,
        offset: MAX_CONDITION_LENGTH,
        line: 1,
        column: MAX_CONDITION_LENGTH + 1,
      },
    ]);
  });

  it('reports each problem of a condition, with its offset', () => {
    const problems = validateCondition('TRANSACTION', 'amout > 1 && recipent.isKnown');
    expect(problems.map((p) => [p.offset, p.message.split(' (')[0]])).toEqual([
      [0, "unknown variable 'amout'"],
      [13, "unknown variable 'recipent'"],
    ]);
  });

  it('does not flag the iteration variables of a macro, but flags them outside it', () => {
    expect(validateCondition('TRANSACTION', "['a'].all(x, x != '') && x == 'a'")).toEqual([
      expect.objectContaining({ message: "unknown variable 'x' (did you mean 'ip'?)", offset: 25 }),
    ]);
  });

  it('survives a nesting the parser itself cannot read', () => {
    const problems = validateCondition('TRANSACTION', `${'('.repeat(990)}1${')'.repeat(990)}`);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/nested/);
  });
});

describe('compileCustomRule', () => {
  const vars = () => transactionVariables(makeEvent(), makeContext(), new Set());

  it('keeps the rule and tests its condition', () => {
    const rule = compileCustomRule(customRule({ condition: 'amount >= 50' }));
    expect(rule.code).toBe('MY_RULE');
    expect(rule.test(vars())).toBe(true);
    const higher = compileCustomRule(customRule({ condition: 'amount > 50' }));
    expect(higher.test(vars())).toBe(false);
  });

  it('throws on an invalid condition, naming the rule and the position', () => {
    expect(() => compileCustomRule(customRule({ condition: 'amount >\n  amout' }))).toThrow(
      "custom rule MY_RULE: invalid condition at line 2, column 3: unknown variable 'amout' (did you mean 'amount'?)",
    );
  });

  it('returns run-time errors instead of throwing', () => {
    const rule = compileCustomRule(
      customRule({ condition: 'int(amount) / int(customer.max - customer.max) > 1' }),
    );
    expect(rule.test(vars())).toEqual({ error: 'int divide by zero' });
  });

  it('reports a result that is not true or false', () => {
    const rule = compileCustomRule(customRule({ condition: 'dyn(amount)' }));
    expect(rule.test(vars())).toEqual({
      error: 'the condition gave the number 50, not true or false',
    });
  });

  it('reports a variable missing from the bindings', () => {
    const rule = compileCustomRule(customRule({ condition: 'recipient.timesSent == 0' }));
    const result = rule.test({ amount: 3 });
    expect(result).toHaveProperty('error');
    expect(typeof result === 'object' && result.error).toMatch(/unresolved/);
  });

  it.each([
    ['recipient.timesSent == 4.0 && amount == 50.0', true],
    ['rules.TOR_EXIT && !rules.NEW_DEVICE', true],
    ["rules.exists(code, rules[code]) && 'TOR_EXIT' in rules", true],
    ['velocity.user.count24h == 1.0 && velocity.device.sum24h == 40.0', true],
    ["customer.country == 'XX' || geo.distanceKm > 2.0", false],
  ] as const)('gives the same result on prepared variables: %s', (condition, expected) => {
    const rule = compileCustomRule(customRule({ condition }));
    const plain = transactionVariables(makeEvent(), makeContext(), new Set(['TOR_EXIT']));
    expect(rule.test(plain)).toBe(expected);
    expect(rule.test(preparedVariables(plain))).toBe(expected);
  });
});
