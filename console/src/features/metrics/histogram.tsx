import { formatNumber, formatPercent } from '../../lib/format';
import { bandScale, linearScale, niceTicks } from './charts.logic';
import { Legend, XLabels, YGrid, plotArea } from './chart-parts';

export interface HistogramBin {
  /** "0–9". */
  label: string;
  count: number;
  baselineCount: number;
}

interface HistogramProps {
  bins: readonly HistogramBin[];
  /** What the chart shows, in words, for screen readers. */
  summary: string;
  currentLabel: string;
  baselineLabel: string;
}

const WIDTH = 560;
const HEIGHT = 240;
export const CURRENT_COLOR = '#2f5bd3';
export const BASELINE_COLOR = '#9aa3b2';

function shares(counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.map((c) => (total === 0 ? 0 : c / total));
}

/**
 * Two distributions side by side per bin, as shares of their own totals (windows of different
 * volume stay comparable, as in the PSI); the counts are in the tooltips.
 */
export function Histogram({ bins, summary, currentLabel, baselineLabel }: HistogramProps) {
  const plot = plotArea(WIDTH, HEIGHT);
  const current = shares(bins.map((b) => b.count));
  const baseline = shares(bins.map((b) => b.baselineCount));
  const ticks = niceTicks(Math.max(...current, ...baseline) * 100, { count: 5 });
  const y = linearScale([0, ticks.at(-1)!], [plot.bottom, plot.top]);
  const bands = bandScale(bins.length, [plot.left, plot.right], 0.2);
  const half = bands.width / 2;
  const bar = (i: number, share: number, offset: number, fill: string, text: string) => (
    <rect
      x={bands.x(i) + offset}
      y={y(share * 100)}
      width={half}
      height={Math.max(0, plot.bottom - y(share * 100))}
      fill={fill}
    >
      <title>{text}</title>
    </rect>
  );
  return (
    <figure className="chart">
      <svg
        className="chart__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={summary}
      >
        <YGrid plot={plot} ticks={ticks} y={y} format={(t) => `${formatNumber(t)} %`} />
        {bins.map((b, i) => (
          <g key={b.label} className="chart__bin">
            {bar(
              i,
              current[i]!,
              0,
              CURRENT_COLOR,
              `Scores ${b.label}, ${currentLabel}: ${formatNumber(b.count)} (${formatPercent(current[i])})`,
            )}
            {bar(
              i,
              baseline[i]!,
              half,
              BASELINE_COLOR,
              `Scores ${b.label}, ${baselineLabel}: ${formatNumber(b.baselineCount)} (${formatPercent(baseline[i])})`,
            )}
          </g>
        ))}
        <line
          className="chart__axis"
          x1={plot.left}
          x2={plot.right}
          y1={plot.bottom}
          y2={plot.bottom}
        />
        <XLabels plot={plot} labels={bins.map((b) => b.label)} x={(i) => bands.x(i) + half} />
      </svg>
      <figcaption>
        <Legend
          items={[
            { label: currentLabel, color: CURRENT_COLOR },
            { label: baselineLabel, color: BASELINE_COLOR },
          ]}
        />
      </figcaption>
    </figure>
  );
}
