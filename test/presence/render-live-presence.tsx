// A minimal view for presence tests: useLivePresence over a list of rows, each
// with a LivePresenceBadge, against a fresh emulator through the real SDK. Each
// row sits in a React Profiler so tests can tell which rows re-rendered.
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { memo, Profiler } from 'react';
import { createQueryClient } from '@/app/app';
import type { EmulatorOptions } from '@/emulator/create-emulator';
import type { RequestLogEntry } from '@/emulator/emulator-core';
import { type DemoPersona, type Organization } from '@/emulator/org-model';
import {
  LivePresenceBadge,
  LivePresenceTuningProvider,
  useLivePresence,
  type LivePresenceState,
  type LivePresenceTuning,
} from '@/foundations/presence/live-presence';
import type { Presence } from '@/foundations/presence/presence-model';
import { createClientAppBridge } from '@/genesys/client-app';
import type { RequestSchedulerOptions } from '@/genesys/request-scheduler';
import { createSession, SessionProvider } from '@/genesys/session';
import { startEmulator } from '../support/emulator-server';
import { ucProfile } from '@/genesys/uc-table';

const UC_8X8 = ucProfile('8x8');

/** Timings shrunk so that reconnects and debounces happen within a test. */
export const FAST_TIMINGS: LivePresenceTuning = {
  notifications: { backoffBaseMs: 20, backoffMaxMs: 200, topicsDebounceMs: 20, connectTimeoutMs: 2000 },
};

interface LiveRows {
  userIds: readonly string[];
  readAt?: readonly number[];
}

export interface RenderLivePresenceOptions extends Partial<EmulatorOptions> {
  org?: Organization;
  persona?: DemoPersona;
  userIds: readonly string[];
  enabled?: boolean;
  /** Presence each row already has (as the users search would give it). */
  initial?: (userId: string) => { presence: Presence; at?: number } | undefined;
  tuning?: LivePresenceTuning;
  /** Default: a budget no test reaches; pass {} for production's. */
  scheduler?: RequestSchedulerOptions;
}

export function renderLivePresence({
  persona = 'agent',
  userIds,
  enabled = true,
  initial,
  tuning = FAST_TIMINGS,
  scheduler = { requestsPerMinute: 100_000, burst: 1000 },
  ...emulatorOptions
}: RenderLivePresenceOptions) {
  const harness = startEmulator(emulatorOptions);
  const { emulator } = harness;
  const launch = { mode: 'demo', people: 'tagged', persona, size: emulator.org.users.length, seed: 1 } as const;
  const session = createSession({
    launch,
    environment: emulator.environment,
    accessToken: harness.tokenFor(persona),
    reauthenticate: () => Promise.resolve(harness.tokenFor(persona)),
    clientApp: createClientAppBridge(launch, false),
    scheduler,
  });
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false, refetchOnWindowFocus: false } });
  const names = new Map(emulator.org.users.map((user) => [user.id, user.name]));
  const renders = new Map<string, number>();
  const states: LivePresenceState[] = [];

  const Row = memo(function Row({ userId }: { userId: string }) {
    const seed = initial?.(userId);
    return (
      <li aria-label={names.get(userId) ?? userId}>
        <span>{names.get(userId) ?? userId}</span>
        <LivePresenceBadge userId={userId} initial={seed?.presence} initialAt={seed?.at} showDuration />
      </li>
    );
  });

  /** `ids`: the rows drawn; `live`: the users the view asks to keep live (the rows, unless given). */
  function People({ ids, on, live }: { ids: readonly string[]; on: boolean; live: LiveRows | undefined }) {
    const state = useLivePresence({ userIds: live?.userIds ?? ids, enabled: on, ...(live?.readAt ? { readAt: live.readAt } : {}) });
    states.push(state);
    return (
      <section>
        <p aria-label="live presence">
          {state.mode} {state.connection} {state.lastSyncAt === undefined ? 'unsynced' : 'synced'}
        </p>
        <ul aria-label="people">
          {ids.map((id) => (
            <Profiler
              key={id}
              id={id}
              onRender={() => {
                renders.set(id, (renders.get(id) ?? 0) + 1);
              }}
            >
              <Row userId={id} />
            </Profiler>
          ))}
        </ul>
      </section>
    );
  }

  const tree = (ids: readonly string[], on: boolean, live?: LiveRows) => (
    <SessionProvider session={session}>
      <QueryClientProvider client={queryClient}>
        <LivePresenceTuningProvider value={tuning}>
          <People ids={ids} on={on} live={live} />
        </LivePresenceTuningProvider>
      </QueryClientProvider>
    </SessionProvider>
  );
  const view = render(tree(userIds, enabled));
  return {
    ...harness,
    session,
    queryClient,
    renders,
    states,
    show: (ids: readonly string[], on = enabled) => {
      view.rerender(tree(ids, on));
    },
    /**
     * Draws `ids` while the view keeps `live` live (a list's window beyond its screen), knowing when
     * `readAt` (by position in `live`) their presence was read, as a list's search pages tell.
     */
    showLive: (ids: readonly string[], live: readonly string[], readAt?: readonly number[]) => {
      view.rerender(tree(ids, enabled, { userIds: live, ...(readAt ? { readAt } : {}) }));
    },
    unmount: view.unmount,
  };
}

/** The badge in the row of the user with this name. */
export function badgeOf(name: string): HTMLElement {
  return within(screen.getByRole('listitem', { name })).getByRole('img', { name: /^Presence: / });
}

export const presenceTopic = (userId: string): string => `v2.users.${userId}.integrationpresence`;

/** Active 8×8 users of an org, in a stable order. */
export function ucUserIds(org: Organization): string[] {
  return org.users
    .filter(
      (user) => user.state === 'active' && user.phones.some((phone) => phone.type === 'OTHER' && phone.integration === UC_8X8.numberTag),
    )
    .map((user) => user.id);
}

/** Ids in one logged presence read (repeated `id` parameters; comma-separated also read). */
export function idsOf(search: string): string[] {
  return new URLSearchParams(search).getAll('id').flatMap((value) => value.split(','));
}

/** Logged reads of 8×8 presence by id: GET /api/v2/users?id=…&integrationPresenceSource=EightByEight. */
export function presenceReadsOf(log: readonly RequestLogEntry[]): RequestLogEntry[] {
  return log.filter(
    (entry) => entry.path === '/api/v2/users' && new URLSearchParams(entry.search).get('integrationPresenceSource') === 'EightByEight',
  );
}

export const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms);
  });
