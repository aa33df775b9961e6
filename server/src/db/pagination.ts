import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';
import { BadUserInputError } from '../domain/errors.js';

/** Page size when `first` is omitted, and the largest page a client may ask for. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Page<T> {
  nodes: T[];
  cursors: string[];
  hasNextPage: boolean;
  endCursor: string | null;
  totalCount: number;
}

interface Keyed {
  id: string;
  createdAt: Date;
}

export function encodeCursor(node: Keyed): string {
  return Buffer.from(JSON.stringify([node.createdAt.toISOString(), node.id])).toString('base64url');
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  try {
    const [iso, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    const createdAt = new Date(String(iso));
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    if (typeof id !== 'string' || !uuid.test(id) || Number.isNaN(createdAt.getTime())) {
      throw new Error('shape');
    }
    return { createdAt, id };
  } catch {
    throw new BadUserInputError([
      { field: 'after', message: 'is not a cursor returned by this list' },
    ]);
  }
}

/**
 * Keyset pagination, newest first, over (`createdAt`, `id`): stable under inserts and O(page)
 * however deep the client pages.
 */
export async function paginateNewestFirst<T extends Keyed>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  { first, after }: PageArgs,
): Promise<Page<T>> {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new BadUserInputError([
      {
        field: 'first',
        message: `must be an integer from 1 to ${MAX_PAGE_SIZE}`,
      },
    ]);
  }
  let pageWhere = where;
  if (after) {
    const c = decodeCursor(after);
    pageWhere = {
      $and: [
        where,
        {
          $or: [{ createdAt: { $lt: c.createdAt } }, { createdAt: c.createdAt, id: { $lt: c.id } }],
        },
      ],
    } as FilterQuery<T>;
  }
  const [rows, totalCount] = await Promise.all([
    em.find(entity, pageWhere, {
      orderBy: { createdAt: 'desc', id: 'desc' } as never,
      limit: size + 1,
    }),
    em.count(entity, where),
  ]);
  const nodes = rows.slice(0, size) as T[];
  const cursors = nodes.map(encodeCursor);
  return {
    nodes,
    cursors,
    hasNextPage: rows.length > size,
    endCursor: cursors.at(-1) ?? null,
    totalCount,
  };
}
