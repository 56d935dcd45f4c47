import { common } from '@/i18n/en/common';
import { app } from '@/i18n/en/app';
import { permissions } from '@/i18n/en/permissions';
import { people } from '@/i18n/en/people';
import { directory } from '@/i18n/en/directory';
import { transfer } from '@/i18n/en/transfer';
import { calls } from '@/i18n/en/calls';
import { supervisor } from '@/i18n/en/supervisor';
import { admin } from '@/i18n/en/admin';
import { check } from '@/i18n/en/check';

/**
 * English, the source catalog: every other locale has exactly these keys. Keys start with their area's name.
 * The app loads it by area (src/i18n/catalogs.ts); this whole object is MessageKey's type, and the tests'.
 */
export const enCatalog = {
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
