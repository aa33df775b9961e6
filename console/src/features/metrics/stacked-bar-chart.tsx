import { formatNumber } from '../../lib/format';
import {
  bandScale,
  labelEvery,
  linearScale,
  niceTicks,
  shortDay,
  stackMax,
  stackSeries,
} from './charts.logic';
import { Legend, XLabels, YGrid, plotArea } from './chart-parts';

export interface ChartSeries<K extends string> {
  key: K;
  label: string;
  color: string;
}

interface StackedBarChartProps<K extends string> {
  /** One YYYY-MM-DD day per bar, oldest first. */
  days: readonly string[];
  /** The values of each day, in the order of `days`. */
  values: readonly Readonly<Record<K, number>>[];
  /** Stacked bottom-up in this order; also the legend. */
  series: readonly ChartSeries<K>[];
  /** What the chart shows, in words, for screen readers. */
  summary: string;
  /** What one unit is, for tooltips ("transactions"). */
  unit: string;
}

const WIDTH = 1000;
const HEIGHT = 260;

/** Bars of stacked values per day, with round y ticks, day labels and a legend. */
export function StackedBarChart<K extends string>({
  days,
  values,
  series,
  summary,
  unit,
}: StackedBarChartProps<K>) {
  const plot = plotArea(WIDTH, HEIGHT);
  const keys = series.map((s) => s.key);
  const stacks = stackSeries(values, keys);
  const ticks = niceTicks(stackMax(stacks));
  const y = linearScale([0, ticks.at(-1)!], [plot.bottom, plot.top]);
  const bands = bandScale(days.length, [plot.left, plot.right], days.length > 60 ? 0.1 : 0.25);
  const color = new Map(series.map((s) => [s.key, s] as const));
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
        {stacks.map((stack, i) => {
          const total = stack.at(-1)?.y1 ?? 0;
          const parts = stack.map((s) => `${color.get(s.key)!.label} ${formatNumber(s.value)}`);
          return (
            <g key={days[i]} className="chart__bar-group" data-day={days[i]}>
              <title>{`${labels[i]}: ${formatNumber(total)} ${unit} (${parts.join(', ')})`}</title>
              <rect
                className="chart__hit"
                x={plot.left + i * bands.step}
                y={plot.top}
                width={bands.step}
                height={plot.bottom - plot.top}
              />
              {stack
                .filter((s) => s.value > 0)
                .map((s) => (
                  <rect
                    key={s.key}
                    x={bands.x(i)}
                    y={y(s.y1)}
                    width={bands.width}
                    height={Math.max(0, y(s.y0) - y(s.y1))}
                    fill={color.get(s.key)!.color}
                  />
                ))}
            </g>
          );
        })}
        <line
          className="chart__axis"
          x1={plot.left}
          x2={plot.right}
          y1={plot.bottom}
          y2={plot.bottom}
        />
        <XLabels
          plot={plot}
          labels={labels}
          x={(i) => bands.x(i) + bands.width / 2}
          every={labelEvery(days.length, 12)}
        />
      </svg>
      <figcaption>
        <Legend items={series} />
      </figcaption>
    </figure>
  );
}
