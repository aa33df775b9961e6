import { createRequire } from 'node:module';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError } from '../../domain/errors.js';
import { recordAudit, type Actor } from '../audit/audit.service.js';
import { normalizeListValue } from '../lists/list.service.js';
import { REPUTATION_KINDS, type ReputationKind } from './reputation.entity.js';
import { addMissing, listSummary, removeAbsent } from './reputation.store.js';

export interface ImportReport {
  kind: ReputationKind;
  /** Valid entries in the input, and how many of them were new. */
  valid: number;
  added: number;
  removed: number;
  /** Lines that are not a valid value of the kind (1-based), the first `maxInvalid` of them. */
  invalid: { line: number; text: string }[];
  invalidCount: number;
}

const normalizers: Record<ReputationKind, (value: string) => string | null> = {
  DISPOSABLE_DOMAIN: (v) => normalizeListValue('EMAIL_DOMAIN', v),
  TOR_EXIT: (v) => normalizeListValue('IP', v),
  HOSTING_NETWORK: (v) =>
    normalizeListValue('CIDR', v.includes('/') ? v : `${v}/${v.includes(':') ? 128 : 32}`),
};

/** What each list's lines must be, for the report on a refused line. */
export const EXPECTED_VALUE: Record<ReputationKind, string> = {
  DISPOSABLE_DOMAIN: 'a domain name (e.g. mailinator.com)',
  TOR_EXIT: 'an IPv4 or IPv6 address',
  HOSTING_NETWORK: 'an IP network in CIDR notation (e.g. 203.0.113.0/24) or an address',
};

/** One list's size and when an entry was last added to it. */
export interface ReputationListSummary {
  kind: ReputationKind;
  count: number;
  lastAddedAt: Date | null;
}

export interface ImportOptions {
  /** How many invalid lines the report lists (default 20); the count covers them all. */
  maxInvalid?: number;
  /** The input field a refused file names (default `file`). */
  field?: string;
  /** Records the import in this tenant's audit trail (the platform admin's own). */
  audit?: { actor: Actor; tenantId: string };
}

/** The largest list text accepted in one import (characters; the API's body limit is 4 MB). */
export const MAX_IMPORT_CHARS = 4 * 1024 * 1024;

const require = createRequire(import.meta.url);

/** How many disposable-mail domains the shipped `disposable-email-domains` package lists. */
export function builtInDisposableDomainCount(): number {
  return (require('disposable-email-domains') as string[]).length;
}

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
    options: ImportOptions = {},
  ): Promise<ImportReport> {
    if (text.length > MAX_IMPORT_CHARS) {
      throw new BadUserInputError([
        {
          field: options.field ?? 'file',
          message: `is larger than ${MAX_IMPORT_CHARS} characters: import it in parts, or with the CLI`,
        },
      ]);
    }
    const { values, invalid } = parseListFile(kind, text);
    if (replace && (values.length === 0 || invalid.length > 0)) {
      throw new BadUserInputError([
        {
          field: options.field ?? 'file',
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
        removed = await removeAbsent(em, kind, values);
      }
      const added = await addMissing(em, kind, values, source.slice(0, 255));
      if (options.audit) {
        recordAudit(em, options.audit.actor, {
          tenantId: options.audit.tenantId,
          action: 'reputation.import',
          entityType: 'ReputationList',
          entityId: kind,
          after: {
            source,
            replace,
            valid: values.length,
            added,
            removed,
            invalid: invalid.length,
          },
        });
      }
      return {
        kind,
        valid: values.length,
        added,
        removed,
        invalid: invalid.slice(0, options.maxInvalid ?? 20),
        invalidCount: invalid.length,
      };
    });
  }

  /** Every list, in the order of REPUTATION_KINDS, empty ones included. */
  async summary(): Promise<ReputationListSummary[]> {
    const rows = await listSummary(this.em);
    return REPUTATION_KINDS.map((kind) => {
      const row = rows.find((r) => r.kind === kind);
      return { kind, count: row?.n ?? 0, lastAddedAt: row?.last ? new Date(row.last) : null };
    });
  }

  async counts(): Promise<Record<string, number>> {
    const rows = await listSummary(this.em);
    return Object.fromEntries(rows.map((r) => [r.kind, r.n]));
  }
}
