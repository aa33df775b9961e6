import { useState } from 'react';
import { ErrorState } from '../../components/ui/states';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatDateTime, humanize } from '../../lib/format';
import { MAX_NOTE } from './label.logic';

export const CaseTimeline_CaseFragment = graphql(`
  fragment CaseTimeline_Case on Case {
    timeline {
      type
      actor
      at
      note
      data
    }
  }
`);

const WHAT: Record<string, string> = {
  OPENED: 'opened the case',
  ASSIGNED: 'claimed it',
  UNASSIGNED: 'put it back in the queue',
  NOTE: 'added a note',
  RESOLVED: 'resolved it',
};

/** A resolution's label and confidence, from the event's data, when it has them. */
function resolutionText(data: unknown): string | null {
  if (!data || typeof data !== 'object') return null;
  const { label, confidence } = data as { label?: unknown; confidence?: unknown };
  if (typeof label !== 'string') return null;
  return typeof confidence === 'string'
    ? `${humanize(label)} (${humanize(confidence).toLowerCase()})`
    : humanize(label);
}

interface CaseTimelineProps {
  case: FragmentType<typeof CaseTimeline_CaseFragment>;
  /** Adds a note; resolves to whether it was saved. Absent on resolved cases. */
  onAddNote?: (note: string) => Promise<boolean>;
  busy?: boolean;
  error?: string | null;
}

/** Every change of the case, oldest first, and a box to add a note. */
export function CaseTimeline(props: CaseTimelineProps) {
  const { timeline } = getFragmentData(CaseTimeline_CaseFragment, props.case);
  const [note, setNote] = useState('');
  const trimmed = note.trim();
  const tooLong = note.length > MAX_NOTE;
  return (
    <section className="card" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      <ol className="timeline">
        {timeline.map((e, i) => (
          <li
            key={`${e.at}:${i}`}
            className={`timeline__item timeline__item--${e.type.toLowerCase()}`}
          >
            <div>
              <strong>{e.actor}</strong> {WHAT[e.type] ?? humanize(e.type)}
              {e.type === 'RESOLVED' && resolutionText(e.data) ? `: ${resolutionText(e.data)}` : ''}
            </div>
            {e.note ? <p className="timeline__note">{e.note}</p> : null}
            <time className="muted" dateTime={e.at}>
              {formatDateTime(e.at)}
            </time>
          </li>
        ))}
      </ol>
      {props.onAddNote ? (
        <form
          className="note-form"
          onSubmit={(ev) => {
            ev.preventDefault();
            if (!trimmed || tooLong || props.busy) return;
            void props.onAddNote?.(trimmed).then((saved) => {
              if (saved) setNote('');
            });
          }}
        >
          <label className="field">
            Add a note
            <textarea
              rows={2}
              value={note}
              aria-invalid={tooLong}
              onChange={(ev) => setNote(ev.target.value)}
            />
          </label>
          {tooLong ? (
            <p className="field__error">
              The note is {note.length - MAX_NOTE} characters too long.
            </p>
          ) : null}
          {props.error ? <ErrorState message={props.error} /> : null}
          <button type="submit" className="button" disabled={!trimmed || tooLong || props.busy}>
            Add note
          </button>
        </form>
      ) : null}
    </section>
  );
}
