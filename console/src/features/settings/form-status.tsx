import { useCallback, useId, useState, type FormEvent, type ReactNode } from 'react';
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

interface CreateFormOptions<D, V> {
  /** The blank draft, also what a saved form starts over from. */
  empty: D;
  /** Problems by field; none means the draft may be sent. */
  problemsOf: (draft: D) => Partial<Record<string, string>>;
  /** The value sent for a draft (trimmed, converted). */
  toValue: (draft: D) => V;
  submit: Submit<V>;
  /** Shown once saved; a function reads the draft as it was sent. */
  successMessage: string | ((draft: D) => string);
}

/**
 * A form that creates something: a draft whose edits clear the last outcome, problems shown
 * only once it was sent (an empty form does not open in red), and a fresh draft once saved.
 */
export function useCreateForm<D extends object, V>(options: CreateFormOptions<D, V>) {
  const { empty, problemsOf, toValue, submit, successMessage } = options;
  const [draft, setDraft] = useState<D>(empty);
  const [tried, setTried] = useState(false);
  const { status, run, clear, saving } = useSubmitState(
    submit,
    typeof successMessage === 'function' ? successMessage(draft) : successMessage,
  );
  const edit = (next: Partial<D>) => {
    clear();
    setDraft((d) => ({ ...d, ...next }));
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(problemsOf(draft)).length) return;
    void run(toValue(draft)).then((created) => {
      if (!created) return;
      setDraft(empty);
      setTried(false);
    });
  };
  return { draft, edit, problems: tried ? problemsOf(draft) : {}, status, saving, onSubmit };
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
