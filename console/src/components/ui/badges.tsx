/** A decision as a coloured pill: ALLOW green, REVIEW amber, CHALLENGE orange, BLOCK red. */
export function DecisionBadge({ decision }: { decision: string }) {
  return <span className={`badge badge--decision-${decision.toLowerCase()}`}>{decision}</span>;
}

/** A case priority as a coloured pill. */
export function PriorityBadge({ priority }: { priority: string }) {
  return <span className={`badge badge--${priority.toLowerCase()}`}>{priority}</span>;
}
