import { useLayoutEffect } from 'react';
import { LivePresenceBadge } from '@/foundations/presence/live-presence';
import type { DirectoryUser } from '@/foundations/people/directory-user';

let firstBadgeMarked = false;

/** The live badge of a listed user; the first one on screen marks 'first-badge' for the benchmark (once per page load). */
export function DirectoryPresence({ user, showDuration = true }: { user: DirectoryUser; showDuration?: boolean }) {
  useLayoutEffect(() => {
    if (firstBadgeMarked) return;
    firstBadgeMarked = true;
    performance.mark('first-badge');
  }, []);
  return (
    <LivePresenceBadge
      userId={user.id}
      showDuration={showDuration}
      {...(user.presence ? { initial: user.presence } : {})}
      {...(user.observedAt === undefined ? {} : { initialAt: user.observedAt })}
    />
  );
}
