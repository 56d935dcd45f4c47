import { createContext, use, type ReactNode } from 'react';
import type { LaunchContext } from '@/genesys/launch-context';
import { createPlatformApis, type PlatformApis } from '@/genesys/sdk';
import { createRequestScheduler, type RequestScheduler, type RequestSchedulerOptions } from '@/genesys/request-scheduler';

/** A signed-in connection to Genesys Cloud (or to the emulator in demo mode). */
export interface GenesysSession {
  launch: LaunchContext;
  apis: PlatformApis;
  scheduler: RequestScheduler;
}

export function createSession(
  launch: LaunchContext,
  environment: string,
  accessToken: string,
  schedulerOptions?: RequestSchedulerOptions,
): GenesysSession {
  const scheduler = createRequestScheduler(schedulerOptions);
  return { launch, scheduler, apis: createPlatformApis(environment, accessToken, scheduler) };
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
