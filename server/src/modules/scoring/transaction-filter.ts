import type { FilterQuery } from '@mikro-orm/postgresql';
import { BadUserInputError, type FieldProblem } from '../../domain/errors.js';
import type { Mode } from '../../domain/modes.js';
import type { Decision } from '../../engine/types.js';
import type { ScoredEventEntity } from './scored-event.entity.js';

export interface TransactionFilterInput {
  userId?: string | null;
  decision?: Decision | null;
  minScore?: number | null;
  maxScore?: number | null;
  from?: Date | null;
  to?: Date | null;
}

/** The `transactions` filter as a query; every bad bound is reported at once. */
export function transactionWhere(
  mode: Mode,
  f: TransactionFilterInput,
): FilterQuery<ScoredEventEntity> {
  const problems: FieldProblem[] = [];
  for (const key of ['minScore', 'maxScore'] as const) {
    const v = f[key];
    if (v != null && (v < 0 || v > 100))
      problems.push({ field: `filter.${key}`, message: 'must be from 0 to 100' });
  }
  if (f.minScore != null && f.maxScore != null && f.minScore > f.maxScore) {
    problems.push({ field: 'filter.minScore', message: 'must not exceed maxScore' });
  }
  if (f.from && f.to && f.from > f.to)
    problems.push({ field: 'filter.from', message: 'must not be after to' });
  if (problems.length) throw new BadUserInputError(problems);
  const score: Record<string, number> = {};
  if (f.minScore != null) score.$gte = f.minScore;
  if (f.maxScore != null) score.$lte = f.maxScore;
  const occurred: Record<string, Date> = {};
  if (f.from) occurred.$gte = f.from;
  if (f.to) occurred.$lt = f.to;
  return {
    mode,
    kind: 'TRANSACTION',
    ...(f.userId ? { userId: f.userId } : {}),
    ...(f.decision ? { decision: f.decision } : {}),
    ...(Object.keys(score).length ? { riskScore: score } : {}),
    ...(Object.keys(occurred).length ? { occurredAt: occurred } : {}),
  } as FilterQuery<ScoredEventEntity>;
}
