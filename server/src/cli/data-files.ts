import { createReadStream, existsSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

/**
 * What every data-set reader of `warden replay` shares: the formats, the events they yield, and
 * streaming a file's lines and comma-separated rows (gunzipped when the name ends in .gz).
 */

export const FORMATS = ['ulb', 'ecom', 'warden'] as const;
export type Format = (typeof FORMATS)[number];

/** A data file that cannot be replayed: `warden replay` exits 2 with this message. */
export class DataFileError extends Error {}

export type ReplayEvent =
  | {
      kind: 'transaction';
      /** A TransactionInput with `occurredAt` as a Date, as the GraphQL scalar hands it over. */
      input: Record<string, unknown> & { reference: string; userId: string };
      at: number;
      fraud: boolean;
      /** Line of the file the event comes from. */
      line: number;
    }
  | {
      kind: 'account-event';
      input: Record<string, unknown> & { externalUserId: string; type: string };
      at: number;
      fraud: boolean;
      line: number;
    };

/** How far the reader got: compressed bytes read of `size`, for progress and ETA. */
export interface ReadProgress {
  bytesRead: number;
  size: number;
  /** Number of events when known in advance (a buffered file), else null. */
  total: number | null;
}

export interface Lines {
  lines: AsyncIterable<string>;
  close(): void;
}

export function openLines(file: string, progress: ReadProgress): Lines {
  if (!existsSync(file)) throw new DataFileError(`${file}: no such file`);
  progress.size = statSync(file).size;
  const raw = createReadStream(file);
  raw.on('data', (chunk) => (progress.bytesRead += chunk.length));
  const input: Readable = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  const fail = (error: Error) => {
    throw new DataFileError(`${file}: cannot read (${error.message})`);
  };
  const lines = createInterface({ input, crlfDelay: Infinity });
  async function* wrapped() {
    try {
      for await (const line of lines) yield line;
    } catch (error) {
      fail(error as Error);
    }
  }
  return {
    lines: wrapped(),
    close: () => {
      lines.close();
      raw.destroy();
    },
  };
}

/** Column positions by name; a missing column is named in the error. */
export function columnsOf(file: string, header: string | undefined, needed: readonly string[]) {
  const names = (header ?? '').trim().split(',');
  const at = new Map(names.map((n, i) => [n.trim(), i]));
  const missing = needed.filter((n) => !at.has(n));
  if (missing.length) {
    throw new DataFileError(
      `${file}: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} in the header line`,
    );
  }
  return (name: string) => at.get(name)!;
}

export function lineError(file: string, line: number, problem: string): DataFileError {
  return new DataFileError(`${file}, line ${line}: ${problem}`);
}

/**
 * The rows of a comma-separated file whose header names `columns` (a missing one is an error
 * naming it): each row's line number and its fields by column name, trimmed; blank lines are
 * skipped, an empty file is an error.
 */
export async function* csvRows(
  file: string,
  progress: ReadProgress,
  columns: readonly string[],
): AsyncGenerator<{ n: number; get: (name: string) => string }, void, undefined> {
  const { lines, close } = openLines(file, progress);
  try {
    let col: ((name: string) => number) | null = null;
    let n = 0;
    for await (const line of lines) {
      n++;
      if (!col) {
        col = columnsOf(file, line, columns);
        continue;
      }
      if (!line.trim()) continue;
      const f = line.split(',');
      const at = col;
      yield { n, get: (name: string) => f[at(name)]?.trim() ?? '' };
    }
    if (!col) throw new DataFileError(`${file}: empty file (no header line)`);
  } finally {
    close();
  }
}
