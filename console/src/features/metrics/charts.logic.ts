/** Scales, ticks and stacks for the metrics charts: plain numbers in, plain numbers out. */

/** The smallest of 1, 2, 5 × 10^k that is at least `rough` (> 0). */
export function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const f = rough / power;
  const nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
  return nice * power;
}

export interface TickOptions {
  /** About how many intervals to aim for (default 4). */
  count?: number;
  /** Whole-number ticks only, for counts (default true). */
  integer?: boolean;
}

/**
 * Round ticks from 0 up to the first one at or above `max`: 0, 2, 4, 6, 8 for a max of 7.
 * A max of 0 (or less) gives [0, 1] so an empty chart still has a scale.
 */
export function niceTicks(max: number, { count = 4, integer = true }: TickOptions = {}): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  let step = niceStep(max / count);
  if (integer) step = Math.max(1, step);
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  const ticks: number[] = [];
  for (let i = 0; ; i++) {
    const tick = Number((i * step).toFixed(decimals));
    ticks.push(tick);
    if (tick >= max) return ticks;
  }
}

/** A linear map from `domain` to `range`; a zero-width domain maps everything to range[0]. */
export function linearScale(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
): (value: number) => number {
  const span = d1 - d0;
  return (value) => (span === 0 ? r0 : r0 + ((value - d0) / span) * (r1 - r0));
}

export interface Bands {
  /** Distance from one band's start to the next. */
  step: number;
  /** Drawn width of one band. */
  width: number;
  /** Start of band `i`. */
  x: (i: number) => number;
}

/** `n` equal bands across [start, end], a `padding` share of each step left empty between them. */
export function bandScale(
  n: number,
  [start, end]: readonly [number, number],
  padding = 0.2,
): Bands {
  const step = n > 0 ? (end - start) / n : 0;
  const width = step * (1 - padding);
  return { step, width, x: (i) => start + i * step + (step - width) / 2 };
}

export interface StackSegment<K extends string> {
  key: K;
  value: number;
  /** Bottom of the segment, in data units. */
  y0: number;
  /** Top of the segment, in data units. */
  y1: number;
}

/** Each point's values stacked bottom-up in the order of `keys`. */
export function stackSeries<K extends string>(
  points: readonly Readonly<Record<K, number>>[],
  keys: readonly K[],
): StackSegment<K>[][] {
  return points.map((point) => {
    let y = 0;
    return keys.map((key) => {
      const value = point[key];
      const segment = { key, value, y0: y, y1: y + value };
      y += value;
      return segment;
    });
  });
}

/** The tallest stack. */
export function stackMax<K extends string>(stacks: readonly StackSegment<K>[][]): number {
  return stacks.reduce((max, stack) => Math.max(max, stack.at(-1)?.y1 ?? 0), 0);
}

/** An SVG path through the points, lifting the pen over missing ones (a day without traffic). */
export function linePath(points: readonly ({ x: number; y: number } | null)[]): string {
  let path = '';
  let pen = false;
  for (const p of points) {
    if (p === null) {
      pen = false;
      continue;
    }
    path += `${pen ? 'L' : 'M'}${round(p.x)},${round(p.y)}`;
    pen = true;
  }
  return path;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Which of `n` category labels to print so at most `max` show: every k-th (charts count back from the last). */
export function labelEvery(n: number, max: number): number {
  return Math.max(1, Math.ceil(n / Math.max(1, max)));
}

/** "25 Nov" for a YYYY-MM-DD day. */
export function shortDay(day: string): string {
  const ms = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(ms)) return day;
  return new Date(ms).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
}
