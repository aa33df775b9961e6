import { useId, useState } from 'react';

/** A variable a condition can use, as ruleVariables describes it. */
export interface RuleVariable {
  name: string;
  type: string;
  description: string;
  example: string;
}

/** The variables whose name or description holds every word of the filter. */
export function filterVariables(
  variables: readonly RuleVariable[],
  filter: string,
): readonly RuleVariable[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return variables;
  return variables.filter((v) => {
    const text = `${v.name} ${v.description}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

interface RuleVariablesPanelProps {
  eventKind: string;
  variables: readonly RuleVariable[] | null;
  /** Puts a name at the caret. */
  onInsert: (name: string) => void;
  /** Puts an example condition in the editor. */
  onExample: (condition: string) => void;
}

/**
 * What a condition can read for the event kind: each variable with its type, what it measures
 * and an example. Clicking a name inserts it at the caret, clicking an example uses it.
 */
export function RuleVariablesPanel({
  eventKind,
  variables,
  onInsert,
  onExample,
}: RuleVariablesPanelProps) {
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const shown = variables ? filterVariables(variables, filter) : [];
  return (
    <aside className="rule-variables" aria-labelledby={`${filterId}-title`}>
      <h4 id={`${filterId}-title`}>Variables of {eventKind.toLowerCase()} events</h4>
      <label htmlFor={filterId} className="visually-hidden">
        Filter variables
      </label>
      <input
        id={filterId}
        type="search"
        placeholder="Filter variables"
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
      />
      {variables === null ? (
        <p className="muted">Loading the variables…</p>
      ) : shown.length === 0 ? (
        <p className="muted">No variable matches “{filter}”.</p>
      ) : (
        <ul className="rule-variables__list">
          {shown.map((v) => (
            <li key={v.name}>
              <div className="rule-variables__head">
                <button
                  type="button"
                  className="rule-variables__name"
                  aria-label={`Insert ${v.name}`}
                  onClick={() => onInsert(v.name)}
                >
                  <code>{v.name}</code>
                </button>
                <span className="rule-variables__type">{v.type}</span>
              </div>
              <p className="rule-variables__description">{v.description}</p>
              <button
                type="button"
                className="rule-variables__example"
                aria-label={`Use the example ${v.example}`}
                onClick={() => onExample(v.example)}
              >
                <code>{v.example}</code>
              </button>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
