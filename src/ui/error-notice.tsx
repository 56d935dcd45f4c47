import { genesysErrorInfo, MalformedAnswerError } from '@/genesys/api-answer';
import { UserFacingError } from '@/genesys/user-facing-error';
import { useI18n } from '@/i18n/i18n-context';
import type { Translator } from '@/i18n/translator';
import { Notice } from '@/ui/notice';

type Translate = Translator['t'];

/** What went wrong, as one sentence in the person's language (the platform's own messages stay as Genesys wrote them). */
export function errorText(error: unknown, t: Translate): string {
  if (error instanceof UserFacingError) return t(error.messageKey, error.messageParams);
  if (error instanceof MalformedAnswerError) return t('app.error.malformed', { operation: error.operation, detail: error.detail });
  if (typeof error === 'string') return error;
  const info = genesysErrorInfo(error);
  const hasMessage = typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string';
  return hasMessage ? info.message : t('app.error.noAnswer');
}

/** A title and a sentence for any failure, in the person's terms and language. */
export function describeError(error: unknown, t: Translate): { title: string; detail: string } {
  if (typeof navigator !== 'undefined' && !navigator.onLine) {
    return { title: t('app.error.offline.title'), detail: t('app.error.offline.detail') };
  }
  const info = genesysErrorInfo(error);
  if (info.unreachable) {
    return { title: t('app.error.unreachable.title'), detail: t('app.error.unreachable.detail') };
  }
  switch (info.status) {
    case 401:
      return { title: t('app.error.sessionEnded.title'), detail: t('app.error.sessionEnded.detail') };
    case 403:
      return { title: t('app.error.refused.title'), detail: errorText(error, t) };
    case 429:
      return { title: t('app.error.rateLimited.title'), detail: t('app.error.rateLimited.detail') };
    default:
      return { title: t('app.error.other.title'), detail: errorText(error, t) };
  }
}

export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const { title, detail } = describeError(error, t);
  return (
    <Notice tone="error" title={title}>
      <p>{detail}</p>
      {onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('app.error.tryAgain')}
        </button>
      ) : null}
    </Notice>
  );
}
