import { useMemo } from 'react';
import { useQuery } from 'urql';
import { EmptyState, ErrorState, Loading } from '../../components/ui/states';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/graphql-errors';
import { useSearchParams } from '../../lib/router';
import { POLICY_TYPENAMES } from './policy.logic';
import { PolicyApprovalToggle } from './policy-approval-toggle';
import { PolicyHistory } from './policy-history';
import { PolicyNewDraft } from './policy-new-draft';
import { PolicyRollback } from './policy-rollback';
import { PolicyVersionPanel } from './policy-version-panel';

export const PolicyTabQuery = graphql(`
  query PolicyTabQuery {
    scoringPolicy(mode: LIVE) {
      liveVersion
      testVersion
      requireApproval
    }
    policyVersions(limit: 100) {
      id
      number
      status
      baseNumber
      modes
      note
      createdBy
      createdAt
      editedBy
      approvedBy
      publishedBy
      publishedAt
    }
  }
`);

/**
 * The tenant's policy versions: history with the modes that score with each, a new draft, the
 * four-eyes setting, rollback per mode, and the version opened from the history (`?version=`).
 */
export function PolicyTab({ viewerEmail }: { viewerEmail: string | null }) {
  const context = useMemo(() => POLICY_TYPENAMES, []);
  const [{ data, fetching, stale, error }, refetch] = useQuery({ query: PolicyTabQuery, context });
  const [params, setParams] = useSearchParams();
  const opened = Number(params.get('version'));

  const open = (number: number | null) => {
    const search = new URLSearchParams(params);
    if (number === null) search.delete('version');
    else search.set('version', String(number));
    setParams(search);
  };
  const reload = () => refetch({ requestPolicy: 'network-only' });

  if (!data) {
    return error ? (
      <ErrorState message={errorMessage(error)} onRetry={reload} />
    ) : (
      <Loading label={fetching ? 'Loading policy versions…' : undefined} />
    );
  }
  const policy = data.scoringPolicy;
  const versions = data.policyVersions;
  const selected = versions.find((v) => v.number === opened) ?? null;

  return (
    <div className="settings-stack">
      <section className="card" aria-labelledby="policy-title" aria-busy={fetching}>
        <div className="toolbar">
          <h2 id="policy-title" className="toolbar__title">
            Policy versions
          </h2>
          <p className="muted policy-modes">
            LIVE scores with version {policy.liveVersion}, TEST with version {policy.testVersion}
            {policy.liveVersion === 0 || policy.testVersion === 0
              ? ' (0: the built-in defaults)'
              : ''}
            .
          </p>
        </div>
        <PolicyApprovalToggle requireApproval={policy.requireApproval} onChanged={reload} />
        <PolicyNewDraft versions={versions} policy={policy} onCreated={open} />
        <PolicyHistory versions={versions} opened={selected?.number ?? null} onOpen={open} />
      </section>
      {opened && !selected && !fetching && !stale ? (
        <EmptyState title={`There is no version ${opened}`}>
          Open one from the history above.
        </EmptyState>
      ) : null}
      {selected ? (
        <PolicyVersionPanel
          key={selected.id}
          id={selected.id}
          policy={policy}
          viewerEmail={viewerEmail}
          onClose={() => open(null)}
        />
      ) : null}
      <PolicyRollback versions={versions} policy={policy} />
    </div>
  );
}
