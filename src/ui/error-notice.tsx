import { genesysErrorInfo } from '@/genesys/api-answer';
import { Notice } from '@/ui/notice';

/** A title and a sentence for any failure, in the person's terms. */
export function describeError(error: unknown): { title: string; detail: string } {
  if (typeof navigator !== 'undefined' && !navigator.onLine) {
    return { title: 'You are offline', detail: 'Check your network connection; the app retries when you are back.' };
  }
  const info = genesysErrorInfo(error);
  if (info.unreachable) {
    return { title: 'Genesys Cloud could not be reached', detail: 'The request did not get an answer. Try again.' };
  }
  switch (info.status) {
    case 401:
      return { title: 'Your Genesys Cloud session has ended', detail: 'Sign in again to continue.' };
    case 403:
      return { title: 'Genesys Cloud refused this request', detail: info.message };
    case 429:
      return {
        title: 'Genesys Cloud is limiting requests',
        detail: 'Too many requests were made in the last minute. Try again shortly.',
      };
    default:
      return { title: 'Something went wrong talking to Genesys Cloud', detail: info.message };
  }
}

export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { title, detail } = describeError(error);
  return (
    <Notice tone="error" title={title}>
      <p>{detail}</p>
      {onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </Notice>
  );
}
