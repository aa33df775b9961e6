import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../db/sql.js';
import { BadUserInputError } from '../../domain/errors.js';
import { normalizeListValue } from '../lists/list.service.js';
import type { ReputationKind } from './reputation.entity.js';

export interface ImportReport {
  kind: ReputationKind;
  /** Valid entries in the input, and how many of them were new. */
  valid: number;
  added: number;
  removed: number;
  /** Lines that are not a valid value of the kind (1-based), at most 20 shown. */
  invalid: { line: number; text: string }[];
  invalidCount: number;
}

const normalizers: Record<ReputationKind, (value: string) => string | null> = {
  DISPOSABLE_DOMAIN: (v) => normalizeListValue('EMAIL_DOMAIN', v),
  TOR_EXIT: (v) => normalizeListValue('IP', v),
  HOSTING_NETWORK: (v) =>
    normalizeListValue('CIDR', v.includes('/') ? v : `${v}/${v.includes(':') ? 128 : 32}`),
};

/** Parses a list file: one value per line; blank lines and `#` comments are ignored. */
export function parseListFile(
  kind: ReputationKind,
  text: string,
): { values: string[]; invalid: { line: number; text: string }[] } {
  const values = new Set<string>();
  const invalid: { line: number; text: string }[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) return;
    const value = normalizers[kind](line);
    if (value) values.add(value);
    else invalid.push({ line: i + 1, text: line.slice(0, 100) });
  });
  return { values: [...values], invalid };
}

/** Platform reputation lists; `em` needs no tenant (they are not tenant data). */
export class ReputationService {
  constructor(private readonly em: EntityManager) {}

  /** Adds the file's entries; with `replace`, entries of the kind not in the file are removed. */
  async import(
    kind: ReputationKind,
    text: string,
    source: string,
    replace = false,
  ): Promise<ImportReport> {
    const { values, invalid } = parseListFile(kind, text);
    if (replace && (values.length === 0 || invalid.length > 0)) {
      throw new BadUserInputError([
        {
          field: 'file',
          message:
            values.length === 0
              ? 'no valid entry: refusing to replace the whole list with nothing'
              : `${invalid.length} invalid line(s) (first: line ${invalid[0]!.line}): refusing to replace the list with a damaged file`,
        },
      ]);
    }
    return this.em.transactional(async (tx) => {
      const em = tx as EntityManager;
      let removed = 0;
      if (replace) {
        const rows = await query<{ n: number }>(
          em,
          `with gone as (delete from reputation_entry where kind = $kind
             and value not in (select jsonb_array_elements_text($values::jsonb)) returning 1)
           select count(*)::int as n from gone`,
          { kind, values: JSON.stringify(values) },
        );
        removed = rows[0]?.n ?? 0;
      }
      const [added] = await query<{ n: number }>(
        em,
        `with added as (
           insert into reputation_entry (id, kind, value, source, created_at)
           select gen_random_uuid(), $kind, v, $source, now()
             from jsonb_array_elements_text($values::jsonb) as v
           on conflict (kind, value) do nothing returning 1)
         select count(*)::int as n from added`,
        { kind, values: JSON.stringify(values), source: source.slice(0, 255) },
      );
      return {
        kind,
        valid: values.length,
        added: added?.n ?? 0,
        removed,
        invalid: invalid.slice(0, 20),
        invalidCount: invalid.length,
      };
    });
  }

  async counts(): Promise<Record<string, number>> {
    const rows = await query<{ kind: string; n: number }>(
      this.em,
      'select kind, count(*)::int as n from reputation_entry group by kind',
      {},
    );
    return Object.fromEntries(rows.map((r) => [r.kind, r.n]));
  }
}
