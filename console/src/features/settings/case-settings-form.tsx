import { useId, useState } from 'react';
import { Field, FormStatus, useSubmitState, type Submit } from './form-status';
import { SLA_HOURS_MAX, SLA_HOURS_MIN, slaHoursProblem } from './settings.logic';

/** Whether BLOCK decisions open review cases too, and how long a new case has. */
export interface CaseSettings {
  openOnBlock: boolean;
  /** Hours from opening to the SLA due time. */
  slaHours: number;
}

interface CaseSettingsFormProps {
  current: CaseSettings;
  onSave: Submit<CaseSettings>;
}

/** Which decisions open cases and their SLA. */
export function CaseSettingsForm({ current, onSave }: CaseSettingsFormProps) {
  const id = useId();
  const [openOnBlock, setOpenOnBlock] = useState(current.openOnBlock);
  const [slaHours, setSlaHours] = useState(String(current.slaHours));
  const { status, run, clear, saving } = useSubmitState(onSave, 'Case settings saved.');
  const problem = slaHoursProblem(slaHours);
  const changed =
    openOnBlock !== current.openOnBlock || slaHours.trim() !== String(current.slaHours);

  return (
    <form
      className="card form"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        if (!problem && changed) void run({ openOnBlock, slaHours: Number(slaHours.trim()) });
      }}
    >
      <h2 id={`${id}-title`}>Review cases</h2>
      <p className="muted">REVIEW and CHALLENGE decisions always open a case for analysts.</p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={openOnBlock}
          onChange={(event) => {
            clear();
            setOpenOnBlock(event.target.checked);
          }}
        />
        Open a case for BLOCK decisions too
      </label>
      <Field
        className="field--short"
        label="SLA (hours)"
        hint={`Time from opening to the due time of new cases, ${SLA_HOURS_MIN}–${SLA_HOURS_MAX} hours. Open cases keep theirs.`}
        error={problem}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            inputMode="numeric"
            value={slaHours}
            onChange={(event) => {
              clear();
              setSlaHours(event.target.value);
            }}
          />
        )}
      </Field>
      <FormStatus status={status} />
      <div className="form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={Boolean(problem) || !changed || saving}
        >
          {saving ? 'Saving…' : 'Save case settings'}
        </button>
      </div>
    </form>
  );
}
