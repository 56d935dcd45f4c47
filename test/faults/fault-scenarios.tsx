// The fault matrix: one scenario per fault, each run against the whole app
// (real SDK, production request scheduler and query defaults, the emulator
// behind MSW). A scenario opens a view, lets it settle, switches the fault on,
// does what a person would meanwhile (a search, presence changing on screen),
// reads what the page says, lifts the fault and measures how long until the
// page is healthy again with every badge on screen equal to the emulator's truth.
import { screen, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Emulator } from '@/emulator/create-emulator';
import type { EmulatorLimits, RequestLogEntry } from '@/emulator/emulator-core';
import { parseFaults, routeMatches, type FaultConfig } from '@/emulator/faults';
import { generateOrg } from '@/emulator/generate-org';
import type { DemoPersona, Organization, SystemPresence } from '@/emulator/org-model';
import { LivePresenceTuningProvider, type LivePresenceTuning } from '@/foundations/presence/live-presence';
import { renderApp } from '../support/render-app';
import { HOSTILE_NAMES, hostileOrg, PWNED, shownAs } from './hostile-org';

const HOSTILE_FAULT =
  'org file with hostile content (script and HTML in names, titles, messages; RTL override and combining marks; 10,000-character fields; scripted SVG badges)';

export interface FaultResult {
  fault: string;
  /** What the fault did, read from the emulator (so a fault that never bit shows). */
  effect: string;
  /** How many times the fault bit (answers it spoiled, sockets it cut, ...). */
  hits: number;
  /** What the page showed while the fault lasted. */
  whileOn: string;
  /** It kept showing its data, or said what is wrong. */
  keptWorkingOrSaidSo: boolean;
  recovered: boolean;
  /** From lifting the fault to a healthy page with every badge true; null when it did not recover. */
  secondsToRecover: number | null;
  staleBadgesAfterRecovery: number;
  /** Extra checks of the scenario (e.g. the rate budget), each true when it held. */
  checks: Record<string, boolean>;
}

export interface FaultScenario {
  fault: string;
  run: () => Promise<FaultResult>;
}

/** Short timings (the app's tuning knobs) so that a fault and its recovery take about a second or two. */
export const FAST: LivePresenceTuning = {
  notifications: {
    heartbeatIntervalMs: 200,
    backoffBaseMs: 50,
    backoffMaxMs: 400,
    connectTimeoutMs: 1_000,
    topicsDebounceMs: 20,
    topicsRetryMs: 300,
    topicsRetryMaxMs: 1_000,
  },
};
const HEARTBEAT_MS = 200;
/** The app retries failed requests after 250 ms, doubling to 1 s (5 s to 60 s in production). */
const RECOVERY = { firstRetryMs: 250, maxRetryMs: 1_000 };
/** The SDK's request timeout in the matrix (16 s in production). */
export const REQUEST_TIMEOUT_MS = 500;
/** How long a fault lasts at least. */
const FAULT_MS = 1_000;
/** A page showing no rows has this much longer to say what is wrong. */
const SAY_LIMIT_MS = 5_000;
/** Longer than any recovery should take; a scenario that needs more did not recover. */
const RECOVERY_LIMIT_MS = 12_000;
const SETTLE_LIMIT_MS = 10_000;
/** The app's budget (requests per minute), which the emulator's 300 must never see exceeded. */
export const APP_BUDGET_PER_MINUTE = 240;

type Stage = ReturnType<typeof renderApp>;
type View = 'directory' | 'transfer' | 'supervisor' | 'admin';

interface AppOptions {
  view?: View;
  persona?: DemoPersona;
  org?: () => Organization;
  /** Faults on from the first request: the app opens during the fault. */
  faults?: Partial<FaultConfig>;
  limits?: Partial<EmulatorLimits>;
  tuning?: LivePresenceTuning;
}

const defaultOrg = () => generateOrg({ size: 300, seed: 11 });

function openApp({ view = 'directory', persona, org = defaultOrg, faults, limits, tuning = FAST }: AppOptions): Stage {
  const utils = renderApp({
    org: org(),
    seed: 11,
    path: `/${view}`,
    persona: persona ?? (view === 'supervisor' ? 'supervisor' : view === 'admin' ? 'admin' : 'agent'),
    ...(faults ? { faults } : {}),
    limits: { heartbeatIntervalMs: HEARTBEAT_MS, ...limits },
    scheduler: {},
    productionQueryDefaults: true,
    recovery: RECOVERY,
    wrap: (app: ReactElement) => <LivePresenceTuningProvider value={tuning}>{app}</LivePresenceTuningProvider>,
  });
  for (const apis of [utils.session.apis, utils.session.backgroundApis]) apis.client.getHttpClient().setTimeout(REQUEST_TIMEOUT_MS);
  utils.emulator.start();
  return utils;
}

// ------------------------------------------------------------------ reading the page

const KEY_OF: Record<SystemPresence, string> = {
  AVAILABLE: 'available',
  AWAY: 'away',
  BUSY: 'busy',
  OFFLINE: 'offline',
  IDLE: 'idle',
  ON_QUEUE: 'on-queue',
  MEAL: 'meal',
  TRAINING: 'training',
  MEETING: 'meeting',
  BREAK: 'break',
};

/** The emulator's 8×8 presence of a user, as the badge key the app should show. */
export function truthOf(emulator: Emulator, userId: string): string {
  const state = emulator.state.integrationPresences.get(userId);
  const definition = emulator.org.presenceDefinitions.find((candidate) => candidate.id === state?.definitionId);
  return definition ? KEY_OF[definition.systemPresence] : 'unknown';
}

// The page is read with plain selectors, not *ByRole queries: those compute the
// accessibility tree and take hundreds of milliseconds on a page of rows, and
// waitFor runs its check on every DOM mutation, so they would slow the app under test.
/* eslint-disable testing-library/no-node-access */

/** The rows of the 8×8 user lists on screen (options carrying a user id). */
function rowsOnScreen(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('[role="option"][data-user-id]')];
}

/** Every badge on screen that differs from the truth (a badge still loading counts). */
export function staleBadges(emulator: Emulator): string[] {
  const stale: string[] = [];
  for (const row of rowsOnScreen()) {
    const badge = row.querySelector('[role="img"][data-presence]');
    if (!badge) continue;
    const userId = row.getAttribute('data-user-id') ?? '';
    const shown = badge.getAttribute('data-presence') ?? '';
    const truth = truthOf(emulator, userId);
    if (shown !== truth) stale.push(`${userId}: shows ${shown}, is ${truth}`);
  }
  return stale;
}

const alertTitles = (): string[] =>
  [...document.querySelectorAll('[role="alert"]')].map((alert) => alert.getAttribute('aria-label') ?? alert.textContent);
const statusTexts = (): string[] =>
  [...document.querySelectorAll('[role="status"]')].map((status) => (status.getAttribute('aria-label') ?? status.textContent).trim());
/* eslint-enable testing-library/no-node-access */

/** The view shows what it is for. */
function ready(view: View, stage: Stage): void {
  switch (view) {
    case 'directory': {
      screen.getByText(/^Showing [\d,]+ of [\d,]+ 8×8 users$/);
      const ids = rowsOnScreen().map((row) => row.getAttribute('data-user-id'));
      if (ids.length === 0) throw new Error('no rows');
      if (new Set(ids).size !== ids.length) throw new Error('someone is listed twice');
      break;
    }
    case 'transfer': {
      const customer = stage.emulator.org.calls[0]?.customer.name ?? '';
      if (screen.queryAllByText(customer, { exact: false }).length === 0) throw new Error(`no call with ${customer}`);
      if (rowsOnScreen().length === 0) throw new Error('no people to transfer to');
      break;
    }
    case 'supervisor':
      if (rowsOnScreen().length === 0) throw new Error('no people on the board');
      break;
    case 'admin':
      screen.getByRole('table', { name: 'Roles that grant each permission' });
      break;
  }
}

function healthy(view: View, stage: Stage): void {
  ready(view, stage);
  const alerts = alertTitles();
  if (alerts.length > 0) throw new Error(`alerts: ${alerts.join('; ')}`);
}

/** What the page showed over the fault, sampled: rows kept, errors it said, what else it said. */
interface PageWatch {
  samples: number;
  minRows: number;
  maxRows: number;
  alerts: Set<string>;
  statuses: Set<string>;
  /** Samples with no row, no error and no status: a blank page. */
  blank: number;
}

function newWatch(): PageWatch {
  return { samples: 0, minRows: Infinity, maxRows: 0, alerts: new Set(), statuses: new Set(), blank: 0 };
}

function sample(watch: PageWatch): void {
  const rows = rowsOnScreen().length;
  const alerts = alertTitles();
  const statuses = statusTexts();
  watch.samples += 1;
  watch.minRows = Math.min(watch.minRows, rows);
  watch.maxRows = Math.max(watch.maxRows, rows);
  for (const alert of alerts) watch.alerts.add(alert);
  for (const status of statuses) if (status.trim() !== '') watch.statuses.add(status.trim());
  if (rows === 0 && alerts.length === 0 && statuses.every((status) => status.trim() === '')) watch.blank += 1;
}

/** Kept its rows all along, or said what is wrong, and never went blank. */
function describeWatch(watch: PageWatch): { text: string; ok: boolean; rows: number } {
  const rows = watch.samples === 0 ? 0 : watch.minRows;
  const parts = [
    ...(rows > 0 ? [`kept ${String(rows)}+ rows`] : []),
    ...[...watch.alerts].map((title) => `says “${title}”`),
    ...(watch.alerts.size === 0 && rows === 0 ? [...watch.statuses].map((status) => `shows “${status}”`) : []),
  ];
  return {
    text: parts.length > 0 ? parts.join(', ') : 'a blank page',
    ok: watch.blank === 0 && (rows > 0 || watch.alerts.size > 0),
    rows,
  };
}

// ------------------------------------------------------------------ timing

/** Waits `ms` with React's act environment off, as waitFor does (no act warnings), sampling the page meanwhile. */
export async function pause(ms: number, watch?: PageWatch): Promise<void> {
  const end = Date.now() + ms;
  await waitFor(
    () => {
      if (watch) sample(watch);
      if (Date.now() < end) throw new Error('waiting');
    },
    { timeout: ms + 1_000, interval: 40 },
  );
}

async function settle(view: View, stage: Stage): Promise<void> {
  await waitFor(
    () => {
      healthy(view, stage);
      const stale = staleBadges(stage.emulator);
      if (stale.length > 0) throw new Error(`stale: ${stale.join(', ')}`);
      if (
        view !== 'admin' &&
        stage.emulator.stats().sockets === 0 &&
        staleBadges(stage.emulator).length === 0 &&
        rowsOnScreen().length > 0
      ) {
        throw new Error('no socket yet');
      }
    },
    { timeout: SETTLE_LIMIT_MS, interval: 25 },
  );
}

/** Changes the 8×8 presence of up to `count` people on screen (what a socket fault would hide). */
function changePresenceOnScreen(stage: Stage, count = 3): string[] {
  const order: SystemPresence[] = ['AVAILABLE', 'BUSY', 'AWAY', 'MEETING', 'OFFLINE'];
  const changed: string[] = [];
  for (const row of rowsOnScreen()) {
    if (changed.length >= count) break;
    const userId = row.getAttribute('data-user-id') ?? '';
    const current = truthOf(stage.emulator, userId);
    if (current === 'unknown') continue;
    const next = order.find((presence) => KEY_OF[presence] !== current) ?? 'AVAILABLE';
    stage.emulator.setIntegrationPresence(userId, next);
    changed.push(userId);
  }
  return changed;
}

// ------------------------------------------------------------------ one run

interface Run {
  fault: string;
  app: AppOptions;
  /** What the person did before the fault (the view then settles). */
  prepare?: (stage: Stage) => Promise<void>;
  /** Switches the fault on (after the view settled); not needed when app.faults opens with it. */
  inject?: (stage: Stage) => void;
  /** What happens while the fault is on: a person's action, presence changing. */
  meanwhile?: (stage: Stage) => Promise<void> | void;
  /** Lifts the fault (default: clearFaults). */
  lift?: (stage: Stage) => void;
  /** How many times the fault bit, and in words, from what the emulator saw while it was on. */
  effect: (stage: Stage, during: readonly RequestLogEntry[]) => { hits: number; text: string };
  faultMs?: number;
  /** Checks over the whole run (log, scheduler) and of what the page showed while the fault lasted. */
  checks?: (stage: Stage, whileOn: { rows: number }, during: readonly RequestLogEntry[]) => Record<string, boolean>;
}

async function measure(run: Run): Promise<FaultResult> {
  const view = run.app.view ?? 'directory';
  const opened = performance.now();
  const stage = openApp(run.app);
  const openedWithFault = run.app.faults !== undefined;
  if (!openedWithFault) {
    await settle(view, stage);
    await run.prepare?.(stage);
    await settle(view, stage);
  }
  const settled = performance.now();
  const from = stage.emulator.requestCount();
  const started = Date.now();
  const watch = newWatch();
  run.inject?.(stage);
  await run.meanwhile?.(stage);
  await pause(Math.max(0, (run.faultMs ?? FAULT_MS) - (Date.now() - started)), watch);
  // A page that lost its rows gets the time to say why (its request, the retry, a second timeout).
  const sayBy = Date.now() + SAY_LIMIT_MS;
  while (watch.minRows === 0 && watch.alerts.size === 0 && Date.now() < sayBy) await pause(100, watch);
  const page = describeWatch(watch);
  const during = stage.emulator.requestLog.slice(-(stage.emulator.requestCount() - from));
  (
    run.lift ??
    ((s: Stage) => {
      s.emulator.clearFaults();
    })
  )(stage);
  const lifted = performance.now();
  let recovered = true;
  let problem = '';
  try {
    await waitFor(
      () => {
        try {
          healthy(view, stage);
          const stale = staleBadges(stage.emulator);
          if (stale.length > 0) throw new Error(`stale: ${stale.join(', ')}`);
        } catch (error) {
          problem = error instanceof Error ? error.message : String(error);
          throw error;
        }
      },
      { timeout: RECOVERY_LIMIT_MS, interval: 25 },
    );
  } catch {
    recovered = false;
  }
  const seconds = (performance.now() - lifted) / 1000;
  // FAULTS_DEBUG=1 npm run faults: where each scenario spends its time, and what kept it from recovering sooner.
  if (process.env.FAULTS_DEBUG) {
    process.stdout.write(
      `[${run.fault}] settle ${((settled - opened) / 1000).toFixed(1)} s, fault ${((lifted - settled) / 1000).toFixed(1)} s, recover ${seconds.toFixed(1)} s; last problem: ${problem.slice(0, 300)}\n`,
    );
  }
  // The log entries of the fault period, now with their final status (a hung request's 504).
  const effect = run.effect(stage, during);
  return {
    fault: run.fault,
    effect: effect.text,
    hits: effect.hits,
    whileOn: page.text,
    keptWorkingOrSaidSo: page.ok,
    recovered,
    secondsToRecover: recovered ? Math.round(seconds * 10) / 10 : null,
    staleBadgesAfterRecovery: staleBadges(stage.emulator).length,
    checks: run.checks?.(stage, page, during) ?? {},
  };
}

// ------------------------------------------------------------------ effects

const matching = (route: string) => (entry: RequestLogEntry) => entry.path.startsWith('/api/v2/') && routeMatches(route, entry.path);

function answered(statuses: readonly number[], route: string, label: string) {
  return (_: Stage, during: readonly RequestLogEntry[]) => {
    const hits = during.filter((entry) => matching(route)(entry) && statuses.includes(entry.status)).length;
    return { hits, text: `${hits} × ${label}` };
  };
}

/** Most requests the app sent in any 60 s (so far shorter than a minute: all of them) and in any 1 s. */
function peakRates(log: readonly RequestLogEntry[]): { perMinute: number; perSecond: number } {
  const times = log.filter((entry) => entry.path.startsWith('/api/')).map((entry) => entry.timestamp);
  const peak = (windowMs: number) => {
    let best = 0;
    let start = 0;
    for (let end = 0; end < times.length; end += 1) {
      while ((times[end] ?? 0) - (times[start] ?? 0) >= windowMs) start += 1;
      best = Math.max(best, end - start + 1);
    }
    return best;
  };
  return { perMinute: peak(60_000), perSecond: peak(1_000) };
}

/** Timestamps grouped into waves: a gap of more than 500 ms starts a new one. */
function wavesOf(times: readonly number[]): number[][] {
  const waves: number[][] = [];
  for (const time of [...times].sort((a, b) => a - b)) {
    const wave = waves.at(-1);
    if (wave && time - (wave.at(-1) ?? 0) <= 500) wave.push(time);
    else waves.push([time]);
  }
  return waves;
}

// ------------------------------------------------------------------ the scenarios

interface Endpoint {
  name: string;
  /** Route glob after /api/v2/. */
  route: string;
  view: View;
  /** The app meets the endpoint when it opens (true) or when the person acts (meanwhile). */
  atOpen: boolean;
  org?: () => Organization;
  prepare?: (stage: Stage) => Promise<void>;
  meanwhile?: (stage: Stage) => Promise<void> | void;
}

/** Types the surname of someone on screen into the search box (local matches at once, the server's after it). */
async function searchForSomeoneOnScreen(stage: Stage): Promise<void> {
  const [row] = rowsOnScreen().slice(1);
  const name = stage.emulator.org.users.find((user) => user.id === row?.getAttribute('data-user-id'))?.name ?? 'a';
  const surname = name.split(' ').at(-1) ?? name;
  await stage.user.type(screen.getByRole('combobox', { name: 'Search 8×8 users' }), surname);
}

/** Shows the `index`-th group with 8×8 members on the board (choosing the group scope first). */
async function chooseGroup(stage: Stage, index: number): Promise<void> {
  const users = stage.emulator.org.users;
  const group = stage.emulator.org.groups.filter((candidate) =>
    users.some((person) => person.kind !== 'genesys-only' && person.state === 'active' && person.groupIds.includes(candidate.id)),
  )[index];
  if (!group) throw new Error('the org has too few groups with 8×8 members');
  const scope = screen.getByRole('combobox', { name: 'Scope' });
  if ((scope as HTMLSelectElement).value !== 'group') await stage.user.selectOptions(scope, 'A group');
  const groupBox = await screen.findByRole('combobox', { name: 'Group' });
  await stage.user.selectOptions(groupBox, await within(groupBox).findByRole('option', { name: group.name }, { timeout: 5_000 }));
}

const ENDPOINTS: readonly Endpoint[] = [
  { name: 'users search', route: 'users/search', view: 'directory', atOpen: false, meanwhile: searchForSomeoneOnScreen },
  {
    name: 'presence by id (GET /users?id=…)',
    route: 'users',
    view: 'directory',
    atOpen: false,
    // The socket drops and presence changes meanwhile: only a presence read can bring it back.
    meanwhile: (stage) => {
      stage.emulator.dropSockets();
      changePresenceOnScreen(stage);
    },
  },
  { name: '/users/me (authorization)', route: 'users/me', view: 'directory', atOpen: true },
  { name: 'UC clientapps (8×8 integration)', route: 'integrations/unifiedcommunications/clientapps', view: 'directory', atOpen: true },
  {
    name: 'notification channels',
    route: 'notifications/channels',
    view: 'directory',
    atOpen: true,
    meanwhile: async (stage) => {
      await pause(600);
      changePresenceOnScreen(stage);
    },
  },
  {
    name: 'notification subscriptions',
    route: 'notifications/channels/*/subscriptions',
    view: 'directory',
    atOpen: false,
    meanwhile: (stage) => {
      stage.emulator.dropSockets();
      changePresenceOnScreen(stage);
    },
  },
  { name: 'conversations (calls)', route: 'conversations/**', view: 'transfer', atOpen: true },
  {
    name: 'group members',
    route: 'groups/**',
    view: 'supervisor',
    // The board reads everyone in scope first: a small org keeps that short.
    org: () => generateOrg({ size: 80, seed: 11 }),
    atOpen: false,
    prepare: (stage) => chooseGroup(stage, 0),
    meanwhile: (stage) => chooseGroup(stage, 1),
  },
  { name: 'authorization roles', route: 'authorization/**', view: 'admin', atOpen: true },
];

function endpointScenario(endpoint: Endpoint, kind: 'errors' | 'timeout'): FaultScenario {
  const spec = `${kind}:1@${endpoint.route}`;
  const label = kind === 'errors' ? `5xx on ${endpoint.name}` : `timeouts on ${endpoint.name}`;
  return {
    fault: `${label} (\`${spec}\`)`,
    run: () =>
      measure({
        fault: `${label} (\`${spec}\`)`,
        app: {
          view: endpoint.view,
          ...(endpoint.org ? { org: endpoint.org } : {}),
          ...(endpoint.atOpen ? { faults: parseFaults(spec) } : {}),
        },
        ...(endpoint.atOpen
          ? {}
          : {
              inject: (stage: Stage) => {
                stage.emulator.setFaults(parseFaults(spec));
              },
            }),
        ...(endpoint.prepare ? { prepare: endpoint.prepare } : {}),
        ...(endpoint.meanwhile ? { meanwhile: endpoint.meanwhile } : {}),
        // A hung request ends with the client's timeout; the page then says so.
        // Long enough for the client to give up on a hung request at least once.
        faultMs: kind === 'timeout' ? FAULT_MS + REQUEST_TIMEOUT_MS : FAULT_MS,
        effect:
          kind === 'errors'
            ? answered([500, 503], endpoint.route, 'answered 500/503')
            : answered([504], endpoint.route, `hung (client timeout ${REQUEST_TIMEOUT_MS} ms)`),
      }),
  };
}

const socketEffect =
  (label: string, count: (stage: Stage, during: readonly RequestLogEntry[]) => number) =>
  (stage: Stage, during: readonly RequestLogEntry[]) => {
    const hits = count(stage, during);
    return { hits, text: `${hits} × ${label}` };
  };
const channelPosts = (during: readonly RequestLogEntry[]) =>
  during.filter((entry) => entry.method === 'POST' && entry.path === '/api/v2/notifications/channels').length;
const subscriptionPuts = (during: readonly RequestLogEntry[]) =>
  during.filter((entry) => entry.method === 'PUT' && entry.path.endsWith('/subscriptions')).length;

const malformedKinds = [
  ['missing fields', 'missing-field'],
  ['unknown presence values', 'unknown-presence'],
  ['wrong types', 'wrong-type'],
  ['huge strings (100,000 characters)', 'huge-string'],
  ['duplicate users', 'duplicate-users'],
  ['empty pages', 'empty-page'],
] as const;

function malformedScenario(label: string, kind: (typeof malformedKinds)[number][1]): FaultScenario {
  const spec = `malformed:1@users/search,malformed:1@users,malformed:1@socket,malformations:${kind}`;
  const fault = `malformed payloads: ${label} (\`malformations:${kind}\` on users search, presence reads and socket events)`;
  return {
    fault,
    run: () =>
      measure({
        fault,
        app: {},
        inject: (stage) => {
          stage.emulator.setFaults(parseFaults(spec));
        },
        meanwhile: async (stage) => {
          // Presence changes arrive malformed; a search and a socket drop bring malformed pages and presence answers.
          changePresenceOnScreen(stage);
          stage.emulator.dropSockets();
          await searchForSomeoneOnScreen(stage);
          await pause(400);
          await stage.user.clear(screen.getByRole('combobox', { name: 'Search 8×8 users' }));
        },
        effect: (stage) => {
          const counts = stage.emulator.stats().malformed;
          const answers = counts[kind] ?? 0;
          const events = counts[`socket ${kind}`] ?? 0;
          return { hits: answers + events, text: `${answers} answers, ${events} socket events malformed` };
        },
      }),
  };
}

export const SCENARIOS: readonly FaultScenario[] = [
  {
    fault: '429 storm on every request, Retry-After 1 s (`storm:1`)',
    run: () =>
      measure({
        fault: '429 storm on every request, Retry-After 1 s (`storm:1`)',
        app: {},
        inject: (stage) => {
          stage.emulator.setFaults(parseFaults('storm:1'));
        },
        meanwhile: async (stage) => {
          // The socket drops (a resync needs presence reads) and the person searches, all during the storm.
          stage.emulator.dropSockets();
          changePresenceOnScreen(stage);
          await searchForSomeoneOnScreen(stage);
        },
        faultMs: 2_500,
        effect: answered([429], '**', 'answered 429'),
        checks: (stage, whileOn, during) => {
          const { perMinute, perSecond } = peakRates(stage.emulator.requestLog);
          const limitedOutsideStorm =
            stage.emulator.requestLog.filter((entry) => entry.status === 429).length -
            during.filter((entry) => entry.status === 429).length;
          const waves = wavesOf(stage.emulator.requestLog.filter((entry) => entry.status === 429).map((entry) => entry.timestamp));
          return {
            [`at most ${APP_BUDGET_PER_MINUTE} requests in any minute (peak ${perMinute})`]: perMinute <= APP_BUDGET_PER_MINUTE,
            // The burst (10) plus the refill: the storm is waited out, never hammered.
            [`at most 16 requests in any second (peak ${perSecond})`]: perSecond <= 16,
            // Every 429 pauses the whole queue for Retry-After: attempts come in waves a second apart, at most a burst each.
            [`429s in waves at least Retry-After apart (${waves.map((wave) => wave.length).join(', ')})`]:
              waves.length >= 2 && waves.length <= 5 && waves.every((wave) => wave.length <= 12),
            [`the list kept its rows during the storm (${whileOn.rows})`]: whileOn.rows > 0,
            // Paced at 240/min, the app never meets the emulator's own 300/min limit, before or after the storm.
            [`no 429 from the emulator's own rate limit (${limitedOutsideStorm})`]: limitedOutsideStorm === 0,
          };
        },
      }),
  },
  ...ENDPOINTS.flatMap((endpoint) => [endpointScenario(endpoint, 'errors'), endpointScenario(endpoint, 'timeout')]),
  {
    fault: 'notifications socket dropped (1006), presence changing meanwhile',
    run: () =>
      measure({
        fault: 'notifications socket dropped (1006), presence changing meanwhile',
        app: {},
        inject: (stage) => {
          // Dropped and kept down: the reconnect fails until the fault is lifted.
          stage.emulator.setFaults(parseFaults('errors:1@notifications/**'));
          stage.emulator.dropSockets();
        },
        meanwhile: (stage) => {
          changePresenceOnScreen(stage);
        },
        effect: socketEffect(
          'reconnect refused (socket dropped)',
          (_, during) => during.filter((entry) => matching('notifications/**')(entry) && entry.status >= 500).length,
        ),
      }),
  },
  {
    fault: '`v2.system.socket_closing`, then the socket closes',
    run: () =>
      measure({
        fault: '`v2.system.socket_closing`, then the socket closes',
        app: {},
        inject: (stage) => {
          stage.emulator.closeSocketsGracefully(400);
        },
        meanwhile: async (stage) => {
          changePresenceOnScreen(stage, 2);
          await pause(800);
          changePresenceOnScreen(stage, 2);
        },
        lift: () => undefined,
        effect: socketEffect('new channel before the old socket closed', (_, during) => channelPosts(during)),
      }),
  },
  {
    fault: 'missing heartbeats: the socket stays open but silent (`silent`)',
    run: () =>
      measure({
        fault: 'missing heartbeats: the socket stays open but silent (`silent`)',
        app: {},
        inject: (stage) => {
          stage.emulator.setFaults(parseFaults('silent'));
        },
        meanwhile: (stage) => {
          changePresenceOnScreen(stage);
        },
        // Each silent socket the app gives up on is replaced: a PUT of the topics on the reused channel.
        effect: socketEffect('silent socket given up and replaced', (_, during) => subscriptionPuts(during)),
      }),
  },
  {
    fault: 'the notifications channel expires',
    run: () =>
      measure({
        fault: 'the notifications channel expires',
        // The app renews only at the last moment: the channel expires under it.
        app: {
          limits: { channelLifetimeMs: 1_200 },
          tuning: { notifications: { ...FAST.notifications, renewBeforeExpiryMs: 0 } },
        },
        meanwhile: (stage) => {
          changePresenceOnScreen(stage);
        },
        lift: () => undefined,
        faultMs: 2_000,
        effect: socketEffect('channel expired and replaced', (_, during) => channelPosts(during)),
      }),
  },
  {
    fault: '401 mid-session (token revoked)',
    run: () =>
      measure({
        fault: '401 mid-session (token revoked)',
        app: {},
        inject: (stage) => {
          stage.emulator.revokeToken(stage.session.auth.token());
        },
        meanwhile: async (stage) => {
          stage.emulator.dropSockets();
          changePresenceOnScreen(stage);
          await searchForSomeoneOnScreen(stage);
        },
        lift: () => undefined,
        effect: answered([401], '**', 'answered 401, then one re-sign-in'),
        checks: (stage) => ({ [`exactly one re-sign-in (${stage.session.auth.reSignIns()})`]: stage.session.auth.reSignIns() === 1 }),
      }),
  },
  ...malformedKinds.map(([label, kind]) => malformedScenario(label, kind)),
  {
    fault: HOSTILE_FAULT,
    run: async () => {
      const result = await measure({
        fault: HOSTILE_FAULT,
        app: { org: hostileOrg },
        meanwhile: async (stage) => {
          const search = screen.getByRole('combobox', { name: 'Search 8×8 users' });
          await stage.user.type(search, '<script');
          await pause(300);
          await stage.user.clear(search);
        },
        lift: () => undefined,
        faultMs: 600,
        effect: () => {
          const shown = HOSTILE_NAMES.filter((name) => screen.queryAllByText(shownAs(name)).length > 0).length;
          return { hits: shown, text: `${shown} of ${HOSTILE_NAMES.length} hostile names shown as text` };
        },
        checks: () => {
          // A security check of the DOM, not a person's view.
          // eslint-disable-next-line testing-library/no-node-access
          const injected = document.querySelectorAll(
            'script, iframe, object, embed, svg, foreignObject, [onload], [onerror], [onclick], [onmouseover], a[href^="javascript"]',
          ).length;
          return {
            [`no markup from the file in the page (${injected} elements)`]: injected === 0,
            'no script from the file ran': Reflect.get(window, PWNED) === undefined,
          };
        },
      });
      // Nothing to lift: the page had to work with the file from the start.
      return { ...result, secondsToRecover: result.recovered ? 0 : null };
    },
  },
];

/** The matrix as a markdown table. */
export function markdownTable(results: readonly FaultResult[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = [
    '| fault | what the fault did | while it lasted | recovered | seconds to recover | stale badges after recovery |',
    '| --- | --- | --- | --- | ---: | ---: |',
    ...results
      .map((result) =>
        [
          result.fault,
          result.effect,
          result.whileOn,
          result.recovered ? 'yes' : '**no**',
          result.secondsToRecover === null ? '—' : result.secondsToRecover.toFixed(1),
          String(result.staleBadgesAfterRecovery),
        ]
          .map(cell)
          .join(' | '),
      )
      .map((row) => `| ${row} |`),
  ];
  return `${lines.join('\n')}\n`;
}
