// The socket's code loads with the tab's first channel (deferred-notifications-client.ts): what the hub asks of
// the client before it is there (topics, listeners, close) is what the socket gets once it is. The socket itself
// is exercised through the hub by the live presence tests; here a recording stand-in shows the hand-over.
import { afterEach, expect, test, vi } from 'vitest';
import { createDeferredNotificationsClient, RELOAD_BASE_MS } from '@/genesys/deferred-notifications-client';
import type { NotificationsClient, NotificationsStatus, SubscribedListener, TopicEventListener } from '@/genesys/notifications-socket';

afterEach(() => {
  vi.useRealTimers();
});

/** A socket client that records what it is asked and lets the test play the platform's side. */
function recordingClient() {
  let status: NotificationsStatus = 'connecting';
  const statusListeners = new Set<() => void>();
  const events = new Set<TopicEventListener>();
  const subscribed = new Set<SubscribedListener>();
  const calls = { setTopics: [] as (readonly string[])[], closed: 0 };
  const client: NotificationsClient = {
    status: () => status,
    subscribe: (listener) => (statusListeners.add(listener), () => statusListeners.delete(listener)),
    onEvent: (listener) => (events.add(listener), () => events.delete(listener)),
    onResync: () => () => undefined,
    onSubscribed: (listener) => (subscribed.add(listener), () => subscribed.delete(listener)),
    refusedTopics: () => new Set(),
    setTopics: (topics) => calls.setTopics.push(topics),
    topics: () => calls.setTopics.at(-1) ?? [],
    close: () => {
      calls.closed += 1;
    },
  };
  return {
    client,
    calls,
    open() {
      status = 'open';
      for (const listener of statusListeners) listener();
    },
    event: (topic: string, body: unknown) => {
      for (const listener of events) listener(topic, body);
    },
    answer: (accepted: string[]) => {
      for (const listener of subscribed) listener(accepted, []);
    },
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

test('before the socket code is there the client is connecting and keeps the latest topics; then the socket gets them and its news reaches every listener', async () => {
  const socket = recordingClient();
  let arrive: (client: NotificationsClient) => void = () => undefined;
  const deferred = createDeferredNotificationsClient(() => new Promise((resolve) => (arrive = resolve)));
  const statuses: NotificationsStatus[] = [];
  const events: string[] = [];
  const answers: (readonly string[])[] = [];
  deferred.subscribe(() => statuses.push(deferred.status()));
  deferred.onEvent((topic) => events.push(topic));
  deferred.onSubscribed((accepted) => answers.push(accepted));
  deferred.setTopics(['v2.users.a.presence']);
  deferred.setTopics(['v2.users.a.presence', 'v2.users.b.presence']);
  expect(deferred.status()).toBe('connecting');
  expect(deferred.topics()).toEqual(['v2.users.a.presence', 'v2.users.b.presence']);

  arrive(socket.client);
  await flush();
  expect(socket.calls.setTopics, 'only the latest set, once').toEqual([['v2.users.a.presence', 'v2.users.b.presence']]);
  socket.open();
  socket.answer(['v2.users.a.presence']);
  socket.event('v2.users.a.presence', {});
  expect(statuses).toEqual(['open']);
  expect(deferred.status()).toBe('open');
  expect(answers).toEqual([['v2.users.a.presence']]);
  expect(events).toEqual(['v2.users.a.presence']);

  deferred.setTopics(['v2.users.c.presence']);
  expect(socket.calls.setTopics.at(-1)).toEqual(['v2.users.c.presence']);
  deferred.close();
  expect(socket.calls.closed).toBe(1);
});

test('a socket chunk that fails to load is asked for again after a pause; closed before it arrives, the socket is closed at once', async () => {
  vi.useFakeTimers();
  const socket = recordingClient();
  const load = vi
    .fn<() => Promise<NotificationsClient>>()
    .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'));
  let arrive: (client: NotificationsClient) => void = () => undefined;
  load.mockImplementationOnce(() => new Promise((resolve) => (arrive = resolve)));
  const deferred = createDeferredNotificationsClient(load);
  deferred.setTopics(['v2.users.a.presence']);
  await vi.advanceTimersByTimeAsync(RELOAD_BASE_MS - 1);
  expect(load).toHaveBeenCalledTimes(1);
  expect(deferred.status()).toBe('connecting');
  await vi.advanceTimersByTimeAsync(1);
  expect(load).toHaveBeenCalledTimes(2);

  const statuses: NotificationsStatus[] = [];
  deferred.subscribe(() => statuses.push(deferred.status()));
  deferred.close();
  expect(statuses).toEqual(['closed']);
  arrive(socket.client);
  await vi.advanceTimersByTimeAsync(0);
  expect(socket.calls.closed, 'the late socket is closed, never given topics').toBe(1);
  expect(socket.calls.setTopics).toEqual([]);
  expect(deferred.status()).toBe('closed');
});

test('more topics than a channel holds are refused where they are asked for, as the socket refuses them', () => {
  const deferred = createDeferredNotificationsClient(() => new Promise(() => undefined));
  const topics = Array.from({ length: 1001 }, (_, i) => `v2.users.u${i}.presence`);
  expect(() => {
    deferred.setTopics(topics);
  }).toThrow(RangeError);
  expect(() => {
    deferred.setTopics([...topics.slice(0, 1000), topics[0] ?? '']);
  }, 'a repeated topic counts once').not.toThrow();
});
