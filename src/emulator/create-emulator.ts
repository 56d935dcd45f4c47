// The Genesys Cloud emulator: MSW handlers over an in-memory organization, for
// setupServer (tests) and setupWorker (demo mode).
import type { HttpHandler, WebSocketHandler } from 'msw';
import {
  createState,
  DEFAULT_LIMITS,
  type CallRecord,
  type ChannelRecord,
  type EmulatorCore,
  type EmulatorLimits,
  type RequestLogEntry,
} from '@/emulator/emulator-core';
import { faultRate, malformJson, NO_FAULTS, type FaultConfig } from '@/emulator/faults';
import { createRouter } from '@/emulator/guard';
import { authorizationHandlers } from '@/emulator/handlers/authorization';
import { conversationsHandlers } from '@/emulator/handlers/conversations';
import { groupsHandlers } from '@/emulator/handlers/groups';
import { integrationsHandlers } from '@/emulator/handlers/integrations';
import { loginHandlers } from '@/emulator/handlers/login';
import {
  HEARTBEAT_EVENT,
  liveChannel,
  notificationsHandlers,
  SOCKET_CLOSING_EVENT,
  type SocketConnector,
} from '@/emulator/handlers/notifications';
import { presenceHandlers } from '@/emulator/handlers/presence';
import { usersHandlers } from '@/emulator/handlers/users';
import { DEFAULT_UC, ucProfile } from '@/genesys/uc-table';
import {
  ucIntegrationOf,
  type OrgPresenceDefinition,
  type OrgPresenceState,
  type Organization,
  type SystemPresence,
} from '@/emulator/org-model';
import { authorize, DEFAULT_OAUTH_CLIENTS, issueAccessToken } from '@/emulator/oauth';
import type { OAuthClientConfig } from '@/emulator/oauth-model';
import { createPrng } from '@/emulator/prng';
import { DEFAULT_VARIANTS, type EmulatorVariants } from '@/emulator/variants';
import { presenceDefinitionRef, presenceSourceIdOf, PURECLOUD_SOURCE } from '@/emulator/wire';

export interface EmulatorOptions {
  org: Organization;
  /** Seeds faults, churn and generated ids (default 1). */
  seed?: number;
  /** Clock in ms (default Date.now). Drives modifiedDate, rate windows and channel expiry. */
  now?: () => number;
  /** Automatic UC integration presence changes per minute across the org once started (0 = none). */
  churnPerMinute?: number;
  faults?: Partial<FaultConfig>;
  /** Which plausible Genesys behaviour to play where public material leaves it open (see variants.ts). */
  variants?: Partial<EmulatorVariants>;
  /** Per token, sliding one-minute window (default 300). */
  requestsPerMinute?: number;
  limits?: Partial<EmulatorLimits>;
  /** OAuth clients on login.<environment> (default: DEMO_OAUTH_CLIENT_ID on localhost:5173, 4173 and 3000). */
  oauthClients?: readonly OAuthClientConfig[];
  /** Lifetime of tokens from issueToken (default: they never expire). */
  issuedTokenLifetimeSec?: number;
  /** Entries kept in requestLog, the latest (default 10,000); requestCount() counts them all. */
  requestLogCapacity?: number;
}

export const DEFAULT_REQUEST_LOG_CAPACITY = 10_000;

/** How much the emulator holds: what a long run watches for unbounded growth. */
export interface EmulatorStats {
  /** Requests since creation (requestCount()). */
  requests: number;
  /** Entries in requestLog (capped). */
  logged: number;
  channels: number;
  sockets: number;
  topics: number;
  tokens: number;
  rateWindows: number;
  authorizationCodes: number;
  calls: number;
  hungRequests: number;
  /** Socket connections MSW still holds, closed ones included (it never forgets them; demo and tests only). */
  mswSocketClients: number;
  /** Answers (and socket events, `socket <kind>`) the malformed fault changed, by kind. */
  malformed: Readonly<Record<string, number>>;
}

/** Read access for tests. */
export interface EmulatorStateView {
  readonly presences: ReadonlyMap<string, OrgPresenceState>;
  readonly integrationPresences: ReadonlyMap<string, OrgPresenceState>;
  readonly channels: ReadonlyMap<string, ChannelRecord>;
  readonly calls: ReadonlyMap<string, CallRecord>;
}

export interface Emulator {
  /** MSW handlers (HTTP and WebSocket) for setupServer or setupWorker. */
  readonly handlers: readonly (HttpHandler | WebSocketHandler)[];
  readonly environment: string;
  readonly org: Organization;
  readonly limits: Readonly<EmulatorLimits>;
  readonly faults: Readonly<FaultConfig>;
  readonly variants: Readonly<EmulatorVariants>;
  /** The latest requests (at most requestLogCapacity), oldest first. */
  readonly requestLog: readonly RequestLogEntry[];
  /** Every request answered or under way since the emulator was created, logged or no longer. */
  requestCount: () => number;
  stats: () => EmulatorStats;
  readonly state: EmulatorStateView;
  /** A bearer token for the user (throws for an unknown user id). */
  issueToken: (userId: string) => string;
  revokeToken: (token: string) => void;
  /** Every token issued so far stops working (401), as when a session expires. */
  expireTokens: () => void;
  /**
   * The user signs in on the login page the app navigated to (the full
   * https://login.<env>/oauth/authorize?... URL); returns the redirect the login
   * host answers with: a code or a token (in the hash), or an OAuth error. Throws
   * (LoginPageError) for an unknown client or an unregistered redirect_uri.
   */
  authorize: (authorizeUrl: string, userId: string) => string;
  /** Changes a UC user's integration presence (any integration) and publishes it on v2.users.{id}.integrationpresence. */
  setIntegrationPresence: (userId: string, systemPresence: SystemPresence, message?: string) => void;
  /** Changes a user's Genesys presence and publishes it on v2.users.{id}.presence. */
  setPresence: (userId: string, systemPresence: SystemPresence, message?: string) => void;
  /** Applies `count` seeded random integration presence changes now; returns the user ids changed. */
  churn: (count: number) => string[];
  /** Changes the automatic churn rate (presence changes per minute across the org). */
  setChurnPerMinute: (perMinute: number) => void;
  /** Sends a heartbeat on every open socket now (the timer does it every heartbeatIntervalMs). */
  heartbeat: () => void;
  /** Starts churn, heartbeat, channel-expiry and socket-drop timers. */
  start: () => void;
  /** Clears every timer. */
  stop: () => void;
  /** Changes faults; requests hung by a timeout fault are answered (504) first. */
  setFaults: (faults: Partial<FaultConfig>) => void;
  clearFaults: () => void;
  /** Changes variants (the others keep their value). */
  setVariants: (variants: Partial<EmulatorVariants>) => void;
  clearRequestLog: () => void;
  /** Closes every notifications socket abruptly (code 1006). */
  dropSockets: () => void;
  /**
   * The customer hangs up: every participant still on the call is disconnected (the customer by
   * their endpoint, the rest by the platform) and the call is published on v2.users.{id}.conversations.calls.
   */
  endCall: (callId: string) => void;
  /** Sends v2.system.socket_closing on every socket, then closes them after `graceMs`. */
  closeSocketsGracefully: (graceMs?: number) => void;
  /**
   * Joins a socket that is no MSW client (another frame's, relayed) to the channel its
   * streaming URL names, as an MSW client would; null when the channel is gone (closed 4004).
   */
  connectSocket: SocketConnector;
}

/** System presences a UC user can show (no ON_QUEUE, MEAL, ... on a PBX). */
const UC_PRESENCES: readonly SystemPresence[] = ['AVAILABLE', 'AWAY', 'BUSY', 'OFFLINE', 'MEETING'];

/** What one emulator changes as it runs, outside the core: counts, churn rate and timers. */
interface Runtime {
  requestTotal: number;
  churnPerMinute: number;
  started: boolean;
  readonly timers: Set<ReturnType<typeof setTimeout>>;
  readonly intervals: Map<string, ReturnType<typeof setInterval>>;
}

function sendEvent(faults: FaultConfig, channel: ChannelRecord, event: object): void {
  // A dead link the browser has not noticed: nothing arrives, and what was sent is lost.
  if (faults.silentSockets) return;
  const text = JSON.stringify(event);
  for (const socket of channel.sockets) socket.send(text);
}

/** Publishes to every live channel subscribed to the topic, malformed now and then if the fault says so. */
function publishEvent(core: EmulatorCore, topicName: string, eventBody: unknown): void {
  const { faults, random } = core;
  for (const channel of [...core.state.channels.values()]) {
    if (!channel.topics.has(topicName) || channel.sockets.size === 0) continue;
    if (!liveChannel(core, channel.id)) continue;
    const rate = faultRate(faults, 'malformed', 'socket');
    let body = eventBody;
    if (rate > 0 && random.faults.next() < rate) {
      const { json, kind } = malformJson(eventBody, random.faults, faults.malformations);
      if (kind !== null) core.malformed.set(`socket ${kind}`, (core.malformed.get(`socket ${kind}`) ?? 0) + 1);
      body = json;
    }
    sendEvent(faults, channel, { topicName, version: '2', eventBody: body, metadata: { CorrelationId: random.ids.uuid() } });
  }
}

function removeChannel(state: EmulatorCore['state'], channelId: string, code: number, reason: string): void {
  const channel = state.channels.get(channelId);
  if (!channel) return;
  state.channels.delete(channelId);
  for (const socket of [...channel.sockets]) socket.close(code, reason);
  channel.sockets.clear();
}

/** The shared core every handler works on: state, settings, seeded streams, request log. */
function createCore(options: EmulatorOptions, runtime: Runtime): EmulatorCore {
  const { org } = options;
  const seed = options.seed ?? 1;
  const state = createState(org);
  const requestLog: RequestLogEntry[] = [];
  const requestLogCapacity = Math.max(1, options.requestLogCapacity ?? DEFAULT_REQUEST_LOG_CAPACITY);
  const core: EmulatorCore = {
    state,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    faults: { ...NO_FAULTS, ...options.faults },
    variants: { ...DEFAULT_VARIANTS, ...options.variants },
    random: {
      faults: createPrng(seed, 'emulator-faults'),
      churn: createPrng(seed, 'emulator-churn'),
      ids: createPrng(seed, 'emulator-ids'),
    },
    now: options.now ?? Date.now,
    requestsPerMinute: options.requestsPerMinute ?? 300,
    requestLog,
    logRequest(entry) {
      runtime.requestTotal += 1;
      requestLog.push(entry);
      if (requestLog.length > requestLogCapacity) requestLog.splice(0, requestLog.length - requestLogCapacity);
    },
    hungRequests: new Set<() => void>(),
    malformed: new Map(),
    socketClients: () => 0,
    rateWindows: new Map(),
    apiBase: `https://api.${org.environment}`,
    streamingHost: `streaming.${org.environment}`,
    loginBase: `https://login.${org.environment}`,
    oauthClients: new Map((options.oauthClients ?? DEFAULT_OAUTH_CLIENTS).map((client) => [client.id, client])),
    publish: (topicName, eventBody) => {
      publishEvent(core, topicName, eventBody);
    },
    removeChannel: (channelId, code, reason) => {
      removeChannel(state, channelId, code, reason);
    },
  };
  return core;
}

/** The org's calls in progress, as the conversations API holds them: customer and agent connected. */
function seedCalls(core: EmulatorCore): void {
  const { state } = core;
  for (const call of state.org.calls) {
    const agent = state.users.get(call.agentUserId);
    state.calls.set(call.id, {
      id: call.id,
      participants: [
        {
          id: `${call.id.slice(0, 8)}-c000-4000-8000-000000000001`,
          purpose: 'customer',
          state: 'connected',
          name: call.customer.name,
          address: call.customer.address,
          startTime: call.startedDate,
          connectedTime: call.startedDate,
        },
        {
          id: `${call.id.slice(0, 8)}-a000-4000-8000-000000000002`,
          purpose: 'agent',
          state: 'connected',
          name: agent?.name ?? 'Agent',
          address: agent ? `sip:${agent.id}@localhost` : '',
          userId: call.agentUserId,
          startTime: call.startedDate,
          connectedTime: call.startedDate,
        },
      ],
    });
  }
}

/** Every handler, in the order MSW tries them, the conversations' endCall and the socket connector. */
function buildHandlers(core: EmulatorCore): Pick<Emulator, 'handlers' | 'endCall' | 'connectSocket'> {
  const router = createRouter(core);
  const conversations = conversationsHandlers(core, router);
  const notifications = notificationsHandlers(core, router);
  const handlers = [
    ...usersHandlers(core, router),
    ...groupsHandlers(core, router),
    ...presenceHandlers(core, router),
    ...integrationsHandlers(core, router),
    ...authorizationHandlers(core, router),
    ...notifications.handlers,
    ...conversations.handlers,
    ...loginHandlers(core, router),
  ];
  return { handlers, endCall: conversations.endCall, connectSocket: notifications.connectSocket };
}

function definitionFor(org: Organization, systemPresence: SystemPresence): OrgPresenceDefinition {
  const candidates = org.presenceDefinitions.filter((definition) => definition.systemPresence === systemPresence);
  const definition = candidates.find((candidate) => candidate.primary) ?? candidates[0];
  if (!definition) throw new Error(`The org has no presence definition for ${systemPresence}`);
  return definition;
}

function changePresence(
  core: EmulatorCore,
  store: Map<string, OrgPresenceState>,
  userId: string,
  systemPresence: SystemPresence,
  message: string | undefined,
): OrgPresenceState {
  if (!core.state.users.has(userId)) throw new Error(`Unknown user ${userId}`);
  const presence: OrgPresenceState = {
    definitionId: definitionFor(core.state.org, systemPresence).id,
    modifiedDate: new Date(core.now()).toISOString(),
    ...(message === undefined ? {} : { message }),
  };
  store.set(userId, presence);
  return presence;
}

function eventFields(core: EmulatorCore, presence: OrgPresenceState) {
  return {
    presenceDefinition: presenceDefinitionRef(core.state, presence.definitionId),
    ...(presence.message === undefined ? {} : { message: presence.message }),
    modifiedDate: presence.modifiedDate,
  };
}

/** Changes a UC user's integration presence; the event's source is their integration's presence source. */
function setIntegrationPresence(core: EmulatorCore, userId: string, systemPresence: SystemPresence, message?: string): void {
  const user = core.state.users.get(userId);
  const integration = user && ucIntegrationOf(core.state.org, user);
  const presence = changePresence(core, core.state.integrationPresences, userId, systemPresence, message);
  core.publish(`v2.users.${userId}.integrationpresence`, {
    userId,
    eventType: 'UserPresenceStatusChanged',
    source: integration?.integrationPresenceSource ?? ucProfile(user?.uc ?? DEFAULT_UC).presenceSource,
    ...(integration ? { sourceId: presenceSourceIdOf(integration) } : {}),
    ...eventFields(core, presence),
  });
}

function setGenesysPresence(core: EmulatorCore, userId: string, systemPresence: SystemPresence, message?: string): void {
  const presence = changePresence(core, core.state.presences, userId, systemPresence, message);
  core.publish(`v2.users.${userId}.presence`, { source: PURECLOUD_SOURCE, ...eventFields(core, presence) });
}

// Churn's candidates: active users with an integration presence (of any integration), in the store's order. Users never change and the
// store only grows (a new key goes last), so the list is the same while the store's size is.
const churnCandidates = new WeakMap<Map<string, OrgPresenceState>, { size: number; ids: string[] }>();

function activeWithIntegrationPresence(state: EmulatorCore['state']): string[] {
  const store = state.integrationPresences;
  const cached = churnCandidates.get(store);
  if (cached?.size === store.size) return cached.ids;
  const ids = [...store.keys()].filter((id) => state.users.get(id)?.state === 'active');
  churnCandidates.set(store, { size: store.size, ids });
  return ids;
}

/** `count` seeded integration presence changes among active users, never to the presence they already show. */
function churn(core: EmulatorCore, count: number): string[] {
  const { state, random } = core;
  if (count === 0) return [];
  const candidates = activeWithIntegrationPresence(state);
  const available = UC_PRESENCES.filter((presence) =>
    state.org.presenceDefinitions.some((definition) => definition.systemPresence === presence),
  );
  const changed: string[] = [];
  if (candidates.length === 0 || available.length < 2) return changed;
  for (let i = 0; i < count; i++) {
    const userId = random.churn.pick(candidates);
    const current = state.definitions.get(state.integrationPresences.get(userId)?.definitionId ?? '')?.systemPresence;
    const next = random.churn.pick(available.filter((presence) => presence !== current));
    setIntegrationPresence(core, userId, next);
    changed.push(userId);
  }
  return changed;
}

const allChannels = (core: EmulatorCore): ChannelRecord[] => [...core.state.channels.values()];

function armInterval(runtime: Runtime, name: string, everyMs: number, tick: () => void): void {
  const existing = runtime.intervals.get(name);
  if (existing !== undefined) clearInterval(existing);
  runtime.intervals.delete(name);
  if (everyMs > 0) runtime.intervals.set(name, setInterval(tick, everyMs));
}

function dropSockets(core: EmulatorCore): void {
  for (const channel of allChannels(core)) {
    for (const socket of [...channel.sockets]) socket.close(1006, 'Connection dropped');
    channel.sockets.clear();
  }
}

function armDrops(core: EmulatorCore, runtime: Runtime): void {
  if (runtime.started)
    armInterval(runtime, 'drops', core.faults.socketDropEverySec * 1000, () => {
      dropSockets(core);
    });
}

function releaseHungRequests(core: EmulatorCore): void {
  for (const release of [...core.hungRequests]) release();
}

function heartbeat(core: EmulatorCore): void {
  for (const channel of allChannels(core)) sendEvent(core.faults, channel, HEARTBEAT_EVENT);
}

/**
 * What a long run would otherwise pile up: rate windows of idle tokens, tokens that
 * answer 401 anyway (revoked or expired), and codes long past their lifetime.
 */
function prune(core: EmulatorCore): void {
  const { state } = core;
  const at = core.now();
  for (const [token, window] of core.rateWindows) {
    if ((window.at(-1) ?? 0) <= at - 60_000) core.rateWindows.delete(token);
  }
  for (const [token, record] of state.tokens) {
    if (record.revoked || (record.expiresAt !== undefined && record.expiresAt <= at)) state.tokens.delete(token);
  }
  for (const [code, record] of state.authorizationCodes) {
    if (record.expiresAt + core.limits.authorizationCodeLifetimeMs <= at) state.authorizationCodes.delete(code);
  }
}

/** Heartbeat, channel expiry (with pruning), churn and socket-drop timers. */
function start(core: EmulatorCore, runtime: Runtime): void {
  if (runtime.started) return;
  runtime.started = true;
  armInterval(runtime, 'heartbeat', core.limits.heartbeatIntervalMs, () => {
    heartbeat(core);
  });
  armInterval(runtime, 'expiry', Math.min(core.limits.channelLifetimeMs, 60_000), () => {
    for (const channel of allChannels(core)) liveChannel(core, channel.id);
    prune(core);
  });
  let owed = 0;
  armInterval(runtime, 'churn', 1000, () => {
    owed += runtime.churnPerMinute / 60;
    const count = Math.floor(owed);
    owed -= count;
    churn(core, count);
  });
  armDrops(core, runtime);
}

function stop(core: EmulatorCore, runtime: Runtime): void {
  runtime.started = false;
  for (const interval of runtime.intervals.values()) clearInterval(interval);
  runtime.intervals.clear();
  for (const timer of runtime.timers) clearTimeout(timer);
  runtime.timers.clear();
  releaseHungRequests(core);
}

function setFaults(core: EmulatorCore, runtime: Runtime, partial: Partial<FaultConfig>): void {
  releaseHungRequests(core);
  Object.assign(core.faults, partial);
  armDrops(core, runtime);
}

function closeSocketsGracefully(core: EmulatorCore, runtime: Runtime, graceMs: number): void {
  const sockets = allChannels(core).flatMap((channel) => {
    sendEvent(core.faults, channel, SOCKET_CLOSING_EVENT);
    return [...channel.sockets];
  });
  const timer = setTimeout(() => {
    runtime.timers.delete(timer);
    for (const socket of sockets) socket.close(1000, 'Socket closing');
  }, graceMs);
  runtime.timers.add(timer);
}

function stats(core: EmulatorCore, runtime: Runtime): EmulatorStats {
  const channels = allChannels(core);
  return {
    requests: runtime.requestTotal,
    logged: core.requestLog.length,
    channels: channels.length,
    sockets: channels.reduce((sum, channel) => sum + channel.sockets.size, 0),
    topics: channels.reduce((sum, channel) => sum + channel.topics.size, 0),
    tokens: core.state.tokens.size,
    rateWindows: core.rateWindows.size,
    authorizationCodes: core.state.authorizationCodes.size,
    calls: core.state.calls.size,
    hungRequests: core.hungRequests.size,
    mswSocketClients: core.socketClients(),
    malformed: Object.fromEntries(core.malformed),
  };
}

export function createEmulator(options: EmulatorOptions): Emulator {
  const { org } = options;
  const runtime: Runtime = {
    requestTotal: 0,
    churnPerMinute: options.churnPerMinute ?? 0,
    started: false,
    timers: new Set(),
    intervals: new Map(),
  };
  const core = createCore(options, runtime);
  const { state, limits, faults, variants, requestLog } = core;
  seedCalls(core);
  const { handlers, endCall, connectSocket } = buildHandlers(core);

  return {
    handlers,
    environment: org.environment,
    org,
    limits,
    faults,
    variants,
    requestLog,
    requestCount: () => runtime.requestTotal,
    stats: () => stats(core, runtime),
    state,
    issueToken: (userId) => issueAccessToken(core, userId, options.issuedTokenLifetimeSec),
    revokeToken(token) {
      const record = state.tokens.get(token);
      if (record) record.revoked = true;
    },
    expireTokens() {
      const at = core.now();
      for (const record of state.tokens.values()) record.expiresAt = Math.min(record.expiresAt ?? at, at);
    },
    authorize: (authorizeUrl, userId) => authorize(core, authorizeUrl, userId),
    setIntegrationPresence: (userId, systemPresence, message) => {
      setIntegrationPresence(core, userId, systemPresence, message);
    },
    setPresence: (userId, systemPresence, message) => {
      setGenesysPresence(core, userId, systemPresence, message);
    },
    churn: (count) => churn(core, count),
    heartbeat: () => {
      heartbeat(core);
    },
    start: () => {
      start(core, runtime);
    },
    setChurnPerMinute(perMinute) {
      runtime.churnPerMinute = Math.max(0, perMinute);
    },
    stop: () => {
      stop(core, runtime);
    },
    setFaults: (partial) => {
      setFaults(core, runtime, partial);
    },
    clearFaults: () => {
      setFaults(core, runtime, NO_FAULTS);
    },
    setVariants(partial) {
      Object.assign(variants, partial);
    },
    clearRequestLog() {
      requestLog.length = 0;
    },
    dropSockets: () => {
      dropSockets(core);
    },
    endCall,
    connectSocket,
    closeSocketsGracefully: (graceMs = limits.socketClosingGraceMs) => {
      closeSocketsGracefully(core, runtime, graceMs);
    },
  };
}
