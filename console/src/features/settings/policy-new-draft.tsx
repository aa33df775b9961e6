import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/graphql-errors';
import { Field, FormStatus, type SubmitState } from './form-status';
import {
  draftSourceValue,
  noteProblem,
  parseDraftSource,
  type DraftSource,
  type PolicyState,
} from './policy.logic';

const PolicyNewDraft_CreateMutation = graphql(`
  mutation PolicyNewDraft_CreateMutation($fromVersion: Int, $mode: Mode, $note: String) {
    createPolicyDraft(fromVersion: $fromVersion, mode: $mode, note: $note) {
      id
      number
      status
      baseNumber
      modes
      note
    }
  }
`);

interface PolicyNewDraftProps {
  versions: readonly { number: number; status: string }[];
  policy: PolicyState;
  /** Opens the new draft. */
  onCreated: (number: number) => void;
}

/** A new draft, copied from what LIVE scores with (default), from TEST or from a version. */
export function PolicyNewDraft({ versions, policy, onCreated }: PolicyNewDraftProps) {
  const [, create] = useMutation(PolicyNewDraft_CreateMutation);
  const [source, setSource] = useState<DraftSource>({ mode: 'LIVE' });
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<SubmitState>({ state: 'idle' });
  const problem = noteProblem(note);

  const submit = async () => {
    setStatus({ state: 'saving' });
    const result = await create({ ...source, note: note.trim() || null });
    if (result.error || !result.data) {
      setStatus({
        state: 'failed',
        message: result.error ? errorMessage(result.error) : 'No draft came back.',
      });
      return;
    }
    setStatus({ state: 'idle' });
    setNote('');
    onCreated(result.data.createPolicyDraft.number);
  };

  return (
    <form
      className="form policy-new-draft"
      aria-label="New draft"
      onSubmit={(event) => {
        event.preventDefault();
        if (!problem) void submit();
      }}
    >
      <div className="grid grid--3">
        <Field label="Start from">
          {(control) => (
            <select
              {...control}
              value={draftSourceValue(source)}
              onChange={(event) => setSource(parseDraftSource(event.target.value))}
            >
              <option value="LIVE">What LIVE scores with (version {policy.liveVersion})</option>
              <option value="TEST">What TEST scores with (version {policy.testVersion})</option>
              {versions.map((v) => (
                <option key={v.number} value={String(v.number)}>
                  Version {v.number}
                  {v.status === 'DRAFT' ? ' (draft)' : ''}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Note" hint="Why this change, for the history." error={problem}>
          {(control) => (
            <input
              {...control}
              type="text"
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
          )}
        </Field>
        <div className="form__actions policy-new-draft__submit">
          <button
            type="submit"
            className="button button--primary"
            disabled={Boolean(problem) || status.state === 'saving'}
          >
            {status.state === 'saving' ? 'Creating…' : 'New draft'}
          </button>
        </div>
      </div>
      <FormStatus status={status} />
    </form>
  );
}
