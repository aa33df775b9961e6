import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { ConfirmDialog } from './confirm-dialog';
import { Field, failureOf } from './form-status';
import {
  POLICY_MODES,
  rollbackTargets,
  versionName,
  type PolicyMode,
  type PolicyState,
} from './policy.logic';

const PolicyRollback_RollbackMutation = graphql(`
  mutation PolicyRollback_RollbackMutation($mode: Mode!, $toVersion: Int!) {
    rollbackPolicy(mode: $mode, toVersion: $toVersion) {
      id
      number
      modes
    }
  }
`);

interface PolicyRollbackProps {
  versions: readonly { id: string; number: number; status: 'DRAFT' | 'PUBLISHED' }[];
  policy: PolicyState;
}

/** Per mode: score with an earlier published version again, after a confirmation. */
export function PolicyRollback({ versions, policy }: PolicyRollbackProps) {
  return (
    <section className="card" aria-labelledby="policy-rollback-title">
      <h2 id="policy-rollback-title">Rollback</h2>
      <p className="muted">
        Moves a mode back to a version published before, at once and without approval. Nothing is
        deleted: the version it leaves stays in the history.
      </p>
      <div className="grid grid--2">
        {POLICY_MODES.map((mode) => (
          <ModeRollback
            key={mode}
            mode={mode}
            current={mode === 'LIVE' ? policy.liveVersion : policy.testVersion}
            versions={versions}
          />
        ))}
      </div>
    </section>
  );
}

interface ModeRollbackProps {
  mode: PolicyMode;
  current: number;
  versions: PolicyRollbackProps['versions'];
}

function ModeRollback({ mode, current, versions }: ModeRollbackProps) {
  const [, rollback] = useMutation(PolicyRollback_RollbackMutation);
  const targets = rollbackTargets(versions, current);
  const [chosen, setChosen] = useState<string>('');
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const target = targets.find((v) => String(v.number) === chosen) ?? targets[0] ?? null;

  return (
    <form
      className="form"
      aria-label={`Roll back ${mode}`}
      onSubmit={(event) => {
        event.preventDefault();
        setDone(null);
        if (target) setConfirming(true);
      }}
    >
      <h3>
        {mode} <span className="muted">now {versionName(current)}</span>
      </h3>
      {targets.length === 0 ? (
        <p className="muted">No other published version to go back to.</p>
      ) : (
        <>
          <Field label={`Roll ${mode} back to`}>
            {(control) => (
              <select
                {...control}
                value={target ? String(target.number) : ''}
                onChange={(event) => setChosen(event.target.value)}
              >
                {targets.map((v) => (
                  <option key={v.id} value={String(v.number)}>
                    Version {v.number}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="form__actions">
            <button type="submit" className="button">
              Roll back {mode}
            </button>
          </div>
        </>
      )}
      {done ? (
        <p className="success" role="status">
          {done}
        </p>
      ) : null}
      {confirming && target ? (
        <ConfirmDialog
          title={`Roll ${mode} back to version ${target.number}?`}
          confirmLabel={`Roll ${mode} back`}
          onCancel={() => setConfirming(false)}
          onConfirm={async () => {
            const failure = await failureOf(rollback({ mode, toVersion: target.number }));
            if (!failure) {
              setConfirming(false);
              setDone(`${mode} scores with version ${target.number} again.`);
            }
            return failure;
          }}
        >
          <p>
            {mode === 'LIVE' ? 'Live traffic' : 'Test traffic'} is scored with version{' '}
            {target.number} instead of {versionName(current)} from the next event on.
          </p>
        </ConfirmDialog>
      ) : null}
    </form>
  );
}
