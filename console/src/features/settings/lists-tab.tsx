import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { EmptyState } from '../../components/ui/states';
import { graphql } from '../../gql';
import type { ListKind, ListName, Mode } from '../../gql/graphql';
import { useDataMode } from '../../lib/data-mode';
import { formatDateTime, humanize } from '../../lib/format';
import { useSearchParams } from '../../lib/router';
import { ConfirmDialog } from './confirm-dialog';
import { Field, failureOf } from './form-status';
import { ListEntryForm } from './list-entry-form';
import {
  LIST_KINDS,
  LIST_NAMES,
  formatExpiry,
  listFilterFromSearch,
  listFilterToSearch,
  type ListFilter,
} from './lists.logic';
import { PAGE_SIZE, PageStatusRow, useCursorPages } from './paging';

const ListsTab_ListEntriesQuery = graphql(`
  query ListsTab_ListEntriesQuery(
    $mode: Mode!
    $list: ListName
    $kind: ListKind
    $first: Int!
    $after: String
  ) {
    listEntries(mode: $mode, list: $list, kind: $kind, first: $first, after: $after) {
      edges {
        node {
          id
          list
          kind
          value
          reason
          author
          createdAt
          expiresAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const ListsTab_AddListEntryMutation = graphql(`
  mutation ListsTab_AddListEntryMutation($input: ListEntryInput!, $mode: Mode!) {
    addListEntry(input: $input, mode: $mode) {
      id
    }
  }
`);

const ListsTab_RemoveListEntryMutation = graphql(`
  mutation ListsTab_RemoveListEntryMutation($id: UUID!, $mode: Mode!) {
    removeListEntry(id: $id, mode: $mode)
  }
`);

/** Adding or removing an entry refreshes every page, even one that was empty. */
const LIST_ENTRY_TYPENAMES = { additionalTypenames: ['ListEntry'] };

interface Removal {
  id: string;
  list: ListName;
  value: string;
}

/** The tenant's allow, deny and watch lists in the current data mode. */
export function ListsTab() {
  const { mode } = useDataMode();
  const modeLabel = mode === 'LIVE' ? 'Live' : 'Test';
  const [params, setParams] = useSearchParams();
  const filter = listFilterFromSearch(params);
  const { cursors, loadMore } = useCursorPages(`${mode}/${filter.list}/${filter.kind}`);
  const [, addEntry] = useMutation(ListsTab_AddListEntryMutation);
  const [, removeEntry] = useMutation(ListsTab_RemoveListEntryMutation);
  const [removal, setRemoval] = useState<Removal | null>(null);

  const setFilter = (next: Partial<ListFilter>) =>
    setParams(listFilterToSearch({ ...filter, ...next }, params));

  return (
    <>
      <section className="card" aria-labelledby="lists-title">
        <h2 id="lists-title">Lists ({modeLabel})</h2>
        <p className="muted">
          Deny entries block what they match, allow entries let it through, watch entries add risk.
          Live and test lists are separate: switch the data mode to see the other.
        </p>
        <ListEntryForm
          modeLabel={modeLabel}
          onSave={(input) => failureOf(addEntry({ input, mode }, LIST_ENTRY_TYPENAMES))}
        />
      </section>
      <section className="card" aria-labelledby="entries-title">
        <div className="toolbar">
          <h2 id="entries-title" className="toolbar__title">
            Current entries
          </h2>
          <Field label="List">
            {(control) => (
              <select
                {...control}
                value={filter.list ?? ''}
                onChange={(e) => setFilter({ list: (e.target.value || null) as ListName | null })}
              >
                <option value="">All lists</option>
                {LIST_NAMES.map((name) => (
                  <option key={name} value={name}>
                    {humanize(name)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Kind">
            {(control) => (
              <select
                {...control}
                value={filter.kind ?? ''}
                onChange={(e) => setFilter({ kind: (e.target.value || null) as ListKind | null })}
              >
                <option value="">All kinds</option>
                {LIST_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {humanize(kind)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">List</th>
              <th scope="col">Kind</th>
              <th scope="col">Value</th>
              <th scope="col">Reason</th>
              <th scope="col">Added</th>
              <th scope="col">Expires</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          {cursors.map((after, i) => (
            <EntriesPage
              key={after ?? 'first'}
              mode={mode}
              filter={filter}
              after={after}
              isLast={i === cursors.length - 1}
              onLoadMore={loadMore}
              onRemove={setRemoval}
            />
          ))}
        </table>
      </section>
      {removal ? (
        <ConfirmDialog
          title="Remove this entry?"
          confirmLabel="Remove entry"
          onCancel={() => setRemoval(null)}
          onConfirm={async () => {
            const failure = await failureOf(
              removeEntry({ id: removal.id, mode }, LIST_ENTRY_TYPENAMES),
            );
            if (failure === null) setRemoval(null);
            return failure;
          }}
        >
          <p>
            <code>{removal.value}</code> leaves the {removal.list.toLowerCase()} list ({modeLabel})
            and stops matching from the next scored event. The removal is audited.
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

interface EntriesPageProps {
  mode: Mode;
  filter: ListFilter;
  after: string | null;
  isLast: boolean;
  onLoadMore: (cursor: string) => void;
  onRemove: (entry: Removal) => void;
}

/** One page of entries: a `<tbody>` of its own, with its own query. */
function EntriesPage({ mode, filter, after, isLast, onLoadMore, onRemove }: EntriesPageProps) {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ListsTab_ListEntriesQuery,
    variables: { mode, list: filter.list, kind: filter.kind, first: PAGE_SIZE, after },
    context: LIST_ENTRY_TYPENAMES,
  });
  const edges = data?.listEntries.edges ?? [];
  const now = Date.now();

  return (
    <tbody aria-busy={fetching}>
      {after === null && data && edges.length === 0 ? (
        <tr>
          <td colSpan={7}>
            <EmptyState title="No entries">
              {filter.list || filter.kind ? 'Nothing matches this filter.' : 'Add one above.'}
            </EmptyState>
          </td>
        </tr>
      ) : null}
      {edges.map(({ node }) => (
        <tr key={node.id}>
          <td>{humanize(node.list)}</td>
          <td>{humanize(node.kind)}</td>
          <td>
            <code>{node.value}</code>
          </td>
          <td>{node.reason ?? <span className="muted">—</span>}</td>
          <td>
            {formatDateTime(node.createdAt)}
            <div className="muted">{node.author}</div>
          </td>
          <td>{formatExpiry(node.expiresAt ?? null, now)}</td>
          <td>
            <button
              type="button"
              className="button button--small"
              aria-label={`Remove ${node.value} from the ${node.list.toLowerCase()} list`}
              onClick={() => onRemove({ id: node.id, list: node.list, value: node.value })}
            >
              Remove
            </button>
          </td>
        </tr>
      ))}
      <PageStatusRow
        colSpan={7}
        fetching={fetching}
        error={error}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        next={data?.listEntries.pageInfo}
        isLast={isLast}
        onLoadMore={onLoadMore}
        loadingLabel="Loading entries…"
      />
    </tbody>
  );
}
