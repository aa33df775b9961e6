import { useId, useState, type ReactNode } from 'react';
import { DecisionBadge } from '../../components/ui/badges';
import { Field, FormStatus, useSubmitState, type Submit } from './form-status';
import {
  BANDS,
  BAND_LABELS,
  bandRanges,
  parseThresholds,
  sameThresholds,
  thresholdsToDraft,
  type Thresholds,
  type ThresholdsDraft,
} from './settings.logic';

interface ThresholdsFormProps {
  /** e.g. "Transactions". */
  title: string;
  /** What these bands decide, under the title. */
  children?: ReactNode;
  /** The bands in force. */
  current: Thresholds;
  onSave: Submit<Thresholds>;
}

/**
 * The score bands of one event kind. Save stays disabled until the draft is valid and differs
 * from what is in force; the scale preview shows which decision every score would get.
 */
export function ThresholdsForm({ title, children, current, onSave }: ThresholdsFormProps) {
  const id = useId();
  const [draft, setDraft] = useState<ThresholdsDraft>(() => thresholdsToDraft(current));
  const { status, run, clear, saving } = useSubmitState(onSave, `${title} thresholds saved.`);
  const { value, problems } = parseThresholds(draft);
  const changed = value === null || !sameThresholds(value, current);

  const edit = (band: keyof ThresholdsDraft, text: string) => {
    clear();
    setDraft((d) => ({ ...d, [band]: text }));
  };

  return (
    <form
      className="card form"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        if (value && changed) void run(value);
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
      <div className="grid grid--3">
        {BANDS.map((band) => (
          <Field key={band} label={`${BAND_LABELS[band]} from`} error={problems[band]}>
            {(control) => (
              <input
                {...control}
                type="text"
                inputMode="numeric"
                value={draft[band]}
                onChange={(event) => edit(band, event.target.value)}
              />
            )}
          </Field>
        ))}
      </div>
      <p className="field__hint">
        Scores 0–100; a score at or above a band's threshold gets its decision. Leave a band blank
        to leave it out.
      </p>
      {problems.order ? (
        <p className="field__error" role="alert">
          {problems.order}
        </p>
      ) : null}
      {value ? (
        <ol className="band-scale" aria-label="Decision per score">
          {bandRanges(value).map((range) => (
            <li key={range.decision}>
              <DecisionBadge decision={range.decision} />{' '}
              <span className="num">
                {range.from === range.to ? range.from : `${range.from}–${range.to}`}
              </span>
            </li>
          ))}
        </ol>
      ) : null}
      <FormStatus status={status} />
      <div className="form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={!value || !changed || saving}
        >
          {saving ? 'Saving…' : 'Save thresholds'}
        </button>
        {changed ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              clear();
              setDraft(thresholdsToDraft(current));
            }}
          >
            Undo changes
          </button>
        ) : null}
      </div>
    </form>
  );
}
