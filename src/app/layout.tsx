import { onlineManager } from '@tanstack/react-query';
import { Suspense, useEffect, useId, useRef, useState, useSyncExternalStore, type FocusEvent, type KeyboardEvent } from 'react';
import { NavLink, Outlet, useLocation } from '@/app/router';
import { ViewLoading } from '@/app/view-pages';
import { VIEWS } from '@/app/views';
import { useCapabilities } from '@/foundations/permissions/use-capabilities';
import { useUcServed } from '@/foundations/permissions/uc-context';
import { isUcKey } from '@/genesys/uc-table';
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
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            auth.retry();
          }}
        >
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

/**
 * The narrow-screen way to switch views (demo mode only): a disclosure button listing the views as
 * links. Not a <select>: its arrow keys would navigate on every press, mounting each view on the way.
 */
function ViewMenu() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const current = VIEWS.find((view) => pathname.startsWith(view.path));
  const currentLabel = current ? t(current.labelKey) : t('app.shell.views');
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      close(true);
    }
  };
  // Focus leaving the menu (Tab past the last link, a click elsewhere) closes it, as a disclosure should.
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!(event.relatedTarget instanceof Node) || !event.currentTarget.contains(event.relatedTarget)) setOpen(false);
  };
  return (
    <div className="shell__menu" onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        ref={button}
        type="button"
        className="shell__menu-button"
        aria-expanded={open}
        aria-controls={listId}
        aria-label={t('app.shell.viewMenu', { view: currentLabel })}
        onClick={() => {
          setOpen((value) => !value);
        }}
      >
        {currentLabel}
        <span className="shell__menu-chevron" aria-hidden="true" />
      </button>
      <ul id={listId} className="shell__menu-list" hidden={!open}>
        {VIEWS.map((view) => (
          <li key={view.path}>
            <NavLink
              to={view.path}
              className="shell__menu-link"
              onClick={() => {
                close(true);
              }}
            >
              {t(view.labelKey)}
            </NavLink>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** With several integrations active and none named by the URL: which one this frame serves, and a way to switch. */
function UcSwitch() {
  const { t } = useI18n();
  const { profile, active, switchTo } = useUcServed();
  if (!switchTo) return null;
  return (
    <label className="shell__uc">
      <span>{t('app.uc.switch.label')}</span>
      <select
        value={profile.key}
        onChange={(event) => {
          if (isUcKey(event.target.value)) switchTo(event.target.value);
        }}
      >
        {active.map((option) => (
          <option key={option.key} value={option.key}>
            {option.name}
          </option>
        ))}
      </select>
    </label>
  );
}

export function Layout() {
  const { launch } = useSession();
  const { t } = useI18n();
  useBootstrappedSignal();
  return (
    <div className="shell">
      <header className="shell__header">
        <span className="shell__title">{t('app.shell.productName')}</span>
        {/* Inside Genesys Cloud each path is its own client app: offering the other views there would
            put Supervisor and Admin into an agent's call widget. */}
        {launch.mode === 'demo' ? (
          <nav aria-label={t('app.shell.views')} className="shell__nav">
            <div className="shell__tabs">
              {VIEWS.map((view) => (
                <NavLink key={view.path} to={view.path} className="shell__tab">
                  {t(view.labelKey)}
                </NavLink>
              ))}
            </div>
            <ViewMenu />
          </nav>
        ) : null}
        <UcSwitch />
        {launch.mode === 'demo' ? (
          <span className="shell__demo" title={t('app.shell.demo.hint')}>
            {t('app.shell.demo.label', { persona: launch.persona })}
          </span>
        ) : null}
      </header>
      <main className="shell__main">
        <OfflineBanner />
        <SessionBanner />
        {/* Each view's code loads with it (view-pages.tsx); the header and banners stay meanwhile. */}
        <Suspense fallback={<ViewLoading />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
