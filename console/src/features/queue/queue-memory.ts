/**
 * The queue's last filter (its query string), so "back to the queue" and "next case" after a
 * resolution keep the analyst's view. Kept in sessionStorage: one tab, one working session.
 */
const KEY = 'warden.queueSearch';

export function rememberQueueSearch(search: string): void {
  try {
    window.sessionStorage.setItem(KEY, search);
  } catch {
    // Not remembered: "back" shows the unfiltered queue.
  }
}

/** The remembered query string without its `?`, or empty. */
export function recalledQueueSearch(): string {
  try {
    return window.sessionStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}
