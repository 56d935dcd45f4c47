import { createEmulator, type Emulator, type EmulatorStats } from '@/emulator/create-emulator';
import { parseFaults } from '@/emulator/faults';
import { GENERATED_ORG_EPOCH, generateOrg } from '@/emulator/generate-org';
import { parseOrgFile } from '@/emulator/org-file';
import { parseVariants } from '@/emulator/variants';
import type { Organization } from '@/emulator/org-model';
import type { DemoLaunch } from '@/genesys/launch-context';
import { startDemoWorker } from '@/emulator/demo/demo-worker';
import { tabHostOf } from '@/emulator/demo/tab-host';
import { startRelayedDemo } from '@/emulator/demo/tab-relay';

export interface DemoConnection {
  environment: string;
  accessToken: string;
  /** Demo mode's stand-in for signing in to Genesys Cloud again: a new token for the persona. */
  signInAgain: () => string;
  stop: () => void;
}

/** Presence changes per minute across the demo org: lively without flooding the screen. */
const DEMO_CHURN_PER_MINUTE = 120;

/**
 * What benchmarks and soak runs drive in the page (`window.gc8x8Demo`): the
 * emulator's truth and its switches. Demo mode only; never in a Genesys session.
 */
export interface DemoControl {
  requestCount: () => number;
  requests: () => readonly { method: string; path: string; search: string; status: number; timestamp: number }[];
  setIntegrationPresence: Emulator['setIntegrationPresence'];
  integrationPresenceOf: (userId: string) => string | undefined;
  dropSockets: () => void;
  setChurnPerMinute: (perMinute: number) => void;
  /** What the emulator holds (request log, channels, sockets, tokens): a soak run watches it stay bounded. */
  stats: () => EmulatorStats;
  /** Replaces the faults with a `demoFaults` value ('' or 'none' clears them); throws FaultSyntaxError. */
  setFaults: (demoFaults: string) => void;
  /** Changes the variants with a `demoVariants` value (the others keep theirs); throws VariantSyntaxError. */
  setVariants: (demoVariants: string) => void;
}

declare global {
  interface Window {
    gc8x8Demo?: DemoControl;
  }
}

/**
 * A generated org's dates count back from a fixed epoch (same seed, same org);
 * the demo moves them to now, so "Busy · 12 min" reads as it would live.
 */
function movedToNow(org: Organization, now: number): Organization {
  const shift = now - Date.parse(GENERATED_ORG_EPOCH);
  const move = (iso: string) => new Date(Date.parse(iso) + shift).toISOString();
  const movePresences = (presences: Organization['presences']) =>
    Object.fromEntries(Object.entries(presences).map(([userId, state]) => [userId, { ...state, modifiedDate: move(state.modifiedDate) }]));
  return {
    ...org,
    presences: movePresences(org.presences),
    integrationPresences: movePresences(org.integrationPresences),
    calls: org.calls.map((call) => ({ ...call, startedDate: move(call.startedDate) })),
  };
}

async function loadOrg(launch: DemoLaunch): Promise<Organization> {
  if (!launch.orgUrl) {
    // demoUc: the org's UC integrations (absent: the default one alone).
    const { ucIntegrations } = launch;
    const generated = generateOrg({ size: launch.size, seed: launch.seed, ...(ucIntegrations ? { integrations: ucIntegrations } : {}) });
    return movedToNow(generated, Date.now());
  }
  const response = await fetch(launch.orgUrl);
  if (!response.ok) throw new Error(`The org file ${launch.orgUrl} could not be loaded (HTTP ${response.status}).`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new Error(`The org file ${launch.orgUrl} is not valid JSON.`);
  }
  return parseOrgFile(json);
}

/** The demo org (generated or loaded) and an emulator over it, with the launch's churn, faults and variants; not started. */
export async function createDemoEmulator(launch: DemoLaunch): Promise<{ emulator: Emulator; org: Organization }> {
  const org = await loadOrg(launch);
  const emulator = createEmulator({
    org,
    seed: launch.seed,
    churnPerMinute: launch.churnPerMinute ?? DEMO_CHURN_PER_MINUTE,
    ...(launch.faults ? { faults: parseFaults(launch.faults) } : {}),
    ...(launch.variants ? { variants: parseVariants(launch.variants) } : {}),
  });
  return { emulator, org };
}

/**
 * Starts the Genesys Cloud emulator in this page (MSW service worker plus an
 * in-page WebSocket interceptor) and signs the chosen persona in to it. A frame
 * of the demo workspace (/workspace) uses the tab's one emulator instead.
 */
export async function startDemo(launch: DemoLaunch): Promise<DemoConnection> {
  const host = tabHostOf(window);
  if (host) {
    const relayed = await startRelayedDemo(window, host, launch.persona);
    // Benches and e2e tests drive gc8x8Demo in whichever frame they look at: the tab's.
    const control = window.top?.gc8x8Demo;
    if (control) window.gc8x8Demo = control;
    return relayed;
  }
  const { emulator, org } = await createDemoEmulator(launch);
  const worker = await startDemoWorker(emulator.handlers);
  emulator.start();
  window.gc8x8Demo = demoControl(emulator, org);
  const userId = org.personas[launch.persona];
  return {
    environment: emulator.environment,
    accessToken: emulator.issueToken(userId),
    signInAgain: () => emulator.issueToken(userId),
    stop: () => {
      emulator.stop();
      worker.stop();
    },
  };
}

/** What `window.gc8x8Demo` offers over the emulator. */
export function demoControl(emulator: Emulator, org: Organization): DemoControl {
  const definitions = new Map(org.presenceDefinitions.map((definition) => [definition.id, definition.systemPresence]));
  return {
    requestCount: () => emulator.requestCount(),
    requests: () => emulator.requestLog,
    setIntegrationPresence: emulator.setIntegrationPresence,
    integrationPresenceOf: (userId) => {
      const state = emulator.state.integrationPresences.get(userId);
      return state ? definitions.get(state.definitionId) : undefined;
    },
    dropSockets: () => {
      emulator.dropSockets();
    },
    setChurnPerMinute: (perMinute) => {
      emulator.setChurnPerMinute(perMinute);
    },
    stats: () => emulator.stats(),
    setFaults: (demoFaults) => {
      const faults = parseFaults(demoFaults);
      emulator.clearFaults();
      emulator.setFaults(faults);
    },
    setVariants: (demoVariants) => {
      emulator.setVariants(parseVariants(demoVariants));
    },
  };
}
