import { LaunchError } from '@/genesys/launch-context';

/** Shown before any session exists: a bad launch URL, a demo that could not start. */
export function StartErrorScreen({ error }: { error: unknown }) {
  const launch = error instanceof LaunchError ? error : null;
  return (
    <main className="start-screen">
      <section className="notice notice--error" role="alert" aria-labelledby="start-error-title">
        <h1 id="start-error-title" className="notice__title">
          {launch ? 'This app was opened with a launch parameter it cannot use' : 'The app could not start'}
        </h1>
        {launch ? (
          <p>
            <code>{launch.parameter}</code> is <code>{launch.value}</code>: {launch.reason}. Check the URL configured for
            this app in Genesys Cloud.
          </p>
        ) : (
          <p>{error instanceof Error ? error.message : String(error)}</p>
        )}
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
