import { onlineManager } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { NavLink, Outlet } from 'react-router';
import { VIEWS } from '@/app/views';
import { useCapabilities } from '@/features/permissions/use-capabilities';
import { useAuthStatus, useSession } from '@/genesys/session';
import { useI18n } from '@/i18n/i18n-context';
import { errorText } from '@/ui/error-notice';
import { Notice } from '@/ui/notice';

function SessionBanner() {
  const { auth } = useSession();
  const { t } = useI18n();
  const status = useAuthStatus();
  if (status.kind === 'signing-in') {
    return (
      <Notice tone="info" title={t('app.session.signingIn.title')}>
        <p>{t('app.session.signingIn.body')}</p>
      </Notice>
    );
  }
  if (status.kind === 'failed') {
    return (
      <Notice tone="error" title={t('app.session.failed.title')}>
        <p>{errorText(status.error, t)}</p>
        <button type="button" className="button button--secondary" onClick={() => {
            auth.retry();
          }}>
          {t('app.action.signInAgain')}
        </button>
      </Notice>
    );
  }
  return null;
}

/** TanStack Query pauses requests while offline and refetches when back; say so. */
function OfflineBanner() {
  const { t } = useI18n();
  const online = useSyncExternalStore(
    (listener) => onlineManager.subscribe(listener),
    () => onlineManager.isOnline(),
  );
  if (online) return null;
  return (
    <Notice tone="warning" title={t('app.offline.title')}>
      <p>{t('app.offline.body')}</p>
    </Notice>
  );
}

/** Tells Genesys Cloud the first view is ready once the user's permissions are known. */
function useBootstrappedSignal() {
  const { clientApp } = useSession();
  const state = useCapabilities();
  const settled = state.status !== 'pending';
  useEffect(() => {
    if (settled) clientApp.bootstrapped();
  }, [settled, clientApp]);
}

export function Layout() {
  const { launch } = useSession();
  const { t } = useI18n();
  useBootstrappedSignal();
  return (
    <div className="shell">
      <header className="shell__header">
        <span className="shell__title">{t('app.shell.productName')}</span>
        <nav aria-label={t('app.shell.views')} className="shell__nav">
          {VIEWS.map((view) => (
            <NavLink key={view.path} to={view.path} className="shell__tab">
              {t(view.labelKey)}
            </NavLink>
          ))}
        </nav>
        {launch.mode === 'demo' ? (
          <span className="shell__demo" title={t('app.shell.demo.hint')}>
            {t('app.shell.demo.label', { persona: launch.persona })}
          </span>
        ) : null}
      </header>
      <main className="shell__main">
        <OfflineBanner />
        <SessionBanner />
        <Outlet />
      </main>
    </div>
  );
}
