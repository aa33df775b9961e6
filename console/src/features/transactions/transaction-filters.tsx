import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { humanize } from '../../lib/format';
import {
  DECISIONS,
  DEFAULT_FILTERS,
  draftOf,
  readDraft,
  type DraftErrors,
  type FilterDraft,
  type TransactionFilters,
} from './transactions.logic';

interface TransactionFiltersFormProps {
  /** The filter in force. The form starts from it; remount (`key`) to follow outside changes. */
  value: TransactionFilters;
  /** Called with a valid filter when the analyst applies or clears the form. */
  onChange: (next: TransactionFilters) => void;
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  className?: string;
  /** Renders the control with its ARIA wiring (the label stays the name, hint and error describe). */
  children: (aria: {
    id: string;
    'aria-invalid': boolean;
    'aria-describedby': string | undefined;
  }) => ReactNode;
}

/** A labelled control whose hint and error are its description, not part of its name. */
function Field({ id, label, hint, error, className, children }: FieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': Boolean(error),
        'aria-describedby': describedBy || undefined,
      })}
      {hint ? (
        <span id={`${id}-hint`} className="field__hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className="field__error">
          {error}
        </span>
      ) : null}
    </div>
  );
}

/**
 * The list's filter bar. Edits stay a draft until applied (Enter or "Apply"), so typing a
 * customer id does not fire one query per keystroke; a draft with errors is not applied and
 * each bad field says why.
 */
export function TransactionFiltersForm({ value, onChange }: TransactionFiltersFormProps) {
  const [draft, setDraft] = useState<FilterDraft>(() => draftOf(value));
  const [errors, setErrors] = useState<DraftErrors>({});
  const id = useId();

  const set = (field: keyof FilterDraft) => (text: string) => {
    setDraft((d) => ({ ...d, [field]: text }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const read = readDraft(draft);
    setErrors(read.errors);
    if (Object.keys(read.errors).length === 0) onChange(read.filters);
  };

  const clear = () => {
    setDraft(draftOf(DEFAULT_FILTERS));
    setErrors({});
    onChange(DEFAULT_FILTERS);
  };

  const score = (field: 'minScore' | 'maxScore', label: string) => (
    <Field id={`${id}-${field}`} label={label} error={errors[field]} className="tx-filters__score">
      {(aria) => (
        <input
          {...aria}
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={1}
          value={draft[field]}
          onChange={(e) => set(field)(e.target.value)}
        />
      )}
    </Field>
  );

  const day = (field: 'from' | 'to', label: string) => (
    <Field id={`${id}-${field}`} label={label} error={errors[field]}>
      {(aria) => (
        <input
          {...aria}
          type="date"
          value={draft[field]}
          onChange={(e) => set(field)(e.target.value)}
        />
      )}
    </Field>
  );

  return (
    <form
      className="toolbar tx-filters"
      role="search"
      aria-label="Filter transactions"
      onSubmit={apply}
      noValidate
    >
      <Field
        id={`${id}-userId`}
        label="Customer id"
        hint="The exact id your system sends"
        error={errors.userId}
        className="tx-filters__customer"
      >
        {(aria) => (
          <input
            {...aria}
            type="search"
            value={draft.userId}
            onChange={(e) => set('userId')(e.target.value)}
            placeholder="e.g. cust_1042"
            autoComplete="off"
            spellCheck={false}
          />
        )}
      </Field>
      <Field id={`${id}-decision`} label="Decision" error={errors.decision}>
        {(aria) => (
          <select
            {...aria}
            value={draft.decision}
            onChange={(e) => set('decision')(e.target.value)}
          >
            <option value="">Any decision</option>
            {DECISIONS.map((d) => (
              <option key={d} value={d}>
                {humanize(d)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {score('minScore', 'Min score')}
      {score('maxScore', 'Max score')}
      {day('from', 'From (event day)')}
      {day('to', 'To (inclusive)')}
      <div className="tx-filters__actions">
        <button type="submit" className="button button--primary">
          Apply
        </button>
        <button type="button" className="button" onClick={clear}>
          Clear
        </button>
      </div>
    </form>
  );
}
