import { celEnv, isCelError, parse, plan } from '@bufbuild/cel';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { preparedVariables } from './compile.js';
import { Fallback, fastCondition } from './fast.js';

/** The CEL library's answer on the same variables: true, false or 'error'. */
function cel(condition: string, vars: Record<string, unknown>): boolean | 'error' {
  const result = plan(celEnv(), parse(condition))(preparedVariables(vars) as Record<string, never>);
  if (isCelError(result) || typeof result !== 'boolean') return 'error';
  return result;
}

/** The fast path's answer: true, false, 'fallback', or 'none' when it does not compile. */
function fast(condition: string, vars: Record<string, unknown>): boolean | 'fallback' | 'none' {
  const fn = fastCondition(parse(condition).expr);
  if (!fn) return 'none';
  try {
    return fn(vars);
  } catch (error) {
    if (error instanceof Fallback) return 'fallback';
    throw error;
  }
}

const CONDITIONS = [
  "type == 'INTERNATIONAL_TRANSFER' && amount > 20000",
  'recipient.timesSent == 0 && amount > 5000',
  '(time.hour >= 23 || time.hour <= 5) && amount > 5000',
  "type in ['P2P_TRANSFER', 'INTERNATIONAL_TRANSFER'] && !customer.known",
  'customer.count >= 5 && amount > 5.0 * customer.average && amount > customer.max',
  'velocity.user.count1h >= 4 && velocity.user.sum1h > 1000',
  "ip.country != '' && ip.country != customer.country",
  'ip.tor || (ip.hosting && !device.known)',
  "rules.HIGH_AMOUNT && rules['NEW_DEVICE']",
  'model.active && model.score >= 80',
  "channel.startsWith('we') || channel.endsWith('pp') || channel.contains('o')",
  'size(channel) == 3',
  'amount - amountBase > 10.5 || amount / amountBase < 0.5',
  '-amount < -100',
  "amount > 100 ? type == 'OTHER' : channel == 'web'",
  "currency + channel == 'USDweb'",
  'amount == 100',
  'amount != 100.0',
  'customer.trustScore < 20 == rules.HIGH_AMOUNT',
];

const text = fc.oneof(
  fc.constantFrom('', 'web', 'app', 'USD', 'OTHER', 'P2P_TRANSFER', 'INTERNATIONAL_TRANSFER'),
  fc.string({ maxLength: 4 }),
  fc.string({ unit: 'grapheme', maxLength: 3 }),
);
const numberish = fc.oneof(
  fc.constantFrom(0, -0, 100, 3, 5000, 20000, 20000.5, -100, Infinity, -Infinity, Number.NaN),
  fc.double({ noNaN: false }),
  fc.integer({ min: -10, max: 30_000 }),
);
/** Mostly well-typed variables, sometimes a value of the wrong type or a missing group. */
const anyValue = fc.oneof(
  { weight: 8, arbitrary: numberish },
  { weight: 4, arbitrary: text },
  { weight: 2, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
);
const variables = fc.record({
  amount: fc.oneof({ weight: 9, arbitrary: numberish }, { weight: 1, arbitrary: anyValue }),
  amountBase: numberish,
  currency: text,
  type: text,
  channel: fc.oneof({ weight: 9, arbitrary: text }, { weight: 1, arbitrary: anyValue }),
  time: fc.record({ hour: fc.integer({ min: 0, max: 23 }) }),
  customer: fc.record({
    known: fc.oneof({ weight: 9, arbitrary: fc.boolean() }, { weight: 1, arbitrary: anyValue }),
    count: numberish,
    average: numberish,
    max: numberish,
    trustScore: numberish,
    country: text,
  }),
  recipient: fc.record({ timesSent: anyValue }),
  velocity: fc.record({ user: fc.record({ count1h: numberish, sum1h: numberish }) }),
  ip: fc.record({ country: text, tor: fc.boolean(), hosting: anyValue }),
  device: fc.record({ known: fc.boolean() }),
  rules: fc.record({ HIGH_AMOUNT: fc.boolean(), NEW_DEVICE: fc.boolean() }),
  model: fc.record({ active: fc.boolean(), score: numberish }),
});

describe('the fast path of custom-rule conditions', () => {
  it('covers the conditions fraud teams write', () => {
    for (const condition of CONDITIONS) expect(fast(condition, {}), condition).not.toBe('none');
  });

  it.each([
    ['integer arithmetic (CEL truncates)', 'amount > 7 / 2'],
    ['remainder', 'time.hour % 2.0 == 0.0'],
    ['macros', "['a'].exists(x, x == channel)"],
    ['null', 'channel != null'],
    ['regular expressions', "channel.matches('w.*')"],
    ['presence tests', 'has(customer.known)'],
  ])('leaves %s to CEL', (_name, condition) => {
    expect(fast(condition, {})).toBe('none');
  });

  it('answers exactly as CEL does, or leaves the event to CEL', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CONDITIONS), variables, (condition, vars) => {
        const quick = fast(condition, vars);
        if (quick === 'fallback') return;
        expect(quick, condition).toBe(cel(condition, vars));
      }),
      { numRuns: 4000 },
    );
  });

  it('never reads through a prototype', () => {
    expect(fast('channel.constructor == channel', { channel: 'web' })).toBe('fallback');
    expect(fast("rules['__proto__'] == rules", { rules: {} })).toBe('fallback');
    expect(fast('toString == 1.0', {})).toBe('fallback');
  });
});
