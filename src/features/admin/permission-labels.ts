// How Genesys Cloud's Admin > Roles / Permissions names a permission: "Domain > Entity > Action".
// Labels stay in English: the Genesys Cloud permission tree shows these names untranslated.
import { allUcProfiles } from '@/genesys/uc-table';

/** Parts whose Genesys label is not the raw part. Anything else is shown as sent (a camelCase entity included). */
const DOMAIN_LABELS: Readonly<Record<string, string>> = {
  analytics: 'Analytics',
  authorization: 'Authorization',
  chat: 'Chat',
  conversation: 'Conversation',
  directory: 'Directory',
  integration: 'Integration',
  integrations: 'Integrations',
  presence: 'Presence',
  routing: 'Routing',
};

/** Each integration's view permission entity, as its Genesys help names it ("Integration > 8×8 > View"). */
const INTEGRATION_ENTITIES: Readonly<Record<string, string>> = Object.fromEntries(
  allUcProfiles().map((uc) => [uc.permissionFallback.split(':')[1] ?? uc.key, uc.permissionEntityLabel]),
);

// Genesys' help names the badge permission "Integration > unifiedCommunications > View".
const ENTITY_LABELS: Readonly<Record<string, string>> = {
  ...INTEGRATION_ENTITIES,
  unifiedCommunications: 'unifiedCommunications',
  communication: 'Communication',
  grant: 'Grant',
  integration: 'Integration',
  role: 'Role',
  user: 'User',
  userProfile: 'User Profile',
};

const ACTION_LABELS: Readonly<Record<string, string>> = {
  add: 'Add',
  delete: 'Delete',
  edit: 'Edit',
  view: 'View',
  blindTransfer: 'Blind Transfer',
  consultTransfer: 'Consult Transfer',
};

/** A `*` part is what the Genesys help calls "All" ("Integration > Presence > All Permissions"). */
const ALL = 'All';

const labelOf = (table: Readonly<Record<string, string>>, part: string): string =>
  part === '*' ? ALL : Object.hasOwn(table, part) ? (table[part] ?? part) : part;

/** "integration:unifiedCommunications:view" → "Integration > unifiedCommunications > View"; other shapes as sent. */
export function permissionLabel(permission: string): string {
  const parts = permission.split(':');
  const [domain, entity, action] = parts;
  if (parts.length !== 3 || domain === undefined || entity === undefined || action === undefined) return permission;
  return [labelOf(DOMAIN_LABELS, domain), labelOf(ENTITY_LABELS, entity), labelOf(ACTION_LABELS, action)].join(' > ');
}
