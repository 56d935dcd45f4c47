// The emulator's mutable state and the services every handler module shares.
import type { OrgPresenceDefinition, OrgPresenceState, OrgRole, OrgUser, Organization, OrgDivision } from '@/emulator/org-model';
import type { FaultConfig } from '@/emulator/faults';
import type { EmulatorVariants } from '@/emulator/variants';
import type { AuthorizationCodeRecord, OAuthClientConfig, TokenRecord } from '@/emulator/oauth-model';
import type { Prng } from '@/emulator/prng';

/** Platform limits; several are unverified, so every one can be overridden. */
export interface EmulatorLimits {
  /** Users per page when integrationPresenceSource is given (documented: 100). */
  maxPageSizeWithIntegrationPresence: number;
  /** GET /api/v2/users page size cap (assumed 500). */
  maxPageSize: number;
  /** POST /api/v2/users/search page size cap (assumed 100). */
  maxSearchPageSize: number;
  /** Ids per GET /api/v2/users/presences/{sourceId}/bulk (documented: 50). */
  maxBulkPresenceIds: number;
  /** Ids per GET /api/v2/users?id= (assumed 100). */
  maxUserIdsPerRequest: number;
  /** GET /api/v2/groups/{id}/members page size cap (assumed 100). */
  maxGroupMembersPageSize: number;
  maxTopicsPerChannel: number;
  maxChannelsPerUser: number;
  channelLifetimeMs: number;
  heartbeatIntervalMs: number;
  /** Time between v2.system.socket_closing and the close (about a minute). */
  socketClosingGraceMs: number;
  /** How long an OAuth authorization code can be redeemed (assumed 5 minutes). */
  authorizationCodeLifetimeMs: number;
}

export const DEFAULT_LIMITS: Readonly<EmulatorLimits> = Object.freeze({
  maxPageSizeWithIntegrationPresence: 100,
  maxPageSize: 500,
  maxSearchPageSize: 100,
  maxBulkPresenceIds: 50,
  maxUserIdsPerRequest: 100,
  maxGroupMembersPageSize: 100,
  maxTopicsPerChannel: 1000,
  maxChannelsPerUser: 20,
  channelLifetimeMs: 24 * 60 * 60 * 1000,
  heartbeatIntervalMs: 30_000,
  socketClosingGraceMs: 60_000,
  authorizationCodeLifetimeMs: 5 * 60 * 1000,
});

/** What the emulator needs of an MSW WebSocket client connection. */
export interface SocketConnection {
  readonly id: string;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

export interface ChannelRecord {
  id: string;
  userId: string;
  createdAt: number;
  expiresAt: number;
  /** Insertion-ordered topic names. */
  topics: Set<string>;
  sockets: Set<SocketConnection>;
}

export type ParticipantPurpose = 'agent' | 'customer' | 'user' | 'external' | 'acd';
export type ParticipantState = 'alerting' | 'connected' | 'disconnected';

export interface CallParticipantRecord {
  id: string;
  purpose: ParticipantPurpose;
  state: ParticipantState;
  name: string;
  address: string;
  userId?: string;
  startTime: string;
  connectedTime?: string;
  endTime?: string;
  disconnectType?: 'transfer' | 'transfer.consult' | 'endpoint' | 'client';
  consultParticipantId?: string;
}

export interface ConsultRecord {
  /** The participant being transferred (the customer). */
  objectParticipantId: string;
  destinationParticipantId: string;
  consultingParticipantId: string;
  speakTo: 'DESTINATION' | 'OBJECT' | 'BOTH' | 'CONFERENCE';
}

export interface CallRecord {
  id: string;
  participants: CallParticipantRecord[];
  consult?: ConsultRecord;
}

export interface EmulatorState {
  readonly org: Organization;
  readonly users: ReadonlyMap<string, OrgUser>;
  readonly roles: ReadonlyMap<string, OrgRole>;
  readonly divisions: ReadonlyMap<string, OrgDivision>;
  readonly definitions: ReadonlyMap<string, OrgPresenceDefinition>;
  /** Genesys presence by user id. */
  readonly presences: Map<string, OrgPresenceState>;
  /** UC integration presence by user id (each from the user's own integration). */
  readonly integrationPresences: Map<string, OrgPresenceState>;
  readonly channels: Map<string, ChannelRecord>;
  readonly calls: Map<string, CallRecord>;
  readonly tokens: Map<string, TokenRecord>;
  readonly authorizationCodes: Map<string, AuthorizationCodeRecord>;
}

export interface RequestLogEntry {
  method: string;
  /** Path without query, e.g. /api/v2/users/search */
  path: string;
  /** Query string including "?", or "" */
  search: string;
  status: number;
  timestamp: number;
  userId?: string;
}

export interface EmulatorCore {
  readonly state: EmulatorState;
  readonly limits: EmulatorLimits;
  readonly faults: FaultConfig;
  /** Which of Genesys' plausible behaviours the emulator plays where public material leaves it open. */
  readonly variants: EmulatorVariants;
  /** Independent seeded streams, so that request volume never shifts churn. */
  readonly random: { readonly faults: Prng; readonly churn: Prng; readonly ids: Prng };
  readonly now: () => number;
  readonly requestsPerMinute: number;
  /** The latest requests, oldest first, at most `requestLogCapacity` of them. */
  readonly requestLog: RequestLogEntry[];
  /** Appends to the request log (dropping the oldest beyond capacity) and counts. */
  logRequest(entry: RequestLogEntry): void;
  /** Requests hung by the timeout fault: each function answers its request (504). */
  readonly hungRequests: Set<() => void>;
  /** How many answers and socket events the malformed fault has changed, by kind. */
  readonly malformed: Map<string, number>;
  /** Socket connections MSW holds (it keeps closed ones too); set by the notifications handlers. */
  socketClients: () => number;
  /** Accepted request timestamps per token (sliding window). */
  readonly rateWindows: Map<string, number[]>;
  /** https://api.<environment> */
  readonly apiBase: string;
  /** streaming.<environment> */
  readonly streamingHost: string;
  /** https://login.<environment> */
  readonly loginBase: string;
  readonly oauthClients: ReadonlyMap<string, OAuthClientConfig>;
  /** Sends `{topicName, version, eventBody}` to every socket subscribed to the topic. */
  publish(topicName: string, eventBody: unknown): void;
  /** Closes a channel's sockets and forgets it. */
  removeChannel(channelId: string, code: number, reason: string): void;
}

export function createState(org: Organization): EmulatorState {
  return {
    org,
    users: new Map(org.users.map((user) => [user.id, user])),
    roles: new Map(org.roles.map((role) => [role.id, role])),
    divisions: new Map(org.divisions.map((division) => [division.id, division])),
    definitions: new Map(org.presenceDefinitions.map((definition) => [definition.id, definition])),
    presences: new Map(Object.entries(org.presences).map(([id, presence]) => [id, { ...presence }])),
    integrationPresences: new Map(Object.entries(org.integrationPresences).map(([id, presence]) => [id, { ...presence }])),
    channels: new Map(),
    calls: new Map(),
    tokens: new Map(),
    authorizationCodes: new Map(),
  };
}

export function tokenIsLive(core: Pick<EmulatorCore, 'now'>, record: TokenRecord): boolean {
  return !record.revoked && (record.expiresAt === undefined || core.now() < record.expiresAt);
}

/** Every permission a user holds through the roles granted to them, sorted. */
export function permissionsOf(state: EmulatorState, user: OrgUser): string[] {
  const held = new Set<string>();
  for (const grant of user.grants) {
    for (const permission of state.roles.get(grant.roleId)?.permissions ?? []) held.add(permission);
  }
  return [...held].sort();
}

/** "domain:entity:action" matching, a "*" segment on either side matching anything. */
export function permissionMatches(held: string, needed: string): boolean {
  const a = held.split(':');
  const b = needed.split(':');
  if (a.length !== b.length) return held === '*';
  return a.every((segment, index) => segment === '*' || b[index] === '*' || segment === b[index]);
}

export function hasPermission(held: readonly string[], needed: string): boolean {
  return held.some((permission) => permissionMatches(permission, needed));
}
