import { formatNumber } from '../../lib/format';
import { bandScale, labelEvery, linePath, linearScale, niceTicks, shortDay } from './charts.logic';
import { XLabels, YGrid, plotArea } from './chart-parts';

interface LineChartProps {
  /** One YYYY-MM-DD day per point, oldest first. */
  days: readonly string[];
  /** The value of each day; null leaves a gap (no data that day). */
  values: readonly (number | null)[];
  /** Top of the y scale; by default the largest value, rounded up to a tick. */
  max?: number;
  /** What the chart shows, in words, for screen readers. */
  summary: string;
  /** Tooltip name of the value ("average score"). */
  valueLabel: string;
  color: string;
}

const WIDTH = 560;
const HEIGHT = 240;

/** A value per day as a line with a dot per day; days without a value break the line. */
export function LineChart({ days, values, max, summary, valueLabel, color }: LineChartProps) {
  const plot = plotArea(WIDTH, HEIGHT);
  const top = max ?? Math.max(0, ...values.map((v) => v ?? 0));
  const ticks = niceTicks(top, { count: 5 });
  const y = linearScale([0, ticks.at(-1)!], [plot.bottom, plot.top]);
  const bands = bandScale(days.length, [plot.left, plot.right], 0);
  const cx = (i: number) => bands.x(i) + bands.step / 2;
  const points = values.map((v, i) => (v === null ? null : { x: cx(i), y: y(v) }));
  const labels = days.map(shortDay);
  return (
    <figure className="chart">
      <svg
        className="chart__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={summary}
      >
        <YGrid plot={plot} ticks={ticks} y={y} format={(t) => formatNumber(t)} />
        <line
          className="chart__axis"
          x1={plot.left}
          x2={plot.right}
          y1={plot.bottom}
          y2={plot.bottom}
        />
        <path className="chart__line" d={linePath(points)} stroke={color} />
        {points.map((p, i) =>
          p === null ? null : (
            <circle
              key={days[i]}
              className="chart__dot"
              cx={p.x}
              cy={p.y}
              r={days.length > 60 ? 2 : 3.5}
              fill={color}
            >
              <title>{`${labels[i]}: ${valueLabel} ${formatNumber(values[i], 1)}`}</title>
            </circle>
          ),
        )}
        <XLabels plot={plot} labels={labels} x={cx} every={labelEvery(days.length, 7)} />
      </svg>
    </figure>
  );
}
