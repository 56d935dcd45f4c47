import { useI18n } from '@/i18n/i18n-context';
import type { Translator } from '@/i18n/translator';
import { Notice } from '@/ui/notice';
import { customerLabelOf, type TransferCall } from '@/foundations/calls/call-model';
import type { TransferAction, TransferFailure } from '@/foundations/calls/transfer-actions';

/**
 * The params every failure message may use: what was tried ({action}, with the target's {name}) and
 * whether the call is still the agent's ({unchanged}, with the caller as {customer}). The messages
 * choose their wording from these (ICU select), so each language words the whole sentence itself.
 */
function failureParams(t: Translator['t'], action: TransferAction, call: TransferCall | undefined) {
  const connected = call?.status === 'connected';
  return {
    action: action.kind,
    name: action.kind === 'blind' || action.kind === 'consult' ? action.target.name : '',
    unchanged: connected ? 'yes' : 'no',
    customer: call && connected ? customerLabelOf(call, t) : '',
  };
}

/** What happened, in the agent's terms, and what it means for the call. */
export function describeTransferFailure(
  t: Translator['t'],
  failure: TransferFailure,
  call: TransferCall | undefined,
): { title: string; detail: string } {
  const params = failureParams(t, failure.action, call);
  switch (failure.kind) {
    case 'call-not-connected':
      return { title: t('calls.failure.callEnded.title'), detail: t('calls.failure.callEnded.detail', params) };
    case 'no-number':
      return {
        title: t('calls.failure.noNumber.title', { name: failure.name }),
        detail: t('calls.failure.noNumber.detail', { ...params, name: failure.name }),
      };
    case 'malformed-number':
      return {
        title: t('calls.failure.malformedNumber.title', { name: failure.name }),
        detail: t('calls.failure.malformedNumber.detail', { ...params, shown: failure.shown }),
      };
    case 'request':
      break;
  }
  const { info } = failure;
  const withMessage = { ...params, message: info.message };
  if (info.unreachable) {
    return { title: t('calls.failure.unreachable.title'), detail: t('calls.failure.unreachable.detail', params) };
  }
  switch (info.status) {
    case 403:
      return { title: t('calls.failure.refused.title', params), detail: t('calls.failure.refused.detail', withMessage) };
    case 429:
      return { title: t('calls.failure.rateLimited.title'), detail: t('calls.failure.rateLimited.detail', params) };
    case 400:
    case 404:
      if (call && call.status !== 'connected') {
        return {
          title: t('calls.failure.endedBefore.title'),
          detail: t('calls.failure.endedBefore.detail', { ...params, status: call.status }),
        };
      }
      return { title: t('calls.failure.couldNot.title', params), detail: t('calls.failure.couldNot.detail', withMessage) };
    default:
      return { title: t('calls.failure.couldNot.title', params), detail: t('calls.failure.couldNot.detailRetry', withMessage) };
  }
}

export function TransferFailureNotice({
  failure,
  call,
  onDismiss,
}: {
  failure: TransferFailure;
  call: TransferCall | undefined;
  onDismiss: () => void;
}) {
  const { t } = useI18n();
  const { title, detail } = describeTransferFailure(t, failure, call);
  return (
    <Notice tone="error" title={title}>
      <p>{detail}</p>
      <button type="button" className="button button--secondary" onClick={onDismiss}>
        {t('calls.failure.dismiss')}
      </button>
    </Notice>
  );
}
