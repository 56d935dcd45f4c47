// The emulated organization: plain data, JSON-serialisable, so that the same
// shape is what the generator produces, what an org file holds and what the
// handlers serve. Genesys wire shapes (Models.*) are built from it in handlers.
import { ucOfPresenceSource, type UcKey } from '@/genesys/uc-table';
import { DEMO_PERSONAS, type DemoPersonaName } from '@/genesys/launch-context';

export const SYSTEM_PRESENCES = [
  'AVAILABLE',
  'AWAY',
  'BUSY',
  'OFFLINE',
  'IDLE',
  'ON_QUEUE',
  'MEAL',
  'TRAINING',
  'MEETING',
  'BREAK',
] as const;
export type SystemPresence = (typeof SYSTEM_PRESENCES)[number];

// The personas are the launch parameter's values (demo=agent…): declared once, where the launch is read.
export { DEMO_PERSONAS };
export type DemoPersona = DemoPersonaName;

/** Persona keys of earlier org files, read as today's (org-file.ts): no-8x8 was no-uc-view's name. */
export const LEGACY_PERSONA_KEYS: Readonly<Record<string, DemoPersona>> = { 'no-8x8': 'no-uc-view' };

export type UserKind = 'uc-only' | 'hybrid' | 'genesys-only';
export type UserState = 'active' | 'inactive' | 'deleted';

/** One phone on a user: becomes a Models.Contact in `addresses` (and in `primaryContactInfo` when primary). */
export interface OrgPhone {
  /** As stored by SCIM: E.164 normally, but the generator also seeds malformed values on purpose. */
  number: string;
  /** Genesys contact type: 'OTHER' for the UC number ("Other Phone"), 'WORK', 'MOBILE', 'HOME'. */
  type: 'OTHER' | 'WORK' | 'MOBILE' | 'HOME';
  extension?: string;
  /** On the UC number: the user's integration's `numberTag` (the SCIM phone type) as stored. */
  integration?: string;
  primary: boolean;
}

export interface OrgGrant {
  roleId: string;
  divisionId: string;
}

export interface OrgUser {
  id: string;
  name: string;
  email: string;
  username: string;
  kind: UserKind;
  state: UserState;
  department?: string;
  title?: string;
  divisionId: string;
  managerId?: string;
  groupIds: string[];
  phones: OrgPhone[];
  grants: OrgGrant[];
  /**
   * The UC integration the user's number and integration presence come from (at most one per user).
   * Absent: the org's first UC integration (ucIntegrationOf), so files from before several integrations load as before.
   */
  uc?: UcKey;
}

export interface OrgPresenceState {
  /** OrgPresenceDefinition.id */
  definitionId: string;
  message?: string;
  /** ISO 8601 */
  modifiedDate: string;
}

export interface OrgPresenceDefinition {
  id: string;
  systemPresence: SystemPresence;
  /** languageLabels, at least en_US */
  labels: Record<string, string>;
  primary: boolean;
}

export interface OrgDivision {
  id: string;
  name: string;
  home: boolean;
}

export interface OrgGroup {
  id: string;
  name: string;
}

export interface OrgRole {
  id: string;
  name: string;
  description: string;
  /** "domain:entity:action"; a segment may be "*" */
  permissions: string[];
}

/** Mirrors Models.UnifiedCommunicationsIntegration (the UC clientapps list). */
export interface OrgUcIntegration {
  id: string;
  name: string;
  integrationPresenceSource: string;
  pbxPermission: string;
  userPermissions: string[];
  /** SVG text: untrusted markup */
  iconSvg: string;
  /** presence key (lower-case system presence) → SVG text */
  badgeIconsSvg: Record<string, string>;
  polledPresence: boolean;
  pollIntervalSec?: number;
  /** false = installed but inactive; the clientapps list then omits it */
  active: boolean;
}

export interface OrgCallParty {
  name: string;
  /** tel: address, e.g. "tel:+13175550100" */
  address: string;
}

/** A live call of a Genesys user at start-up (the agent persona has one). */
export interface OrgCall {
  id: string;
  agentUserId: string;
  customer: OrgCallParty;
  /** ISO 8601 */
  startedDate: string;
}

export interface Organization {
  formatVersion: 1;
  id: string;
  name: string;
  /** Genesys region the emulator answers for, e.g. "mypurecloud.com" */
  environment: string;
  divisions: OrgDivision[];
  groups: OrgGroup[];
  roles: OrgRole[];
  presenceDefinitions: OrgPresenceDefinition[];
  ucIntegrations: OrgUcIntegration[];
  users: OrgUser[];
  /** Genesys presence (every user) keyed by user id */
  presences: Record<string, OrgPresenceState>;
  /** UC integration presence (users with a UC number) keyed by user id; its source is the user's integration */
  integrationPresences: Record<string, OrgPresenceState>;
  personas: Record<DemoPersona, string>;
  calls: OrgCall[];
}

/** The org's first UC integration: the first active entry, else the first one (what a user without `uc` belongs to). */
export function firstUcIntegration(org: Pick<Organization, 'ucIntegrations'>): OrgUcIntegration | undefined {
  return org.ucIntegrations.find((integration) => integration.active) ?? org.ucIntegrations[0];
}

/** The table's key of an integration entry (by its integrationPresenceSource), if the table knows it. */
export function ucKeyOf(integration: Pick<OrgUcIntegration, 'integrationPresenceSource'>): UcKey | undefined {
  return ucOfPresenceSource(integration.integrationPresenceSource)?.key;
}

/** The UC integration entry a user belongs to: the one their `uc` names, else the org's first. */
export function ucIntegrationOf(org: Pick<Organization, 'ucIntegrations'>, user: Pick<OrgUser, 'uc'>): OrgUcIntegration | undefined {
  if (user.uc === undefined) return firstUcIntegration(org);
  return org.ucIntegrations.find((integration) => ucKeyOf(integration) === user.uc);
}
