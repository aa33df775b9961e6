import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

/**
 * The public card-payment data set of the ULB machine-learning group's fraud-detection handbook
 * (train.csv.gz): one row per card payment, in event-time order. Columns: TRANSACTION_ID,
 * TX_DATETIME, CUSTOMER_ID, TERMINAL_ID, TX_AMOUNT, TX_TIME_SECONDS, TX_TIME_DAYS, TX_FRAUD,
 * TX_FRAUD_SCENARIO.
 */
export interface UlbRow {
  reference: string;
  occurredAt: Date;
  customer: string;
  terminal: string;
  amount: number;
  fraud: boolean;
}

export interface UlbTransaction {
  userId: string;
  amount: number;
  currency: 'EUR';
  type: 'CARD_PAYMENT';
  occurredAt: string;
  recipient: { type: 'MERCHANT'; value: string };
  reference?: string;
}

const COLUMNS = ['TRANSACTION_ID', 'TX_DATETIME', 'CUSTOMER_ID', 'TERMINAL_ID', 'TX_AMOUNT'];

/** The smallest amount scoring accepts; the data set has a few zero-euro payments. */
const MIN_AMOUNT = 0.01;

/** Parses one data row; the header names are checked once by {@link readUlb}. */
export function parseUlbRow(line: string): UlbRow {
  const f = line.split(',');
  if (f.length < 9) throw new Error(`data set row with ${f.length} columns: ${line.slice(0, 80)}`);
  const occurredAt = new Date(`${f[1]!.replace(' ', 'T')}Z`);
  const amount = Number(f[4]);
  if (Number.isNaN(occurredAt.getTime()) || !Number.isFinite(amount)) {
    throw new Error(`unreadable data set row: ${line.slice(0, 80)}`);
  }
  return {
    reference: f[0]!,
    occurredAt,
    customer: f[2]!,
    terminal: f[3]!,
    amount: Math.max(MIN_AMOUNT, Math.round(amount * 100) / 100),
    fraud: f[7] === '1',
  };
}

/** A card payment as Warden's TransactionInput: the card is the user, the terminal a merchant. */
export function ulbTransaction(row: UlbRow, withReference = true): UlbTransaction {
  return {
    userId: row.customer,
    amount: row.amount,
    currency: 'EUR',
    type: 'CARD_PAYMENT',
    occurredAt: row.occurredAt.toISOString(),
    recipient: { type: 'MERCHANT', value: row.terminal },
    ...(withReference ? { reference: row.reference } : {}),
  };
}

/**
 * The rows of a gzipped CSV file in file order, streamed: memory stays flat whatever the size.
 * Stops after `limit` rows.
 */
export async function* readUlb(file: string, limit: number): AsyncGenerator<UlbRow> {
  const input = createReadStream(file).pipe(createGunzip());
  const lines = createInterface({ input, crlfDelay: Infinity });
  let header = true;
  let count = 0;
  try {
    for await (const line of lines) {
      if (header) {
        header = false;
        const names = line.trim().split(',');
        if (COLUMNS.some((c, i) => names[i] !== c) || names[7] !== 'TX_FRAUD') {
          throw new Error(`${file} is not the ULB card data set (header: ${line.slice(0, 120)})`);
        }
        continue;
      }
      if (!line) continue;
      if (count >= limit) break;
      count++;
      yield parseUlbRow(line);
    }
  } finally {
    lines.close();
    input.destroy();
  }
}

/**
 * A uniform sample of the rows seen so far (reservoir sampling), to draw single scores from the
 * data set's own cards, terminals and amounts with flat memory.
 */
export class Reservoir {
  readonly rows: UlbRow[] = [];
  private seen = 0;

  constructor(
    private readonly size: number,
    private readonly random: () => number,
  ) {}

  add(row: UlbRow): void {
    this.seen++;
    if (this.rows.length < this.size) this.rows.push(row);
    else {
      const at = Math.floor(this.random() * this.seen);
      if (at < this.size) this.rows[at] = row;
    }
  }

  pick(): UlbRow {
    const row = this.rows[Math.floor(this.random() * this.rows.length)];
    if (!row) throw new Error('no rows sampled yet');
    return row;
  }
}
