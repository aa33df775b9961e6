import type { ReactNode } from 'react';

/** A placeholder while data loads; announced politely to screen readers. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="state state--loading muted" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

interface ErrorStateProps {
  /** What the server said (already made readable). */
  message: string;
  /** Offers "Try again" when given. */
  onRetry?: () => void;
}

/** A failed load or action: the server's message, and a way to retry. */
export function ErrorState({ message, onRetry }: ErrorStateProps) {
  return (
    <div className="alert" role="alert">
      <p>{message}</p>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

/** Nothing to show yet, and what would make something appear. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state--empty">
      <p className="state__title">{title}</p>
      {children ? <div className="muted">{children}</div> : null}
    </div>
  );
}
