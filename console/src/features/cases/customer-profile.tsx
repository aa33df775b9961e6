import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatAmount, formatDateTime, formatNumber, humanize } from '../../lib/format';
import { trustBadge } from './trust.logic';

export const CustomerProfile_CustomerFragment = graphql(`
  fragment CustomerProfile_Customer on Customer {
    externalId
    email
    country
    kycLevel
    segment
    onboarded
    accountOpenedAt
    firstSeenAt
    lastSeenAt
    profile {
      trustScore
      trustLevel
      statistics {
        count
        average
        max
        stdDev
      }
      patterns {
        transactionsPerDay
        typicalAmountMin
        typicalAmountMax
        typicalHours
        distinctRecipients
        countries {
          name
          count
        }
        channels {
          name
          count
        }
      }
      riskFactors {
        chargebacks
        disputes
        fraudLabels
      }
    }
  }
`);

function top(items: readonly { name: string; count: number }[]): string {
  if (items.length === 0) return '—';
  return items
    .slice(0, 3)
    .map((i) => `${i.name} (${i.count})`)
    .join(', ');
}

interface CustomerProfileProps {
  customer: FragmentType<typeof CustomerProfile_CustomerFragment>;
  /** The tenant's base currency, for amounts. */
  currency?: string | null;
}

/** Who the customer is and what is normal for them: onboarding data, statistics, patterns. */
export function CustomerProfile(props: CustomerProfileProps) {
  const c = getFragmentData(CustomerProfile_CustomerFragment, props.customer);
  const p = c.profile;
  const trust = trustBadge(p.trustLevel);
  const risky = p.riskFactors.fraudLabels + p.riskFactors.chargebacks + p.riskFactors.disputes > 0;
  return (
    <section className="card" aria-labelledby="customer-heading">
      <h2 id="customer-heading">Customer</h2>
      <p className="customer-trust">
        <span className={`trust ${trust.modifier}`}>{trust.text}</span>{' '}
        {trust.showScore ? (
          <span className="muted">score {p.trustScore} / 100</span>
        ) : (
          <span className="muted">too little history to judge</span>
        )}
      </p>
      <dl className="facts">
        <dt>Id</dt>
        <dd>
          <code>{c.externalId}</code>
        </dd>
        <dt>E-mail</dt>
        <dd>{c.email ?? '—'}</dd>
        <dt>Country</dt>
        <dd>{c.country ?? '—'}</dd>
        <dt>KYC</dt>
        <dd>{c.kycLevel ? humanize(c.kycLevel) : c.onboarded ? '—' : 'not onboarded'}</dd>
        {c.segment ? (
          <>
            <dt>Segment</dt>
            <dd>{c.segment}</dd>
          </>
        ) : null}
        <dt>Account opened</dt>
        <dd>{formatDateTime(c.accountOpenedAt)}</dd>
        <dt>First seen</dt>
        <dd>{formatDateTime(c.firstSeenAt)}</dd>
        <dt>Transactions</dt>
        <dd>
          {formatNumber(p.statistics.count)} · {formatNumber(p.patterns.transactionsPerDay, 1)} per
          day
        </dd>
        <dt>Average amount</dt>
        <dd>
          {formatAmount(p.statistics.average, props.currency)}{' '}
          <span className="muted">max {formatAmount(p.statistics.max)}</span>
        </dd>
        <dt>Typical range</dt>
        <dd>
          {formatAmount(p.patterns.typicalAmountMin)} – {formatAmount(p.patterns.typicalAmountMax)}
        </dd>
        <dt>Usual hours (UTC)</dt>
        <dd>{p.patterns.typicalHours.length ? p.patterns.typicalHours.join(', ') : '—'}</dd>
        <dt>Countries</dt>
        <dd>{top(p.patterns.countries)}</dd>
        <dt>Channels</dt>
        <dd>{top(p.patterns.channels)}</dd>
        <dt>Recipients</dt>
        <dd>{formatNumber(p.patterns.distinctRecipients)}</dd>
        <dt>Risk history</dt>
        <dd className={risky ? 'overdue' : undefined}>
          {p.riskFactors.fraudLabels} fraud · {p.riskFactors.chargebacks} chargebacks ·{' '}
          {p.riskFactors.disputes} disputes
        </dd>
      </dl>
    </section>
  );
}
