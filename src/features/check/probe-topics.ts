// Probe 6: which topics a notifications channel accepts. It creates a channel (one request)
// and PUTs one sampled person's v2.users.{id}.integrationpresence with ignoreErrors=true (one
// request), then reads from the answer whether that topic was accepted. No socket is opened:
// Genesys removes an unconnected channel first when the 20-channel limit is reached, and
// every channel after 24 hours. The channel's `expires` also times the clock probe.
import { z } from 'zod/mini';
import { parseAnswer } from '@/genesys/api-answer';
import { readSubscriptionAnswer } from '@/genesys/notifications-socket';
import { notificationsApi } from '@/genesys/sdk';
import type { ProbeResult, TopicsFound } from '@/features/check/check-model';
import { lacking, notCheckedFrom, send, type ProbeContext } from '@/features/check/probe-context';

/** How the topic is shown and reported: the sampled person's id never is. */
export const TOPIC_PATTERN = 'v2.users.{id}.integrationpresence';

const channelSchema = z.object({ id: z.string().check(z.minLength(1)), expires: z.optional(z.string()) });
const listingSchema = z.object({ entities: z._default(z.array(z.unknown()), []) });
const topicSchema = z.object({
  id: z.string(),
  state: z.catch(z.optional(z.string()), undefined),
  rejectionReason: z.catch(z.optional(z.string()), undefined),
  missingPermissions: z.catch(z._default(z.array(z.string()), []), []),
});
const PERMISSION = /^[A-Za-z0-9*]+:[A-Za-z0-9*]+:[A-Za-z0-9*]+$/;

export type TopicsProbe = Extract<ProbeResult, { id: 'topics' }>;

/** When a channel was made, as both clocks saw it: the server's from `expires`, ours around the request. */
export interface ChannelTiming {
  expiresAt: number;
  localAt: number;
}

export interface TopicsOutcome {
  result: TopicsProbe;
  channel: ChannelTiming | null;
}

async function createChannel(
  context: ProbeContext,
  tally: { requests: number },
  now: () => number,
): Promise<{ id: string; timing: ChannelTiming | null }> {
  const notifications = await notificationsApi(context.apis);
  const before = now();
  const channel = parseAnswer(
    channelSchema,
    await send(context, tally, () => notifications.postNotificationsChannels()),
    'notifications channel',
  );
  const after = now();
  const expiresAt = channel.expires === undefined ? Number.NaN : Date.parse(channel.expires);
  return { id: channel.id, timing: Number.isFinite(expiresAt) ? { expiresAt, localAt: (before + after) / 2 } : null };
}

/** A channel only for its expiry, when the topics probe could not run and the Date header was not readable. */
export async function channelForClock(
  context: ProbeContext,
  now: () => number,
): Promise<{ timing: ChannelTiming | null; requests: number }> {
  const tally = { requests: 0 };
  try {
    return { timing: (await createChannel(context, tally, now)).timing, requests: tally.requests };
  } catch {
    return { timing: null, requests: tally.requests };
  }
}

/** `badgePermissions`: the integration presence topic needs what badges need; an admin without them would see their own refusal. */
export async function probeTopics(
  context: ProbeContext,
  sample: readonly string[],
  badgePermissions: readonly string[],
  now: () => number,
): Promise<TopicsOutcome> {
  const tally = { requests: 0 };
  const missing = lacking(context, badgePermissions);
  if (missing) return { result: { id: 'topics', requests: 0, status: 'notChecked', why: missing }, channel: null };
  const [userId] = sample;
  if (userId === undefined)
    return { result: { id: 'topics', requests: 0, status: 'notChecked', why: { reason: 'noSample' } }, channel: null };
  let timing: ChannelTiming | null = null;
  try {
    const channel = await createChannel(context, tally, now);
    timing = channel.timing;
    const topic = `v2.users.${userId}.integrationpresence`;
    const notifications = await notificationsApi(context.apis);
    const answer = await send(context, tally, () =>
      notifications.putNotificationsChannelSubscriptions(channel.id, [{ id: topic }], { ignoreErrors: true }),
    );
    // Accepted or refused exactly as the app's notifications client reads the answer; the entry adds why.
    const refused = readSubscriptionAnswer([topic], answer).refused.length > 0;
    const entries = parseAnswer(listingSchema, answer, 'channel subscriptions').entities.flatMap(
      (raw) => topicSchema.safeParse(raw).data ?? [],
    );
    const entry = entries.find((candidate) => candidate.id === topic);
    const found: TopicsFound = {
      variant: refused ? 'refused' : 'accepted',
      topic: TOPIC_PATTERN,
      ...(refused && entry?.rejectionReason ? { rejectionReason: entry.rejectionReason.split(userId).join('{id}') } : {}),
      missingPermissions: (entry?.missingPermissions ?? []).filter((permission) => PERMISSION.test(permission)),
    };
    return { result: { id: 'topics', requests: tally.requests, status: refused ? 'warning' : 'ok', found }, channel: timing };
  } catch (error) {
    return { result: { id: 'topics', requests: tally.requests, status: 'notChecked', why: notCheckedFrom(error) }, channel: timing };
  }
}
