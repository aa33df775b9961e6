import { DecisionBadge } from '../../components/ui/badges';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { humanize } from '../../lib/format';
import { firedRulesWithDetail } from './explanation.logic';
import { JsonFacts } from './json-facts';
import { RuleChecks } from './rule-checks';
import { ShadowEvaluationNote } from './shadow-evaluation';
import { CheckFacts } from './check-facts';
import { SignalLists } from './signal-lists';
import './transactions.css';

/** Everything that explains a transaction's score; reused by the case workspace. */
export const TransactionExplanation_TransactionFragment = graphql(`
  fragment TransactionExplanation_TransactionFragment on Transaction {
    id
    matchedRules {
      code
      label
      weight
      dimension
      action
    }
    allChecks {
      code
      status
      weight
      detail
    }
    checks {
      amount {
        passed
        vsAverage
      }
      device {
        passed
        isTrusted
      }
      recipient {
        passed
        isKnown
        trustLevel
      }
      velocity {
        passed
        dailyCount
        dailyLimit
      }
    }
    signals {
      positive
      negative
      neutral
    }
    shadowEvaluation {
      decision
      score
      rules
    }
    derivedSignals
    input
  }
`);

interface TransactionExplanationProps {
  transaction: FragmentType<typeof TransactionExplanation_TransactionFragment>;
}

/**
 * Why a transaction got its score: the rules that fired (always shown), the shadow result if any,
 * every check the policy ran (collapsed), the signals, what enrichment derived and the input as
 * scored. Self-contained: it brings its own styles and needs only the fragment.
 */
export function TransactionExplanation(props: TransactionExplanationProps) {
  const t = getFragmentData(TransactionExplanation_TransactionFragment, props.transaction);
  const fired = firedRulesWithDetail(t.matchedRules, t.allChecks);

  return (
    <div className="tx-explanation">
      <section className="card" aria-labelledby={`fired-${t.id}`}>
        <h2 id={`fired-${t.id}`}>Rules that fired</h2>
        {fired.length === 0 ? (
          <p className="muted">No active rule fired on this transaction.</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Rule</th>
                <th scope="col">Finding</th>
                <th scope="col">Signal family</th>
                <th scope="col">Forces</th>
                <th scope="col" className="num">
                  Weight
                </th>
              </tr>
            </thead>
            <tbody>
              {fired.map((rule) => (
                <tr key={rule.code}>
                  <td>
                    <div className="tx-rule__label">{rule.label}</div>
                    <code className="muted">{rule.code}</code>
                  </td>
                  <td>{rule.detail ?? <span className="muted">No detail recorded</span>}</td>
                  <td>{humanize(rule.dimension)}</td>
                  <td>
                    {rule.action ? (
                      <DecisionBadge decision={rule.action} />
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                  <td className="num">+{rule.weight}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {t.shadowEvaluation ? <ShadowEvaluationNote shadow={t.shadowEvaluation} /> : null}
      </section>

      <section className="card" aria-labelledby={`checks-${t.id}`}>
        <h2 id={`checks-${t.id}`}>All checks</h2>
        <RuleChecks checks={t.allChecks} />
      </section>

      <div className="grid grid--2">
        <section className="card" aria-labelledby={`signals-${t.id}`}>
          <h2 id={`signals-${t.id}`}>Signals</h2>
          <SignalLists signals={t.signals} />
          <h3>Quick checks</h3>
          <CheckFacts checks={t.checks} />
        </section>
        <section className="card" aria-labelledby={`derived-${t.id}`}>
          <h2 id={`derived-${t.id}`}>Derived signals</h2>
          <JsonFacts value={t.derivedSignals} emptyText="Enrichment derived nothing." />
        </section>
      </div>

      <section className="card" aria-labelledby={`input-${t.id}`}>
        <h2 id={`input-${t.id}`}>Input as scored</h2>
        <JsonFacts value={t.input} emptyText="No input was stored." />
      </section>
    </div>
  );
}
