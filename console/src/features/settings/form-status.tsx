import { useCallback, useId, useState, type ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { errorMessage } from '../../lib/graphql-errors';

/**
 * Sends a form's value. Resolves with the server's message when it refused, or null once saved,
 * so presentational forms can show the outcome without knowing about urql.
 */
export type Submit<T> = (value: T) => Promise<string | null>;

/** The server's message for a failed mutation, or null when it succeeded. */
export async function failureOf(
  result: Promise<{ error?: CombinedError }>,
): Promise<string | null> {
  const { error } = await result;
  return error ? errorMessage(error) : null;
}

/** Where the last submit of a form stands. */
export type SubmitState =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; message: string }
  | { state: 'failed'; message: string };

/**
 * Runs a Submit and remembers how it went: `saving` while in flight, then `saved` with
 * `successMessage` or `failed` with the server's message. `clear` forgets it (on the next edit).
 */
export function useSubmitState<T>(submit: Submit<T>, successMessage: string) {
  const [status, setStatus] = useState<SubmitState>({ state: 'idle' });
  const run = useCallback(
    async (value: T): Promise<boolean> => {
      setStatus({ state: 'saving' });
      const failure = await submit(value);
      setStatus(
        failure === null
          ? { state: 'saved', message: successMessage }
          : { state: 'failed', message: failure },
      );
      return failure === null;
    },
    [submit, successMessage],
  );
  const clear = useCallback(
    () => setStatus((s) => (s.state === 'saving' || s.state === 'idle' ? s : { state: 'idle' })),
    [],
  );
  return { status, run, clear, saving: status.state === 'saving' };
}

/** The outcome of the last submit, next to the form: announced politely, errors assertively. */
export function FormStatus({ status }: { status: SubmitState }) {
  if (status.state === 'saved')
    return (
      <p className="success" role="status">
        {status.message}
      </p>
    );
  if (status.state === 'failed')
    return (
      <p className="alert" role="alert">
        {status.message}
      </p>
    );
  return null;
}

/** What a form control needs to be tied to its label, hint and problem. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldProps {
  label: ReactNode;
  /** Guidance, read after the label. */
  hint?: ReactNode;
  /** The current problem, if any; marks the control invalid. */
  error?: string | null;
  className?: string;
  /** Renders the control with the given props spread onto it. */
  children: (control: ControlProps) => ReactNode;
}

/**
 * A labelled control with its hint and problem. The label is a sibling of the control, not its
 * parent, so the hint and the problem describe the control instead of becoming its name.
 */
export function Field({ label, hint, error, className, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      {hint ? (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={errorId} className="field__error">
          {error}
        </span>
      ) : null}
    </div>
  );
}

/** A problem shown outside a Field (e.g. under a fieldset), linked by `id`. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <span id={id} className="field__error">
      {message}
    </span>
  ) : null;
}
