import type { ScoringContext } from '../../engine/types.js';
import type { NormalizedTransaction } from './ingest.js';

/** What enrichment derived about a transaction, as the API shows it in `derivedSignals`. */
export function derivedSignalsOf(
  t: NormalizedTransaction,
  ctx: ScoringContext,
  money: { amountBase: number; baseCurrency: string; rate: number },
): Record<string, unknown> {
  return {
    amount: {
      original: t.amount,
      currency: t.currency ?? money.baseCurrency,
      base: money.amountBase,
      baseCurrency: money.baseCurrency,
      rate: money.rate,
    },
    customer: ctx.customer
      ? {
          previousTransactions: ctx.customer.stats.count,
          averageAmount: ctx.customer.stats.mean,
          maxAmount: ctx.customer.stats.max,
        }
      : { previousTransactions: 0 },
    velocity: ctx.velocity,
    history: ctx.history,
    linkage: ctx.linkage,
    recipient: ctx.recipient,
    device: { id: t.deviceId, known: ctx.deviceKnown },
    geo: { ...ctx.geo, ipCity: t.ipCity, locationSource: t.locationSource },
    lists: ctx.listMatches,
  };
}
