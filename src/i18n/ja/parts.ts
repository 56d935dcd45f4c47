import type { ViewAreaLoaders } from '@/i18n/catalog-types';
import { common } from '@/i18n/ja/common';
import { app } from '@/i18n/ja/app';
import { permissions } from '@/i18n/ja/permissions';
import { people } from '@/i18n/ja/people';

// Japanese as a launch loads it (src/i18n/catalogs.ts): this chunk when the launch picks the language, each
// view's areas beside the view.

/** The shell's areas (SHELL_AREAS): what every view shows before its own areas load. */
export const shell = { ...common, ...app, ...permissions, ...people };

export const viewAreas: ViewAreaLoaders = {
  directory: async () => (await import('@/i18n/ja/directory')).directory,
  transfer: async () => (await import('@/i18n/ja/transfer')).transfer,
  calls: async () => (await import('@/i18n/ja/calls')).calls,
  supervisor: async () => (await import('@/i18n/ja/supervisor')).supervisor,
  admin: async () => (await import('@/i18n/ja/admin')).admin,
  check: async () => (await import('@/i18n/ja/check')).check,
};
