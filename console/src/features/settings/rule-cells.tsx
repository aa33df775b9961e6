import { humanize } from '../../lib/format';
import { paramsSummary } from './settings.logic';

/**
 * The cells every table of built-in rules shows the same way (the Rules tab, a draft's rules, a
 * published version's summary): the weight with its default when it differs, the status badge,
 * the parameters.
 */
export function RuleSettingCells({
  rule,
}: {
  rule: {
    weight: number;
    defaultWeight: number;
    status: string;
    params: Parameters<typeof paramsSummary>[0];
  };
}) {
  return (
    <>
      <td className="num">
        {rule.weight}
        {rule.weight !== rule.defaultWeight ? (
          <div className="muted">default {rule.defaultWeight}</div>
        ) : null}
      </td>
      <td>
        <span className={`badge badge--rule-${rule.status.toLowerCase()}`}>
          {humanize(rule.status)}
        </span>
      </td>
      <td className="rules-table__params">{paramsSummary(rule.params)}</td>
    </>
  );
}
