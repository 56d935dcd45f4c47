import type { Catalog } from '@/i18n/catalog-types';
import { common } from '@/i18n/de/common';
import { app } from '@/i18n/de/app';
import { permissions } from '@/i18n/de/permissions';
import { people } from '@/i18n/de/people';
import { directory } from '@/i18n/de/directory';
import { transfer } from '@/i18n/de/transfer';
import { calls } from '@/i18n/de/calls';
import { supervisor } from '@/i18n/de/supervisor';
import { admin } from '@/i18n/de/admin';
import { check } from '@/i18n/de/check';

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
