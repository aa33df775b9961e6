import { Fragment, useId } from 'react';
import { formatNumber } from '../../lib/format';
import {
  BACKTEST_DECISIONS,
  decisionCounts,
  groupedBars,
  outcomeDeltas,
  signed,
  type ChartGeometry,
} from './backtest.logic';

interface DecisionCount {
  decision: string;
  count: number;
}

const GEOMETRY: ChartGeometry = {
  width: 520,
  height: 240,
  top: 24,
  baseline: 200,
  left: 12,
  right: 508,
};

interface BacktestChartProps {
  before: readonly DecisionCount[];
  after: readonly DecisionCount[];
  version: number;
  comparedWith: number;
}

/**
 * Decisions before and after as grouped bars, each labelled with its count. The SVG carries a
 * title and a description giving every number, so the chart says the same thing read aloud.
 */
export function BacktestChart({ before, after, version, comparedWith }: BacktestChartProps) {
  const id = useId();
  const b = decisionCounts(before);
  const a = decisionCounts(after);
  const bars = groupedBars(b, a, GEOMETRY);
  const group = (GEOMETRY.right - GEOMETRY.left) / BACKTEST_DECISIONS.length;
  const description = BACKTEST_DECISIONS.map(
    (d) => `${d}: ${formatNumber(b[d])} before, ${formatNumber(a[d])} after`,
  ).join('; ');
  const beforeName = comparedWith === 0 ? 'the defaults' : `version ${comparedWith}`;

  return (
    <figure className="backtest-chart">
      <svg
        viewBox={`0 0 ${GEOMETRY.width} ${GEOMETRY.height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>
          Decisions under {beforeName} (before) and version {version} (after)
        </title>
        <desc id={`${id}-desc`}>{description}</desc>
        <line
          className="backtest-chart__axis"
          x1={GEOMETRY.left}
          x2={GEOMETRY.right}
          y1={GEOMETRY.baseline}
          y2={GEOMETRY.baseline}
        />
        {bars.map((bar) => (
          <g key={`${bar.decision}-${bar.side}`} data-decision={bar.decision} data-side={bar.side}>
            <rect
              className={`backtest-chart__${bar.side}`}
              x={bar.x}
              y={bar.y}
              width={bar.width}
              height={bar.height}
            />
            <text x={bar.x + bar.width / 2} y={bar.y - 4} textAnchor="middle">
              {formatNumber(bar.count)}
            </text>
          </g>
        ))}
        {BACKTEST_DECISIONS.map((d, i) => (
          <text
            key={d}
            x={GEOMETRY.left + group * (i + 0.5)}
            y={GEOMETRY.baseline + 18}
            textAnchor="middle"
          >
            {d}
          </text>
        ))}
      </svg>
      <figcaption className="muted">
        <span className="chart__swatch backtest-chart__before-swatch" aria-hidden="true">
          ■
        </span>{' '}
        before ({beforeName}) ·{' '}
        <span className="chart__swatch backtest-chart__after-swatch" aria-hidden="true">
          ■
        </span>{' '}
        after (version {version})
      </figcaption>
    </figure>
  );
}

interface BacktestSummaryProps {
  result: {
    events: number;
    skipped: number;
    changed: number;
    fraudCaught: number;
    fraudMissed: number;
    falsePositives: number;
    fraudCaughtBefore: number;
    fraudMissedBefore: number;
    falsePositivesBefore: number;
    seconds: number;
    eventsPerSecond: number;
  };
}

/** The backtest in numbers: events, changes, and fraud outcomes before → after with deltas. */
export function BacktestSummary({ result }: BacktestSummaryProps) {
  return (
    <dl className="facts backtest-summary">
      <dt>Events re-decided</dt>
      <dd>
        {formatNumber(result.events)}
        {result.skipped
          ? ` (${formatNumber(result.skipped)} skipped: scored before snapshots)`
          : ''}
      </dd>
      <dt>Decisions changed</dt>
      <dd>{formatNumber(result.changed)}</dd>
      {outcomeDeltas(result).map((o) => (
        <Fragment key={o.label}>
          <dt>{o.label}</dt>
          <dd>
            {formatNumber(o.before)} → {formatNumber(o.after)}{' '}
            <span className={`backtest-delta--${o.tone}`}>
              ({signed(o.delta)}
              {o.tone === 'same' ? '' : o.tone === 'good' ? ', better' : ', worse'})
            </span>
          </dd>
        </Fragment>
      ))}
      <dt>Took</dt>
      <dd>
        {result.seconds.toFixed(1)} s · {formatNumber(result.eventsPerSecond)} events/s
      </dd>
    </dl>
  );
}
