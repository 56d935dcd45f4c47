import type { Catalog } from '@/i18n/catalog-types';
import { common } from '@/i18n/ja/common';
import { app } from '@/i18n/ja/app';
import { permissions } from '@/i18n/ja/permissions';
import { people } from '@/i18n/ja/people';
import { directory } from '@/i18n/ja/directory';
import { transfer } from '@/i18n/ja/transfer';
import { calls } from '@/i18n/ja/calls';
import { supervisor } from '@/i18n/ja/supervisor';
import { admin } from '@/i18n/ja/admin';
import { check } from '@/i18n/ja/check';

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
