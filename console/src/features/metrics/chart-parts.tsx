import type { ReactNode } from 'react';

/** The drawing area inside a chart's viewBox: edges as coordinates, in viewBox units. */
export interface Plot {
  width: number;
  height: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A plot of `width` × `height` with room for y-axis labels on the left and x labels below. */
export function plotArea(width: number, height: number): Plot {
  return { width, height, top: 10, right: width - 8, bottom: height - 26, left: 44 };
}

interface YGridProps {
  plot: Plot;
  ticks: readonly number[];
  y: (value: number) => number;
  format: (value: number) => string;
}

/** Horizontal grid lines with their values on the left. */
export function YGrid({ plot, ticks, y, format }: YGridProps) {
  return (
    <g className="chart__grid">
      {ticks.map((t) => (
        <g key={t}>
          <line x1={plot.left} x2={plot.right} y1={y(t)} y2={y(t)} />
          <text x={plot.left - 6} y={y(t)} dy="0.32em" textAnchor="end">
            {format(t)}
          </text>
        </g>
      ))}
    </g>
  );
}

interface XLabelsProps {
  plot: Plot;
  labels: readonly string[];
  /** Centre of category `i`. */
  x: (i: number) => number;
  /** Print every n-th label, counted back from the last, so the latest day is always named. */
  every?: number;
}

/** Category labels under the plot. */
export function XLabels({ plot, labels, x, every = 1 }: XLabelsProps) {
  return (
    <g className="chart__x-labels">
      {labels.map((label, i) =>
        (labels.length - 1 - i) % every === 0 ? (
          <text key={i} x={x(i)} y={plot.bottom + 16} textAnchor="middle">
            {label}
          </text>
        ) : null,
      )}
    </g>
  );
}

export interface LegendItem {
  label: string;
  color: string;
}

/** The colour key of a chart. */
export function Legend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="chart__legend">
      {items.map((item) => (
        <li key={item.label}>
          <span className="chart__swatch" style={{ background: item.color }} aria-hidden="true" />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

interface DataTableProps {
  caption: string;
  columns: readonly string[];
  rows: readonly (readonly ReactNode[])[];
}

/** The numbers behind a chart, folded away until asked for. */
export function ChartDataTable({ caption, columns, rows }: DataTableProps) {
  return (
    <details className="chart__data">
      <summary>Show the data as a table</summary>
      <div className="chart__data-scroll">
        <table className="table">
          <caption className="metrics-sr-only">{caption}</caption>
          <thead>
            <tr>
              {columns.map((c, i) => (
                <th key={c} scope="col" className={i > 0 ? 'num' : undefined}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, i) =>
                  i === 0 ? (
                    <th key={i} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={i} className="num">
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
