import { humanize } from '../../lib/format';

interface SignalListsProps {
  /** The engine's signals (`Transaction.signals`), snake_case names. */
  signals: { negative: readonly string[]; positive: readonly string[]; neutral: readonly string[] };
}

const GROUPS = [
  { key: 'negative', title: 'Raise risk', tone: 'bad' },
  { key: 'positive', title: 'Lower risk', tone: 'good' },
  { key: 'neutral', title: 'Neutral', tone: 'neutral' },
] as const;

/** The signals that pushed the score up, pulled it down, or were noted without weight. */
export function SignalLists({ signals }: SignalListsProps) {
  return (
    <div className="tx-signals">
      {GROUPS.map(({ key, title, tone }) => (
        <div key={key} className={`tx-signals__group tx-signals__group--${tone}`}>
          <h3>
            {title} ({signals[key].length})
          </h3>
          {signals[key].length === 0 ? (
            <p className="muted">None</p>
          ) : (
            <ul>
              {signals[key].map((s) => (
                <li key={s}>{humanize(s)}</li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </div>
  );
}
