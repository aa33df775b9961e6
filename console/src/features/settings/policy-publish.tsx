import { useId, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { ConfirmDialog } from './confirm-dialog';
import { failureOf } from './form-status';
import {
  approvalState,
  publishStep,
  versionName,
  type PolicyState,
  type PublishStep,
  type VersionFacts,
} from './policy.logic';
import { PolicyDiffTable } from './policy-diff-table';

const PolicyPublish_PublishMutation = graphql(`
  mutation PolicyPublish_PublishMutation($draftId: UUID!, $mode: Mode!) {
    publishPolicy(draftId: $draftId, mode: $mode) {
      id
      number
      status
      modes
      publishedBy
      publishedAt
    }
  }
`);

const PolicyPublish_ApproveMutation = graphql(`
  mutation PolicyPublish_ApproveMutation($draftId: UUID!) {
    approvePolicy(draftId: $draftId) {
      id
      approvedBy
      approvedAt
    }
  }
`);

interface PolicyPublishProps {
  version: VersionFacts & { id: string };
  policy: PolicyState;
  viewerEmail: string | null;
}

/**
 * Approval and the next publish step of a version. TEST first (on by default) sends it to TEST
 * before it can be promoted to LIVE; the confirmation says what LIVE traffic would get.
 */
export function PolicyPublish({ version, policy, viewerEmail }: PolicyPublishProps) {
  const toggleId = useId();
  const [testFirst, setTestFirst] = useState(true);
  const [confirming, setConfirming] = useState<PublishStep | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [, publish] = useMutation(PolicyPublish_PublishMutation);
  const step = publishStep(version, policy, testFirst);
  const reasonId = `${toggleId}-reason`;

  return (
    <div className="policy-publish">
      <PolicyApprove version={version} policy={policy} viewerEmail={viewerEmail} />
      {step === null ? (
        done ? null : (
          <p className="muted">LIVE scores with version {version.number}.</p>
        )
      ) : (
        <div className="form__actions policy-publish__actions">
          {version.modes.includes('TEST') ? null : (
            <label className="checkbox">
              <input
                type="checkbox"
                checked={testFirst}
                onChange={(event) => {
                  setDone(null);
                  setTestFirst(event.target.checked);
                }}
              />
              TEST first
            </label>
          )}
          <button
            type="button"
            className="button button--primary"
            disabled={step.blocked !== null}
            aria-describedby={step.blocked ? reasonId : undefined}
            onClick={() => {
              setDone(null);
              setConfirming(step);
            }}
          >
            {step.label}
          </button>
        </div>
      )}
      {step?.blocked ? (
        <p id={reasonId} className="notice" role="note">
          {step.blocked}
        </p>
      ) : null}
      {step?.warning ? <p className="notice">{step.warning}</p> : null}
      {done ? (
        <p className="success" role="status">
          {done}
        </p>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={`${confirming.label}: version ${version.number}?`}
          confirmLabel={confirming.label}
          onCancel={() => setConfirming(null)}
          onConfirm={async () => {
            const failure = await failureOf(
              publish({ draftId: version.id, mode: confirming.mode }),
            );
            if (failure) return explainRefusal(failure);
            setConfirming(null);
            setDone(`${confirming.mode} scores with version ${version.number}.`);
            return null;
          }}
        >
          <PublishImpact version={version} policy={policy} mode={confirming.mode} />
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

/** What the publish changes, in the confirmation: LIVE traffic is what matters most. */
function PublishImpact({
  version,
  policy,
  mode,
}: {
  version: VersionFacts;
  policy: PolicyState;
  mode: 'LIVE' | 'TEST';
}) {
  if (mode === 'TEST')
    return (
      <p>
        LIVE traffic does not change. TEST traffic is scored with version {version.number} instead
        of {versionName(policy.testVersion)}
        {version.status === 'DRAFT' ? '; the draft can no longer be edited' : ''}.
      </p>
    );
  return (
    <>
      <p>
        LIVE traffic is scored with version {version.number} instead of{' '}
        {versionName(policy.liveVersion)} from the next event on. For LIVE this changes:
      </p>
      <PolicyDiffTable title="LIVE changes" from={policy.liveVersion} to={version.number} />
    </>
  );
}

/** The server's refusal, with what to do about it. */
function explainRefusal(message: string): string {
  if (/moved to version/.test(message)) return `Someone published first. ${message}`;
  if (/approve/i.test(message)) return `Approval needed. ${message}`;
  return message;
}

/** Approve a draft, when the tenant requires it, or why the viewer cannot. */
function PolicyApprove({ version, policy, viewerEmail }: PolicyPublishProps) {
  const [, approve] = useMutation(PolicyPublish_ApproveMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reasonId = useId();
  const state = approvalState(version, policy.requireApproval, viewerEmail);
  if (version.approvedBy && version.status === 'DRAFT')
    return (
      <p className="success" role="status">
        Approved by {version.approvedBy}.
      </p>
    );
  if (!state.shown) return null;
  return (
    <div className="policy-approve">
      <button
        type="button"
        className="button"
        disabled={state.disabledReason !== null || busy}
        aria-describedby={state.disabledReason ? reasonId : undefined}
        onClick={() => {
          setBusy(true);
          setFailure(null);
          void failureOf(approve({ draftId: version.id })).then((problem) => {
            setBusy(false);
            setFailure(problem);
          });
        }}
      >
        Approve version {version.number}
      </button>
      {state.disabledReason ? (
        <p id={reasonId} className="field__hint">
          {state.disabledReason}
        </p>
      ) : (
        <p className="field__hint">Approval is needed before this draft can go LIVE.</p>
      )}
      {failure ? (
        <p className="alert" role="alert">
          {failure}
        </p>
      ) : null}
    </div>
  );
}
