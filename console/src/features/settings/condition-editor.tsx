import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useClient } from 'urql';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/graphql-errors';
import { markProblems, tokenizeCel, type PlacedProblem } from './cel.logic';
import type { CustomRuleEventKind } from './custom-rule.logic';

export const ConditionEditor_ValidateQuery = graphql(`
  query ConditionEditor_ValidateQuery($eventKind: EventKind!, $condition: String!) {
    validateRuleCondition(eventKind: $eventKind, condition: $condition) {
      valid
      problems {
        message
        offset
        line
        column
      }
    }
  }
`);

/** How long typing must pause before the condition is sent for validation. */
export const VALIDATION_DELAY_MS = 300;

/** What the server said about one condition. */
interface Checked {
  eventKind: CustomRuleEventKind;
  condition: string;
  problems: PlacedProblem[];
  /** The request failed: the condition could not be checked. */
  failure: string | null;
}

/** Where the validation of the current condition stands. */
export interface ConditionCheck {
  /** Problems of the condition as it is now (those of an older text are not kept). */
  problems: PlacedProblem[];
  /** The server accepted exactly this text for this event kind. */
  valid: boolean;
  /** Still waiting for the pause or the answer. */
  checking: boolean;
  failure: string | null;
}

/**
 * Validates the condition with the server once typing pauses. An answer counts only for the
 * text and event kind it was asked about, so a slow answer never marks newer text.
 */
export function useConditionCheck(
  eventKind: CustomRuleEventKind,
  condition: string,
): ConditionCheck {
  const client = useClient();
  const [checked, setChecked] = useState<Checked | null>(null);
  useEffect(() => {
    if (!condition.trim()) return;
    let current = true;
    const timer = setTimeout(() => {
      void client
        .query(
          ConditionEditor_ValidateQuery,
          { eventKind, condition },
          { requestPolicy: 'network-only' },
        )
        .toPromise()
        .then(({ data, error }) => {
          if (!current) return;
          setChecked({
            eventKind,
            condition,
            problems: data?.validateRuleCondition.problems ?? [],
            failure: error ? errorMessage(error) : null,
          });
        });
    }, VALIDATION_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, eventKind, condition]);

  const upToDate = checked?.condition === condition && checked.eventKind === eventKind;
  if (!condition.trim()) return { problems: [], valid: false, checking: false, failure: null };
  if (!upToDate || !checked) return { problems: [], valid: false, checking: true, failure: null };
  return {
    problems: checked.problems,
    valid: checked.problems.length === 0 && checked.failure === null,
    checking: false,
    failure: checked.failure,
  };
}

interface ConditionEditorProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  /** Names the highlighting shows as variables. */
  variableNames: readonly string[];
  check: ConditionCheck;
  /** The server's refusal of the last save, for this field. */
  saveProblem?: string | null;
  /** Ids of the hint (and other descriptions) of the field. */
  describedBy?: string;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
}

/**
 * A CEL editor: a transparent textarea over a highlighted copy of its text (same font, padding
 * and wrapping, scrolled together), problems underlined where the server points and listed with
 * their line and column under it.
 */
export function ConditionEditor({
  id,
  value,
  onChange,
  variableNames,
  check,
  saveProblem,
  describedBy,
  textareaRef,
}: ConditionEditorProps) {
  const highlightRef = useRef<HTMLPreElement>(null);
  const segments = useMemo(
    () => markProblems(tokenizeCel(value, variableNames), check.problems),
    [value, variableNames, check.problems],
  );
  const problemsId = `${id}-problems`;
  const saveId = `${id}-save-problem`;
  const invalid = check.problems.length > 0 || Boolean(saveProblem);
  const described = [
    describedBy,
    check.problems.length ? problemsId : null,
    saveProblem ? saveId : null,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div className="cel-editor-field">
      <div className={`cel-editor${invalid ? ' cel-editor--invalid' : ''}`}>
        <pre ref={highlightRef} className="cel-editor__highlight" aria-hidden="true">
          {segments.map((s) => (
            <span
              key={s.start}
              className={`cel-token cel-token--${s.kind}${s.problems.length ? ' cel-token--problem' : ''}`}
              data-problem={s.problems.length ? s.problems.map((p) => p + 1).join(' ') : undefined}
            >
              {s.text}
            </span>
          ))}
          {/* A final line break needs a character after it to take up its line. */}
          {'\n'}
        </pre>
        <textarea
          ref={textareaRef}
          id={id}
          className="cel-editor__input"
          value={value}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          autoCorrect="off"
          rows={4}
          aria-invalid={invalid || undefined}
          aria-describedby={described || undefined}
          onChange={(event) => onChange(event.target.value)}
          onScroll={(event) => {
            if (!highlightRef.current) return;
            highlightRef.current.scrollTop = event.currentTarget.scrollTop;
            highlightRef.current.scrollLeft = event.currentTarget.scrollLeft;
          }}
        />
      </div>
      <p className="cel-editor__status muted" aria-live="polite">
        {!value.trim()
          ? 'Write a condition, pick a template or click a variable.'
          : check.checking
            ? 'Checking…'
            : check.failure
              ? `Could not check the condition: ${check.failure}`
              : check.valid
                ? 'The condition is valid.'
                : `${check.problems.length === 1 ? '1 problem' : `${check.problems.length} problems`} in the condition.`}
      </p>
      {check.problems.length ? (
        <ol id={problemsId} className="cel-editor__problems" aria-label="Problems in the condition">
          {check.problems.map((p, i) => (
            <li key={`${p.offset}-${i}`}>
              <span className="cel-editor__problem-number" aria-hidden="true">
                {i + 1}
              </span>{' '}
              <strong>
                Line {p.line}, column {p.column}:
              </strong>{' '}
              {p.message}
            </li>
          ))}
        </ol>
      ) : null}
      {saveProblem ? (
        <span id={saveId} className="field__error">
          {saveProblem}
        </span>
      ) : null}
    </div>
  );
}
