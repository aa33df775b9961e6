import { useEffect, useState } from 'react';

/** The current time in ms, refreshed every `everyMs` (default 30 s): for countdowns and "5 min ago". */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}
