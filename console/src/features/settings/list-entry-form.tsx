import { useId, useState } from 'react';
import { humanize } from '../../lib/format';
import { Field, FormStatus, useSubmitState, type Submit } from './form-status';
import {
  EMPTY_ENTRY,
  LIST_KINDS,
  LIST_KIND_EXAMPLES,
  LIST_NAMES,
  LIST_TEXT,
  listEntryInput,
  listEntryProblems,
  localDate,
  type ListEntryDraft,
  type ListKind,
  type ListName,
} from './lists.logic';

interface ListEntryFormProps {
  /** "Live" or "Test": entries belong to one mode. */
  modeLabel: string;
  onSave: Submit<ReturnType<typeof listEntryInput>>;
}

/**
 * Adds an allow, deny or watch entry. Problems show once a field was left or the form sent, so
 * an empty form does not open in red; the server normalizes the value and has the last word.
 */
export function ListEntryForm({ modeLabel, onSave }: ListEntryFormProps) {
  const id = useId();
  const [draft, setDraft] = useState<ListEntryDraft>(EMPTY_ENTRY);
  const [shown, setShown] = useState<Set<string>>(new Set());
  const { status, run, clear, saving } = useSubmitState(
    onSave,
    `Added to the ${draft.list.toLowerCase()} list (${modeLabel.toLowerCase()}).`,
  );
  const now = new Date();
  const problems = listEntryProblems(draft, now);
  const valid = Object.keys(problems).length === 0;
  const problem = (field: keyof typeof problems) =>
    shown.has(field) ? problems[field] : undefined;
  const reveal = (field: string) => setShown((s) => new Set(s).add(field));

  const edit = (next: Partial<ListEntryDraft>) => {
    clear();
    setDraft((d) => ({ ...d, ...next }));
  };

  return (
    <form
      className="form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setShown(new Set(['value', 'expiresOn', 'reason']));
        if (!valid) return;
        void run(listEntryInput(draft)).then((saved) => {
          if (!saved) return;
          // Keep the list and kind: entries often come in series of the same kind.
          setDraft((d) => ({ ...EMPTY_ENTRY, list: d.list, kind: d.kind }));
          setShown(new Set());
        });
      }}
    >
      <h3 id={`${id}-title`}>Add an entry ({modeLabel})</h3>
      <div className="grid grid--3">
        <Field label="List" hint={LIST_TEXT[draft.list]}>
          {(control) => (
            <select
              {...control}
              value={draft.list}
              onChange={(event) => edit({ list: event.target.value as ListName })}
            >
              {LIST_NAMES.map((name) => (
                <option key={name} value={name}>
                  {humanize(name)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Kind">
          {(control) => (
            <select
              {...control}
              value={draft.kind}
              onChange={(event) => edit({ kind: event.target.value as ListKind })}
            >
              {LIST_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {humanize(kind)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Value" error={problem('value')}>
          {(control) => (
            <input
              {...control}
              type="text"
              value={draft.value}
              placeholder={LIST_KIND_EXAMPLES[draft.kind]}
              onChange={(event) => edit({ value: event.target.value })}
              onBlur={() => draft.value && reveal('value')}
              required
            />
          )}
        </Field>
        <Field
          label="Expires (optional)"
          hint="Stops matching at the end of that day, your time. Blank: never expires."
          error={problem('expiresOn')}
        >
          {(control) => (
            <input
              {...control}
              type="date"
              value={draft.expiresOn}
              min={localDate(now)}
              onChange={(event) => edit({ expiresOn: event.target.value })}
              onBlur={() => reveal('expiresOn')}
            />
          )}
        </Field>
        <Field
          className="list-entry-form__reason"
          label="Reason (optional)"
          error={problem('reason')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              value={draft.reason}
              placeholder="e.g. Confirmed mule account, case 1234"
              onChange={(event) => edit({ reason: event.target.value })}
              onBlur={() => reveal('reason')}
            />
          )}
        </Field>
      </div>
      <FormStatus status={status} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Adding…' : 'Add entry'}
        </button>
      </div>
    </form>
  );
}
