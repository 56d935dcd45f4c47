import type { ViewAreaLoaders } from '@/i18n/catalog-types';
import { common } from '@/i18n/de/common';
import { app } from '@/i18n/de/app';
import { permissions } from '@/i18n/de/permissions';
import { people } from '@/i18n/de/people';

// German as a launch loads it (src/i18n/catalogs.ts): this chunk when the launch picks the language, each
// view's areas beside the view.

/** The shell's areas (SHELL_AREAS): what every view shows before its own areas load. */
export const shell = { ...common, ...app, ...permissions, ...people };

export const viewAreas: ViewAreaLoaders = {
  directory: async () => (await import('@/i18n/de/directory')).directory,
  transfer: async () => (await import('@/i18n/de/transfer')).transfer,
  calls: async () => (await import('@/i18n/de/calls')).calls,
  supervisor: async () => (await import('@/i18n/de/supervisor')).supervisor,
  admin: async () => (await import('@/i18n/de/admin')).admin,
  check: async () => (await import('@/i18n/de/check')).check,
};
