// The app's router (src/app/router.tsx) as the app uses it: a layout with tab links around five paths, every
// other path redirected to the directory; in the page's address (BrowserRouter) and in memory (the tests).
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach, expect, onTestFinished, test } from 'vitest';
import { BrowserRouter, matchRoute, MemoryRouter, Navigate, NavLink, Outlet, parsePath, Routes, useLocation } from '@/app/router';

const PATHS = ['/directory', '/transfer', '/supervisor'];

function Where() {
  const { pathname, search, hash } = useLocation();
  return <output aria-label="location">{`${pathname}${search}${hash}`}</output>;
}

function Shell() {
  return (
    <div>
      <nav>
        {PATHS.map((path) => (
          <NavLink key={path} to={path} className="shell__tab">
            {path.slice(1)}
          </NavLink>
        ))}
        <NavLink to="/transfer" target="_blank">
          transfer in a new tab
        </NavLink>
      </nav>
      <Where />
      <Outlet />
    </div>
  );
}

function TestRoutes() {
  return (
    <Routes
      layout={<Shell />}
      paths={Object.fromEntries(PATHS.map((path) => [path, <h1 key={path}>{`page ${path}`}</h1>]))}
      otherwise={<Navigate to="/directory" replace keepSearch />}
    />
  );
}

function openAt(path: string) {
  window.history.replaceState(null, '', path);
}

const where = () => screen.getByRole('status', { name: 'location' }).textContent;
const link = (name: string) => screen.getByRole('link', { name });

/** The address bar's path, search and hash. */
const address = () => `${window.location.pathname}${window.location.search}${window.location.hash}`;

/** What the browser would do with `click` after React: whether the router prevented it (then stops jsdom's navigation). */
function watchClicks(): { prevented: boolean[] } {
  const seen = { prevented: [] as boolean[] };
  const listener = (event: Event) => {
    seen.prevented.push(event.defaultPrevented);
    event.preventDefault();
  };
  window.addEventListener('click', listener);
  onTestFinished(() => {
    window.removeEventListener('click', listener);
  });
  return seen;
}

afterEach(() => {
  openAt('/');
});

function renderIn(router: (children: ReactElement) => ReactElement) {
  return { user: userEvent.setup(), ...render(router(<TestRoutes />)) };
}

test('a link click pushes its path: the address, the page and useLocation follow, and Back and Forward come back', async () => {
  openAt('/directory?demo=admin');
  const before = window.history.length;
  const { user } = renderIn((children) => <BrowserRouter>{children}</BrowserRouter>);
  expect(screen.getByRole('heading', { name: 'page /directory' })).toBeInTheDocument();
  expect(where()).toBe('/directory?demo=admin');

  await user.click(link('supervisor'));
  expect(address()).toBe('/supervisor');
  expect(window.history.length).toBe(before + 1);
  expect(await screen.findByRole('heading', { name: 'page /supervisor' })).toBeInTheDocument();
  expect(where()).toBe('/supervisor');

  // jsdom, as a browser, moves first and then fires popstate.
  window.history.back();
  expect(await screen.findByRole('heading', { name: 'page /directory' })).toBeInTheDocument();
  expect(where()).toBe('/directory?demo=admin');
  expect(link('directory')).toHaveAttribute('aria-current', 'page');

  window.history.forward();
  expect(await screen.findByRole('heading', { name: 'page /supervisor' })).toBeInTheDocument();
  expect(link('supervisor')).toHaveAttribute('aria-current', 'page');
});

test('the current view’s link says so: aria-current="page" and class active, on that link alone', async () => {
  openAt('/transfer');
  const { user } = renderIn((children) => <BrowserRouter>{children}</BrowserRouter>);
  expect(link('transfer')).toHaveAttribute('aria-current', 'page');
  expect(link('transfer')).toHaveClass('shell__tab', 'active');
  expect(link('transfer')).toHaveAttribute('href', '/transfer');
  expect(link('directory')).not.toHaveAttribute('aria-current');
  expect(link('directory')).toHaveAttribute('class', 'shell__tab');

  await user.click(link('directory'));
  await waitFor(() => {
    expect(link('directory')).toHaveAttribute('aria-current', 'page');
  });
  expect(link('directory')).toHaveClass('active');
  expect(link('transfer')).not.toHaveAttribute('aria-current');
  expect(link('transfer')).not.toHaveClass('active');
});

test('the link to where we are replaces: clicking the current tab adds no Back step', async () => {
  openAt('/directory');
  const before = window.history.length;
  const { user } = renderIn((children) => <BrowserRouter>{children}</BrowserRouter>);
  await user.click(link('directory'));
  expect(address()).toBe('/directory');
  expect(window.history.length).toBe(before);
});

test('the index and unknown paths redirect to the directory in place, keeping the launch parameters in the search and the hash', async () => {
  for (const [start, end] of [
    [
      '/?gcHostOrigin=https%3A%2F%2Fapps.mypurecloud.ie&gcTargetEnv=prod-euw1&gcLangTag=de',
      '/directory?gcHostOrigin=https%3A%2F%2Fapps.mypurecloud.ie&gcTargetEnv=prod-euw1&gcLangTag=de',
    ],
    ['/nowhere?gcLangTag=de#x', '/directory?gcLangTag=de#x'],
    ['/directory/extra', '/directory'],
  ] as const) {
    openAt(start);
    const before = window.history.length;
    const { unmount } = renderIn((children) => <BrowserRouter>{children}</BrowserRouter>);
    expect(await screen.findByRole('heading', { name: 'page /directory' })).toBeInTheDocument();
    expect(address(), start).toBe(end);
    expect(window.history.length, start).toBe(before);
    unmount();
  }
});

test('a redirect without keepSearch leaves the search and hash behind', async () => {
  openAt('/?demo=supervisor#x');
  render(
    <BrowserRouter>
      <Routes layout={<Outlet />} paths={{ '/directory': <h1>page /directory</h1> }} otherwise={<Navigate to="/directory" replace />} />
    </BrowserRouter>,
  );
  expect(await screen.findByRole('heading', { name: 'page /directory' })).toBeInTheDocument();
  expect(address()).toBe('/directory');
});

test('paths match as react-router matched them: in any case, with trailing slashes, escapes decoded', () => {
  expect(matchRoute('/directory', PATHS)).toBe('/directory');
  expect(matchRoute('/Directory/', PATHS)).toBe('/directory');
  expect(matchRoute('/transfer//', PATHS)).toBe('/transfer');
  expect(matchRoute('/direct%6Fry', PATHS)).toBe('/directory');
  expect(matchRoute('/', PATHS)).toBeUndefined();
  expect(matchRoute('/directory/x', PATHS)).toBeUndefined();
  expect(matchRoute('//directory', PATHS)).toBeUndefined();
  expect(matchRoute('/%E0%A4%A', PATHS)).toBeUndefined();
  expect(parsePath('/a?b=1#c')).toEqual({ pathname: '/a', search: '?b=1', hash: '#c' });
  expect(parsePath('/a#c?d')).toEqual({ pathname: '/a', search: '', hash: '#c?d' });
  expect(parsePath('?#')).toEqual({ pathname: '/', search: '', hash: '' });
});

test('a link is also active below its path, in any case', () => {
  render(
    <MemoryRouter initialEntries={['/Supervisor/board']}>
      <NavLink to="/supervisor">supervisor</NavLink>
      <NavLink to="/super">super</NavLink>
    </MemoryRouter>,
  );
  expect(link('supervisor')).toHaveAttribute('aria-current', 'page');
  expect(link('super')).not.toHaveAttribute('aria-current');
});

test('modifier clicks, other buttons and target=_blank stay the browser’s', () => {
  openAt('/directory');
  const clicks = watchClicks();
  const before = window.history.length;
  renderIn((children) => <BrowserRouter>{children}</BrowserRouter>);
  for (const modifier of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { altKey: true }, { button: 1 }]) {
    fireEvent.click(link('supervisor'), modifier);
  }
  fireEvent.click(link('transfer in a new tab'));
  expect(clicks.prevented).toEqual([false, false, false, false, false, false]);
  expect(address()).toBe('/directory');
  expect(window.history.length).toBe(before);
  expect(where()).toBe('/directory');

  // A plain click is the router's: the browser is kept from loading the page.
  fireEvent.click(link('supervisor'));
  expect(clicks.prevented).toEqual([false, false, false, false, false, false, true]);
});

test('a link whose own onClick prevents the default does not navigate; one that does not, does', async () => {
  const user = userEvent.setup();
  render(
    <MemoryRouter initialEntries={['/directory']}>
      <NavLink
        to="/transfer"
        onClick={(event) => {
          event.preventDefault();
        }}
      >
        held
      </NavLink>
      <NavLink to="/supervisor">go</NavLink>
      <Where />
    </MemoryRouter>,
  );
  await user.click(link('held'));
  expect(where()).toBe('/directory');
  await user.click(link('go'));
  await waitFor(() => {
    expect(where()).toBe('/supervisor');
  });
});

test('the memory router starts at its last initial entry, follows links, and leaves the address alone', async () => {
  openAt('/elsewhere');
  const { user } = renderIn((children) => <MemoryRouter initialEntries={['/directory', '/transfer?x=1#h']}>{children}</MemoryRouter>);
  expect(screen.getByRole('heading', { name: 'page /transfer' })).toBeInTheDocument();
  expect(where()).toBe('/transfer?x=1#h');
  await user.click(link('supervisor'));
  expect(await screen.findByRole('heading', { name: 'page /supervisor' })).toBeInTheDocument();
  expect(address()).toBe('/elsewhere');
});

test('in memory too, a path that only redirects gives way to the directory', async () => {
  render(
    <MemoryRouter initialEntries={['/?demo=admin']}>
      <TestRoutes />
    </MemoryRouter>,
  );
  expect(await screen.findByRole('heading', { name: 'page /directory' })).toBeInTheDocument();
  expect(where()).toBe('/directory?demo=admin');
});
