import { useId, useState } from 'react';
import { Field, FormStatus, useSubmitState, type Submit } from '../settings/form-status';
import {
  RATE_LIMIT_FIELDS,
  describeLimit,
  parseRateLimits,
  rateLimitsChanged,
  rateLimitsToDraft,
  type RateLimitField,
  type RateLimitsDraft,
  type RateLimitsValue,
  type RateLimitsView,
} from './admin.logic';

const LABELS: Record<RateLimitField, { label: string; hint: string }> = {
  scoringPerMinute: {
    label: 'Scored events per minute',
    hint: 'scoreTransaction, scoreAccountEvent; a batch counts each item',
  },
  otherPerMinute: {
    label: 'Other requests per minute',
    hint: 'feedback, lists, lookups and console calls',
  },
};

interface RateLimitsFormProps {
  /** The limits in force, the tenant's own values and the server defaults. */
  current: RateLimitsView;
  onSave: Submit<RateLimitsValue>;
}

/**
 * A tenant's per-minute limits, per mode. Each field shows what is in force and whether it is
 * the server default; a blank field returns that limit to the default.
 */
export function RateLimitsForm({ current, onSave }: RateLimitsFormProps) {
  const id = useId();
  const [draft, setDraft] = useState<RateLimitsDraft>(() => rateLimitsToDraft(current));
  const { status, run, clear, saving } = useSubmitState(onSave, 'Rate limits saved.');
  const { value, problems } = parseRateLimits(draft);
  const changed = value !== null && rateLimitsChanged(value, current);

  return (
    <form
      className="card form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (value && changed) void run(value);
      }}
    >
      <h2 id={`${id}-title`}>Rate limits</h2>
      <p className="muted">
        Counted per minute for live and test traffic separately. Over the limit, requests get HTTP
        429 with <code>Retry-After</code>.
      </p>
      <dl className="admin-facts" aria-label="Limits in force">
        {RATE_LIMIT_FIELDS.map((field) => (
          <div key={field}>
            <dt>{LABELS[field].label}</dt>
            <dd>{describeLimit(current, field)}</dd>
          </div>
        ))}
      </dl>
      <div className="grid grid--2">
        {RATE_LIMIT_FIELDS.map((field) => (
          <Field
            key={field}
            label={LABELS[field].label}
            hint={`${LABELS[field].hint}. Blank: the server default (${current.defaults[field].toLocaleString('en-GB')}).`}
            error={problems[field]}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                inputMode="numeric"
                placeholder={`Default: ${current.defaults[field].toLocaleString('en-GB')}`}
                value={draft[field]}
                onChange={(event) => {
                  clear();
                  const text = event.target.value;
                  setDraft((d) => ({ ...d, [field]: text }));
                }}
              />
            )}
          </Field>
        ))}
      </div>
      <FormStatus status={status} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={!changed || saving}>
          {saving ? 'Saving…' : 'Save rate limits'}
        </button>
      </div>
    </form>
  );
}
