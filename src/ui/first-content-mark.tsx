import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { afterFirstContent, firstContentShown, markFirstContent } from '@/ui/first-content';

/**
 * Rendered beside a view's first content when that content is not a presence badge (which marks it itself):
 * the admin view's tables. After the paint that shows them, what waits for the first content may start.
 */
export function FirstContentMark() {
  useEffect(markFirstContent, []);
  return null;
}

/** False until the view's first content has been shown (or afterFirstContent's fallback wait is over), then true. */
export function useFirstContentShown(): boolean {
  const [shown, setShown] = useState(firstContentShown);
  useEffect(() => {
    if (shown) return;
    let mounted = true;
    afterFirstContent(() => {
      if (mounted) setShown(true);
    });
    return () => {
      mounted = false;
    };
  }, [shown]);
  return shown;
}

/**
 * A part of a view that its first content does not need (a lazy component in `children`): `placeholder` until
 * that content is shown, so the part's code does not compete with it, then the part (`placeholder` while it loads).
 */
export function AfterFirstContent({ placeholder, children }: { placeholder: ReactNode; children: ReactNode }) {
  return useFirstContentShown() ? <Suspense fallback={placeholder}>{children}</Suspense> : placeholder;
}
