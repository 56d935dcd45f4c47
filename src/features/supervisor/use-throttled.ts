import { useEffect, useRef, useState } from 'react';

/**
 * `value`, passed on at most once every `ms` (the first change at once, the last one always):
 * at 50,000 people the board's totals and list are recomputed once a second, not for every
 * page, sweep answer and socket event.
 */
export function useThrottled<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const lastAt = useRef(0);
  useEffect(() => {
    if (Object.is(value, shown)) return;
    const wait = lastAt.current + ms - Date.now();
    const timer = setTimeout(
      () => {
        lastAt.current = Date.now();
        setShown(() => value);
      },
      Math.max(0, wait),
    );
    return () => {
      clearTimeout(timer);
    };
  }, [value, shown, ms]);
  return shown;
}
