import type { ViewAreaLoaders } from '@/i18n/catalog-types';
import { common } from '@/i18n/es/common';
import { app } from '@/i18n/es/app';
import { permissions } from '@/i18n/es/permissions';
import { people } from '@/i18n/es/people';

// Spanish as a launch loads it (src/i18n/catalogs.ts): this chunk when the launch picks the language, each
// view's areas beside the view.

/** The shell's areas (SHELL_AREAS): what every view shows before its own areas load. */
export const shell = { ...common, ...app, ...permissions, ...people };

export const viewAreas: ViewAreaLoaders = {
  directory: async () => (await import('@/i18n/es/directory')).directory,
  transfer: async () => (await import('@/i18n/es/transfer')).transfer,
  calls: async () => (await import('@/i18n/es/calls')).calls,
  supervisor: async () => (await import('@/i18n/es/supervisor')).supervisor,
  admin: async () => (await import('@/i18n/es/admin')).admin,
  check: async () => (await import('@/i18n/es/check')).check,
};
