import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { failureOf } from './form-status';

const PolicyApprovalToggle_UpdateMutation = graphql(`
  mutation PolicyApprovalToggle_UpdateMutation($requireApproval: Boolean!) {
    updatePolicyApproval(requireApproval: $requireApproval)
  }
`);

interface PolicyApprovalToggleProps {
  requireApproval: boolean;
  /** The mutation returns a bare Boolean, which the cache cannot tie to the policy. */
  onChanged: () => void;
}

/** Four eyes for LIVE: when on, a draft goes LIVE only once another administrator approved it. */
export function PolicyApprovalToggle({ requireApproval, onChanged }: PolicyApprovalToggleProps) {
  const [{ fetching }, update] = useMutation(PolicyApprovalToggle_UpdateMutation);
  const [failure, setFailure] = useState<string | null>(null);
  // The box follows the click at once; a refusal puts it back to what the server holds.
  const [chosen, setChosen] = useState<boolean | null>(null);

  const toggle = async (next: boolean) => {
    setFailure(null);
    setChosen(next);
    const problem = await failureOf(update({ requireApproval: next }));
    setFailure(problem);
    if (problem) setChosen(null);
    else onChanged();
  };

  return (
    <div className="policy-approval">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={chosen ?? requireApproval}
          disabled={fetching}
          onChange={(event) => void toggle(event.target.checked)}
        />
        Require approval for LIVE
      </label>
      <p className="field__hint">
        A second administrator, who neither created nor last edited a draft, must approve it before
        it is published to LIVE. The Rules and Scoring tabs, which change LIVE at once, are then
        closed.
      </p>
      {failure ? (
        <p className="alert" role="alert">
          {failure}
        </p>
      ) : null}
    </div>
  );
}
