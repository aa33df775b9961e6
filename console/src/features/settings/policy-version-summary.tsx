import { DecisionBadge } from '../../components/ui/badges';
import { humanize } from '../../lib/format';
import { changedRules, changeValueText, type RuleDefaults } from './policy.logic';
import { RuleSettingCells } from './rule-cells';

interface SummaryRule extends RuleDefaults {
  label: string;
}

interface PolicyVersionSummaryProps {
  version: {
    transactionThresholds: {
      review?: number | null;
      challenge?: number | null;
      block?: number | null;
    };
    accountThresholds: { review?: number | null; challenge?: number | null; block?: number | null };
    caseSettings: { openOnBlock: boolean; slaHours: number };
    rules: readonly SummaryRule[];
    accountRules: readonly SummaryRule[];
  };
}

/** A published version's settings, read-only: thresholds, cases, rules changed from defaults. */
export function PolicyVersionSummary({ version }: PolicyVersionSummaryProps) {
  const rules = changedRules([...version.rules, ...version.accountRules]);
  return (
    <div className="policy-summary">
      <h3>Settings</h3>
      <dl className="facts">
        <dt>Transaction thresholds</dt>
        <dd>{changeValueText('transactionThresholds', version.transactionThresholds)}</dd>
        <dt>Account event thresholds</dt>
        <dd>{changeValueText('accountThresholds', version.accountThresholds)}</dd>
        <dt>Review cases</dt>
        <dd>{changeValueText('caseSettings', version.caseSettings)}</dd>
      </dl>
      <ChangedRulesTable rules={rules} />
    </div>
  );
}

/** Built-in rules that differ from their defaults, or a sentence saying none do. */
export function ChangedRulesTable({ rules }: { rules: readonly SummaryRule[] }) {
  if (rules.length === 0)
    return (
      <p className="muted">Every built-in rule has its default weight, status and parameters.</p>
    );
  return (
    <table className="table">
      <caption>Built-in rules changed from their defaults</caption>
      <thead>
        <tr>
          <th scope="col">Rule</th>
          <th scope="col" className="num">
            Weight
          </th>
          <th scope="col">Status</th>
          <th scope="col">Parameters</th>
        </tr>
      </thead>
      <tbody>
        {rules.map((r) => (
          <tr key={r.code}>
            <th scope="row">
              {r.label} <code className="muted">{r.code}</code>
            </th>
            <RuleSettingCells rule={r} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface CustomRuleRow {
  code: string;
  name: string;
  eventKind: string;
  condition: string;
  status: string;
  weight: number;
  action?: string | null;
}

/** The version's own CEL rules, read-only. */
export function CustomRulesList({ rules }: { rules: readonly CustomRuleRow[] }) {
  return (
    <div className="policy-custom-rules">
      <h3>Custom rules</h3>
      {rules.length === 0 ? (
        <p className="muted">This version has no custom rules.</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Events</th>
              <th scope="col">Condition</th>
              <th scope="col" className="num">
                Weight
              </th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {rules.map((r) => (
              <tr key={r.code}>
                <th scope="row">
                  {r.name} <code className="muted">{r.code}</code>
                  {r.action ? (
                    <div>
                      Forces <DecisionBadge decision={r.action} />
                    </div>
                  ) : null}
                </th>
                <td>{humanize(r.eventKind)}</td>
                <td>
                  <code>{r.condition}</code>
                </td>
                <td className="num">{r.weight}</td>
                <td>
                  <span className={`badge badge--rule-${r.status.toLowerCase()}`}>
                    {humanize(r.status)}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
