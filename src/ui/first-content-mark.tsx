import { useEffect } from 'react';
import { markFirstContent } from '@/ui/first-content';

/**
 * Rendered beside a view's first content when that content is not a presence badge (which marks it itself):
 * the admin view's tables. After the paint that shows them, what waits for the first content may start.
 */
export function FirstContentMark() {
  useEffect(markFirstContent, []);
  return null;
}
