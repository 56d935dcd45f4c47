import type { ViewAreaLoaders } from '@/i18n/catalog-types';
import { common } from '@/i18n/pt-br/common';
import { app } from '@/i18n/pt-br/app';
import { permissions } from '@/i18n/pt-br/permissions';
import { people } from '@/i18n/pt-br/people';

// Brazilian Portuguese as a launch loads it (src/i18n/catalogs.ts): this chunk when the launch picks the language, each
// view's areas beside the view.

/** The shell's areas (SHELL_AREAS): what every view shows before its own areas load. */
export const shell = { ...common, ...app, ...permissions, ...people };

export const viewAreas: ViewAreaLoaders = {
  directory: async () => (await import('@/i18n/pt-br/directory')).directory,
  transfer: async () => (await import('@/i18n/pt-br/transfer')).transfer,
  calls: async () => (await import('@/i18n/pt-br/calls')).calls,
  supervisor: async () => (await import('@/i18n/pt-br/supervisor')).supervisor,
  admin: async () => (await import('@/i18n/pt-br/admin')).admin,
  check: async () => (await import('@/i18n/pt-br/check')).check,
};
