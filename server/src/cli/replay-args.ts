import { isMode, type Mode } from '../domain/modes.js';
import { MAX_BATCH } from '../modules/scoring/scoring.service.js';
import { FORMATS, type Format } from './datasets.js';
import { UsageError } from './errors.js';
import type { EvaluateOptions } from './evaluate.js';
import type { ReplayOptions } from './replay.js';

type Flags = Record<string, string | boolean | undefined>;

export const REPLAY_USAGE = `  replay --format ulb|ecom|warden [--tenant <slug>] [--mode test|live] [--limit N]
         [--batch-size N] [--label-delay-days D] <file>
                                            score a data set (.gz read gunzipped) in event-time
                                            order in tenant <slug> (default replay, created if
                                            missing); each fraud comes back as a chargeback D
                                            days later (default 7); see docs/replay.md
  evaluate --tenant <slug> [--mode test|live] [--from <ISO date>] [--to <ISO date>]
                                            ROC AUC, average precision, card precision@100 and
                                            decision shares of the transactions scored in
                                            [from, to) (event time)`;

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
  return { tenant, mode: modeOf(flags), from: dateOf(flags, 'from'), to: dateOf(flags, 'to') };
}
