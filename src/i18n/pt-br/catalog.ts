import type { Catalog } from '@/i18n/catalog-types';
import { common } from '@/i18n/pt-br/common';
import { app } from '@/i18n/pt-br/app';
import { permissions } from '@/i18n/pt-br/permissions';
import { people } from '@/i18n/pt-br/people';
import { directory } from '@/i18n/pt-br/directory';
import { transfer } from '@/i18n/pt-br/transfer';
import { calls } from '@/i18n/pt-br/calls';
import { supervisor } from '@/i18n/pt-br/supervisor';
import { admin } from '@/i18n/pt-br/admin';
import { check } from '@/i18n/pt-br/check';

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
