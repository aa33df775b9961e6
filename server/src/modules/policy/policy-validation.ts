import { z } from 'zod';
import { ACCOUNT_RULES_BY_CODE } from '../../engine/account/rules.js';
import { BadUserInputError, type FieldProblem } from '../../domain/errors.js';
import type { CaseSettings } from '../../domain/cases.js';
import { parseInput } from '../../domain/validation.js';
import type { RuleOverride } from '../../engine/policy.js';
import { RULES_BY_CODE } from '../../engine/rules/index.js';
import {
  RULE_STATUSES,
  type RuleParams,
  type RuleStatus,
  type Thresholds,
} from '../../engine/types.js';

const score = z
  .number()
  .int('must be an integer')
  .min(0, 'must be from 0 to 100')
  .max(100, 'must be from 0 to 100');

const thresholdsSchema = z
  .object({ review: score.nullable(), challenge: score.nullable(), block: score.nullable() })
  .superRefine((t, ctx) => {
    const bands = [t.review, t.challenge, t.block].filter((v): v is number => v !== null);
    for (let i = 1; i < bands.length; i++) {
      if (bands[i]! <= bands[i - 1]!) {
        ctx.addIssue({
          code: 'custom',
          message: 'bands must increase: review < challenge < block',
        });
        return;
      }
    }
  });

/** Score bands, each 0..100 or null, increasing. */
export function checkThresholds(input: Thresholds): Thresholds {
  return parseInput(thresholdsSchema, input, 'thresholds');
}

export interface RuleSettingsInput {
  code: string;
  weight?: number | null;
  status?: RuleStatus | null;
  params?: Record<string, unknown> | null;
}

/** Checks overridden parameters against the default's: same keys, same kinds of values. */
function checkParams(
  code: string,
  params: Record<string, unknown>,
  problems: FieldProblem[],
): RuleParams {
  // A code in both packs (DEVICE_REUSED, TOR_EXIT…) takes either pack's parameters.
  const defaults = {
    ...ACCOUNT_RULES_BY_CODE.get(code)?.params,
    ...RULES_BY_CODE.get(code)?.params,
  };
  const out: RuleParams = {};
  for (const [key, value] of Object.entries(params)) {
    const field = `input.params.${key}`;
    const expected = Object.hasOwn(defaults, key) ? defaults[key] : undefined;
    if (expected === undefined) {
      const known = Object.keys(defaults);
      problems.push({
        field,
        message: known.length
          ? `unknown parameter; ${code} takes ${known.join(', ')}`
          : `${code} takes no parameters`,
      });
    } else if (typeof expected === 'number') {
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
        problems.push({ field, message: 'must be a non-negative number' });
      else out[key] = value;
    } else if (
      !Array.isArray(value) ||
      !value.every((v) => typeof v === 'string' && v.length <= 64)
    ) {
      problems.push({ field, message: 'must be a list of strings' });
    } else {
      out[key] = value.map((v) => (v as string).toUpperCase());
    }
  }
  return out;
}

/**
 * A change to one built-in rule, checked: a known code, weight 0..100, a known status, known
 * parameters of the right kind. Returns the override after the change.
 */
export function applyRuleSettings(before: RuleOverride, input: RuleSettingsInput): RuleOverride {
  if (!RULES_BY_CODE.has(input.code) && !ACCOUNT_RULES_BY_CODE.has(input.code)) {
    throw new BadUserInputError([
      { field: 'input.code', message: `unknown rule; see the rules query for the codes` },
    ]);
  }
  const problems: FieldProblem[] = [];
  if (
    input.weight != null &&
    (!Number.isInteger(input.weight) || input.weight < 0 || input.weight > 100)
  ) {
    problems.push({ field: 'input.weight', message: 'must be an integer from 0 to 100' });
  }
  if (input.status != null && !RULE_STATUSES.includes(input.status)) {
    problems.push({ field: 'input.status', message: `must be one of ${RULE_STATUSES.join(', ')}` });
  }
  const params = input.params ? checkParams(input.code, input.params, problems) : undefined;
  if (problems.length) throw new BadUserInputError(problems);
  return {
    ...before,
    ...(input.weight != null ? { weight: input.weight } : {}),
    ...(input.status != null ? { status: input.status } : {}),
    ...(params ? { params: { ...before.params, ...params } } : {}),
  };
}

/** Case opening and SLA: `slaHours` a whole number from 1 to 720. */
export function applyCaseSettings(
  before: CaseSettings,
  input: Partial<CaseSettings>,
): CaseSettings {
  const slaHours = input.slaHours;
  if (slaHours != null && (!Number.isInteger(slaHours) || slaHours < 1 || slaHours > 720))
    throw new BadUserInputError([
      { field: 'slaHours', message: 'must be a whole number of hours from 1 to 720' },
    ]);
  return {
    openOnBlock: input.openOnBlock ?? before.openOnBlock,
    slaHours: slaHours ?? before.slaHours,
  };
}
