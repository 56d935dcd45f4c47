// Probes 7 and 8, which send nothing of their own: what the request scheduler saw of
// 429s in this session (was Retry-After readable?), and how far this computer's clock
// is from Genesys Cloud's, from a Date header or else a new channel's `expires`.
import type { RateLimitObservation } from '@/genesys/request-scheduler';
import { CLOCK_SKEW_WARNING_MS, type ClockFound, type ProbeResult, type RetryAfterFound } from '@/features/check/check-model';
import type { ChannelTiming } from '@/features/check/probe-topics';
import type { HeaderTiming } from '@/features/check/probe-scopes';

/** A notifications channel lives 24 hours (Genesys Cloud's documented limit). */
export const CHANNEL_LIFETIME_MS = 24 * 60 * 60 * 1000;

export type RetryAfterProbe = Extract<ProbeResult, { id: 'retryAfter' }>;
export type ClockProbe = Extract<ProbeResult, { id: 'clock' }>;

export function probeRetryAfter(observation: RateLimitObservation): RetryAfterProbe {
  const found: RetryAfterFound = {
    variant: observation.seen === 0 ? 'none' : (observation.lastWaitFrom ?? 'backoff'),
    seen: observation.seen,
    ...(observation.lastWaitMs === undefined ? {} : { lastWaitMs: observation.lastWaitMs }),
  };
  // Header or body: the app waits as long as Genesys asked. Backoff: it had to guess.
  const status = found.variant === 'none' ? 'info' : found.variant === 'backoff' ? 'warning' : 'ok';
  return { id: 'retryAfter', requests: 0, status, found };
}

/** The clock difference from the Date header when readable, else from a channel made during the run. */
export function probeClock(date: HeaderTiming | null, channel: ChannelTiming | null, requests = 0): ClockProbe {
  let found: ClockFound | null = null;
  if (date) found = { skewMs: date.serverAt - date.localAt, from: 'header' };
  else if (channel) found = { skewMs: channel.expiresAt - CHANNEL_LIFETIME_MS - channel.localAt, from: 'channel' };
  if (!found) return { id: 'clock', requests, status: 'notChecked', why: { reason: 'noClock' } };
  return { id: 'clock', requests, status: Math.abs(found.skewMs) > CLOCK_SKEW_WARNING_MS ? 'warning' : 'ok', found };
}
