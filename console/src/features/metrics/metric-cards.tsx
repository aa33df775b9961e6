import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { MetricCards_FeedbackMetricsFragment as Metrics } from '../../gql/graphql';
import { formatNumber, formatPercent } from '../../lib/format';
import { Facts, MetricCard } from './metric-card';
import {
  FALSE_POSITIVE_TARGET,
  MIN_THRESHOLD_SAMPLE,
  PSI_BAND_LABELS,
  THRESHOLD_GAP_LIMIT,
  formatPsi,
  formatSigned,
  isAboveFalsePositiveTarget,
  plural,
  psiBand,
  thresholdGap,
  windowDays,
} from './metrics.logic';
import { formatDayLong } from './range.logic';

export const MetricCards_FeedbackMetricsFragment = graphql(`
  fragment MetricCards_FeedbackMetrics on FeedbackMetrics {
    transactions {
      total
      approved
      approvalRate
    }
    feedback {
      eventsSubmitted
      overrides
      overrideRate
    }
    labels {
      total
      fraud
      falsePositive
      falsePositiveRate
    }
    adaptiveThreshold {
      recommendedThreshold
      currentThreshold
      sampleSize
      labelledTransactions
      costRatio
      expectedCost
    }
    drift {
      psi
      meanShift
      currentMean
      baselineMean
      baselineTotal
      baselineFrom
      baselineTo
    }
  }
`);

interface MetricCardsProps {
  metrics: FragmentType<typeof MetricCards_FeedbackMetricsFragment>;
}

/** Every figure of `feedbackMetrics` as a card, with its target or interpretation. */
export function MetricCards(props: MetricCardsProps) {
  const { transactions, feedback, labels, adaptiveThreshold, drift } = getFragmentData(
    MetricCards_FeedbackMetricsFragment,
    props.metrics,
  );
  const target = formatPercent(FALSE_POSITIVE_TARGET, 0);
  const fpAbove = isAboveFalsePositiveTarget(labels.falsePositiveRate);
  return (
    <div className="metric-cards">
      <div className="grid grid--3">
        <MetricCard
          title="Approval rate"
          metric="approval-rate"
          value={formatPercent(transactions.approvalRate)}
        >
          {formatNumber(transactions.approved)} of {plural(transactions.total, 'transaction')}{' '}
          allowed
        </MetricCard>
        <MetricCard
          title="Override rate"
          metric="override-rate"
          value={formatPercent(feedback.overrideRate)}
        >
          {plural(feedback.overrides, 'override')}: a later tenant action contradicted the decision
          (BLOCK then APPROVE, ALLOW then DECLINE)
        </MetricCard>
        <MetricCard
          title="Feedback events"
          metric="feedback-events"
          value={formatNumber(feedback.eventsSubmitted)}
        >
          Tenant actions and analyst labels received in the range
        </MetricCard>
        <MetricCard
          title="Analyst labels"
          metric="analyst-labels"
          value={formatNumber(labels.total)}
        >
          <Facts
            items={[
              ['Fraud', formatNumber(labels.fraud)],
              ['False positives', formatNumber(labels.falsePositive)],
            ]}
          />
        </MetricCard>
        <MetricCard title="Fraud labels" metric="fraud-labels" value={formatNumber(labels.fraud)}>
          Transactions analysts labelled TRUE_FRAUD in the range
        </MetricCard>
        <MetricCard
          title="False-positive rate"
          metric="false-positive-rate"
          value={formatPercent(labels.falsePositiveRate)}
          flag={fpAbove ? `Above the ${target} target` : null}
        >
          Target: at most {target}.{' '}
          {labels.total > 0
            ? `${formatNumber(labels.falsePositive)} of ${plural(labels.total, 'analyst label')}.`
            : 'No analyst labels in the range.'}
        </MetricCard>
      </div>
      <div className="grid grid--2">
        <ThresholdCard threshold={adaptiveThreshold} />
        <DriftCard drift={drift} />
      </div>
    </div>
  );
}

function ThresholdCard({ threshold: t }: { threshold: Metrics['adaptiveThreshold'] }) {
  const { gap, flagged } = thresholdGap(t.recommendedThreshold, t.currentThreshold);
  const direction = gap !== null && gap > 0 ? 'above' : 'below';
  return (
    <MetricCard
      title="Recommended REVIEW threshold"
      metric="recommended-threshold"
      value={
        t.recommendedThreshold == null
          ? 'Not enough labels yet'
          : formatNumber(t.recommendedThreshold)
      }
      flag={
        flagged && gap !== null
          ? `${plural(Math.abs(gap), 'point')} ${direction} the current threshold`
          : null
      }
      wide
    >
      <p className="metric-card__note">
        {t.recommendedThreshold == null
          ? `A recommendation needs ${MIN_THRESHOLD_SAMPLE} weighted labels; there are ${formatNumber(t.sampleSize, 1)}.`
          : `The threshold with the lowest expected cost over labelled outcomes. A gap over ${THRESHOLD_GAP_LIMIT} points is worth a look.`}
      </p>
      <Facts
        items={[
          ['Current threshold', formatNumber(t.currentThreshold)],
          ['Difference', gap === null ? '—' : `${formatSigned(gap, 0)} points`],
          ['Sample size (weighted labels)', formatNumber(t.sampleSize, 1)],
          ['Labelled transactions', formatNumber(t.labelledTransactions)],
          ['Cost ratio (missed fraud : false alarm)', `${formatNumber(t.costRatio, 0)} : 1`],
          ['Expected cost', formatNumber(t.expectedCost, 1)],
        ]}
      />
    </MetricCard>
  );
}

function DriftCard({ drift: d }: { drift: Metrics['drift'] }) {
  const band = psiBand(d.psi);
  const baseline = windowDays(d.baselineFrom, d.baselineTo);
  return (
    <MetricCard
      title="Score drift (PSI)"
      metric="psi"
      value={formatPsi(d.psi)}
      flag={band === 'SIGNIFICANT' ? PSI_BAND_LABELS.SIGNIFICANT : null}
      wide
    >
      <p className="metric-card__note">
        <span className={`psi-band psi-band--${band.toLowerCase()}`} data-band={band}>
          {PSI_BAND_LABELS[band]}
        </span>{' '}
        Below 0.1 stable, 0.1 to 0.25 a moderate shift, 0.25 or more a significant shift against the
        previous period of equal length.
      </p>
      <Facts
        items={[
          ['Mean shift', d.meanShift == null ? '—' : `${formatSigned(d.meanShift)} points`],
          ['Mean score now', formatNumber(d.currentMean, 1)],
          ['Mean score before', formatNumber(d.baselineMean, 1)],
          [
            'Baseline window',
            baseline ? `${formatDayLong(baseline.from)} – ${formatDayLong(baseline.to)}` : '—',
          ],
          ['Baseline transactions', formatNumber(d.baselineTotal)],
        ]}
      />
    </MetricCard>
  );
}
