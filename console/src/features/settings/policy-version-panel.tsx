import { useMemo } from 'react';
import { useQuery } from 'urql';
import { ErrorState, Loading } from '../../components/ui/states';
import { graphql } from '../../gql';
import { formatDateTime } from '../../lib/format';
import { errorMessage } from '../../lib/graphql-errors';
import { POLICY_TYPENAMES, versionName, type PolicyState } from './policy.logic';
import { BacktestSection } from './backtest-section';
import { CustomRulesEditor } from './custom-rules-editor';
import { PolicyDiffTable } from './policy-diff-table';
import { PolicyDraftEditor } from './policy-draft-editor';
import { VersionBadges } from './policy-history';
import { PolicyPublish } from './policy-publish';
import { CustomRulesList, PolicyVersionSummary } from './policy-version-summary';

export const PolicyVersionPanelQuery = graphql(`
  query PolicyVersionPanelQuery($id: UUID!) {
    policyVersion(id: $id) {
      id
      number
      status
      baseNumber
      modes
      note
      createdBy
      createdAt
      editedBy
      editedAt
      approvedBy
      approvedAt
      publishedBy
      publishedAt
      transactionThresholds {
        review
        challenge
        block
      }
      accountThresholds {
        review
        challenge
        block
      }
      caseSettings {
        openOnBlock
        slaHours
      }
      rules {
        code
        label
        description
        dimension
        action
        weight
        defaultWeight
        status
        params
        defaultParams
      }
      accountRules {
        code
        label
        description
        dimension
        action
        weight
        defaultWeight
        status
        params
        defaultParams
      }
      customRules {
        code
        name
        description
        eventKind
        condition
        status
        weight
        action
        priority
      }
    }
  }
`);

interface PolicyVersionPanelProps {
  id: string;
  policy: PolicyState;
  viewerEmail: string | null;
  onClose: () => void;
}

/**
 * One version: its settings, its diffs (against the version it was drafted from and against
 * LIVE), publishing and approval; a draft also gets its editors.
 */
export function PolicyVersionPanel({ id, policy, viewerEmail, onClose }: PolicyVersionPanelProps) {
  const context = useMemo(() => POLICY_TYPENAMES, []);
  const [{ data, error }, refetch] = useQuery({
    query: PolicyVersionPanelQuery,
    variables: { id },
    context,
  });
  if (!data)
    return error ? (
      <ErrorState
        message={errorMessage(error)}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      />
    ) : (
      <Loading label="Loading the version…" />
    );
  const v = data.policyVersion;
  const titleId = `policy-version-${v.number}`;

  return (
    <section className="card policy-version" aria-labelledby={titleId}>
      <div className="toolbar">
        <h2 id={titleId} className="toolbar__title">
          Version {v.number} <VersionBadges status={v.status} modes={v.modes} />
        </h2>
        <button type="button" className="button button--small" onClick={onClose}>
          Close version {v.number}
        </button>
      </div>
      <p className="muted">
        {v.note ? <>“{v.note}” · </> : null}
        created by {v.createdBy} {formatDateTime(v.createdAt)}
        {v.status === 'DRAFT'
          ? ` · last edited by ${v.editedBy} ${formatDateTime(v.editedAt)}`
          : ''}
        {v.approvedBy ? ` · approved by ${v.approvedBy} ${formatDateTime(v.approvedAt)}` : ''}
        {v.publishedBy ? ` · published by ${v.publishedBy} ${formatDateTime(v.publishedAt)}` : ''}
      </p>
      <PolicyPublish version={v} policy={policy} viewerEmail={viewerEmail} />
      <div className="policy-diffs">
        <h3>Changes</h3>
        <PolicyDiffTable
          title="Against the version it was drafted from"
          from={v.baseNumber}
          to={v.number}
        />
        {policy.liveVersion === v.number ? (
          <p className="muted">LIVE scores with this version.</p>
        ) : policy.liveVersion === v.baseNumber ? (
          <p className="muted">
            LIVE still scores with {versionName(v.baseNumber)}: these are the changes LIVE would
            get.
          </p>
        ) : (
          <PolicyDiffTable
            title="Against what LIVE scores with"
            from={policy.liveVersion}
            to={v.number}
          />
        )}
      </div>
      {v.status === 'DRAFT' ? (
        <>
          <PolicyDraftEditor draft={v} />
          <CustomRulesEditor draftId={v.id} rules={v.customRules} />
        </>
      ) : (
        <>
          <PolicyVersionSummary version={v} />
          <CustomRulesList rules={v.customRules} />
        </>
      )}
      <BacktestSection versionId={v.id} versionNumber={v.number} />
    </section>
  );
}
