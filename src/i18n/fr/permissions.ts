import type { AreaMessages } from '@/i18n/catalog-types';
import type { permissions as en } from '@/i18n/en/permissions';

export const permissions: AreaMessages<typeof en> = {
  'permissions.loading': 'Chargement de vos autorisations…',
  'permissions.missing.body':
    'Votre rôle Genesys Cloud n’inclut pas {permissions}. Un administrateur Genesys Cloud peut {count, plural, one {vous l’accorder} other {vous les accorder}} dans Admin > Rôles / Autorisations.',
};
