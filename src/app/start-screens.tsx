import { useState } from 'react';
import { LaunchError, launchReasonKey } from '@/genesys/launch-context';
import { UserFacingError } from '@/genesys/user-facing-error';
import { useI18n } from '@/i18n/i18n-context';
import type { Translator } from '@/i18n/translator';
import { errorText } from '@/ui/error-notice';

function describe(error: unknown, t: Translator['t']): { title: string; detail: string } {
  if (error instanceof LaunchError) {
    return {
      title: t('app.start.launchError.title'),
      detail: t('app.start.launchError.detail', {
        parameter: error.parameter,
        value: error.value,
        reason: t(launchReasonKey(error.reason.code), error.reason.params),
      }),
    };
  }
  return { title: t('app.start.failed'), detail: errorText(error, t) };
}

/** Shown before any session exists: a bad launch URL, a failed sign-in, a demo that could not start. */
export function StartErrorScreen({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const { title, detail } = describe(error, t);
  return (
    <main className="start-screen">
      <section className="notice notice--error" role="alert" aria-labelledby="start-error-title">
        <h1 id="start-error-title" className="notice__title">
          {title}
        </h1>
        <p>{detail}</p>
        {onRetry ? (
          <button type="button" className="button button--secondary" onClick={onRetry}>
            {t('app.action.signInAgain')}
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

/**
 * Popup sign-in needs a click: browsers block popups that no person asked for. `storageBlocked`
 * says why the popup is used and that the sign-in lasts only until the page closes.
 */
export function SignInScreen({
  environment,
  storageBlocked = false,
  onSignIn,
}: {
  environment: string;
  storageBlocked?: boolean;
  onSignIn: () => Promise<void>;
}) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  return (
    <main className="start-screen">
      <h1>{t('app.signIn.title')}</h1>
      <p>{t('app.signIn.body', { environment })}</p>
      {storageBlocked ? <p>{t('app.signIn.storageBlocked')}</p> : null}
      {error !== null ? (
        <p role="alert" className="notice notice--error">
          {errorText(error, t)}
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
            setError(failure instanceof Error ? failure : new UserFacingError('app.signIn.failed'));
            setBusy(false);
          });
        }}
      >
        {busy ? t('app.signIn.busy') : t('app.signIn.button')}
      </button>
    </main>
  );
}
