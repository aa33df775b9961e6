import { ulbTransaction } from '../bench/dataset.js';
import {
  DataFileError,
  csvRows,
  lineError,
  openLines,
  type Format,
  type ReadProgress,
  type ReplayEvent,
} from './data-files.js';
import { readEcomEvents } from './datasets-ecom.js';

export {
  DataFileError,
  FORMATS,
  type Format,
  type ReadProgress,
  type ReplayEvent,
} from './data-files.js';

/**
 * The data sets `warden replay` reads, as one stream of events in event-time order. Each reader
 * streams its file (gunzipped when the name ends in .gz) and stops at `limit` events.
 */

const ULB_COLUMNS = [
  'TRANSACTION_ID',
  'TX_DATETIME',
  'CUSTOMER_ID',
  'TERMINAL_ID',
  'TX_AMOUNT',
  'TX_FRAUD',
] as const;

/** The smallest amount scoring accepts; the ULB data set has a few zero-euro payments. */
const MIN_AMOUNT = 0.01;

async function* readUlbEvents(
  file: string,
  progress: ReadProgress,
): AsyncGenerator<ReplayEvent, void, undefined> {
  for await (const { n, get } of csvRows(file, progress, ULB_COLUMNS)) {
    const occurredAt = new Date(`${get('TX_DATETIME').replace(' ', 'T')}Z`);
    const amount = Number(get('TX_AMOUNT'));
    const fraud = get('TX_FRAUD');
    const problems = [
      ...(Number.isNaN(occurredAt.getTime()) ? ['TX_DATETIME is not a date-time'] : []),
      ...(get('TX_AMOUNT') === '' || !Number.isFinite(amount) ? ['TX_AMOUNT is not a number'] : []),
      ...(fraud !== '0' && fraud !== '1' ? ['TX_FRAUD is not 0 or 1'] : []),
      ...(!get('TRANSACTION_ID') || !get('CUSTOMER_ID') || !get('TERMINAL_ID')
        ? ['TRANSACTION_ID, CUSTOMER_ID and TERMINAL_ID must not be empty']
        : []),
    ];
    if (problems.length) throw lineError(file, n, problems.join('; '));
    const input = ulbTransaction({
      reference: get('TRANSACTION_ID'),
      occurredAt,
      customer: get('CUSTOMER_ID'),
      terminal: get('TERMINAL_ID'),
      amount: Math.max(MIN_AMOUNT, Math.round(amount * 100) / 100),
      fraud: fraud === '1',
    });
    yield {
      kind: 'transaction',
      input: { ...input, reference: input.reference!, occurredAt },
      at: occurredAt.getTime(),
      fraud: fraud === '1',
      line: n,
    };
  }
}

/** `warden` format: JSON lines `{ "kind": "transaction" | "account-event", "input": …, "fraud" }`. */
async function* readWardenEvents(
  file: string,
  progress: ReadProgress,
): AsyncGenerator<ReplayEvent, void, undefined> {
  const { lines, close } = openLines(file, progress);
  try {
    let n = 0;
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        throw lineError(file, n, `not JSON (${(error as Error).message})`);
      }
      const obj = value as { kind?: unknown; input?: unknown; fraud?: unknown };
      if (!obj || typeof obj !== 'object' || Array.isArray(obj))
        throw lineError(file, n, 'not a JSON object');
      if (obj.kind !== 'transaction' && obj.kind !== 'account-event')
        throw lineError(file, n, 'kind must be "transaction" or "account-event"');
      if (!obj.input || typeof obj.input !== 'object' || Array.isArray(obj.input))
        throw lineError(file, n, 'input must be an object');
      if (obj.fraud !== undefined && typeof obj.fraud !== 'boolean')
        throw lineError(file, n, 'fraud must be true or false');
      const input = { ...(obj.input as Record<string, unknown>) };
      const occurredAt = new Date(String(input.occurredAt ?? ''));
      if (typeof input.occurredAt !== 'string' || Number.isNaN(occurredAt.getTime()))
        throw lineError(file, n, 'input.occurredAt must be an ISO date-time');
      input.occurredAt = occurredAt;
      const fraud = obj.fraud === true;
      if (obj.kind === 'transaction') {
        if (typeof input.userId !== 'string') throw lineError(file, n, 'input.userId is required');
        if (input.reference == null) input.reference = `line-${n}`;
        if (typeof input.reference !== 'string')
          throw lineError(file, n, 'input.reference must be a string');
        yield {
          kind: 'transaction',
          input: input as ReplayEvent['input'] & { reference: string; userId: string },
          at: occurredAt.getTime(),
          fraud,
          line: n,
        };
      } else {
        if (typeof input.externalUserId !== 'string' || typeof input.type !== 'string')
          throw lineError(file, n, 'input.externalUserId and input.type are required');
        yield {
          kind: 'account-event',
          input: input as ReplayEvent['input'] & { externalUserId: string; type: string },
          at: occurredAt.getTime(),
          fraud,
          line: n,
        };
      }
    }
  } finally {
    close();
  }
}

/**
 * The events of `file` in file order, checked to be in event-time order (a replay that went back
 * in time would let earlier events see later ones). Stops after `limit` events.
 */
export async function* readEvents(
  format: Format,
  file: string,
  limit: number,
  progress: ReadProgress,
): AsyncGenerator<ReplayEvent, void, undefined> {
  const source =
    format === 'ulb'
      ? readUlbEvents(file, progress)
      : format === 'ecom'
        ? readEcomEvents(file, progress)
        : readWardenEvents(file, progress);
  let count = 0;
  let last = -Infinity;
  for await (const event of source) {
    if (count >= limit) break;
    if (event.at < last) {
      throw new DataFileError(
        `${file}, line ${event.line}: the event (${new Date(event.at).toISOString()}) is earlier than the one before it; replay needs the events in time order`,
      );
    }
    last = event.at;
    count++;
    yield event;
  }
  if (progress.total !== null) progress.total = Math.min(progress.total, limit);
}
