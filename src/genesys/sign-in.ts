// Signing in to Genesys Cloud in the browser: OAuth Authorization Code with
// PKCE (default) or the implicit grant, by redirect or in a popup. We build the
// authorize URL and check `state` ourselves (the SDK does not check it); the
// SDK computes the PKCE challenge and exchanges the code for the token.
import { z } from 'zod/mini';
import { UserFacingError } from '@/genesys/user-facing-error';

const TOKEN_KEY_PREFIX = 'gc8x8:token:';
export const SIGN_IN_POPUP_NAME = 'gc8x8-sign-in';
const POPUP_MESSAGE = 'gc8x8:sign-in-return';

export type SignInProblem = 'popupBlocked' | 'popupClosed' | 'foreignAnswer' | 'refused' | 'wrongKind' | 'codeRejected' | 'noToken';

/** Why signing in failed, in the person's language (app.signInError.*). */
export class SignInError extends UserFacingError {
  constructor(
    readonly problem: SignInProblem,
    params: Readonly<Record<string, string>> = {},
  ) {
    super(`app.signInError.${problem}`, params);
    this.name = 'SignInError';
  }
}

/** The part of Web Storage sign-in uses: a real Storage, or the page's memory when storage is blocked. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** What the app needs from the browser to sign in; tests and popups give their own. */
export interface SignInHost {
  storage: KeyValueStore;
  /**
   * False when `storage` lasts only as long as this page (the browser blocks storage, as in a
   * third-party frame with third-party cookies blocked): a redirect to the login page would lose
   * the pending sign-in (state, PKCE verifier), so sign-in must happen in a popup.
   */
  storageOutlivesPage: boolean;
  navigate: (url: string) => void;
  openPopup: (url: string) => Window | null;
  /** Waits for the popup's message; resolves with its return URL. */
  waitForPopup: (popup: Window) => Promise<string>;
  now: () => number;
  randomState: () => string;
}

export interface SignedIn {
  environment: string;
  accessToken: string;
  /** Epoch ms, when the platform said. */
  expiresAt?: number;
  returnTo: string;
}

export type SignInReturn =
  | { kind: 'code'; code: string; state: string }
  | { kind: 'token'; accessToken: string; expiresIn?: number; state: string }
  | { kind: 'error'; error: string; description?: string; state?: string };

/** The authorization answer in a URL the login page sent us back to, if any. */
export function readSignInReturn(href: string): SignInReturn | null {
  const url = new URL(href);
  const hash = new URLSearchParams(url.hash.replace(/^#/, ''));
  for (const params of [url.searchParams, hash]) {
    const state = params.get('state') ?? undefined;
    const error = params.get('error');
    if (error) {
      const description = params.get('error_description') ?? undefined;
      return { kind: 'error', error, ...(description ? { description } : {}), ...(state ? { state } : {}) };
    }
    const code = params.get('code');
    if (code && state) return { kind: 'code', code, state };
    const accessToken = params.get('access_token');
    if (accessToken && state) {
      const expiresIn = Number(params.get('expires_in'));
      return { kind: 'token', accessToken, state, ...(Number.isFinite(expiresIn) && expiresIn > 0 ? { expiresIn } : {}) };
    }
  }
  return null;
}

const keptSchema = z.object({ accessToken: z.string().check(z.minLength(1)), expiresAt: z.optional(z.number()) });

/**
 * The token lives in this tab's sessionStorage only (never localStorage), so a reload needs no new
 * sign-in; where storage is blocked, in this page's memory only.
 */
export function keepToken(storage: KeyValueStore, signedIn: SignedIn) {
  storage.setItem(
    TOKEN_KEY_PREFIX + signedIn.environment,
    JSON.stringify({ accessToken: signedIn.accessToken, expiresAt: signedIn.expiresAt }),
  );
}

export function keptToken(storage: KeyValueStore, environment: string, now: number): string | null {
  const raw = storage.getItem(TOKEN_KEY_PREFIX + environment);
  if (!raw) return null;
  try {
    const kept = keptSchema.safeParse(JSON.parse(raw));
    if (kept.success && (kept.data.expiresAt === undefined || kept.data.expiresAt > now + 60_000)) {
      return kept.data.accessToken;
    }
  } catch {
    // fall through: a damaged entry is dropped
  }
  storage.removeItem(TOKEN_KEY_PREFIX + environment);
  return null;
}

export function forgetToken(storage: KeyValueStore, environment: string) {
  storage.removeItem(TOKEN_KEY_PREFIX + environment);
}

/** In the sign-in popup: hands the login page's answer to the app window and closes. */
export function relayPopupReturn(win: Window): boolean {
  if (win.name !== SIGN_IN_POPUP_NAME || !win.opener) return false;
  const opener = win.opener as Window;
  opener.postMessage({ type: POPUP_MESSAGE, href: win.location.href }, win.location.origin);
  win.close();
  return true;
}

const popupMessageSchema = z.object({ type: z.literal(POPUP_MESSAGE), href: z.string() });

/** A store in this page's memory: what sign-in keeps when the browser gives it no storage. */
function memoryStore(): KeyValueStore {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
    removeItem: (key) => {
      items.delete(key);
    },
  };
}

/** A storage whose failed writes (quota, a policy change) are kept in memory instead of thrown. */
function withMemoryFallback(storage: Storage): KeyValueStore {
  const memory = memoryStore();
  return {
    getItem: (key) => {
      const kept = memory.getItem(key);
      if (kept !== null) return kept;
      try {
        return storage.getItem(key);
      } catch {
        return null;
      }
    },
    setItem: (key, value) => {
      try {
        storage.setItem(key, value);
        memory.removeItem(key);
      } catch {
        memory.setItem(key, value);
      }
    },
    removeItem: (key) => {
      memory.removeItem(key);
      try {
        storage.removeItem(key);
      } catch {
        // Nothing stored there to remove.
      }
    },
  };
}

/**
 * This tab's sessionStorage, if the browser lets us use it. In a third-party frame with
 * third-party cookies blocked even reading `window.sessionStorage` throws (SecurityError),
 * and Safari's private mode once threw on the first write: either way, the page's memory.
 */
export function sessionStore(win: Window): { storage: KeyValueStore; outlivesPage: boolean } {
  try {
    const storage = win.sessionStorage;
    const probe = 'gc8x8:probe';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return { storage: withMemoryFallback(storage), outlivesPage: true };
  } catch {
    return { storage: memoryStore(), outlivesPage: false };
  }
}

/** The browser's side of SignInHost. */
export function browserSignInHost(win: Window): SignInHost {
  const { storage, outlivesPage } = sessionStore(win);
  return {
    storage,
    storageOutlivesPage: outlivesPage,
    navigate: (url) => {
      win.location.assign(url);
    },
    openPopup: (url) => win.open(url, SIGN_IN_POPUP_NAME, 'popup,width=520,height=680'),
    waitForPopup: (popup) =>
      new Promise((resolve) => {
        const onMessage = (event: MessageEvent) => {
          if (event.origin !== win.location.origin || event.source !== popup) return;
          const message = popupMessageSchema.safeParse(event.data);
          if (!message.success) return;
          finish(message.data.href);
        };
        const watch = win.setInterval(() => {
          if (popup.closed) finish('about:blank');
        }, 500);
        const finish = (href: string) => {
          win.removeEventListener('message', onMessage);
          win.clearInterval(watch);
          resolve(href);
        };
        win.addEventListener('message', onMessage);
      }),
    now: () => Date.now(),
    randomState: () => {
      const bytes = new Uint8Array(24);
      win.crypto.getRandomValues(bytes);
      return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
    },
  };
}
