import { createContext, use, useSyncExternalStore, type ReactNode } from 'react';
import { createAuthController, type AuthController, type AuthStatus } from '@/genesys/auth-controller';
import type { ClientAppBridge } from '@/genesys/client-app';
import type { LaunchContext } from '@/genesys/launch-context';
import { createPlatformApis, type PlatformApis } from '@/genesys/sdk';
import { DEFAULT_RECOVERY, type RecoveryTimings } from '@/genesys/recovery';
import { createRequestScheduler, type RequestScheduler, type RequestSchedulerOptions } from '@/genesys/request-scheduler';
import { createDeferredNotificationsHub } from '@/genesys/deferred-notifications-hub';
import type { NotificationsHub } from '@/genesys/notifications-hub';
import type { TabLink } from '@/genesys/tab-link';
import { createTabScheduler } from '@/genesys/tab-scheduler';

/** A signed-in connection to Genesys Cloud (or to the emulator in demo mode). */
export interface GenesysSession {
  launch: LaunchContext;
  apis: PlatformApis;
  /** The same APIs, sent only when no interactive request waits (bulk loading, audits). */
  backgroundApis: PlatformApis;
  /** The tab's one request budget (shared with the app's other frames in this tab, when there are any). */
  scheduler: RequestScheduler;
  /** The tab's one notifications channel: take a lease per topic set. */
  notifications: NotificationsHub;
  /** This frame's link to the app's other frames in the tab; null when it works alone. */
  tab: TabLink | null;
  auth: AuthController;
  clientApp: ClientAppBridge;
  /** How failed requests are tried again by themselves. */
  recovery: RecoveryTimings;
}

export interface SessionOptions {
  launch: LaunchContext;
  environment: string;
  accessToken: string;
  /** The token worked before (kept from earlier in this tab). */
  proven?: boolean;
  reauthenticate: () => Promise<string>;
  onToken?: (token: string) => void;
  clientApp: ClientAppBridge;
  scheduler?: RequestSchedulerOptions;
  /** Tests shorten it; production keeps DEFAULT_RECOVERY. */
  recovery?: Partial<RecoveryTimings>;
  /** The app's other frames in this tab (openTabLink); absent or null: this frame works alone. */
  tab?: TabLink | null;
}

export function createSession(options: SessionOptions): GenesysSession {
  const tab = options.tab ?? null;
  const scheduler = createTabScheduler(createRequestScheduler(options.scheduler), tab);
  const auth = createAuthController({
    token: options.accessToken,
    reauthenticate: options.reauthenticate,
    ...(options.proven === undefined ? {} : { proven: options.proven }),
    ...(options.onToken ? { onToken: options.onToken } : {}),
  });
  const apis = createPlatformApis(options.environment, options.accessToken, scheduler, auth);
  return {
    launch: options.launch,
    scheduler,
    // The hub's code loads with the first lease (after the views' first content), or when another frame speaks to it.
    notifications: createDeferredNotificationsHub(
      { apis, link: tab },
      async () => (await import('@/genesys/notifications-hub')).createNotificationsHub,
    ),
    tab,
    auth,
    clientApp: options.clientApp,
    recovery: { ...DEFAULT_RECOVERY, ...options.recovery },
    apis,
    backgroundApis: createPlatformApis(options.environment, options.accessToken, scheduler, auth, 'background'),
  };
}

const SessionContext = createContext<GenesysSession | null>(null);

export function SessionProvider({ session, children }: { session: GenesysSession; children: ReactNode }) {
  return <SessionContext value={session}>{children}</SessionContext>;
}

export function useSession(): GenesysSession {
  const session = use(SessionContext);
  if (!session) throw new Error('useSession needs a SessionProvider above it');
  return session;
}

export function useAuthStatus(): AuthStatus {
  const { auth } = useSession();
  return useSyncExternalStore(
    (listener) => auth.subscribe(listener),
    () => auth.status(),
  );
}
