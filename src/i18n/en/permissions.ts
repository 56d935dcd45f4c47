// What the signed-in user may see and do.
export const permissions = {
  'permissions.loading': 'Loading your permissions…',
  // {permissions}: the missing permission strings (shown as code, joined with the language's "and"); {count}: how many.
  // "Admin > Roles / Permissions" is the Genesys Cloud menu path, as the Genesys Cloud UI names it in this language.
  'permissions.missing.body':
    'Your Genesys Cloud role does not include {permissions}. A Genesys Cloud admin can grant {count, plural, one {it} other {them}} in Admin > Roles / Permissions.',
} as const;
