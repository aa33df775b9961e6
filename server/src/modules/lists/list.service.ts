import { isIP } from 'node:net';
import type { EntityManager } from '@mikro-orm/postgresql';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { z } from 'zod';
import { paginateNewestFirst, type Page, type PageArgs } from '../../db/pagination.js';
import { NotFoundError } from '../../domain/errors.js';
import type { Mode } from '../../domain/modes.js';
import { parseInput } from '../../domain/validation.js';
import { LISTS, LIST_KINDS, type ListKind, type ListName } from '../../engine/types.js';
import { recordAudit, type Actor } from '../audit/audit.service.js';
import { ListEntryEntity } from './list-entry.entity.js';

export interface AddListEntryInput {
  list: ListName;
  kind: ListKind;
  value: string;
  reason?: string | null;
  expiresAt?: Date | null;
}

function validCidr(value: string): boolean {
  const [address, bits, ...rest] = value.split('/');
  if (rest.length || !address || bits === undefined || !/^\d{1,3}$/.test(bits)) return false;
  if (address.includes('%')) return false;
  const version = isIP(address);
  return version !== 0 && Number(bits) <= (version === 4 ? 32 : 128);
}

/**
 * Normalizes a list value the way scoring normalizes input, so an entry matches what it names.
 * Returns null when the value is not valid for its kind.
 */
export function normalizeListValue(kind: ListKind, raw: string): string | null {
  const value = raw.trim();
  switch (kind) {
    case 'EMAIL':
      return z.string().email().safeParse(value.toLowerCase()).success ? value.toLowerCase() : null;
    case 'EMAIL_DOMAIN':
      return /^[a-z0-9.-]+\.[a-z]{2,}$/i.test(value) ? value.toLowerCase().replace(/^@/, '') : null;
    case 'PHONE': {
      const phone = parsePhoneNumberFromString(value);
      return phone?.isPossible() ? phone.number : null;
    }
    case 'IP': {
      const ip = value.toLowerCase().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
      return !ip.includes('%') && isIP(ip) ? ip : null;
    }
    case 'CIDR':
      return validCidr(value) ? value.toLowerCase() : null;
    case 'COUNTRY':
      return /^[a-z]{2}$/i.test(value) ? value.toUpperCase() : null;
    case 'RECIPIENT': {
      if (value.startsWith('+')) return normalizeListValue('PHONE', value);
      if (value.includes('@')) return value.toLowerCase();
      return value;
    }
    default:
      return value;
  }
}

const addSchema = (now: Date) =>
  z
    .object({
      list: z.enum(LISTS),
      kind: z.enum(LIST_KINDS),
      value: z
        .string()
        .trim()
        .min(1, 'must not be empty')
        .max(300, 'must be at most 300 characters'),
      reason: z.string().trim().max(2000, 'must be at most 2,000 characters').nullish(),
      expiresAt: z
        .date()
        .refine((d) => d.getTime() > now.getTime(), 'must be in the future')
        .nullish(),
    })
    .transform((v, ctx) => {
      const value = normalizeListValue(v.kind, v.value);
      if (value === null) {
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: `is not a valid ${v.kind.toLowerCase().replace('_', ' ')}`,
        });
        return z.NEVER;
      }
      return { ...v, value };
    });

/** Allow, deny and watch lists of one tenant and mode. */
export class ListService {
  constructor(
    private readonly em: EntityManager,
    private readonly tenantId: string,
    private readonly mode: Mode,
  ) {}

  async add(input: AddListEntryInput, actor: Actor): Promise<ListEntryEntity> {
    const v = parseInput(addSchema(new Date()), input, 'input');
    const entry = this.em.create(ListEntryEntity, {
      tenantId: this.tenantId,
      mode: this.mode,
      list: v.list,
      kind: v.kind,
      value: v.value,
      reason: v.reason ?? null,
      authorLabel: actor.label,
      expiresAt: v.expiresAt ?? null,
      createdAt: new Date(),
      removedAt: null,
    });
    recordAudit(this.em, actor, {
      tenantId: this.tenantId,
      action: 'list_entry.add',
      entityType: 'ListEntry',
      entityId: entry.id,
      after: {
        mode: this.mode,
        list: v.list,
        kind: v.kind,
        value: v.value,
        reason: v.reason ?? null,
      },
    });
    await this.em.flush();
    return entry;
  }

  async remove(id: string, actor: Actor): Promise<boolean> {
    const entry = await this.em.findOne(ListEntryEntity, { id, mode: this.mode, removedAt: null });
    if (!entry) throw new NotFoundError('List entry');
    entry.removedAt = new Date();
    recordAudit(this.em, actor, {
      tenantId: this.tenantId,
      action: 'list_entry.remove',
      entityType: 'ListEntry',
      entityId: entry.id,
      before: { mode: this.mode, list: entry.list, kind: entry.kind, value: entry.value },
    });
    await this.em.flush();
    return true;
  }

  /** Current entries (not removed, not expired), newest first. */
  list(
    filter: { list?: ListName | null; kind?: ListKind | null },
    page: PageArgs,
  ): Promise<Page<ListEntryEntity>> {
    return paginateNewestFirst(
      this.em,
      ListEntryEntity,
      {
        mode: this.mode,
        removedAt: null,
        $or: [{ expiresAt: null }, { expiresAt: { $gt: new Date() } }],
        ...(filter.list ? { list: filter.list } : {}),
        ...(filter.kind ? { kind: filter.kind } : {}),
      },
      page,
    );
  }
}
