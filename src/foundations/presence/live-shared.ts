import type { NotificationsStatus } from '@/genesys/notifications-socket';

// What live-presence.tsx (the badges and the hook, with every list's first content) and push-hub.ts (the socket's
// side, loaded after the first content) share.

/**
 * A row must stay on screen this long before its old presence is refetched: fast
 * scrolling through thousands of rows then costs no requests, and the rows the
 * person stops at are current within a fraction of a second.
 */
export const ON_SCREEN_DWELL_MS = 400;
/**
 * Data fetched up to this long before a user's topic was requested counts as
 * current once the subscription is in place (a row that just loaded is not
 * fetched twice); older data is refetched then: subscribe first, then fetch.
 */
export const SUBSCRIBE_GRACE_MS = 2_000;

export const presenceTopic = (userId: string): string => `v2.users.${userId}.integrationpresence`;

/** The sync state a view shows (its connection line); the push hub updates every mounted view's. */
export interface SyncState {
  connection: NotificationsStatus;
  lastSyncAt?: number;
  /** Users whose topic the channel refused (shared by every view on the socket). */
  refused: ReadonlySet<string>;
}

export interface SyncStore {
  get: () => SyncState;
  update: (patch: Partial<SyncState>) => void;
  subscribe: (listener: () => void) => () => void;
}

export const NOBODY: ReadonlySet<string> = new Set();
