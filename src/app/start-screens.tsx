import { useState } from 'react';
import { LaunchError } from '@/genesys/launch-context';

function describe(error: unknown): { title: string; detail: string } {
  if (error instanceof LaunchError) {
    return {
      title: 'This app was opened with a launch parameter it cannot use',
      detail: `${error.parameter} is "${error.value}": ${error.reason}. Check the URL configured for this app in Genesys Cloud.`,
    };
  }
  return { title: 'The app could not start', detail: error instanceof Error ? error.message : String(error) };
}

/** Shown before any session exists: a bad launch URL, a failed sign-in, a demo that could not start. */
export function StartErrorScreen({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { title, detail } = describe(error);
  return (
    <main className="start-screen">
      <section className="notice notice--error" role="alert" aria-labelledby="start-error-title">
        <h1 id="start-error-title" className="notice__title">
          {title}
        </h1>
        <p>{detail}</p>
        {onRetry ? (
          <button type="button" className="button button--secondary" onClick={onRetry}>
            Sign in again
          </button>
        ) : null}
      </section>
    </main>
  );
}

export function StartingScreen({ label }: { label: string }) {
  return (
    <main className="start-screen">
      <p role="status">{label}</p>
    </main>
  );
}

/** Popup sign-in needs a click: browsers block popups that no person asked for. */
export function SignInScreen({ environment, onSignIn }: { environment: string; onSignIn: () => Promise<void> }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <main className="start-screen">
      <h1>Sign in to Genesys Cloud</h1>
      <p>This app shows 8×8 presence from your Genesys Cloud organization ({environment}).</p>
      {error ? (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      ) : null}
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          setError(null);
          onSignIn().catch((failure: unknown) => {
            setError(failure instanceof Error ? failure.message : 'Signing in failed.');
            setBusy(false);
          });
        }}
      >
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
    </main>
  );
}
