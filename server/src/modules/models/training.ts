import { FEATURE_NAMES } from '../../engine/features.js';
import {
  importance,
  predict,
  train,
  type Algorithm,
  type ModelSpec,
} from '../../engine/model/model.js';
import { subsetRows, type TrainingSet } from '../../engine/model/dataset.js';
import { averagePrecision, cardPrecisionAtK, rocAuc } from '../../engine/ranking.js';

/** A reason to give the operator as is; any other error is reported without its details. */
export class TrainingError extends Error {}

/** Training rows as the worker collects them, in event-time order. */
export interface CollectedRows {
  set: TrainingSet;
  /** Per row: the card (user id) and the UTC day, for card precision. */
  cards: string[];
  days: string[];
}

/** What a training run produces for its model version. */
export interface TrainingOutcome {
  spec: ModelSpec;
  events: number;
  frauds: number;
  validation: {
    auc: number | null;
    averagePrecision: number | null;
    precisionAt100: number | null;
  };
  features: { name: string; importance: number }[];
}

/** Share of the window (its latest events) held out to validate the model. */
export const VALIDATION_SHARE = 0.2;

const finiteOrNull = (v: number) => (Number.isFinite(v) ? Math.round(v * 10_000) / 10_000 : null);

/**
 * Trains on the first 80 % of the window (by event time), measures the held-out last 20 % (the
 * measures the fraud-detection handbook uses), then trains the version on the whole window.
 * `onProgress` gets 0..1. Throws when the window has no fraud or no legitimate event.
 */
export function trainAndValidate(
  rows: CollectedRows,
  algorithm: Algorithm,
  onProgress: (fraction: number) => void = () => {},
): TrainingOutcome {
  const { set } = rows;
  let frauds = 0;
  for (let i = 0; i < set.rows; i++) frauds += set.y[i]!;
  if (frauds === 0)
    throw new TrainingError(
      'the window holds no transaction known as fraud: report outcomes first',
    );
  if (frauds === set.rows) throw new TrainingError('the window holds no legitimate transaction');

  const cut = Math.floor(set.rows * (1 - VALIDATION_SHARE));
  const head = Array.from({ length: cut }, (_, i) => i);
  const tail = Array.from({ length: set.rows - cut }, (_, i) => cut + i);
  const trainPart = subsetRows(set, head);
  const holdout = subsetRows(set, tail);
  const first = train(trainPart, algorithm, { onProgress: (f) => onProgress(0.45 * f) });
  const scored = tail.map((row, k) => ({
    score: predict(first, holdout.x.subarray(k * set.dims, (k + 1) * set.dims)),
    fraud: set.y[row] === 1,
    card: rows.cards[row]!,
    day: rows.days[row]!,
  }));
  onProgress(0.5);
  const spec = train(set, algorithm, { onProgress: (f) => onProgress(0.5 + 0.5 * f) });
  return {
    spec,
    events: set.rows,
    frauds,
    validation: {
      auc: finiteOrNull(rocAuc(scored)),
      averagePrecision: finiteOrNull(averagePrecision(scored)),
      precisionAt100: finiteOrNull(cardPrecisionAtK(scored, 100)),
    },
    features: importance(spec).map((f) => ({
      name: f.name,
      importance: Math.round(f.importance * 10_000) / 10_000,
    })),
  };
}

/** A stored vector in today's FEATURE_NAMES order: older, shorter vectors get zeros. */
export function alignFeatures(stored: readonly number[], into: Float64Array, offset: number) {
  for (let j = 0; j < FEATURE_NAMES.length; j++) {
    const v = stored[j];
    into[offset + j] = typeof v === 'number' && Number.isFinite(v) ? v : 0;
  }
}
