import { DecisionBadge, PriorityBadge } from '../../components/ui/badges';
import { ScoreGauge } from '../../components/ui/score-gauge';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatAmount, formatDateTime, humanize } from '../../lib/format';
import { Link } from '../../lib/router';
import { slaText } from '../queue/queue.logic';

export const CaseHeader_CaseFragment = graphql(`
  fragment CaseHeader_Case on Case {
    id
    status
    priority
    riskScore
    decision
    amount
    userId
    createdAt
    slaDueAt
    assignee {
      email
    }
    resolution {
      label
      confidence
      note
      resolvedBy
      resolvedAt
    }
    transaction {
      id
      type
      amount
      currency
      occurredAt
      reference
      riskLevel
    }
  }
`);

interface CaseHeaderProps {
  case: FragmentType<typeof CaseHeader_CaseFragment>;
  viewerEmail: string | null;
  /** Milliseconds since the epoch, for the SLA. */
  now: number;
  /** Absent for roles that may not work cases: no claim button then. */
  onClaim?: () => void;
  onRelease?: () => void;
  busy: boolean;
}

/** The case at a glance: score, decision, amount, SLA, who holds it, and claim/release. */
export function CaseHeader(props: CaseHeaderProps) {
  const c = getFragmentData(CaseHeader_CaseFragment, props.case);
  const t = c.transaction;
  const mine = c.assignee?.email === props.viewerEmail;
  const overdue = c.status !== 'RESOLVED' && Date.parse(c.slaDueAt) < props.now;
  return (
    <section className="card case-header" aria-label="Case summary">
      <ScoreGauge score={c.riskScore} caption={humanize(t.riskLevel) + ' risk'} />
      <div className="case-header__main">
        <div className="case-header__badges">
          <DecisionBadge decision={c.decision} />
          <PriorityBadge priority={c.priority} />
          <span className={`badge badge--status-${c.status.toLowerCase()}`}>
            {humanize(c.status)}
          </span>
        </div>
        <p className="case-header__amount">
          {formatAmount(t.amount, t.currency)}{' '}
          <span className="muted">
            {humanize(t.type)} · customer <code>{c.userId}</code>
          </span>
        </p>
        <p className="muted case-header__meta">
          Occurred {formatDateTime(t.occurredAt)}
          {t.reference ? (
            <>
              {' '}
              · ref <code>{t.reference}</code>
            </>
          ) : null}{' '}
          · <Link to={`/transactions/${t.id}`}>transaction details</Link>
        </p>
      </div>
      <dl className="facts case-header__facts">
        <dt>Opened</dt>
        <dd>{formatDateTime(c.createdAt)}</dd>
        <dt>SLA</dt>
        <dd className={overdue ? 'overdue' : undefined}>
          {c.status === 'RESOLVED' ? 'met or closed' : slaText(c.slaDueAt, props.now)}
        </dd>
        <dt>Assignee</dt>
        <dd>
          {c.assignee?.email ?? <span className="muted">unassigned</span>}
          {c.status !== 'RESOLVED' && props.onClaim && props.onRelease ? (
            mine ? (
              <button
                type="button"
                className="button button--small"
                onClick={props.onRelease}
                disabled={props.busy}
              >
                Release
              </button>
            ) : !c.assignee ? (
              <button
                type="button"
                className="button button--small"
                onClick={props.onClaim}
                disabled={props.busy}
                title="Claim (c)"
              >
                Claim
              </button>
            ) : null
          ) : null}
        </dd>
        {c.resolution ? (
          <>
            <dt>Resolution</dt>
            <dd>
              <strong>{humanize(c.resolution.label)}</strong> (
              {humanize(c.resolution.confidence).toLowerCase()}) by {c.resolution.resolvedBy},{' '}
              {formatDateTime(c.resolution.resolvedAt)}
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
