// Each view is a chunk of its own: an agent's call widget never loads the supervisor board, the org check or
// the admin checks, and the directory loads the call code only once a card offers a transfer (README, "Bundle").
// Its messages load beside it: the entry carries only the shell's (src/i18n/catalog-types.ts, SHELL_AREAS).
import type { ComponentType } from 'react';
import { useLocation } from '@/app/router';
import { VIEWS } from '@/app/views';
import { authorizationApi, type ApiLoader } from '@/genesys/sdk';
import { useCapabilities } from '@/foundations/permissions/use-capabilities';
import type { ViewArea } from '@/i18n/catalog-types';
import { useI18n } from '@/i18n/i18n-context';
import { lazyWithAreas } from '@/i18n/lazy-with-areas';
import { Loading } from '@/ui/notice';

type ViewPath = (typeof VIEWS)[number]['path'];

/** A view: its chunk with its messages (lazyWithAreas), and the SDK classes its first content calls (`sdkCode`). */
function lazyView(load: () => Promise<ComponentType>, areas: readonly ViewArea[], sdkCode: readonly ApiLoader<unknown>[] = []) {
  const { Component, preload } = lazyWithAreas(load, areas);
  const preloadAll = () => {
    for (const api of sdkCode) api.preloadCode();
    return preload();
  };
  return { View: Component, preload: preloadAll, areas };
}

const views = {
  // The directory's cards load the transfer messages with their Transfer and Consult (card-call-loaders.ts).
  '/directory': lazyView(async () => (await import('@/features/directory/directory-page')).DirectoryPage, ['directory']),
  '/transfer': lazyView(async () => (await import('@/features/transfer/transfer-page')).TransferPage, ['transfer']),
  '/supervisor': lazyView(async () => (await import('@/features/supervisor/supervisor-page')).SupervisorPage, ['supervisor']),
  // The admin's tables read roles (AuthorizationApi): its code comes with the view's, not after it.
  '/admin': lazyView(async () => (await import('@/features/admin/admin-page')).AdminPage, ['admin'], [authorizationApi]),
  '/check': lazyView(async () => (await import('@/features/check/check-page')).CheckPage, ['check']),
} satisfies Record<ViewPath, ReturnType<typeof lazyView>>;

/** The message areas the view at `path` loads beside its chunk. */
export function viewAreas(path: ViewPath): readonly ViewArea[] {
  return views[path].areas;
}

export const DirectoryPage = views['/directory'].View;
export const TransferPage = views['/transfer'].View;
export const SupervisorPage = views['/supervisor'].View;
export const AdminPage = views['/admin'].View;
export const CheckPage = views['/check'].View;

/**
 * Starts loading the view at `pathname` (the directory for any other path, as the routes redirect), so that
 * its chunk arrives while the session starts rather than after. A failure is left to the view's own load.
 */
export function preloadView(pathname: string): void {
  const view = VIEWS.find(({ path }) => pathname === path || pathname.startsWith(`${path}/`));
  views[view?.path ?? '/directory'].preload().catch(() => undefined);
}

/** Loads every view's code (the unit tests do, before rendering the app: test/support/preload-views.ts). */
export async function preloadViews(): Promise<void> {
  await Promise.all(Object.values(views).map((view) => view.preload()));
}

/**
 * What shows while a view's chunk loads: the permissions line every view starts with while they load (so the
 * first view reads as one step), else the view's name.
 */
export function ViewLoading() {
  const { t } = useI18n();
  const state = useCapabilities();
  const { pathname } = useLocation();
  const view = VIEWS.find(({ path }) => pathname.startsWith(path));
  if (state.status === 'pending' || !view) return <Loading label={t('permissions.loading')} />;
  return <Loading label={t('app.shell.loadingView', { view: t(view.labelKey) })} />;
}
