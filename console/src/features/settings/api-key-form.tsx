import { useId, useState } from 'react';
import { Field, FormStatus, useSubmitState, type Submit } from './form-status';
import { MODES, apiKeyNameProblem, type Mode } from './access.logic';

const MODE_TEXT: Record<Mode, string> = {
  TEST: 'Test: scores in a separate world, for integration and staging',
  LIVE: 'Live: scores real traffic and builds real profiles',
};

interface ApiKeyFormProps {
  onCreate: Submit<{ name: string; mode: Mode }>;
}

/** Names a new key and picks its mode; the mode is explicit, whatever data the console shows. */
export function ApiKeyForm({ onCreate }: ApiKeyFormProps) {
  const id = useId();
  const [name, setName] = useState('');
  const [mode, setMode] = useState<Mode>('TEST');
  const [tried, setTried] = useState(false);
  const { status, run, clear, saving } = useSubmitState(onCreate, 'Key created.');
  const problem = apiKeyNameProblem(name);

  return (
    <form
      className="form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (problem) return;
        void run({ name: name.trim(), mode }).then((created) => {
          if (!created) return;
          setName('');
          setTried(false);
        });
      }}
    >
      <h3 id={`${id}-title`}>Create a key</h3>
      <div className="grid grid--2">
        <Field label="Name" error={tried ? problem : null}>
          {(control) => (
            <input
              {...control}
              type="text"
              value={name}
              placeholder="e.g. Checkout service"
              onChange={(event) => {
                clear();
                setName(event.target.value);
              }}
              required
            />
          )}
        </Field>
        <fieldset className="field choice-group">
          <legend>Mode</legend>
          {MODES.map((m) => (
            <label key={m} className="checkbox">
              <input
                type="radio"
                name={`${id}-mode`}
                value={m}
                checked={mode === m}
                onChange={() => {
                  clear();
                  setMode(m);
                }}
              />
              {MODE_TEXT[m]}
            </label>
          ))}
        </fieldset>
      </div>
      <FormStatus status={status.state === 'failed' ? status : { state: 'idle' }} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Creating…' : 'Create key'}
        </button>
      </div>
    </form>
  );
}
