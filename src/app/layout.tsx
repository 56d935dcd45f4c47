import { onlineManager } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { NavLink, Outlet } from 'react-router';
import { VIEWS } from '@/app/views';
import { useCapabilities } from '@/features/permissions/use-capabilities';
import { useAuthStatus, useSession } from '@/genesys/session';
import { Notice } from '@/ui/notice';

function SessionBanner() {
  const { auth } = useSession();
  const status = useAuthStatus();
  if (status.kind === 'signing-in') {
    return (
      <Notice tone="info" title="Your Genesys Cloud session ended">
        <p>Signing you in again…</p>
      </Notice>
    );
  }
  if (status.kind === 'failed') {
    return (
      <Notice tone="error" title="You are signed out of Genesys Cloud">
        <p>{status.message}</p>
        <button type="button" className="button button--secondary" onClick={() => {
            auth.retry();
          }}>
          Sign in again
        </button>
      </Notice>
    );
  }
  return null;
}

/** TanStack Query pauses requests while offline and refetches when back; say so. */
function OfflineBanner() {
  const online = useSyncExternalStore(
    (listener) => onlineManager.subscribe(listener),
    () => onlineManager.isOnline(),
  );
  if (online) return null;
  return (
    <Notice tone="warning" title="You are offline">
      <p>What is on screen may be out of date. The app refreshes by itself when the connection is back.</p>
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
  useBootstrappedSignal();
  return (
    <div className="shell">
      <header className="shell__header">
        <span className="shell__title">8×8 Presence</span>
        <nav aria-label="Views" className="shell__nav">
          {VIEWS.map((view) => (
            <NavLink key={view.path} to={view.path} className="shell__tab">
              {view.label}
            </NavLink>
          ))}
        </nav>
        {launch.mode === 'demo' ? (
          <span className="shell__demo" title="Running against the built-in Genesys Cloud emulator">
            Demo · {launch.persona}
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
