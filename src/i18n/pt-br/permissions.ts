import type { AreaMessages } from '@/i18n/catalog-types';
import type { permissions as en } from '@/i18n/en/permissions';

export const permissions: AreaMessages<typeof en> = {
  'permissions.loading': 'Carregando suas permissões…',
  'permissions.missing.body':
    'Sua função do Genesys Cloud não inclui {permissions}. Um administrador do Genesys Cloud pode {count, plural, one {concedê-la} other {concedê-las}} em Admin > Funções/Permissões.',
};
