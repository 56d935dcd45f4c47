import type { ViewAreaLoaders } from '@/i18n/catalog-types';
import { common } from '@/i18n/fr/common';
import { app } from '@/i18n/fr/app';
import { permissions } from '@/i18n/fr/permissions';
import { people } from '@/i18n/fr/people';

// French as a launch loads it (src/i18n/catalogs.ts): this chunk when the launch picks the language, each
// view's areas beside the view.

/** The shell's areas (SHELL_AREAS): what every view shows before its own areas load. */
export const shell = { ...common, ...app, ...permissions, ...people };

export const viewAreas: ViewAreaLoaders = {
  directory: async () => (await import('@/i18n/fr/directory')).directory,
  transfer: async () => (await import('@/i18n/fr/transfer')).transfer,
  calls: async () => (await import('@/i18n/fr/calls')).calls,
  supervisor: async () => (await import('@/i18n/fr/supervisor')).supervisor,
  admin: async () => (await import('@/i18n/fr/admin')).admin,
  check: async () => (await import('@/i18n/fr/check')).check,
};
