// Notifications: channels, subscriptions and the streaming WebSocket.
// Topics we emulate: v2.users.{id}.presence, v2.users.{id}.integrationpresence,
// v2.users.{id}.conversations.calls. Other topics answer 400 (not emulated).
// Subscriptions are all or nothing unless `ignoreErrors=true`: one topic the caller
// may not have fails the whole PUT/POST with a 400; with it, the permitted topics are
// subscribed and the refused ones come back with state Rejected.
// Channels: at most maxChannelsPerUser per user and OAuth client; the 21st evicts the
// least recently used channel without a socket (else the least recently used one).
import { ws, type HttpHandler, type WebSocketHandler } from 'msw';
import { forwardClientEvents, type SocketPeerEvents } from '@/emulator/handlers/socket-client-events';
import type { Models } from 'purecloud-platform-client-v2';
import { z } from 'zod/mini';
import type { ChannelRecord, EmulatorCore, SocketConnection } from '@/emulator/emulator-core';
import { badRequest, GenesysError, notFound } from '@/emulator/errors';
import { noContent, type RequestContext, type Router } from '@/emulator/guard';
import { UC_VIEW_PERMISSION } from '@/emulator/handlers/users';

const TOPIC = /^v2\.users\.([^.]+)\.(presence|integrationpresence|conversations\.calls)$/;
/** Permission each topic kind needs (assumed: the badge permission for UC presence). */
const TOPIC_PERMISSIONS: Record<string, string | undefined> = { integrationpresence: UC_VIEW_PERMISSION };
/** Tokens from emulator.issueToken name no OAuth client: they count as one client. */
const ISSUED_TOKENS_CLIENT = 'emulator:issued-tokens';

const topicsBody = z.array(z.looseObject({ id: z.string().check(z.minLength(1)) }));
const subscribeQuery = z.looseObject({ ignoreErrors: z.optional(z.enum(['true', 'false'])) });
const pingMessage = z.object({ message: z.literal('ping') });

type Refusal = Required<Pick<Models.ChannelTopic, 'rejectionReason'>> & Pick<Models.ChannelTopic, 'missingPermissions'>;

/** What a topic the caller may not subscribe to does to a request without ignoreErrors (code and wording assumed). */
function topicNotPermitted(rejected: readonly Models.ChannelTopic[]): GenesysError {
  const [first] = rejected;
  const topic = first?.id ?? '';
  const reason = first?.rejectionReason ?? 'Not permitted';
  const more = rejected.length > 1 ? ` (and ${String(rejected.length - 1)} more)` : '';
  return new GenesysError(400, 'bad.request', `Unable to subscribe to topic [${topic}]${more}: ${reason}`, {
    template: 'Unable to subscribe to topic [{topic}]{more}: {reason}',
    values: { topic, more, reason },
  });
}

export const HEARTBEAT_EVENT = { topicName: 'channel.metadata', eventBody: { message: 'WebSocket Heartbeat' } };
export const PONG_EVENT = { topicName: 'channel.metadata', eventBody: { message: 'pong' } };
export const SOCKET_CLOSING_EVENT = { topicName: 'v2.system.socket_closing', eventBody: { message: 'Socket closing' } };

/** A channel that exists and has not expired (expired ones are closed and forgotten here). */
export function liveChannel(core: EmulatorCore, channelId: string): ChannelRecord | undefined {
  const channel = core.state.channels.get(channelId);
  if (channel && channel.expiresAt <= core.now()) {
    core.removeChannel(channel.id, 1000, 'Channel expired');
    return undefined;
  }
  return channel;
}

/** The core, and which OAuth client made each channel and when it was last used (the channel record has no room for them). */
interface Channels {
  core: EmulatorCore;
  usage: WeakMap<ChannelRecord, { clientId: string; lastUsedAt: number }>;
}

const clientOf = (core: EmulatorCore, context: RequestContext): string =>
  core.state.tokens.get(context.caller.token)?.oauth?.clientId ?? ISSUED_TOKENS_CLIENT;

function touch(channels: Channels, channel: ChannelRecord): void {
  const known = channels.usage.get(channel);
  if (known) known.lastUsedAt = channels.core.now();
}

const lastUsed = (channels: Channels, channel: ChannelRecord): number => channels.usage.get(channel)?.lastUsedAt ?? channel.createdAt;

/** Makes room for one more channel of this user and client: unconnected ones go first, least recently used first. */
function evictForNewChannel(channels: Channels, userId: string, clientId: string): void {
  const { core, usage } = channels;
  const mine = [...core.state.channels.values()].filter(
    (channel) =>
      channel.userId === userId &&
      (usage.get(channel)?.clientId ?? ISSUED_TOKENS_CLIENT) === clientId &&
      liveChannel(core, channel.id) !== undefined,
  );
  // Array.prototype.sort is stable: equal times keep creation order.
  const byUse = mine.sort((a, b) => lastUsed(channels, a) - lastUsed(channels, b));
  for (let excess = byUse.length - core.limits.maxChannelsPerUser + 1; excess > 0; excess -= 1) {
    const victim = byUse.find((channel) => channel.sockets.size === 0) ?? byUse[0];
    if (!victim) return;
    byUse.splice(byUse.indexOf(victim), 1);
    core.removeChannel(victim.id, 1000, 'Channel limit reached: least recently used channel removed');
  }
}

const toChannel = (core: EmulatorCore, channel: ChannelRecord): Models.Channel => ({
  id: channel.id,
  connectUri: `wss://${core.streamingHost}/channels/${channel.id}`,
  expires: new Date(channel.expiresAt).toISOString(),
});

function ownChannel(channels: Channels, context: RequestContext): ChannelRecord {
  const channelId = context.params.channelId ?? '';
  const channel = liveChannel(channels.core, channelId);
  if (!channel || channel.userId !== context.caller.user.id) throw notFound(`Channel not found: ${channelId}`);
  touch(channels, channel);
  return channel;
}

const listTopics = (channel: ChannelRecord, rejected: Models.ChannelTopic[] = []): Models.ChannelTopicEntityListing => ({
  entities: [...[...channel.topics].map((id) => ({ id, state: 'Permitted' })), ...rejected],
});

/** Why the caller may not subscribe to a topic, or null when they may; 400 for topics we do not know. */
function refusalOf(core: EmulatorCore, context: RequestContext, id: string): Refusal | null {
  const match = TOPIC.exec(id);
  const userId = match?.[1];
  const kind = match?.[2];
  if (userId === undefined || kind === undefined) throw badRequest(`Invalid topic: ${id}`);
  const needed = TOPIC_PERMISSIONS[kind];
  if (needed !== undefined && !context.caller.has(needed)) {
    return { rejectionReason: 'Missing permissions', missingPermissions: [needed] };
  }
  if (kind === 'conversations.calls' && userId !== context.caller.user.id) {
    return { rejectionReason: "Not permitted: another user's conversations" };
  }
  if (kind === 'integrationpresence' && core.variants.topics === 'noIntegrationPresence') {
    return { rejectionReason: 'Not permitted for this token' };
  }
  return null;
}

/**
 * The topics the caller may subscribe to, and the refused ones as the answer lists them.
 * Without ignoreErrors one refused topic fails the whole request.
 */
function vetTopics(
  core: EmulatorCore,
  context: RequestContext,
  topics: { id: string }[],
): { permitted: string[]; rejected: Models.ChannelTopic[] } {
  const { ignoreErrors } = context.query(subscribeQuery);
  const permitted: string[] = [];
  const rejected: Models.ChannelTopic[] = [];
  for (const { id } of topics) {
    const refusal = refusalOf(core, context, id);
    if (refusal) rejected.push({ id, state: 'Rejected', ...refusal });
    else permitted.push(id);
  }
  if (rejected.length > 0 && ignoreErrors !== 'true') throw topicNotPermitted(rejected);
  return { permitted, rejected };
}

function setTopics(core: EmulatorCore, channel: ChannelRecord, topics: string[]): void {
  const next = new Set(topics);
  if (next.size > core.limits.maxTopicsPerChannel) {
    throw badRequest(
      `Too many topics: a channel can have at most ${String(core.limits.maxTopicsPerChannel)} topics, ${String(next.size)} requested.`,
    );
  }
  channel.topics = next;
}

/** Creating a channel (evicting beyond the limit), listing them, and checking one exists. */
function channelHandlers(channels: Channels, router: Router): HttpHandler[] {
  const { core } = channels;
  return [
    router.post('/api/v2/notifications/channels', (context) => {
      const userId = context.caller.user.id;
      const clientId = clientOf(core, context);
      evictForNewChannel(channels, userId, clientId);
      const now = core.now();
      const channel: ChannelRecord = {
        id: core.random.ids.uuid(),
        userId,
        createdAt: now,
        expiresAt: now + core.limits.channelLifetimeMs,
        topics: new Set(),
        sockets: new Set(),
      };
      core.state.channels.set(channel.id, channel);
      channels.usage.set(channel, { clientId, lastUsedAt: now });
      return toChannel(core, channel);
    }),

    router.get('/api/v2/notifications/channels', (context) => {
      const mine = [...core.state.channels.values()].filter(
        (channel) => channel.userId === context.caller.user.id && liveChannel(core, channel.id) !== undefined,
      );
      const listing: Models.ChannelEntityListing = { entities: mine.map((channel) => toChannel(core, channel)) };
      return listing;
    }),

    router.head('/api/v2/notifications/channels/:channelId', (context) => {
      ownChannel(channels, context);
      return noContent();
    }),
  ];
}

/** A channel's subscriptions: list, add to (POST), replace (PUT), clear. */
function subscriptionHandlers(channels: Channels, router: Router): HttpHandler[] {
  const { core } = channels;
  return [
    router.get('/api/v2/notifications/channels/:channelId/subscriptions', (context) => listTopics(ownChannel(channels, context))),

    router.post('/api/v2/notifications/channels/:channelId/subscriptions', async (context) => {
      const channel = ownChannel(channels, context);
      const { permitted, rejected } = vetTopics(core, context, await context.body(topicsBody));
      setTopics(core, channel, [...channel.topics, ...permitted]);
      return listTopics(channel, rejected);
    }),

    router.put('/api/v2/notifications/channels/:channelId/subscriptions', async (context) => {
      const channel = ownChannel(channels, context);
      const { permitted, rejected } = vetTopics(core, context, await context.body(topicsBody));
      setTopics(core, channel, permitted);
      return listTopics(channel, rejected);
    }),

    router.delete('/api/v2/notifications/channels/:channelId/subscriptions', (context) => {
      ownChannel(channels, context).topics = new Set();
      return noContent();
    }),
  ];
}

export type { SocketPeerEvents };

/**
 * A socket to `wss://streaming.<env>/channels/<id>` joins its channel: one socket per channel, answering
 * pings with pongs. The same for an MSW client and for a socket relayed from another frame of the tab.
 */
function attachSocket(channels: Channels, url: string, socket: SocketConnection): SocketPeerEvents | null {
  const { core } = channels;
  const channelId = new URL(url).pathname.split('/').pop() ?? '';
  const channel = liveChannel(core, channelId);
  if (!channel) {
    socket.close(4004, 'Channel not found');
    return null;
  }
  // One socket per channel: a new connection replaces the old one.
  for (const previous of channel.sockets) previous.close(4000, 'Replaced by a new connection');
  channel.sockets.clear();
  channel.sockets.add(socket);
  touch(channels, channel);
  let open = true;
  return {
    message(data) {
      if (!open) return;
      touch(channels, channel);
      let parsed: unknown;
      try {
        parsed = JSON.parse(data);
      } catch {
        return;
      }
      if (pingMessage.safeParse(parsed).success && !core.faults.silentSockets) socket.send(JSON.stringify(PONG_EVENT));
    },
    closed() {
      open = false;
      channel.sockets.delete(socket);
    },
  };
}

/** Connects sockets that are not MSW clients (another frame's, relayed) to the emulator's channels. */
export type SocketConnector = (url: string, socket: SocketConnection) => SocketPeerEvents | null;

/** The streaming socket as an MSW WebSocket handler. */
function socketHandler(channels: Channels): WebSocketHandler {
  const { core } = channels;
  const socketLink = ws.link(`wss://${core.streamingHost}/channels/*`);
  core.socketClients = () => socketLink.clients.size;
  return socketLink.addEventListener('connection', ({ client }) => {
    const events = attachSocket(channels, client.url.href, client);
    if (events) forwardClientEvents(client, events);
  });
}

export function notificationsHandlers(
  core: EmulatorCore,
  router: Router,
): { handlers: Array<HttpHandler | WebSocketHandler>; connectSocket: SocketConnector } {
  const channels: Channels = { core, usage: new WeakMap() };
  // Made first, as before the split: the socket link sets core.socketClients.
  const socket = socketHandler(channels);
  return {
    handlers: [...channelHandlers(channels, router), ...subscriptionHandlers(channels, router), socket],
    connectSocket: (url, connection) => attachSocket(channels, url, connection),
  };
}
