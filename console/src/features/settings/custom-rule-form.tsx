import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { humanize } from '../../lib/format';
import { insertAt } from './cel.logic';
import { ConditionEditor, useConditionCheck } from './condition-editor';
import {
  CONDITION_TEMPLATES,
  CUSTOM_RULE_ACTIONS,
  CUSTOM_RULE_EVENT_KINDS,
  CUSTOM_RULE_STATUSES,
  EMPTY_CUSTOM_RULE,
  customRuleInput,
  customRuleToDraft,
  serverFieldProblems,
  type CustomRuleAction,
  type CustomRuleDraft,
  type CustomRuleEventKind,
  type CustomRuleProblems,
  type CustomRuleStatus,
  type CustomRuleView,
} from './custom-rule.logic';
import { Field } from './form-status';
import { RuleVariablesPanel } from './rule-variables-panel';
import { RULE_STATUS_TEXT } from './settings.logic';

export const CustomRuleForm_VariablesQuery = graphql(`
  query CustomRuleForm_VariablesQuery($eventKind: EventKind!) {
    ruleVariables(eventKind: $eventKind) {
      name
      type
      description
      example
    }
  }
`);

// The draft read back: its rules, and who edited it (an edit withdraws an approval).
export const CustomRuleForm_UpsertMutation = graphql(`
  mutation CustomRuleForm_UpsertMutation($draftId: UUID!, $input: CustomRuleInput!) {
    upsertCustomRule(draftId: $draftId, input: $input) {
      id
      editedBy
      editedAt
      approvedBy
      customRules {
        code
        name
        description
        eventKind
        condition
        status
        weight
        action
        priority
      }
    }
  }
`);

interface CustomRuleFormProps {
  draftId: string;
  /** The rule edited; none to add one. */
  rule: CustomRuleView | null;
  onSaved: (code: string) => void;
  onCancel: () => void;
}

/**
 * Adds or edits one custom rule of a draft. The condition is checked by the server as it is
 * typed; Save waits until it is valid. The server's refusals land next to their fields.
 */
export function CustomRuleForm({ draftId, rule, onSaved, onCancel }: CustomRuleFormProps) {
  const [draft, setDraft] = useState<CustomRuleDraft>(() =>
    rule ? customRuleToDraft(rule) : EMPTY_CUSTOM_RULE,
  );
  const [tried, setTried] = useState(false);
  const [serverProblems, setServerProblems] = useState<{
    fields: CustomRuleProblems;
    other: string[];
  } | null>(null);
  const [{ fetching: saving }, upsert] = useMutation(CustomRuleForm_UpsertMutation);
  const [{ data: vars }] = useQuery({
    query: CustomRuleForm_VariablesQuery,
    variables: { eventKind: draft.eventKind },
  });
  const variables = vars?.ruleVariables ?? null;
  const names = useMemo(() => (variables ?? []).map((v) => v.name), [variables]);
  const check = useConditionCheck(draft.eventKind, draft.condition);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const pendingCaret = useRef<number | null>(null);

  // After an insert the caret goes behind what was inserted, once React wrote the new text.
  useLayoutEffect(() => {
    const caret = pendingCaret.current;
    if (caret === null || !textareaRef.current) return;
    pendingCaret.current = null;
    textareaRef.current.focus();
    textareaRef.current.setSelectionRange(caret, caret);
  });

  const { value, problems } = customRuleInput(draft);
  const shown: CustomRuleProblems = { ...(tried ? problems : {}), ...serverProblems?.fields };
  const edit = (next: Partial<CustomRuleDraft>) => {
    setServerProblems(null);
    setDraft((d) => ({ ...d, ...next }));
  };
  const setCondition = (condition: string, caret = condition.length) => {
    pendingCaret.current = caret;
    edit({ condition });
  };
  const insert = (text: string) => {
    const area = textareaRef.current;
    const selection = area
      ? { start: area.selectionStart, end: area.selectionEnd }
      : { start: draft.condition.length, end: draft.condition.length };
    const next = insertAt(draft.condition, selection, text);
    setCondition(next.value, next.caret);
  };

  const blocked = !check.valid || saving;
  const title = rule ? `Edit custom rule ${rule.code}` : 'New custom rule';
  return (
    <form
      className="custom-rule-form form"
      aria-label={title}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (!value || blocked) return;
        void upsert({ draftId, input: value }).then(({ error }) => {
          if (error) setServerProblems(serverFieldProblems(error));
          else onSaved(value.code);
        });
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h4>{title}</h4>
      <div className="grid grid--3">
        <Field label="Code" hint="UPPER_SNAKE_CASE, unique in the policy." error={shown.code}>
          {(control) => (
            <input
              {...control}
              value={draft.code}
              readOnly={rule !== null}
              onChange={(e) => edit({ code: e.target.value.toUpperCase() })}
            />
          )}
        </Field>
        <Field label="Name" error={shown.name}>
          {(control) => (
            <input
              {...control}
              value={draft.name}
              onChange={(e) => edit({ name: e.target.value })}
            />
          )}
        </Field>
        <Field label="Event kind" error={shown.eventKind}>
          {(control) => (
            <select
              {...control}
              value={draft.eventKind}
              onChange={(e) => edit({ eventKind: e.target.value as CustomRuleEventKind })}
            >
              {CUSTOM_RULE_EVENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {k === 'TRANSACTION' ? 'Transactions' : 'Account events'}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label="Description" error={shown.description}>
        {(control) => (
          <input
            {...control}
            value={draft.description}
            onChange={(e) => edit({ description: e.target.value })}
          />
        )}
      </Field>
      <div className="custom-rule-form__condition">
        <div>
          <Field
            label="Condition"
            hint="CEL, e.g. amount > 5000 && recipient.timesSent == 0."
            error={tried && !draft.condition.trim() ? shown.condition : null}
          >
            {(control) => (
              <ConditionEditor
                id={control.id}
                describedBy={control['aria-describedby']}
                value={draft.condition}
                onChange={(condition) => edit({ condition })}
                variableNames={names}
                check={check}
                saveProblem={draft.condition.trim() ? serverProblems?.fields.condition : null}
                textareaRef={textareaRef}
              />
            )}
          </Field>
          <div className="custom-rule-form__templates" role="group" aria-label="Templates">
            <span className="muted">Start from:</span>
            {CONDITION_TEMPLATES.map((t) => (
              <button
                key={t.label}
                type="button"
                className="button button--small"
                onClick={() => setCondition(t.condition)}
              >
                {t.label}
              </button>
            ))}
          </div>
        </div>
        <RuleVariablesPanel
          eventKind={draft.eventKind}
          variables={variables}
          onInsert={insert}
          onExample={(example) => setCondition(example)}
        />
      </div>
      <div className="grid grid--4">
        <Field label="Weight" hint="Points when it holds, -100 to 100." error={shown.weight}>
          {(control) => (
            <input
              {...control}
              inputMode="numeric"
              value={draft.weight}
              onChange={(e) => edit({ weight: e.target.value })}
            />
          )}
        </Field>
        <Field label="Action" error={shown.action}>
          {(control) => (
            <select
              {...control}
              value={draft.action}
              onChange={(e) => edit({ action: e.target.value as CustomRuleAction })}
            >
              {CUSTOM_RULE_ACTIONS.map((a) => (
                <option key={a} value={a}>
                  {a === '' ? 'None (weight only)' : a}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Priority" hint="0 to 1000; higher wins among actions." error={shown.priority}>
          {(control) => (
            <input
              {...control}
              inputMode="numeric"
              value={draft.priority}
              onChange={(e) => edit({ priority: e.target.value })}
            />
          )}
        </Field>
        <Field label="Status" hint={RULE_STATUS_TEXT[draft.status]} error={shown.status}>
          {(control) => (
            <select
              {...control}
              value={draft.status}
              onChange={(e) => edit({ status: e.target.value as CustomRuleStatus })}
            >
              {CUSTOM_RULE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {humanize(s)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {serverProblems?.other.length ? (
        <p className="alert" role="alert">
          {serverProblems.other.join(' ')}
        </p>
      ) : null}
      <div className="form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={blocked}
          aria-describedby={check.valid ? undefined : `${draftId}-save-hint`}
        >
          {saving ? 'Saving…' : 'Save custom rule'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        {check.valid ? null : (
          <span id={`${draftId}-save-hint`} className="muted">
            Save waits for a valid condition.
          </span>
        )}
      </div>
    </form>
  );
}
