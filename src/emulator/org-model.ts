// The emulated organization: plain data, JSON-serialisable, so that the same
// shape is what the generator produces, what an org file holds and what the
// handlers serve. Genesys wire shapes (Models.*) are built from it in handlers.
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

/** Unverified tag (facts: "eightbyeight" by analogy with the SCIM phone type). */
export const EIGHT_BY_EIGHT_INTEGRATION_TAG = 'eightbyeight';
export const EIGHT_BY_EIGHT_SOURCE = 'EightByEight';

export type UserKind = 'uc-only' | 'hybrid' | 'genesys-only';
export type UserState = 'active' | 'inactive' | 'deleted';

/** One phone on a user: becomes a Models.Contact in `addresses` (and in `primaryContactInfo` when primary). */
export interface OrgPhone {
  /** As stored by SCIM: E.164 normally, but the generator also seeds malformed values on purpose. */
  number: string;
  /** Genesys contact type: 'OTHER' for the 8×8 number ("Other Phone"), 'WORK', 'MOBILE', 'HOME'. */
  type: 'OTHER' | 'WORK' | 'MOBILE' | 'HOME';
  extension?: string;
  /** EIGHT_BY_EIGHT_INTEGRATION_TAG on the 8×8 number. */
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
  /** 8×8 integration presence (users with an 8×8 number) keyed by user id */
  integrationPresences: Record<string, OrgPresenceState>;
  personas: Record<DemoPersona, string>;
  calls: OrgCall[];
}
