// The app's own router, in place of react-router (11.8 kB gzip in every view, issue 16). The app needs little of
// one: five flat paths under one layout, a redirect for every other path, tab links that know the current view,
// and the location. What is here behaves as react-router 7 did for those uses, so nothing else changed with it:
// paths match in any case and with trailing slashes, links push (replace when they lead where we are), a redirect
// replaces (and may keep the search and hash), and location changes render as transitions.
import {
  createContext,
  startTransition,
  use,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';

export interface RouterLocation {
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}

/** Where locations come from and go to: the browser's history, or a list in memory (the tests). */
interface History {
  location: () => RouterLocation;
  push: (to: string) => void;
  replace: (to: string) => void;
  /** Calls `listener` after every change, Back and Forward included; returns what stops it. */
  listen: (listener: () => void) => () => void;
}

interface Router {
  location: RouterLocation;
  navigate: (to: string, options?: { replace?: boolean }) => void;
}

const RouterContext = createContext<Router | null>(null);

/** The matched route's element, for the layout's <Outlet />. */
const OutletContext = createContext<ReactNode>(null);

/** `/path?search#hash` in parts; a bare `?` or `#` counts as none, as in the browser's location. */
export function parsePath(path: string): RouterLocation {
  const hashAt = path.indexOf('#');
  const beforeHash = hashAt === -1 ? path : path.slice(0, hashAt);
  const searchAt = beforeHash.indexOf('?');
  const hash = hashAt === -1 ? '' : path.slice(hashAt);
  const search = searchAt === -1 ? '' : beforeHash.slice(searchAt);
  return {
    pathname: (searchAt === -1 ? beforeHash : beforeHash.slice(0, searchAt)) || '/',
    search: search === '?' ? '' : search,
    hash: hash === '#' ? '' : hash,
  };
}

const pathOf = (location: RouterLocation) => `${location.pathname}${location.search}${location.hash}`;

function browserHistory(win: Window): History {
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const listener of listeners) listener();
  };
  return {
    location: () => parsePath(pathOf(win.location)),
    push: (to) => {
      try {
        win.history.pushState(null, '', to);
      } catch {
        // Safari refuses pushState after too many in a short while: load the page, as a plain link would.
        win.location.assign(to);
        return;
      }
      changed();
    },
    replace: (to) => {
      win.history.replaceState(null, '', to);
      changed();
    },
    listen: (listener) => {
      listeners.add(listener);
      // Back and Forward: the browser has moved already, the router only follows.
      win.addEventListener('popstate', listener);
      return () => {
        listeners.delete(listener);
        win.removeEventListener('popstate', listener);
      };
    },
  };
}

/** A history in memory: the last entry is the current one, and a push drops the entries after it. */
function memoryHistory(entries: readonly string[]): History {
  const stack = entries.length > 0 ? entries.map(parsePath) : [parsePath('/')];
  let index = stack.length - 1;
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const listener of listeners) listener();
  };
  return {
    location: () => stack[index] ?? parsePath('/'),
    push: (to) => {
      index += 1;
      stack.splice(index, stack.length, parsePath(to));
      changed();
    },
    replace: (to) => {
      stack[index] = parsePath(to);
      changed();
    },
    listen: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function HistoryRouter({ history, children }: { history: History; children: ReactNode }) {
  const [location, setLocation] = useState(() => history.location());
  // As a transition, as react-router did: a view whose code is still loading leaves the current one on screen
  // until it can show, instead of the layout's loading fallback.
  useLayoutEffect(
    () =>
      history.listen(() => {
        startTransition(() => {
          setLocation(history.location());
        });
      }),
    [history],
  );
  const navigate = useCallback<Router['navigate']>(
    (to, options) => {
      if (options?.replace) history.replace(to);
      else history.push(to);
    },
    [history],
  );
  const router = useMemo(() => ({ location, navigate }), [location, navigate]);
  return <RouterContext value={router}>{children}</RouterContext>;
}

/** The router over the page's address: window.history for links, popstate for Back and Forward. */
export function BrowserRouter({ children }: { children: ReactNode }) {
  const [history] = useState(() => browserHistory(window));
  return <HistoryRouter history={history}>{children}</HistoryRouter>;
}

/** The router for tests: starts at the last of `initialEntries` (paths with their search and hash). */
export function MemoryRouter({ initialEntries = ['/'], children }: { initialEntries?: readonly string[]; children: ReactNode }) {
  const [history] = useState(() => memoryHistory(initialEntries));
  return <HistoryRouter history={history}>{children}</HistoryRouter>;
}

function useRouter(): Router {
  const router = use(RouterContext);
  if (!router) throw new Error('The router hooks and links work only inside a BrowserRouter or MemoryRouter.');
  return router;
}

/** The current location; the component renders again on every navigation. */
export function useLocation(): RouterLocation {
  return useRouter().location;
}

/** Percent-escapes decoded segment by segment (an escaped slash stays one), as react-router matched paths. */
function decodedPath(pathname: string): string {
  try {
    return pathname
      .split('/')
      .map((segment) => decodeURIComponent(segment).replaceAll('/', '%2F'))
      .join('/');
  } catch {
    return pathname;
  }
}

/** Which of `paths` (absolute, without a trailing slash) `pathname` is: in any case, trailing slashes ignored. */
export function matchRoute(pathname: string, paths: readonly string[]): string | undefined {
  const wanted = decodedPath(pathname).replace(/\/+$/, '').toLowerCase();
  return paths.find((path) => path.toLowerCase() === wanted);
}

/**
 * `layout` around the element of the path the location is at, which the layout places with <Outlet />; at any
 * other path (the index too) `otherwise`. The layout stays mounted from one path to the next.
 */
export function Routes({
  layout,
  paths,
  otherwise,
}: {
  layout: ReactNode;
  paths: Readonly<Record<string, ReactNode>>;
  otherwise: ReactNode;
}) {
  const { pathname } = useLocation();
  const path = matchRoute(pathname, Object.keys(paths));
  return <OutletContext value={path === undefined ? otherwise : paths[path]}>{layout}</OutletContext>;
}

/** Where the layout shows the matched route's element. */
export function Outlet() {
  return use(OutletContext);
}

/**
 * Goes to `to` (an absolute path) once rendered; with `replace` the current entry gives way to it, so Back does
 * not come back to a path that only redirects. With `keepSearch` the current search and hash go with it.
 */
export function Navigate({ to, replace = false, keepSearch = false }: { to: string; replace?: boolean; keepSearch?: boolean }) {
  const { navigate } = useRouter();
  const { search, hash } = useLocation();
  const target = keepSearch ? `${to}${search}${hash}` : to;
  useEffect(() => {
    navigate(target, { replace });
  }, [navigate, target, replace]);
  return null;
}

/** A click the router takes over: the main button alone, for this tab. The others stay the browser's (new tab, window, download). */
function isPlainClick(event: MouseEvent<HTMLAnchorElement>, target: string | undefined): boolean {
  const modified = event.metaKey || event.altKey || event.ctrlKey || event.shiftKey;
  return event.button === 0 && (!target || target === '_self') && !modified;
}

/** Active when the location is at `to` or below it, in any case (react-router's NavLink without `end`). */
function isActive(pathname: string, to: string): boolean {
  const here = pathname.toLowerCase();
  const there = to.toLowerCase();
  return here === there || (here.startsWith(there) && here.charAt(there.length) === '/');
}

type NavLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

/**
 * A link to `to` (an absolute path in the app) that, while the location is there, says so to assistive
 * technology (aria-current="page") and to the CSS (class `active`).
 */
export function NavLink({ to, className, target, onClick, ...rest }: NavLinkProps) {
  const { location, navigate } = useRouter();
  const active = isActive(location.pathname, to);
  const onLinkClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || !isPlainClick(event, target)) return;
    event.preventDefault();
    // A link to where we are already replaces, so that clicking the current tab adds no Back step.
    navigate(to, { replace: pathOf(location) === pathOf(parsePath(to)) });
  };
  return (
    <a
      {...rest}
      href={to}
      target={target}
      className={[className, active ? 'active' : null].filter(Boolean).join(' ')}
      aria-current={active ? 'page' : undefined}
      onClick={onLinkClick}
    />
  );
}
