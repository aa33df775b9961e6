import type { CasePriority, CaseStatus, QueueFilter } from './queue.logic';

const STATUS_TEXT: Record<CaseStatus, string> = {
  OPEN: 'Open',
  IN_REVIEW: 'In review',
  RESOLVED: 'Resolved',
};
const PRIORITY_TEXT: Record<CasePriority, string> = {
  CRITICAL: 'Critical',
  HIGH: 'High',
  MEDIUM: 'Medium',
  LOW: 'Low',
};

interface QueueFiltersProps {
  filter: QueueFilter;
  onChange: (next: QueueFilter) => void;
}

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** The queue's filter bar: status, assignee, priority and minimum score. */
export function QueueFilters({ filter, onChange }: QueueFiltersProps) {
  return (
    <form
      className="toolbar queue-filters"
      aria-label="Filter the queue"
      onSubmit={(e) => e.preventDefault()}
    >
      <fieldset className="chips">
        <legend>Status</legend>
        {(Object.keys(STATUS_TEXT) as CaseStatus[]).map((status) => (
          <label key={status} className="chip">
            <input
              type="checkbox"
              checked={filter.statuses.includes(status)}
              // At least one status stays chosen: an empty set would mean "the default" anyway.
              disabled={filter.statuses.length === 1 && filter.statuses[0] === status}
              onChange={() => onChange({ ...filter, statuses: toggle(filter.statuses, status) })}
            />
            {STATUS_TEXT[status]}
          </label>
        ))}
      </fieldset>
      <fieldset className="chips">
        <legend>Priority</legend>
        {(Object.keys(PRIORITY_TEXT) as CasePriority[]).map((priority) => (
          <label key={priority} className="chip">
            <input
              type="checkbox"
              checked={filter.priorities.includes(priority)}
              onChange={() =>
                onChange({ ...filter, priorities: toggle(filter.priorities, priority) })
              }
            />
            {PRIORITY_TEXT[priority]}
          </label>
        ))}
      </fieldset>
      <label className="field">
        Assignee
        <select
          value={filter.assignee}
          onChange={(e) =>
            onChange({ ...filter, assignee: e.target.value as QueueFilter['assignee'] })
          }
        >
          <option value="ANYONE">Anyone</option>
          <option value="ME">Me</option>
          <option value="UNASSIGNED">Unassigned</option>
        </select>
      </label>
      <label className="field field--narrow">
        Min score
        <input
          type="number"
          min={0}
          max={100}
          inputMode="numeric"
          value={filter.minScore ?? ''}
          placeholder="0"
          onChange={(e) => {
            const raw = e.target.value.trim();
            const n = Number(raw);
            if (raw === '') onChange({ ...filter, minScore: null });
            else if (Number.isInteger(n) && n >= 0 && n <= 100)
              onChange({ ...filter, minScore: n });
          }}
        />
      </label>
    </form>
  );
}
