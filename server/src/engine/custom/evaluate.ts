/**
 * Custom rules inside evaluatePolicy: each rule of the event's kind yields a check like a
 * built-in rule, and fired ones join the score, the decision and the shadow evaluation the same
 * way. A condition that cannot be evaluated counts as not fired and never fails the score.
 */
import type { Check, CompiledCustomRule, EventKind, Evaluated, Policy } from '../types.js';
import type { Variables } from './activation.js';

/** How an event kind feeds its custom rules. */
export interface CustomRuleHooks<E, C> {
  kind: EventKind;
  /** The condition variables of an event, given the codes of the fired ACTIVE built-ins. */
  variables: (event: E, ctx: C, fired: ReadonlySet<string>) => Variables;
}

/** Longest condition quoted in a check's detail. */
const DETAIL_CONDITION_LENGTH = 120;

/** The condition on one line, cut to DETAIL_CONDITION_LENGTH characters. */
export function shortened(condition: string): string {
  const line = condition.replace(/\s+/g, ' ').trim();
  return line.length <= DETAIL_CONDITION_LENGTH
    ? line
    : `${line.slice(0, DETAIL_CONDITION_LENGTH - 1)}…`;
}

/** "condition holds: …" per compiled rule, built on its first firing rather than every one. */
const holdsDetail = new WeakMap<CompiledCustomRule, string>();

function detailWhenHeld(rule: CompiledCustomRule): string {
  let detail = holdsDetail.get(rule);
  if (detail === undefined)
    holdsDetail.set(rule, (detail = `condition holds: ${shortened(rule.condition)}`));
  return detail;
}

/** The custom rule as scoring sees it: its name is its label, its dimension CUSTOM. */
function scored(rule: CompiledCustomRule): Evaluated['rule'] {
  const { code, name, weight, action, priority, status } = rule;
  return { code, label: name, dimension: 'CUSTOM', weight, action, priority, status };
}

/**
 * Checks of the custom rules of `hooks.kind`, in the policy's order, and the evaluations of the
 * non-disabled ones. Variables are built once, only when some rule needs them.
 */
export function evaluateCustomRules<E, C>(
  rules: readonly CompiledCustomRule[],
  hooks: CustomRuleHooks<E, C>,
  event: E,
  ctx: C,
  firedBuiltIn: ReadonlySet<string>,
): { evaluated: Evaluated[]; checks: Check[] } {
  const evaluated: Evaluated[] = [];
  const checks: Check[] = [];
  let variables: Variables | null = null;
  for (const rule of rules) {
    if (rule.eventKind !== hooks.kind) continue;
    const { code, weight } = rule;
    if (rule.status === 'DISABLED') {
      checks.push({ code, status: 'DISABLED', weight, contribution: 0, detail: 'disabled' });
      continue;
    }
    variables ??= hooks.variables(event, ctx, firedBuiltIn);
    const outcome = rule.test(variables);
    const fired = outcome === true;
    const detail =
      typeof outcome === 'object'
        ? `could not evaluate: ${outcome.error}`
        : fired
          ? detailWhenHeld(rule)
          : 'condition does not hold';
    const points = fired ? weight : 0;
    const status = fired ? (rule.status === 'SHADOW' ? 'SHADOW_FIRED' : 'FIRED') : 'PASS';
    evaluated.push({ rule: scored(rule), fired, detail, points });
    // Object literals, not spreads: a spread costs several µs here, per rule and event.
    checks.push({ code, status, weight, contribution: Math.round(points * 100) / 100, detail });
  }
  return { evaluated, checks };
}

/** Whether `code` is a custom rule that reassures when it fires: it lowers the score or allows. */
export function isReassuringCustom(policy: Policy, code: string): boolean {
  return (policy.custom ?? []).some(
    (r) => r.code === code && (r.weight < 0 || r.action === 'ALLOW'),
  );
}
