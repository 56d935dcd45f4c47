import { NavLink, Outlet } from 'react-router';
import { VIEWS } from '@/app/views';
import { useSession } from '@/genesys/session';

export function Layout() {
  const { launch } = useSession();
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
        <Outlet />
      </main>
    </div>
  );
}
