import type { AreaMessages } from '@/i18n/catalog-types';
import type { permissions as en } from '@/i18n/en/permissions';

export const permissions: AreaMessages<typeof en> = {
  'permissions.loading': 'Ihre Berechtigungen werden geladen…',
  'permissions.missing.body':
    'Ihre Genesys Cloud-Rolle enthält {permissions} nicht. Ein Genesys Cloud-Administrator kann Ihnen {count, plural, one {diese Berechtigung} other {diese Berechtigungen}} unter Admin > Rollen/Berechtigungen erteilen.',
};
