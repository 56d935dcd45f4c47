import { useEffect, useRef, type RefObject } from 'react';

/**
 * Focus follows a consult: into its "Complete" once that can be pressed (the request settled),
 * and to `after` when the consult is over (completed or cancelled), never lost to the page.
 */
export function useConsultFocus(
  consultActive: boolean,
  settled: boolean,
  completeRef: RefObject<HTMLButtonElement | null>,
  after: RefObject<HTMLElement | null>,
): void {
  const state = useRef<'none' | 'pending' | 'done'>('none');
  useEffect(() => {
    if (consultActive && state.current !== 'done') {
      state.current = 'pending';
      if (settled) {
        completeRef.current?.focus();
        state.current = 'done';
      }
    } else if (!consultActive && state.current !== 'none') {
      state.current = 'none';
      after.current?.focus();
    }
  }, [consultActive, settled, completeRef, after]);
}
