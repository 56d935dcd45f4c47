import type { Catalog } from '@/i18n/catalog-types';
import { common } from '@/i18n/fr/common';
import { app } from '@/i18n/fr/app';
import { permissions } from '@/i18n/fr/permissions';
import { people } from '@/i18n/fr/people';
import { directory } from '@/i18n/fr/directory';
import { transfer } from '@/i18n/fr/transfer';
import { calls } from '@/i18n/fr/calls';
import { supervisor } from '@/i18n/fr/supervisor';
import { admin } from '@/i18n/fr/admin';
import { check } from '@/i18n/fr/check';

export const catalog: Catalog = {
  ...common,
  ...app,
  ...permissions,
  ...people,
  ...directory,
  ...transfer,
  ...calls,
  ...supervisor,
  ...admin,
  ...check,
};
