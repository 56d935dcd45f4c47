// Keeps the session's token and turns a 401 into exactly one re-sign-in.
// A token is "proven" once a request with it succeeded. A 401 on a proven
// token means the session ended: sign in again, once. A 401 on a token that
// never worked (right after signing in) would only repeat: stop and say so.
import { UserFacingError } from '@/genesys/user-facing-error';

export type AuthStatus =
  | { kind: 'signed-in' }
  | { kind: 'signing-in' }
  /** `error` says why, for the person (a UserFacingError in their language, or the sign-in's own error). */
  | { kind: 'failed'; error: Error };

/** A token that never worked was rejected: signing in again would only repeat it. */
export class SessionRejectedError extends UserFacingError {
  constructor() {
    super('app.session.rejected');
    this.name = 'SessionRejectedError';
  }
}

export interface AuthController {
  status(): AuthStatus;
  subscribe(listener: () => void): () => void;
  token(): string;
  /** A request with `token` succeeded. */
  markWorked(token: string): void;
  /** A request with `failedToken` got a 401: resolves with the token to retry with, or rejects. */
  unauthorized(failedToken: string): Promise<string>;
  /** The person asked to sign in again after a failure. */
  retry(): void;
  /** How many re-sign-ins this session made. */
  reSignIns(): number;
}

export interface AuthControllerOptions {
  token: string;
  /** True when the token already worked before (e.g. kept from earlier in this browser tab). */
  proven?: boolean;
  /** Signs in again; may never resolve when it navigates away to the login page. */
  reauthenticate: () => Promise<string>;
  onToken?: (token: string) => void;
}

export function createAuthController(options: AuthControllerOptions): AuthController {
  let token = options.token;
  let proven = options.proven ?? false;
  let status: AuthStatus = { kind: 'signed-in' };
  let inFlight: Promise<string> | null = null;
  let count = 0;
  const listeners = new Set<() => void>();

  function setStatus(next: AuthStatus) {
    status = next;
    for (const listener of listeners) listener();
  }

  function signInAgain(): Promise<string> {
    count += 1;
    setStatus({ kind: 'signing-in' });
    inFlight = options.reauthenticate().then(
      (next) => {
        token = next;
        proven = false;
        inFlight = null;
        options.onToken?.(next);
        setStatus({ kind: 'signed-in' });
        return next;
      },
      (error: unknown) => {
        inFlight = null;
        const failure = error instanceof Error ? error : new UserFacingError('app.session.signInAgainFailed');
        setStatus({ kind: 'failed', error: failure });
        throw failure;
      },
    );
    return inFlight;
  }

  return {
    status: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    token: () => token,
    markWorked(worked) {
      if (worked === token) proven = true;
    },
    unauthorized(failedToken) {
      if (inFlight) return inFlight;
      // Another request already signed in again while this one was under way.
      if (failedToken !== token) return Promise.resolve(token);
      if (status.kind === 'failed') return Promise.reject(status.error);
      if (!proven) {
        const failure = new SessionRejectedError();
        setStatus({ kind: 'failed', error: failure });
        return Promise.reject(failure);
      }
      return signInAgain();
    },
    retry() {
      if (inFlight) return;
      void signInAgain().catch(() => undefined);
    },
    reSignIns: () => count,
  };
}
