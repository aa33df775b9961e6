import { useEffect, useRef, useState } from 'react';
import { humanize } from '../../lib/format';
import { Field, FormStatus, useSubmitState, type Submit } from './form-status';
import {
  RULE_STATUSES,
  RULE_STATUS_TEXT,
  asParams,
  editableParams,
  ruleChange,
  ruleToDraft,
  type EditableRule,
  type RuleChange,
  type RuleDraft,
  type RuleStatus,
} from './settings.logic';

interface RuleEditorProps {
  rule: EditableRule & { label: string; defaultWeight: number };
  onSave: Submit<RuleChange>;
  /** After a successful save. */
  onSaved: () => void;
  onCancel: () => void;
}

/**
 * Edits one rule's weight, status and parameters. Numeric parameters get number fields, lists
 * (country codes…) a comma-separated field; only what changed is sent.
 */
export function RuleEditor({ rule, onSave, onSaved, onCancel }: RuleEditorProps) {
  const weightRef = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<RuleDraft>(() => ruleToDraft(rule));
  const { status, run, clear, saving } = useSubmitState(onSave, `${rule.code} saved.`);
  const { change, problems } = ruleChange(rule, draft);
  const params = editableParams(rule);
  const defaults = asParams(rule.defaultParams);

  useEffect(() => {
    weightRef.current?.focus();
  }, []);

  const edit = (next: Partial<RuleDraft>) => {
    clear();
    setDraft((d) => ({ ...d, ...next }));
  };

  return (
    <form
      className="rule-editor form"
      aria-label={`Edit ${rule.code}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (change) void run(change).then((saved) => saved && onSaved());
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <div className="grid grid--3">
        <Field
          label="Weight"
          hint={`Points added to the score when it fires, 0–100 (default ${rule.defaultWeight}).`}
          error={problems.weight}
        >
          {(control) => (
            <input
              {...control}
              ref={weightRef}
              type="text"
              inputMode="numeric"
              value={draft.weight}
              onChange={(event) => edit({ weight: event.target.value })}
            />
          )}
        </Field>
        <Field label="Status" hint={RULE_STATUS_TEXT[draft.status]}>
          {(control) => (
            <select
              {...control}
              value={draft.status}
              onChange={(event) => edit({ status: event.target.value as RuleStatus })}
            >
              {RULE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {humanize(s)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {params.length ? (
        <fieldset className="rule-editor__params">
          <legend>Parameters</legend>
          <div className="grid grid--3">
            {params.map(([key, kind]) => (
              <Field
                key={key}
                label={<code>{key}</code>}
                hint={`${kind === 'number' ? 'A number, 0 or more' : 'Codes separated by commas'}; default ${paramDefault(defaults[key])}`}
                error={problems[key]}
              >
                {(control) => (
                  <input
                    {...control}
                    type="text"
                    inputMode={kind === 'number' ? 'decimal' : undefined}
                    value={draft.params[key] ?? ''}
                    onChange={(event) =>
                      edit({ params: { ...draft.params, [key]: event.target.value } })
                    }
                  />
                )}
              </Field>
            ))}
          </div>
        </fieldset>
      ) : (
        <p className="muted">This rule takes no parameters.</p>
      )}
      <FormStatus status={status} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={!change || saving}>
          {saving ? 'Saving…' : 'Save rule'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function paramDefault(value: unknown): string {
  if (Array.isArray(value)) return value.length ? value.join(', ') : 'none';
  return String(value);
}
