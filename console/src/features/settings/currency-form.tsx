import { useId, useState } from 'react';
import { Field, FormStatus, useSubmitState, type Submit } from './form-status';
import { parseCurrencySettings, ratesToText } from './settings.logic';

/** The base currency amounts are compared in, and the tenant's own conversion rates. */
export interface CurrencySettings {
  baseCurrency: string;
  /** Units of the base currency per unit of each currency. */
  rates: Record<string, number>;
}

interface CurrencyFormProps {
  currentBase: string;
  /** The stored rates (`ScoringPolicy.currencyRates`). */
  currentRates: unknown;
  onSave: Submit<CurrencySettings>;
}

/** Base currency and rates; the form starts from the stored ones, and a save replaces them all. */
export function CurrencyForm({ currentBase, currentRates, onSave }: CurrencyFormProps) {
  const id = useId();
  const [base, setBase] = useState(currentBase);
  const [rates, setRates] = useState(() => ratesToText(currentRates));
  const [touched, setTouched] = useState(false);
  const { status, run, clear, saving } = useSubmitState(onSave, 'Currency settings saved.');
  const { value, problems } = parseCurrencySettings(base, rates);

  const edit = (apply: () => void) => {
    clear();
    setTouched(true);
    apply();
  };

  return (
    <form
      className="card form"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        if (value && touched) void run(value).then((saved) => saved && setTouched(false));
      }}
    >
      <h2 id={`${id}-title`}>Currency</h2>
      <p className="muted">
        Amount rules and case priorities compare amounts in the base currency, currently{' '}
        <strong>{currentBase}</strong>. Currencies without a rate of your own use Warden's shipped
        indicative rates.
      </p>
      <Field className="field--short" label="Base currency" error={problems.baseCurrency}>
        {(control) => (
          <input
            {...control}
            type="text"
            value={base}
            maxLength={3}
            autoCapitalize="characters"
            onChange={(event) => edit(() => setBase(event.target.value))}
          />
        )}
      </Field>
      <Field
        label="Your rates"
        hint={
          <>
            One currency per line: its ISO code and how many units of the base currency one unit is
            worth. The list is saved as a whole: a line removed here is a rate removed.
          </>
        }
        error={problems.rates}
      >
        {(control) => (
          <textarea
            {...control}
            rows={4}
            value={rates}
            placeholder={'EUR 1.08\nGBP 1.27'}
            onChange={(event) => edit(() => setRates(event.target.value))}
          />
        )}
      </Field>
      <FormStatus status={status} />
      <div className="form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={!value || !touched || saving}
        >
          {saving ? 'Saving…' : 'Save currency settings'}
        </button>
      </div>
    </form>
  );
}
