import { LISTS, LIST_KINDS, type ListMatch } from './types.js';

/**
 * The building blocks of scoring snapshots (snapshot.ts): a writer and a reader that walk the
 * same fixed field order. A snapshot is stored once per scored event and read back a million
 * times by a backtest, so the format favours size and decoding speed over self-description:
 * positional arrays, enums as their index, booleans as 1 / 0, dates as epoch milliseconds
 * (context dates as milliseconds before the event, which are shorter), and a repeated string
 * as the index of its first occurrence.
 */

/** Strings at least this long are remembered, so that a repeat costs an index instead. */
const SHARED_MIN_LENGTH = 3;

/** Numbers JSON cannot carry travel as their names. */
const SPECIAL_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['Infinity', Infinity],
  ['-Infinity', -Infinity],
  ['NaN', NaN],
  ['-0', -0],
]);

/** An encoded slot: what JSON carries. */
export type Slot = number | string | boolean | null | Slot[];

/** Drops trailing nulls: the reader takes a missing slot for null. */
export function trimNulls(slots: Slot[]): Slot[] {
  let end = slots.length;
  while (end > 0 && slots[end - 1] === null) end -= 1;
  return end === slots.length ? slots : slots.slice(0, end);
}

/**
 * Writes values in the order the reader will read them. `base` is the event time: context
 * dates are written relative to it.
 */
export class SnapshotWriter {
  private readonly seen = new Map<string, number>();
  private readonly base: number;

  constructor(occurredAt: Date) {
    const t = occurredAt.getTime();
    this.base = Number.isFinite(t) ? t : 0;
  }

  num(x: number): number | string {
    if (Number.isFinite(x)) return x === 0 && 1 / x < 0 ? '-0' : x;
    return String(x);
  }

  nnum(x: number | null): number | string | null {
    return x === null ? null : this.num(x);
  }

  str(s: string): string | number {
    const index = this.seen.get(s);
    if (index !== undefined) return index;
    if (s.length >= SHARED_MIN_LENGTH) this.seen.set(s, this.seen.size);
    return s;
  }

  nstr(s: string | null): string | number | null {
    return s === null ? null : this.str(s);
  }

  bool(b: boolean): number {
    return b ? 1 : 0;
  }

  nbool(b: boolean | null): number | null {
    return b === null ? null : b ? 1 : 0;
  }

  /** The event's own time, in epoch milliseconds. */
  instant(d: Date): number | string {
    return this.num(d.getTime());
  }

  /** A context date: milliseconds before the event. */
  ndate(d: Date | null): number | string | null {
    return d === null ? null : this.num(this.base - d.getTime());
  }

  choice<T extends string>(values: readonly T[], value: T, field: string): number {
    const index = values.indexOf(value);
    if (index < 0) throw new Error(`snapshot: ${field} must be one of ${values.join(', ')}`);
    return index;
  }
}

function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * Reads what SnapshotWriter wrote, checking each slot's type: a snapshot that does not have
 * the expected shape throws an Error naming the field, never yields a half-read event.
 */
export class SnapshotReader {
  private readonly strings: string[] = [];
  private base = 0;

  constructor(private readonly kind: string) {}

  fail(field: string, expected: string, got: unknown): never {
    throw new Error(`${this.kind} snapshot: expected ${expected} at ${field}, got ${shown(got)}`);
  }

  /** Checks the leading format version and returns the slots after it. */
  version(value: unknown, supported: number): unknown[] {
    if (!Array.isArray(value)) return this.fail('the top level', 'an array', value);
    if (value[0] !== supported) {
      return this.fail('position 0', `format version ${supported}`, value[0]);
    }
    return value;
  }

  arr(v: unknown, field: string): unknown[] {
    return Array.isArray(v) ? v : this.fail(field, 'an array', v);
  }

  narr(v: unknown, field: string): unknown[] | null {
    return v === undefined || v === null ? null : this.arr(v, field);
  }

  num(v: unknown, field: string): number {
    if (typeof v === 'number') return v;
    const special = typeof v === 'string' ? SPECIAL_NUMBERS.get(v) : undefined;
    return special ?? this.fail(field, 'a number', v);
  }

  nnum(v: unknown, field: string): number | null {
    return v === undefined || v === null ? null : this.num(v, field);
  }

  str(v: unknown, field: string): string {
    if (typeof v === 'string') {
      if (v.length >= SHARED_MIN_LENGTH) this.strings.push(v);
      return v;
    }
    const earlier = typeof v === 'number' ? this.strings[v] : undefined;
    return earlier ?? this.fail(field, 'a string or the index of an earlier one', v);
  }

  nstr(v: unknown, field: string): string | null {
    return v === undefined || v === null ? null : this.str(v, field);
  }

  bool(v: unknown, field: string): boolean {
    return v === 1 ? true : v === 0 ? false : this.fail(field, '1 or 0', v);
  }

  nbool(v: unknown, field: string): boolean | null {
    return v === undefined || v === null ? null : this.bool(v, field);
  }

  /** The event's own time; later context dates are read relative to it. */
  instant(v: unknown, field: string): Date {
    const t = this.num(v, field);
    this.base = Number.isFinite(t) ? t : 0;
    return new Date(t);
  }

  ndate(v: unknown, field: string): Date | null {
    return v === undefined || v === null ? null : new Date(this.base - this.num(v, field));
  }

  /** A whole number in [0, below): an hour, a length. */
  index(v: unknown, below: number, field: string): number {
    return Number.isInteger(v) && (v as number) >= 0 && (v as number) < below
      ? (v as number)
      : this.fail(field, `a whole number below ${below}`, v);
  }

  choice<T extends string>(values: readonly T[], v: unknown, field: string): T {
    const value = typeof v === 'number' ? values[v] : undefined;
    return value ?? this.fail(field, `an index below ${values.length}`, v);
  }
}

/** List matches, shared by both event kinds: `null` for none (the usual case). */
export function writeListMatches(w: SnapshotWriter, matches: readonly ListMatch[]): Slot {
  if (matches.length === 0) return null;
  return matches.map((m) =>
    trimNulls([
      w.choice(LISTS, m.list, 'listMatch.list'),
      w.choice(LIST_KINDS, m.kind, 'listMatch.kind'),
      w.str(m.value),
      w.nstr(m.reason),
    ]),
  );
}

export function readListMatches(r: SnapshotReader, v: unknown): ListMatch[] {
  const slots = r.narr(v, 'listMatches');
  if (slots === null) return [];
  return slots.map((slot) => {
    const m = r.arr(slot, 'listMatch');
    return {
      list: r.choice(LISTS, m[0], 'listMatch.list'),
      kind: r.choice(LIST_KINDS, m[1], 'listMatch.kind'),
      value: r.str(m[2], 'listMatch.value'),
      reason: r.nstr(m[3], 'listMatch.reason'),
    };
  });
}
