import { useId } from 'react';
import { Field, FieldError, FormStatus, useCreateForm, type Submit } from './form-status';
import {
  EMPTY_WEBHOOK,
  WEBHOOK_EVENTS,
  WEBHOOK_EVENT_TEXT,
  toggleEvent,
  webhookProblems,
  type WebhookDraft,
} from './access.logic';

interface WebhookFormProps {
  /** "Live" or "Test": the endpoint receives that mode's events only. */
  modeLabel: string;
  onCreate: Submit<WebhookDraft>;
}

/** Registers an endpoint: its URL and the events it wants. */
export function WebhookForm({ modeLabel, onCreate }: WebhookFormProps) {
  const id = useId();
  const { draft, edit, problems, status, saving, onSubmit } = useCreateForm({
    empty: EMPTY_WEBHOOK,
    problemsOf: webhookProblems,
    toValue: (d: WebhookDraft) => ({ ...d, url: d.url.trim() }),
    submit: onCreate,
    successMessage: 'Endpoint registered.',
  });

  return (
    <form className="form" aria-labelledby={`${id}-title`} noValidate onSubmit={onSubmit}>
      <h3 id={`${id}-title`}>Add an endpoint ({modeLabel})</h3>
      <Field
        label="URL"
        hint="A public https URL. Warden POSTs each event there and retries until it answers 2xx."
        error={problems.url}
      >
        {(control) => (
          <input
            {...control}
            type="url"
            value={draft.url}
            placeholder="https://example.com/warden/webhooks"
            onChange={(event) => edit({ url: event.target.value })}
            required
          />
        )}
      </Field>
      <fieldset
        className="field choice-group"
        aria-describedby={problems.events ? `${id}-events-error` : undefined}
      >
        <legend>Events</legend>
        {WEBHOOK_EVENTS.map((event) => (
          <label key={event} className="checkbox">
            <input
              type="checkbox"
              checked={draft.events.includes(event)}
              onChange={() => edit({ events: toggleEvent(draft.events, event) })}
            />
            <code>{event}</code> <span className="muted">{WEBHOOK_EVENT_TEXT[event]}</span>
          </label>
        ))}
        <FieldError id={`${id}-events-error`} message={problems.events} />
      </fieldset>
      <FormStatus status={status.state === 'failed' ? status : { state: 'idle' }} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Adding…' : 'Add endpoint'}
        </button>
      </div>
    </form>
  );
}
