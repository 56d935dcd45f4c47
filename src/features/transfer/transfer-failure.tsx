import { Notice } from '@/ui/notice';
import type { TransferCall } from '@/features/transfer/call-model';
import type { TransferAction, TransferFailure } from '@/features/transfer/transfer-actions';

function whatWasTried(action: TransferAction): string {
  switch (action.kind) {
    case 'blind':
      return `transfer the call to ${action.target.name}`;
    case 'consult':
      return `start a consult with ${action.target.name}`;
    case 'speak-to':
      return 'change who you speak to';
    case 'complete':
      return 'complete the consult transfer';
    case 'cancel':
      return 'cancel the consult';
  }
}

/** What happened, in the agent's terms, and what it means for the call. */
export function describeTransferFailure(failure: TransferFailure, call: TransferCall | undefined): { title: string; detail: string } {
  const tried = whatWasTried(failure.action);
  const unchanged = call?.status === 'connected' ? ` Your call with ${call.customerLabel} is still with you, unchanged.` : '';
  switch (failure.kind) {
    case 'call-not-connected':
      return { title: 'The call has ended', detail: `There is no connected call, so nothing was sent when you tried to ${tried}.` };
    case 'no-number':
      return {
        title: `${failure.name} has no 8×8 number`,
        detail: `Genesys Cloud has no 8×8 number for ${failure.name}, so the call cannot go to them. Nothing was sent.${unchanged} An admin can add it (the Other Phone field, provisioned from the directory).`,
      };
    case 'malformed-number':
      return {
        title: `${failure.name}'s 8×8 number cannot be dialled`,
        detail: `“${failure.shown}” is not a complete international number (like +13175550101), so the call could not reach them. Nothing was sent.${unchanged} An admin can correct it in the directory.`,
      };
    case 'request':
      break;
  }
  const { info } = failure;
  if (info.unreachable) {
    return {
      title: 'Genesys Cloud could not be reached',
      detail: `The request to ${tried} got no answer. Check your connection and try again; the call is shown as Genesys Cloud reports it now.`,
    };
  }
  switch (info.status) {
    case 403:
      return {
        title: `Genesys Cloud refused to ${tried}`,
        detail: `${info.message}${unchanged} A Genesys Cloud admin can grant the permission in Admin > Roles / Permissions.`,
      };
    case 429:
      return {
        title: 'Genesys Cloud is limiting requests',
        detail: `Too many requests were made in the last minute, so Genesys Cloud did not ${tried}.${unchanged} Try again in a moment.`,
      };
    case 400:
    case 404:
      if (call && call.status !== 'connected') {
        return {
          title: 'The call ended before the transfer',
          detail: `The call ${call.status === 'transferred' ? 'was already transferred' : 'ended'} while trying to ${tried}, so nothing was transferred.`,
        };
      }
      return { title: `Genesys Cloud could not ${tried}`, detail: `${info.message}${unchanged}` };
    default:
      return { title: `Genesys Cloud could not ${tried}`, detail: `${info.message}${unchanged} Try again.` };
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
  const { title, detail } = describeTransferFailure(failure, call);
  return (
    <Notice tone="error" title={title}>
      <p>{detail}</p>
      <button type="button" className="button button--secondary" onClick={onDismiss}>
        Dismiss
      </button>
    </Notice>
  );
}
