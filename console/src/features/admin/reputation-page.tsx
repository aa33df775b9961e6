import { useClient, useQuery } from 'urql';
import { ErrorState, Loading } from '../../components/ui/states';
import { graphql } from '../../gql';
import { formatDateTime, formatNumber } from '../../lib/format';
import { errorMessage } from '../../lib/graphql-errors';
import '../settings/settings.css';
import './admin.css';
import { REPUTATION_TEXT } from './admin.logic';
import { ReputationUploadForm } from './reputation-upload-form';

const ReputationPage_ListsQuery = graphql(`
  query ReputationPage_ListsQuery {
    reputationLists {
      kind
      count
      lastAddedAt
      builtInCount
    }
  }
`);

const ReputationPage_ImportMutation = graphql(`
  mutation ReputationPage_ImportMutation(
    $kind: ReputationKind!
    $content: String!
    $replace: Boolean!
    $source: String
  ) {
    importReputationList(kind: $kind, content: $content, replace: $replace, source: $source) {
      kind
      imported
      added
      removed
      rejectedCount
      rejected {
        line
        message
      }
    }
  }
`);

/** The platform's reputation lists: their sizes, and a file upload into one. */
export function ReputationPage() {
  const [{ data, error, fetching }, refetch] = useQuery({ query: ReputationPage_ListsQuery });
  const client = useClient();

  return (
    <div className="admin">
      <header className="page-header">
        <h1>Reputation lists</h1>
      </header>
      <section className="card" aria-labelledby="reputation-lists-title">
        <h2 id="reputation-lists-title">Lists</h2>
        <p className="muted">
          Shared by every tenant: the <code>DISPOSABLE_EMAIL</code>, <code>TOR_EXIT</code> and{' '}
          <code>HOSTING_ASN</code> rules check them. TOR exits change daily: upload a fresh list
          regularly.
        </p>
        {error ? (
          <ErrorState
            message={errorMessage(error)}
            onRetry={() => refetch({ requestPolicy: 'network-only' })}
          />
        ) : !data ? (
          fetching ? (
            <Loading />
          ) : null
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">List</th>
                <th scope="col" className="num">
                  Entries
                </th>
                <th scope="col">Last added</th>
              </tr>
            </thead>
            <tbody>
              {data.reputationLists.map((list) => (
                <tr key={list.kind} data-kind={list.kind}>
                  <td>{REPUTATION_TEXT[list.kind].label}</td>
                  <td className="num" data-testid={`count-${list.kind}`}>
                    {formatNumber(list.count)}
                    {list.builtInCount !== null && list.builtInCount !== undefined ? (
                      <span className="muted"> + {formatNumber(list.builtInCount)} built in</span>
                    ) : null}
                  </td>
                  <td>{list.lastAddedAt ? formatDateTime(list.lastAddedAt) : 'Never'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <ReputationUploadForm
        onUpload={async ({ kind, content, fileName, replace }) => {
          const result = await client
            .mutation(ReputationPage_ImportMutation, {
              kind,
              content,
              replace,
              source: fileName,
            })
            .toPromise();
          if (result.error) return errorMessage(result.error);
          refetch({ requestPolicy: 'network-only' });
          return result.data!.importReputationList;
        }}
      />
    </div>
  );
}
