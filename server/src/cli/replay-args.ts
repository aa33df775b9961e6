import { isMode, type Mode } from '../domain/modes.js';
import { MAX_BATCH } from '../modules/scoring/scoring.service.js';
import { FORMATS, type Format } from './datasets.js';
import { UsageError } from './errors.js';
import { SCORES, type EvaluateOptions, type ScoreKind } from './evaluate.js';
import type { ReplayOptions } from './replay.js';
import type { TrainAt } from './replay-training.js';
import { ALGORITHMS, type Algorithm } from '../engine/model/model.js';
import { DEFAULT_ALGORITHM } from '../modules/models/model.service.js';

type Flags = Record<string, string | boolean | undefined>;

export const REPLAY_USAGE = `  replay --format ulb|ecom|warden [--tenant <slug>] [--mode test|live] [--limit N]
         [--batch-size N] [--label-delay-days D]
         [--train-at <ISO date> [--train-days N] [--algorithm A] [--shadow]] <file>
                                            score a data set (.gz read gunzipped) in event-time
                                            order in tenant <slug> (default replay, created if
                                            missing); each fraud comes back as a chargeback D
                                            days later (default 7); with --train-at, pause at
                                            that event time, train a model on the N days (default
                                            28) whose labels have arrived, activate it (or shadow
                                            it) and go on; see docs/replay.md
  evaluate --tenant <slug> [--mode test|live] [--from <ISO date>] [--to <ISO date>]
         [--score risk|model]               ROC AUC, average precision, card precision@100 and
                                            decision shares of the transactions scored in
                                            [from, to) (event time), ranked by the live score
                                            (riskScoreExact) or the model's probability alone`;

function text(flags: Flags, name: string): string | undefined {
  const value = flags[name];
  return typeof value === 'string' ? value : undefined;
}

function modeOf(flags: Flags): Mode {
  const mode = (text(flags, 'mode') ?? 'test').toUpperCase();
  if (!isMode(mode)) throw new UsageError('--mode must be test or live');
  return mode;
}

function whole(flags: Flags, name: string, fallback: number, min: number, max = Infinity): number {
  const value = text(flags, name);
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max)
    throw new UsageError(
      `--${name} must be a whole number${max < Infinity ? ` from ${min} to ${max}` : ` of at least ${min}`}`,
    );
  return n;
}

export function replayOptions(flags: Flags, words: string[]): ReplayOptions {
  const format = text(flags, 'format');
  if (!format || !(FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const file = words[1];
  if (!file || words.length > 2) throw new UsageError('give exactly one file to replay');
  const delay = text(flags, 'label-delay-days') ?? '7';
  const labelDelayDays = Number(delay);
  if (delay.trim() === '' || !Number.isFinite(labelDelayDays) || labelDelayDays < 0)
    throw new UsageError('--label-delay-days must be a number of days, at least 0');
  return {
    format: format as Format,
    file,
    tenant: text(flags, 'tenant') ?? 'replay',
    mode: modeOf(flags),
    limit: whole(flags, 'limit', Infinity, 1),
    batchSize: whole(flags, 'batch-size', 500, 1, MAX_BATCH),
    labelDelayDays,
    trainAt: trainAtOf(flags),
  };
}

function trainAtOf(flags: Flags): TrainAt | null {
  const at = dateOf(flags, 'train-at');
  if (!at) {
    for (const name of ['train-days', 'algorithm', 'shadow'])
      if (flags[name] !== undefined && flags[name] !== false)
        throw new UsageError(`--${name} needs --train-at`);
    return null;
  }
  const algorithm = (text(flags, 'algorithm') ?? DEFAULT_ALGORITHM).toUpperCase();
  if (!(ALGORITHMS as readonly string[]).includes(algorithm))
    throw new UsageError(`--algorithm must be one of ${ALGORITHMS.join(', ')}`);
  return {
    at,
    days: whole(flags, 'train-days', 28, 1, 400),
    algorithm: algorithm as Algorithm,
    shadow: flags.shadow === true,
  };
}

function dateOf(flags: Flags, name: string): Date | null {
  const value = text(flags, name);
  if (value === undefined) return null;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime()))
    throw new UsageError(`--${name} must be an ISO date or date-time, e.g. 2018-07-25`);
  return date;
}

export function evaluateOptions(flags: Flags, words: string[]): EvaluateOptions {
  const tenant = text(flags, 'tenant');
  if (!tenant) throw new UsageError('missing --tenant');
  if (words.length > 1) throw new UsageError('evaluate takes no file');
  const score = text(flags, 'score') ?? 'risk';
  if (!(score in SCORES)) throw new UsageError('--score must be risk or model');
  return {
    tenant,
    mode: modeOf(flags),
    from: dateOf(flags, 'from'),
    to: dateOf(flags, 'to'),
    score: score as ScoreKind,
  };
}
