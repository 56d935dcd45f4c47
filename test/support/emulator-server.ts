// One emulator behind an MSW server per test: `startEmulator()` in a test,
// stopped (timers, server, sockets) automatically afterwards.
import { setupServer, type SetupServer } from 'msw/node';
import { afterEach } from 'vitest';
import { z } from 'zod';
import { createEmulator, type Emulator, type EmulatorOptions } from '@/emulator/create-emulator';
import type { DemoPersona, Organization } from '@/emulator/org-model';
import { createPlatformApis, type PlatformApis } from '@/genesys/sdk';
import { fixtureOrg } from './fixture-org';

export interface EmulatorHarness {
  emulator: Emulator;
  server: SetupServer;
  /** A token for the persona's user. */
  tokenFor: (persona: DemoPersona) => string;
  /** Real SDK API classes signed in as the persona (or as a user id). */
  apisFor: (persona: DemoPersona) => PlatformApis;
  apisForUser: (userId: string) => PlatformApis;
  /** Absolute URL on the emulated API host. */
  url: (path: string) => string;
  /** Stops early (otherwise done after the test); one MSW server at a time. */
  stop: () => void;
}

const running: Array<() => void> = [];

afterEach(() => {
  for (const stop of running.splice(0)) stop();
});

export function startEmulator(options: Partial<EmulatorOptions> & { org?: Organization } = {}): EmulatorHarness {
  const emulator = createEmulator({ ...options, org: options.org ?? fixtureOrg() });
  const server = setupServer(...emulator.handlers);
  server.listen({ onUnhandledRequest: 'error' });
  let stopped = false;
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    emulator.stop();
    emulator.dropSockets();
    server.close();
  };
  running.push(stop);
  const apisForUser = (userId: string): PlatformApis => createPlatformApis(emulator.environment, emulator.issueToken(userId));
  return {
    emulator,
    server,
    tokenFor: (persona) => emulator.issueToken(emulator.org.personas[persona]),
    apisFor: (persona) => apisForUser(emulator.org.personas[persona]),
    apisForUser,
    url: (path) => `https://api.${emulator.environment}${path}`,
    stop,
  };
}

const genesysError = z.object({
  message: z.string(),
  code: z.string(),
  status: z.number(),
  messageWithParams: z.string().optional(),
  messageParams: z.record(z.string(), z.string()).optional(),
  contextId: z.string(),
  details: z.array(z.unknown()),
});
export type GenesysErrorShape = z.infer<typeof genesysError>;

/** What a call rejected with (fails if it resolved). */
export async function thrown(call: Promise<unknown>): Promise<unknown> {
  let outcome: unknown;
  try {
    await call;
  } catch (error) {
    outcome = error;
  }
  if (outcome === undefined) throw new Error('Expected the call to fail, it succeeded');
  return outcome;
}

/** The Genesys error body an SDK call rejected with (fails if it resolved). */
export async function rejection(call: Promise<unknown>): Promise<GenesysErrorShape> {
  return genesysError.parse(await thrown(call));
}
