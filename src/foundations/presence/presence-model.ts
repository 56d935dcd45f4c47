import { z } from 'zod/mini';

// The presences a badge can show. Anything the platform sends that we do not
// know becomes "unknown": never a crash, never "available".
export const PRESENCE_KEYS = [
  'available',
  'busy',
  'away',
  'meeting',
  'on-queue',
  'break',
  'meal',
  'training',
  'idle',
  'offline',
  'unknown',
] as const;
export type PresenceKey = (typeof PRESENCE_KEYS)[number];

const SYSTEM_TO_KEY: Record<string, PresenceKey> = {
  AVAILABLE: 'available',
  BUSY: 'busy',
  AWAY: 'away',
  MEETING: 'meeting',
  ON_QUEUE: 'on-queue',
  BREAK: 'break',
  MEAL: 'meal',
  TRAINING: 'training',
  IDLE: 'idle',
  OFFLINE: 'offline',
};

/** The catalog key of a presence's label: `t(presenceLabelKey(key))`. */
export const presenceLabelKey = (key: PresenceKey) => `common.presence.${key}` as const;

export function presenceKeyOf(systemPresence: unknown): PresenceKey {
  if (typeof systemPresence !== 'string') return 'unknown';
  return SYSTEM_TO_KEY[systemPresence.toUpperCase()] ?? 'unknown';
}

export interface Presence {
  key: PresenceKey;
  /** Epoch ms of the last change, when the platform said. */
  since?: number;
  message?: string;
}

/** No UC presence known (left out of an answer, unreadable, or a value we do not know). */
export const UNKNOWN_PRESENCE: Presence = Object.freeze({ key: 'unknown' });

/** A UserPresence from the platform, read leniently: unknown or missing parts degrade, never throw. */
export const presenceSchema = z.pipe(
  z.partial(
    z.object({
      presenceDefinition: z.nullish(z.partial(z.object({ systemPresence: z.unknown() }))),
      modifiedDate: z.unknown(),
      message: z.unknown(),
    }),
  ),
  z.transform((value): Presence => {
    const since = typeof value.modifiedDate === 'string' ? Date.parse(value.modifiedDate) : Number.NaN;
    return {
      key: presenceKeyOf(value.presenceDefinition?.systemPresence),
      ...(Number.isFinite(since) ? { since } : {}),
      ...(typeof value.message === 'string' && value.message !== '' ? { message: value.message } : {}),
    };
  }),
);
