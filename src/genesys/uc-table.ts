// The unified-communications integrations Genesys Cloud supports, as data: everything the app says or
// checks about one of them comes from its row here plus what the org's UC clientapps entry answers
// (GET /api/v2/integrations/unifiedcommunications/clientapps: name, pbxPermission, userPermissions,
// badgeIcons, polledPresence). No other file of src/ may name a vendor (test/deploy/vendor-strings.test.ts).
//
// Documented: the presence sources (integrationPresenceSource MicrosoftTeams, ZoomPhone, EightByEight,
// RingCentral) and the SCIM phone types (microsoftteams, zoomphone, eightbyeight, ringcentral).
// Unverified, read from the API where it answers: the permission strings (the entry's pbxPermission
// wins), the number's `integration` tag (any alias below is accepted), the `source` of presence events.

export const UC_KEYS = ['8x8', 'teams', 'zoom', 'ringcentral'] as const;
export type UcKey = (typeof UC_KEYS)[number];

/** The default and first example: an org whose list says nothing (or cannot be read) is served as 8×8. */
export const DEFAULT_UC: UcKey = '8x8';

export interface UcProfile {
  key: UcKey;
  /** The name people know, in every language (brand names are not translated). */
  name: string;
  /** integrationPresenceSource, as the users APIs take it. */
  presenceSource: string;
  /** The SCIM phone type, which Genesys writes as the Other Phone's `integration` tag (unverified). */
  numberTag: string;
  /** How a tag or a presence `source` may name it, compared lowercase without punctuation. */
  aliases: readonly string[];
  /** Integration > <vendor> > View, when the clientapps entry states no pbxPermission. */
  permissionFallback: string;
  /** The permission's entity as Genesys Cloud's role editor labels it. */
  permissionEntityLabel: string;
  /** Genesys Spark's gux-avatar `ucIntegration` value. */
  sparkUc: '8x8' | 'teams' | 'zoom' | 'none';
  /** For file names (CSV, reports): lowercase, no spaces. */
  slug: string;
  /** Presence pushed by the vendor (false) or polled by Genesys, when the entry does not say. */
  polledPresenceDefault: boolean;
}

/** What tells an integration's numbers and presence apart from others'. */
export type UcIdentity = Pick<UcProfile, 'key' | 'presenceSource' | 'aliases'>;

export const UC_PROFILES: Readonly<Record<UcKey, UcProfile>> = {
  '8x8': {
    key: '8x8',
    name: '8×8',
    presenceSource: 'EightByEight',
    numberTag: 'eightbyeight',
    aliases: ['eightbyeight', '8x8'],
    permissionFallback: 'integration:eightByEight:view',
    permissionEntityLabel: '8×8',
    sparkUc: '8x8',
    slug: '8x8',
    polledPresenceDefault: false,
  },
  teams: {
    key: 'teams',
    name: 'Microsoft Teams',
    presenceSource: 'MicrosoftTeams',
    numberTag: 'microsoftteams',
    aliases: ['microsoftteams', 'teams', 'msteams'],
    permissionFallback: 'integration:microsoftTeams:view',
    permissionEntityLabel: 'Microsoft Teams',
    sparkUc: 'teams',
    slug: 'teams',
    polledPresenceDefault: false,
  },
  zoom: {
    key: 'zoom',
    name: 'Zoom Phone',
    presenceSource: 'ZoomPhone',
    numberTag: 'zoomphone',
    aliases: ['zoomphone', 'zoom'],
    permissionFallback: 'integration:zoomPhone:view',
    permissionEntityLabel: 'Zoom Phone',
    sparkUc: 'zoom',
    slug: 'zoom',
    polledPresenceDefault: false,
  },
  ringcentral: {
    key: 'ringcentral',
    name: 'RingCentral',
    presenceSource: 'RingCentral',
    numberTag: 'ringcentral',
    aliases: ['ringcentral'],
    permissionFallback: 'integration:ringCentral:view',
    permissionEntityLabel: 'RingCentral',
    sparkUc: 'none',
    slug: 'ringcentral',
    polledPresenceDefault: false,
  },
};

/** Presence sources that are Genesys' own or synced from calendars and chat: never a UC integration's. */
const GENESYS_SOURCES = ['purecloud', 'genesys', 'genesyscloud', 'outlook', 'lync'] as const;

/** Lowercase letters and digits only: "EIGHT_BY_EIGHT", "Eight-By-Eight" and "eightbyeight" compare equal. */
export const normalizedName = (value: string): string => value.toLowerCase().replace(/[^a-z0-9]/g, '');

export const ucProfile = (key: UcKey): UcProfile => UC_PROFILES[key];

export const allUcProfiles = (): UcProfile[] => UC_KEYS.map((key) => UC_PROFILES[key]);

/** True when a tag or source name plainly names this integration. */
export function namesUc(uc: UcIdentity, value: string | undefined): boolean {
  if (value === undefined) return false;
  const name = normalizedName(value);
  return uc.aliases.includes(name) || normalizedName(uc.presenceSource) === name;
}

/** The integration a tag or source name names, if any. */
export function ucNamedBy(value: string | undefined): UcProfile | undefined {
  return allUcProfiles().find((uc) => namesUc(uc, value));
}

/** True when a source name is Genesys' own or another integration's: never `uc`'s presence. */
export function namesAnotherSource(uc: UcIdentity, value: string): boolean {
  const name = normalizedName(value);
  if ((GENESYS_SOURCES as readonly string[]).includes(name)) return true;
  const named = ucNamedBy(value);
  return named !== undefined && named.key !== uc.key;
}

/** The profile for an integrationPresenceSource value (the clientapps entry's), if the table knows it. */
export function ucOfPresenceSource(source: string | undefined): UcProfile | undefined {
  return source === undefined ? undefined : allUcProfiles().find((uc) => uc.presenceSource.toLowerCase() === source.toLowerCase());
}

export function isUcKey(value: string): value is UcKey {
  return (UC_KEYS as readonly string[]).includes(value);
}
