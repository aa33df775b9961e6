import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

interface SecretOnceProps {
  /** What the secret is, e.g. "Your new API key". Also labels the value. */
  title: string;
  secret: string;
  /** How to use it (optional). */
  children?: ReactNode;
  /** The user has stored it: the secret is dropped from the page. */
  onDone: () => void;
}

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * A secret the server returns once (an API key, a signing secret), highlighted with a Copy
 * button. Where the clipboard is unavailable (plain http, a refused permission) the value is
 * selected so the user can copy it by hand. Focus moves here so screen readers announce it.
 */
export function SecretOnce({ title, secret, children, onDone }: SecretOnceProps) {
  const boxRef = useRef<HTMLElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const [copy, setCopy] = useState<CopyState>('idle');

  useEffect(() => {
    boxRef.current?.focus();
  }, []);

  const copyToClipboard = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(secret);
      setCopy('copied');
    } catch {
      setCopy('failed');
      inputRef.current?.focus();
      inputRef.current?.select();
    }
  };

  return (
    <section ref={boxRef} className="secret-once" aria-labelledby={titleId} tabIndex={-1}>
      <h3 id={titleId}>{title}</h3>
      <p>
        <strong>Copy it now: it will not be shown again.</strong> If it is lost, create a new one.
      </p>
      {children}
      <div className="secret-once__value">
        <input
          ref={inputRef}
          className="secret-once__input"
          readOnly
          value={secret}
          aria-label={title}
          spellCheck={false}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button
          type="button"
          className="button button--primary"
          onClick={() => void copyToClipboard()}
        >
          Copy
        </button>
      </div>
      <p className="secret-once__feedback" role="status">
        {copy === 'copied'
          ? 'Copied to the clipboard.'
          : copy === 'failed'
            ? 'The browser would not copy it: the value is selected, press Ctrl+C (⌘C on a Mac).'
            : ''}
      </p>
      <button type="button" className="button" onClick={onDone}>
        I have stored it
      </button>
    </section>
  );
}
