import { useState } from 'react';
import type { CombinedError } from 'urql';
import { ErrorState } from '../../components/ui/states';
import { errorMessage } from '../../lib/graphql-errors';

/** Rows per page of every paginated settings list (the server allows up to 100). */
export const PAGE_SIZE = 25;

/**
 * The cursors of the pages shown so far, starting with the first page (`null`). Each page is
 * its own query, so the document cache refreshes exactly the pages a change touched. A new
 * `resetKey` (another filter or mode) goes back to the first page.
 */
export function useCursorPages(resetKey: string) {
  const [state, setState] = useState<{ key: string; cursors: (string | null)[] }>({
    key: resetKey,
    cursors: [null],
  });
  const cursors = state.key === resetKey ? state.cursors : [null];
  const loadMore = (cursor: string) => setState({ key: resetKey, cursors: [...cursors, cursor] });
  return { cursors, loadMore };
}

export interface PageStatusRowProps {
  colSpan: number;
  fetching: boolean;
  error: CombinedError | undefined;
  onRetry: () => void;
  /** The page's `pageInfo`; the button shows on the last page shown when more exist. */
  next: { hasNextPage: boolean; endCursor?: string | null } | undefined;
  isLast: boolean;
  onLoadMore: (cursor: string) => void;
  /** e.g. "Loading entries…". */
  loadingLabel: string;
}

/** The row under a page of a table: its loading or error state, or "Load more". */
export function PageStatusRow({
  colSpan,
  fetching,
  error,
  onRetry,
  next,
  isLast,
  onLoadMore,
  loadingLabel,
}: PageStatusRowProps) {
  let content = null;
  if (error) content = <ErrorState message={errorMessage(error)} onRetry={onRetry} />;
  else if (fetching && !next)
    content = (
      <span className="muted" role="status">
        {loadingLabel}
      </span>
    );
  else if (isLast && next?.hasNextPage && next.endCursor) {
    const cursor = next.endCursor;
    content = (
      <button type="button" className="button" onClick={() => onLoadMore(cursor)}>
        Load more
      </button>
    );
  }
  return content ? (
    <tr className="page-status">
      <td colSpan={colSpan}>{content}</td>
    </tr>
  ) : null;
}
