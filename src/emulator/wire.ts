// Org data → Genesys wire shapes (Models.*), shared by the handler modules.
import type { Models } from 'purecloud-platform-client-v2';
import { ucNamedBy } from '@/genesys/uc-table';
import type { OrgPhone, OrgPresenceState, OrgUcIntegration, OrgUser, Organization } from '@/emulator/org-model';
import { firstUcIntegration, ucIntegrationOf, ucKeyOf } from '@/emulator/org-model';
import type { EmulatorState } from '@/emulator/emulator-core';
import type { EmulatorVariants } from '@/emulator/variants';

/** Source id of Genesys' own presence (assumed constant; the platform uses a GUID per source). */
export const PURECLOUD_SOURCE = 'PURECLOUD';
export const PURECLOUD_SOURCE_ID = 'e08eaf1b-ee47-4fa9-a231-1200e284798f';

export interface Page<T> {
  entities: T[];
  pageSize: number;
  pageNumber: number;
  total: number;
  pageCount: number;
  firstUri: string;
  lastUri: string;
  selfUri: string;
  nextUri?: string;
  previousUri?: string;
}

/** One page of `items` with Genesys' listing fields (uris keep the other query parameters). */
export function pageOf<T>(items: readonly T[], pageSize: number, pageNumber: number, url: URL): Page<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  const uri = (page: number): string => {
    const params = new URLSearchParams(url.searchParams);
    params.set('pageSize', String(pageSize));
    params.set('pageNumber', String(page));
    return `${url.pathname}?${params.toString()}`;
  };
  const start = (pageNumber - 1) * pageSize;
  return {
    entities: items.slice(start, start + pageSize),
    pageSize,
    pageNumber,
    total: items.length,
    pageCount,
    firstUri: uri(1),
    lastUri: uri(pageCount),
    selfUri: uri(pageNumber),
    ...(pageNumber < pageCount ? { nextUri: uri(pageNumber + 1) } : {}),
    ...(pageNumber > 1 ? { previousUri: uri(pageNumber - 1) } : {}),
  };
}

export function presenceDefinitionRef(state: EmulatorState, definitionId: string): Models.PresenceDefinition {
  const definition = state.definitions.get(definitionId);
  return {
    id: definitionId,
    systemPresence: definition?.systemPresence ?? 'OFFLINE',
    selfUri: `/api/v2/presencedefinitions/${definitionId}`,
  };
}

export function toUserPresence(state: EmulatorState, presence: OrgPresenceState, source: string, sourceId: string): Models.UserPresence {
  return {
    source,
    sourceId,
    presenceDefinition: presenceDefinitionRef(state, presence.definitionId),
    ...(presence.message === undefined ? {} : { message: presence.message }),
    modifiedDate: presence.modifiedDate,
  };
}

/**
 * The presence source id of a UC integration, as GET /api/v2/presence/sources lists it: a GUID of
 * its own, not the clientapps entry's id (nothing public says the two are the same).
 */
export function presenceSourceIdOf(integration: Pick<OrgUcIntegration, 'id'>): string {
  return `5011ce00${integration.id.slice(8)}`;
}

export function toUcUserPresence(
  state: EmulatorState,
  userId: string,
  presence: OrgPresenceState,
  integration: OrgUcIntegration,
): Models.UcUserPresence {
  return {
    userId,
    ...toUserPresence(state, presence, integration.integrationPresenceSource, presenceSourceIdOf(integration)),
  };
}

/** A readable number as Genesys shows it: "+44 131 433 1890" for "+441314331890" (display differs from address). */
function displayOf(number: string): string {
  const match = /^\+(1)(\d{3})(\d{3})(\d{4})$/.exec(number) ?? /^\+(\d{2})(\d{3})(\d{3})(\d{4})$/.exec(number);
  if (!match) return number;
  const [, country = '', a = '', b = '', c = ''] = match;
  return country === '1' ? `(${a}) ${b}-${c}` : `+${country} ${a} ${b} ${c}`;
}

/**
 * The `integration` tag a number shows. The org's tag is what SCIM would write; on UC numbers (a tag that
 * names an integration) the variant numberTag plays another tag on the first integration's, or none on any.
 */
function shownTag(org: Pick<Organization, 'ucIntegrations'>, phone: OrgPhone, variants: EmulatorVariants): string | undefined {
  const { numberTag } = variants;
  if (phone.integration === undefined || numberTag === undefined) return phone.integration;
  const uc = ucNamedBy(phone.integration);
  if (uc === undefined) return phone.integration;
  if (numberTag === null) return undefined;
  const first = firstUcIntegration(org);
  return first !== undefined && ucKeyOf(first) === uc.key ? numberTag : phone.integration;
}

function toContact(org: Pick<Organization, 'ucIntegrations'>, phone: OrgPhone, variants: EmulatorVariants): Models.Contact {
  const integration = shownTag(org, phone, variants);
  return {
    address: phone.number,
    display: displayOf(phone.number),
    mediaType: 'PHONE',
    type: phone.type,
    ...(phone.extension === undefined ? {} : { extension: phone.extension }),
    ...(integration === undefined ? {} : { integration }),
  };
}

export interface UserShapeOptions {
  variants: EmulatorVariants;
  expand: readonly string[];
  /** integrationPresenceSource, already validated by the caller */
  integrationPresenceSource?: string;
  /** Roles and permissions for expand=authorization. */
  authorization?: Models.UserAuthorization;
}

/**
 * The presence a user shape carries: Genesys' own; with integrationPresenceSource the user's integration
 * presence when that source (any case) is their integration's, else what users without one get.
 */
function addPresence(state: EmulatorState, user: OrgUser, shape: Models.User, options: UserShapeOptions): void {
  const source = options.integrationPresenceSource;
  if (source === undefined) {
    const presence = state.presences.get(user.id);
    if (presence) shape.presence = toUserPresence(state, presence, PURECLOUD_SOURCE, PURECLOUD_SOURCE_ID);
    return;
  }
  const integration = ucIntegrationOf(state.org, user);
  const presence = state.integrationPresences.get(user.id);
  const own =
    integration?.active && presence && integration.integrationPresenceSource.toLowerCase() === source.toLowerCase()
      ? toUserPresence(state, presence, integration.integrationPresenceSource, presenceSourceIdOf(integration))
      : undefined;
  if (options.variants.presenceField === 'integrationPresence') {
    if (own) shape.integrationPresence = own;
  } else {
    // "Instead of their defaults": the integration presence where there is one, else the Genesys one.
    const genesys = state.presences.get(user.id);
    const fallback = genesys ? toUserPresence(state, genesys, PURECLOUD_SOURCE, PURECLOUD_SOURCE_ID) : undefined;
    const shown = own ?? fallback;
    if (shown) shape.presence = shown;
  }
}

export function toUser(state: EmulatorState, user: OrgUser, options: UserShapeOptions): Models.User {
  const division = state.divisions.get(user.divisionId);
  const primaryPhone = user.phones.find((phone) => phone.primary);
  const shape: Models.User = {
    id: user.id,
    name: user.name,
    division: { id: user.divisionId, name: division?.name ?? '', selfUri: `/api/v2/authorization/divisions/${user.divisionId}` },
    chat: { jabberId: `${user.id}@emulator.orgspan.com` },
    email: user.email,
    primaryContactInfo: [
      { address: user.email, mediaType: 'EMAIL', type: 'PRIMARY' },
      ...(primaryPhone ? [toContact(state.org, primaryPhone, options.variants)] : []),
    ],
    addresses: user.phones.map((phone) => toContact(state.org, phone, options.variants)),
    state: user.state,
    username: user.username,
    version: 1,
    acdAutoAnswer: false,
    selfUri: `/api/v2/users/${user.id}`,
    ...(user.department === undefined ? {} : { department: user.department }),
    ...(user.title === undefined ? {} : { title: user.title }),
    ...(user.managerId === undefined ? {} : { manager: { id: user.managerId, version: 1, selfUri: `/api/v2/users/${user.managerId}` } }),
  };
  if (options.expand.includes('presence')) addPresence(state, user, shape, options);
  if (options.expand.includes('authorization') && options.authorization) shape.authorization = options.authorization;
  // UC-only users are SCIM placeholders that never sign in to Genesys Cloud: no dateLastLogin (the
  // admin audit tells them from hybrid users this way). Others signed in when their presence last changed.
  if (options.expand.includes('dateLastLogin') && user.kind !== 'uc-only') {
    shape.dateLastLogin = state.presences.get(user.id)?.modifiedDate ?? '2024-01-01T00:00:00.000Z';
  }
  return shape;
}

export function toIntegration(integration: OrgUcIntegration): Models.UnifiedCommunicationsIntegration {
  return {
    id: integration.id,
    name: integration.name,
    ucIntegrationKey: { id: integration.integrationPresenceSource },
    integrationPresenceSource: integration.integrationPresenceSource,
    pbxPermission: integration.pbxPermission,
    icon: { vector: integration.iconSvg },
    badgeIcons: Object.fromEntries(Object.entries(integration.badgeIconsSvg).map(([key, vector]) => [key, { vector }])),
    i10n: { 'en-us': { name: integration.name } },
    polledPresence: integration.polledPresence,
    ...(integration.pollIntervalSec === undefined ? {} : { pollIntervalSec: integration.pollIntervalSec }),
    includeBadge: true,
    userPermissions: integration.userPermissions,
    selfUri: `/api/v2/integrations/unifiedcommunications/clientapps/${integration.id}`,
  };
}
