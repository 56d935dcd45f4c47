// The naive baseline of `npm run bench` (docs/benchmarks.md, "Benchmarks"): what a first
// attempt at the directory looks like, so that every app figure reads as a
// ratio. Same SDK wrapper, same in-browser emulator, same UI contract
// (combobox, listbox, data-user-id, data-presence), but:
// - every user is fetched page by page (100 a page) before anything shows;
// - presence is one request per user, 6 at a time, again every 60 s;
// - every row is rendered (no windowing), and every presence answer, socket
//   event or keystroke re-renders the whole list;
// - live updates subscribe the first 1,000 users (the per-channel topic limit).
// On a 429 it waits Retry-After and tries again: without that it never loads.
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { startDemo } from '@/emulator/demo/start-demo';
import { presenceKeyOf, presenceLabelKey, type PresenceKey } from '@/foundations/presence/presence-model';
import { englishTranslator } from '@/i18n/translator';
import { readLaunchContext } from '@/genesys/launch-context';
import { createPlatformApis, notificationsApi, type Models } from '@/genesys/sdk';

interface NaiveUser {
  id: string;
  name: string;
  detail: string;
  number: string;
  haystack: string;
  digits: string;
}

const PAGE_SIZE = 100;
const CONCURRENCY = 6;
const POLL_EVERY_MS = 60_000;
const MAX_TOPICS = 1_000;
const EIGHT_BY_EIGHT_TAG = /^(eight\s*by\s*eight|8x8)$/i;

const socketEvent = z.object({
  topicName: z.string(),
  eventBody: z.object({ presenceDefinition: z.object({ systemPresence: z.string() }).partial().optional() }).loose(),
});

const state = {
  status: 'Starting the emulator…',
  users: [] as NaiveUser[],
  presence: new Map<string, PresenceKey>(),
  query: '',
  marked: false,
};

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms);
  });

/** What the SDK rejects with (without a scheduler): the error body, e.g. Genesys' 429 naming the seconds to wait. */
const rateLimitedBody = z.object({
  status: z.literal(429),
  messageParams: z.object({ seconds: z.coerce.number().nonnegative() }).partial().optional(),
});

/** Naive, but not broken: a 429 waits the seconds it names (else 5 s) and the same request goes again. */
async function withRetry<T>(send: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      return await send();
    } catch (error: unknown) {
      const limited = rateLimitedBody.safeParse(error);
      if (!limited.success) throw error;
      await sleep((limited.data.messageParams?.seconds ?? 5) * 1000);
    }
  }
}

function toNaiveUser(user: Models.User): NaiveUser | null {
  const contact = user.addresses?.find((address) => address.type === 'OTHER' && EIGHT_BY_EIGHT_TAG.test(address.integration ?? ''));
  const number = contact?.display ?? contact?.address;
  if (!user.id || !number || user.state !== 'active') return null;
  const name = user.name ?? '';
  const detail = [user.title, user.department].filter(Boolean).join(' · ');
  return {
    id: user.id,
    name,
    detail,
    number,
    haystack: [name, user.email, user.title, user.department, number].join(' ').toLowerCase(),
    digits: number.replace(/\D/g, ''),
  };
}

function matches(user: NaiveUser, query: string): boolean {
  const text = query.trim().toLowerCase();
  if (text === '') return true;
  const digits = text.replace(/\D/g, '');
  const phoneLike = /^[\d\s()+.-]+$/.test(text) && digits.length >= 3;
  return phoneLike ? user.digits.includes(digits) : user.haystack.includes(text);
}

/** The whole page, every time. */
function render(): void {
  const visible = state.users.filter((user) => matches(user, state.query));
  root.render(
    <main>
      <h1>8×8 directory (naive)</h1>
      <input
        role="combobox"
        aria-label="Search 8×8 users"
        aria-expanded="true"
        aria-controls="naive-list"
        onInput={(event) => {
          state.query = event.currentTarget.value;
          render();
        }}
      />
      <p>{state.users.length === 0 ? state.status : `Showing ${visible.length} of ${state.users.length} 8×8 users`}</p>
      <ul id="naive-list" role="listbox" aria-label="8×8 users">
        {visible.map((user) => {
          const presence = state.presence.get(user.id);
          return (
            <li key={user.id} role="option" aria-selected="false" data-user-id={user.id}>
              <strong>{user.name}</strong> <span>{user.detail}</span> <span>{user.number}</span>{' '}
              {presence === undefined ? (
                <span>…</span>
              ) : (
                <span data-presence={presence}>{englishTranslator.t(presenceLabelKey(presence))}</span>
              )}
            </li>
          );
        })}
      </ul>
    </main>,
  );
  if (!state.marked && state.presence.size > 0) {
    state.marked = true;
    // After React has committed the render that drew the first badge.
    setTimeout(() => performance.mark('first-badge'), 0);
  }
}

async function main(): Promise<void> {
  render();
  const launch = readLaunchContext(window.location.href);
  if (launch.mode !== 'demo') throw new Error('The naive page runs in demo mode only.');
  const demo = await startDemo(launch);
  const apis = createPlatformApis(demo.environment, demo.accessToken);

  const users: NaiveUser[] = [];
  for (let pageNumber = 1; ; pageNumber++) {
    const page = await withRetry(() => apis.users.getUsers({ pageSize: PAGE_SIZE, pageNumber }));
    for (const raw of page.entities ?? []) {
      const user = toNaiveUser(raw);
      if (user) users.push(user);
    }
    state.status = `Loading users: page ${pageNumber} of ${page.pageCount ?? '?'}…`;
    render();
    if (pageNumber >= (page.pageCount ?? 0)) break;
  }
  users.sort((a, b) => a.name.localeCompare(b.name));
  state.users = users;
  render();

  void subscribe(apis, users.slice(0, MAX_TOPICS));
  for (;;) {
    const started = Date.now();
    await pollPresence(apis, users);
    await sleep(Math.max(0, POLL_EVERY_MS - (Date.now() - started)));
  }
}

async function pollPresence(apis: ReturnType<typeof createPlatformApis>, users: readonly NaiveUser[]): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < users.length) {
      const user = users[next++];
      if (!user) return;
      try {
        const answer = await withRetry(() =>
          apis.users.getUser(user.id, { expand: ['presence'], integrationPresenceSource: 'EightByEight' }),
        );
        state.presence.set(user.id, presenceKeyOf(answer.integrationPresence?.presenceDefinition?.systemPresence));
        render();
      } catch {
        // Naive: a failed user simply keeps its old badge.
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

async function subscribe(apis: ReturnType<typeof createPlatformApis>, users: readonly NaiveUser[]): Promise<void> {
  const notifications = await notificationsApi(apis);
  const channel = await withRetry(() => notifications.postNotificationsChannels());
  if (!channel.id || !channel.connectUri) return;
  const socket = new WebSocket(channel.connectUri);
  socket.addEventListener('message', (message: MessageEvent<unknown>) => {
    if (typeof message.data !== 'string') return;
    let json: unknown;
    try {
      json = JSON.parse(message.data);
    } catch {
      return;
    }
    const event = socketEvent.safeParse(json);
    const userId = event.success ? /^v2\.users\.([^.]+)\.integrationpresence$/.exec(event.data.topicName)?.[1] : undefined;
    if (!event.success || userId === undefined) return;
    state.presence.set(userId, presenceKeyOf(event.data.eventBody.presenceDefinition?.systemPresence));
    render();
  });
  const channelId = channel.id;
  await withRetry(() =>
    notifications.putNotificationsChannelSubscriptions(
      channelId,
      users.map((user) => ({ id: `v2.users.${user.id}.integrationpresence` })),
    ),
  );
}

main().catch((error: unknown) => {
  state.status = `The naive page failed: ${error instanceof Error ? error.message : String(error)}`;
  render();
});
