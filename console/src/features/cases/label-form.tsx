import { useEffect, useState } from 'react';
import { ErrorState } from '../../components/ui/states';
import { ignoresShortcut } from '../../lib/keyboard';
import {
  CONFIDENCES,
  EMPTY_FORM,
  LABELS,
  LABEL_TEXT,
  MAX_NOTE,
  formProblem,
  labelForKey,
  type LabelForm as LabelFormValue,
} from './label.logic';

const CONFIDENCE_TEXT: Record<LabelFormValue['confidence'], string> = {
  CONFIRMED: 'Confirmed',
  PROBABLE: 'Probable',
  POSSIBLE: 'Possible',
};

interface LabelFormProps {
  /** Resolves the case; the form stays filled if it fails. */
  onSubmit: (form: LabelFormValue) => void;
  busy: boolean;
  /** The server's message when resolving failed. */
  error: string | null;
}

/**
 * The label that resolves a case: one of four labels (keys 1–4 anywhere on the page, unless
 * typing), a confidence and an optional note. Submitting is refused until a label is chosen.
 */
export function LabelForm({ onSubmit, busy, error }: LabelFormProps) {
  const [form, setForm] = useState<LabelFormValue>(EMPTY_FORM);
  const problem = formProblem(form);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (ignoresShortcut(event)) return;
      const label = labelForKey(event.key);
      if (label) setForm((f) => ({ ...f, label }));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <form
      className="label-form"
      aria-label="Label and resolve"
      onSubmit={(e) => {
        e.preventDefault();
        if (!problem && !busy) onSubmit(form);
      }}
    >
      <fieldset className="label-choices">
        <legend>Label</legend>
        {LABELS.map((label, i) => (
          <label key={label} className={`label-choice label-choice--${label.toLowerCase()}`}>
            <input
              type="radio"
              name="label"
              value={label}
              checked={form.label === label}
              onChange={() => setForm((f) => ({ ...f, label }))}
            />
            <kbd>{i + 1}</kbd> {LABEL_TEXT[label]}
          </label>
        ))}
      </fieldset>
      <label className="field">
        Confidence
        <select
          value={form.confidence}
          onChange={(e) =>
            setForm((f) => ({ ...f, confidence: e.target.value as LabelFormValue['confidence'] }))
          }
        >
          {CONFIDENCES.map((x) => (
            <option key={x} value={x}>
              {CONFIDENCE_TEXT[x]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        Note <span className="field__hint">optional, kept with the label</span>
        <textarea
          rows={3}
          value={form.note}
          aria-invalid={form.note.length > MAX_NOTE}
          onChange={(e) => setForm((f) => ({ ...f, note: e.target.value }))}
        />
      </label>
      {problem && form.label ? <p className="field__error">{problem}</p> : null}
      {error ? <ErrorState message={error} /> : null}
      <button
        type="submit"
        className="button button--primary"
        disabled={Boolean(problem) || busy}
        title={problem ?? undefined}
      >
        {busy ? 'Resolving…' : 'Resolve case'}
      </button>
      {!form.label ? <p className="field__hint">{problem}</p> : null}
    </form>
  );
}
