import { fired, num, pass, type RuleDefinition } from './rule.js';

/** The rule that carries the learned model's verdict; scoreTransactionEvent shadows it. */
export const MODEL_RISK = 'MODEL_RISK';

/** Contributions named in the detail. */
const TOP = 3;

const percent = (p: number) => `${Math.round(p * 1000) / 10}%`;
const signed = (v: number) => `${v >= 0 ? '+' : '−'}${Math.abs(Math.round(v * 100) / 100)}`;

/**
 * MODEL_RISK: the tenant's learned model (see docs/model.md). It adds weight × the model's fraud
 * probability once the probability reaches minProbability, and names the features that pushed
 * the verdict most (log-odds contributions). Without an ACTIVE model it passes; a SHADOW model's
 * verdict shows as SHADOW_FIRED and never acts.
 */
export const MODEL_RULES: RuleDefinition[] = [
  {
    code: MODEL_RISK,
    label: 'Learned model finds it risky',
    dimension: 'MODEL',
    weight: 60,
    action: null,
    priority: 0,
    params: { minProbability: 0.05 },
    description:
      'Adds weight × the fraud probability of the tenant’s learned model once it reaches minProbability; the detail names the features that weighed most.',
    evaluate: (_e, ctx, p) => {
      const m = ctx.model;
      if (!m) return pass('no active model');
      const top = m.contributions
        .filter((c) => c.value !== 0)
        .slice(0, TOP)
        .map((c) => `${c.name} ${signed(c.value)}`)
        .join(', ');
      const text = `model v${m.version}: fraud probability ${percent(m.probability)}, limit ${percent(num(p, 'minProbability'))}${top ? `; ${top}` : ''}`;
      return m.probability >= num(p, 'minProbability') ? fired(text, m.probability) : pass(text);
    },
  },
];
