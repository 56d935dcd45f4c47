import type { AreaMessages } from '@/i18n/catalog-types';
import type { permissions as en } from '@/i18n/en/permissions';

export const permissions: AreaMessages<typeof en> = {
  'permissions.loading': '権限を読み込んでいます…',
  'permissions.missing.body':
    'お使いの Genesys Cloud の役割には {permissions} が含まれていません。Genesys Cloud の管理者が [管理] > [役割/権限] でこの{count, plural, other {権限}}を付与できます。',
};
