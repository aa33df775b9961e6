import { useId, type ReactNode } from 'react';

interface MetricCardProps {
  /** The metric's name: the card's heading and accessible name. */
  title: string;
  /** A stable `data-metric` key on the value, for tests and tooling ("fraud-labels"). */
  metric: string;
  /** The headline figure, as text. */
  value: string;
  /** A warning shown beside the value and outlining the card, when the figure needs attention. */
  flag?: string | null;
  /** Context under the value: what it is made of, against what target. */
  children?: ReactNode;
  wide?: boolean;
}

/** One figure with its name and context, as a labelled region. */
export function MetricCard({ title, metric, value, flag, children, wide }: MetricCardProps) {
  const id = useId();
  const classes = ['card', 'metric-card'];
  if (flag) classes.push('metric-card--flagged');
  if (wide) classes.push('metric-card--wide');
  return (
    <section className={classes.join(' ')} aria-labelledby={id}>
      <h2 id={id} className="metric-card__title">
        {title}
      </h2>
      <p className="metric-card__value">
        <span data-metric={metric}>{value}</span>
        {flag ? <span className="metric-flag">{flag}</span> : null}
      </p>
      {children ? <div className="metric-card__detail">{children}</div> : null}
    </section>
  );
}

/** Label–value pairs under a card's headline. */
export function Facts({ items }: { items: readonly [label: string, value: ReactNode][] }) {
  return (
    <dl className="metric-facts">
      {items.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
