// Notifications: channels, subscriptions and the streaming WebSocket.
// Topics we emulate: v2.users.{id}.presence, v2.users.{id}.integrationpresence,
// v2.users.{id}.conversations.calls. Other topics answer 400 (not emulated).
import { ws, type HttpHandler, type WebSocketHandler } from 'msw';
import type { Models } from 'purecloud-platform-client-v2';
import { z } from 'zod';
import type { ChannelRecord, EmulatorCore } from '@/emulator/emulator-core';
import { badRequest, notFound } from '@/emulator/errors';
import { noContent, type RequestContext, type Router } from '@/emulator/guard';
import { UC_VIEW_PERMISSION } from '@/emulator/handlers/users';

const TOPIC = /^v2\.users\.([^.]+)\.(presence|integrationpresence|conversations\.calls)$/;
/** Permission each topic kind needs (assumed: the badge permission for UC presence). */
const TOPIC_PERMISSIONS: Record<string, string | undefined> = { integrationpresence: UC_VIEW_PERMISSION };

const topicsBody = z.array(z.object({ id: z.string().min(1) }).loose());
const pingMessage = z.object({ message: z.literal('ping') });

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

export function notificationsHandlers(core: EmulatorCore, router: Router): Array<HttpHandler | WebSocketHandler> {
  const { state, limits } = core;

  const toChannel = (channel: ChannelRecord): Models.Channel => ({
    id: channel.id,
    connectUri: `wss://${core.streamingHost}/channels/${channel.id}`,
    expires: new Date(channel.expiresAt).toISOString(),
  });

  function ownChannel(context: RequestContext): ChannelRecord {
    const channelId = context.params.channelId ?? '';
    const channel = liveChannel(core, channelId);
    if (!channel || channel.userId !== context.caller.user.id) throw notFound(`Channel not found: ${channelId}`);
    return channel;
  }

  const listTopics = (channel: ChannelRecord, rejected: Models.ChannelTopic[] = []): Models.ChannelTopicEntityListing => ({
    entities: [...[...channel.topics].map((id) => ({ id, state: 'Permitted' })), ...rejected],
  });

  /** Splits requested topics into permitted and rejected; 400 for topics we do not know. */
  function vetTopics(context: RequestContext, topics: { id: string }[]) {
    const permitted: string[] = [];
    const rejected: Models.ChannelTopic[] = [];
    for (const { id } of topics) {
      const kind = TOPIC.exec(id)?.[2];
      if (kind === undefined) throw badRequest(`Invalid topic: ${id}`);
      const needed = TOPIC_PERMISSIONS[kind];
      if (needed !== undefined && !context.caller.has(needed)) {
        rejected.push({ id, state: 'Rejected', rejectionReason: 'Missing permissions', missingPermissions: [needed] });
      } else {
        permitted.push(id);
      }
    }
    return { permitted, rejected };
  }

  function setTopics(channel: ChannelRecord, topics: string[]): void {
    const next = new Set(topics);
    if (next.size > limits.maxTopicsPerChannel) {
      throw badRequest(
        `Too many topics: a channel can have at most ${String(limits.maxTopicsPerChannel)} topics, ${String(next.size)} requested.`,
      );
    }
    channel.topics = next;
  }

  const socketLink = ws.link(`wss://${core.streamingHost}/channels/*`);
  core.socketClients = () => socketLink.clients.size;

  return [
    router.post('/api/v2/notifications/channels', (context) => {
      const userId = context.caller.user.id;
      const mine = [...state.channels.values()]
        .filter((channel) => channel.userId === userId && liveChannel(core, channel.id) !== undefined)
        .sort((a, b) => a.createdAt - b.createdAt);
      for (const oldest of mine.slice(0, Math.max(0, mine.length - limits.maxChannelsPerUser + 1))) {
        core.removeChannel(oldest.id, 1000, 'Channel limit reached: oldest channel removed');
      }
      const now = core.now();
      const channel: ChannelRecord = {
        id: core.random.ids.uuid(),
        userId,
        createdAt: now,
        expiresAt: now + limits.channelLifetimeMs,
        topics: new Set(),
        sockets: new Set(),
      };
      state.channels.set(channel.id, channel);
      return toChannel(channel);
    }),

    router.get('/api/v2/notifications/channels', (context) => {
      const mine = [...state.channels.values()].filter(
        (channel) => channel.userId === context.caller.user.id && liveChannel(core, channel.id) !== undefined,
      );
      const listing: Models.ChannelEntityListing = { entities: mine.map(toChannel) };
      return listing;
    }),

    router.head('/api/v2/notifications/channels/:channelId', (context) => {
      ownChannel(context);
      return noContent();
    }),

    router.get('/api/v2/notifications/channels/:channelId/subscriptions', (context) => listTopics(ownChannel(context))),

    router.post('/api/v2/notifications/channels/:channelId/subscriptions', async (context) => {
      const channel = ownChannel(context);
      const { permitted, rejected } = vetTopics(context, await context.body(topicsBody));
      setTopics(channel, [...channel.topics, ...permitted]);
      return listTopics(channel, rejected);
    }),

    router.put('/api/v2/notifications/channels/:channelId/subscriptions', async (context) => {
      const channel = ownChannel(context);
      const { permitted, rejected } = vetTopics(context, await context.body(topicsBody));
      setTopics(channel, permitted);
      return listTopics(channel, rejected);
    }),

    router.delete('/api/v2/notifications/channels/:channelId/subscriptions', (context) => {
      ownChannel(context).topics = new Set();
      return noContent();
    }),

    socketLink.addEventListener('connection', ({ client }) => {
      const channelId = new URL(client.url).pathname.split('/').pop() ?? '';
      const channel = liveChannel(core, channelId);
      if (!channel) {
        client.close(4004, 'Channel not found');
        return;
      }
      // One socket per channel: a new connection replaces the old one.
      for (const previous of channel.sockets) previous.close(4000, 'Replaced by a new connection');
      channel.sockets.clear();
      channel.sockets.add(client);
      // MSW keeps every connection it has seen (msw 2.15 never forgets closed clients): our
      // listeners at least go with the socket, so a closed one holds nothing of the emulator.
      const listening = new AbortController();
      client.addEventListener('message', (event) => {
        let data: unknown;
        try {
          data = typeof event.data === 'string' ? JSON.parse(event.data) : undefined;
        } catch {
          return;
        }
        if (pingMessage.safeParse(data).success && !core.faults.silentSockets) client.send(JSON.stringify(PONG_EVENT));
      }, { signal: listening.signal });
      client.addEventListener('close', () => {
        channel.sockets.delete(client);
        listening.abort();
      }, { signal: listening.signal });
    }),
  ];
}
