import type { AreaMessages } from '@/i18n/catalog-types';
import type { permissions as en } from '@/i18n/en/permissions';

export const permissions: AreaMessages<typeof en> = {
  'permissions.loading': 'Cargando sus permisos…',
  'permissions.missing.body':
    'Su rol de Genesys Cloud no incluye {permissions}. Un administrador de Genesys Cloud puede {count, plural, one {concedérselo} other {concedérselos}} en Administrador > Roles/Permisos.',
};
