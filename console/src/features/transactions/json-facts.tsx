import { Fragment } from 'react';
import { flattenJson } from './explanation.logic';

interface JsonFactsProps {
  /** Any JSON value; nested objects read as dotted keys. */
  value: unknown;
  /** Shown when the value holds nothing. */
  emptyText: string;
}

/** A free-form JSON value (derived signals, the normalized input) as a readable key/value list. */
export function JsonFacts({ value, emptyText }: JsonFactsProps) {
  const entries = flattenJson(value);
  if (entries.length === 0) return <p className="muted">{emptyText}</p>;
  return (
    <dl className="facts tx-json">
      {entries.map(({ key, value: text }) => (
        <Fragment key={key}>
          <dt>
            <code>{key}</code>
          </dt>
          <dd>{text}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
