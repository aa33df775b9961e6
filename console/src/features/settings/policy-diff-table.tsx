import { useMemo } from 'react';
import { useQuery } from 'urql';
import { ErrorState, Loading } from '../../components/ui/states';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/graphql-errors';
import { POLICY_TYPENAMES, changeRows, versionName } from './policy.logic';

const PolicyDiffQuery = graphql(`
  query PolicyDiffQuery($from: Int!, $to: Int!) {
    policyDiff(from: $from, to: $to) {
      path
      before
      after
    }
  }
`);

interface PolicyDiffTableProps {
  /** The table's caption, e.g. "Against the version it was drafted from". */
  title: string;
  from: number;
  to: number;
}

/** What changes from version `from` to version `to`, one row per setting. */
export function PolicyDiffTable({ title, from, to }: PolicyDiffTableProps) {
  // A draft's edits come back as a PolicyVersion: read the diff again after each.
  const context = useMemo(() => POLICY_TYPENAMES, []);
  const [{ data, error }, refetch] = useQuery({
    query: PolicyDiffQuery,
    variables: { from, to },
    context,
  });
  const caption = `${title}: ${versionName(from)} → version ${to}`;
  if (!data)
    return error ? (
      <ErrorState
        message={errorMessage(error)}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      />
    ) : (
      <Loading label="Comparing versions…" />
    );
  const rows = changeRows(data.policyDiff);
  if (rows.length === 0)
    return (
      <p className="muted" aria-label={caption}>
        {caption}: no differences.
      </p>
    );
  return (
    <table className="table policy-diff">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Setting</th>
          <th scope="col">Before</th>
          <th scope="col">After</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.setting}>
            <th scope="row">{row.setting}</th>
            <td>{row.before}</td>
            <td>{row.after}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
