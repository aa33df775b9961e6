import { DecisionBadge } from '../../components/ui/badges';

interface ShadowEvaluationNoteProps {
  /** What the result would be with SHADOW rules active (`Transaction.shadowEvaluation`). */
  shadow: { decision: string; score: number; rules: readonly string[] };
}

/** What SHADOW rules would have changed: they are being trialled and did not count. */
export function ShadowEvaluationNote({ shadow }: ShadowEvaluationNoteProps) {
  return (
    <div className="notice tx-shadow">
      <p>
        <strong>With shadow rules active</strong> the score would be <strong>{shadow.score}</strong>{' '}
        and the decision <DecisionBadge decision={shadow.decision} />. Shadow rules are on trial and
        did not count.
      </p>
      {shadow.rules.length > 0 ? (
        <p>
          Shadow rules that fired:{' '}
          {shadow.rules.map((code, i) => (
            <span key={code}>
              {i > 0 ? ', ' : null}
              <code>{code}</code>
            </span>
          ))}
        </p>
      ) : (
        <p className="muted">No shadow rule fired.</p>
      )}
    </div>
  );
}
