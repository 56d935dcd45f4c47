import type { Catalog } from '@/i18n/catalog-types';
import { common } from '@/i18n/es/common';
import { app } from '@/i18n/es/app';
import { permissions } from '@/i18n/es/permissions';
import { people } from '@/i18n/es/people';
import { directory } from '@/i18n/es/directory';
import { transfer } from '@/i18n/es/transfer';
import { calls } from '@/i18n/es/calls';
import { supervisor } from '@/i18n/es/supervisor';
import { admin } from '@/i18n/es/admin';
import { check } from '@/i18n/es/check';

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
