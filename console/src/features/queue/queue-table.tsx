import { useEffect, useRef } from 'react';
import { DecisionBadge, PriorityBadge } from '../../components/ui/badges';
import { scoreTone } from '../../components/ui/score-gauge';
import { formatAgo, formatAmount } from '../../lib/format';
import { slaText, type QueueCase } from './queue.logic';

/** A queue row as the table shows it. */
export type QueueRow = QueueCase & { decision: string; amount?: number | null; userId: string };

interface QueueTableProps {
  rows: readonly QueueRow[];
  /** Index of the keyboard-selected row, or -1. */
  selected: number;
  /** Milliseconds since the epoch, for SLA and age. */
  now: number;
  onSelect: (index: number) => void;
  onOpen: (caseId: string) => void;
}

/** The queue's cases in server order; the selected row is highlighted and focused. */
export function QueueTable({ rows, selected, now, onSelect, onOpen }: QueueTableProps) {
  const body = useRef<HTMLTableSectionElement>(null);

  // Keep the selected row in view as rows arrive and leave.
  useEffect(() => {
    const row = body.current?.children[selected] as HTMLElement | undefined;
    row?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);

  return (
    <table className="table queue">
      <thead>
        <tr>
          <th scope="col">Priority</th>
          <th scope="col" className="num">
            Score
          </th>
          <th scope="col">Decision</th>
          <th scope="col">Customer</th>
          <th scope="col" className="num" title="In the tenant's base currency">
            Amount
          </th>
          <th scope="col">Opened</th>
          <th scope="col">SLA</th>
          <th scope="col">Assignee</th>
        </tr>
      </thead>
      <tbody ref={body}>
        {rows.map((row, i) => (
          <tr
            key={row.id}
            data-case-id={row.id}
            className={i === selected ? 'clickable row--selected' : 'clickable'}
            tabIndex={0}
            aria-selected={i === selected}
            onClick={() => onOpen(row.id)}
            onFocus={() => onSelect(i)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') onOpen(row.id);
            }}
          >
            <td>
              <PriorityBadge priority={row.priority} />
            </td>
            <td className="num">
              <span className={`score score--${scoreTone(row.riskScore)}`}>{row.riskScore}</span>
            </td>
            <td>
              <DecisionBadge decision={row.decision} />
            </td>
            <td>
              <code>{row.userId}</code>
            </td>
            <td className="num">{formatAmount(row.amount)}</td>
            <td className="muted">{formatAgo(row.createdAt, now)}</td>
            <td className={Date.parse(row.slaDueAt) < now ? 'overdue' : undefined}>
              {row.status === 'RESOLVED' ? '—' : slaText(row.slaDueAt, now)}
            </td>
            <td>
              {row.status === 'RESOLVED' ? (
                <span className="muted">resolved</span>
              ) : (
                (row.assignee?.email ?? <span className="muted">unassigned</span>)
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
