// "Notify me when available" answered: a notice above the transfer view's list for each watched person who is
// now Available, with "Transfer now" when a transfer may start. Loads with the view's actions (transfer-controls.tsx).
import { useI18n } from '@/i18n/i18n-context';
import { Notice } from '@/ui/notice';
import type { DirectoryUser } from '@/foundations/people/directory-user';

export function AvailableNotices({
  people,
  canTransferTo,
  busy,
  onTransferNow,
  onDismiss,
}: {
  people: readonly DirectoryUser[];
  /** Whether "Transfer now" is offered for a person (permitted, a call to transfer, a number that can be dialled). */
  canTransferTo: (user: DirectoryUser) => boolean;
  busy: boolean;
  onTransferNow: (user: DirectoryUser) => void;
  onDismiss: (user: DirectoryUser) => void;
}) {
  const { t } = useI18n();
  return people.map((user) => (
    <Notice key={user.id} tone="info" title={t('calls.available.title', { name: user.name })}>
      <p>{t('calls.available.body', { name: user.name })}</p>
      {canTransferTo(user) ? (
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => {
            onTransferNow(user);
          }}
        >
          {t('calls.available.transferNow')}
        </button>
      ) : null}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          onDismiss(user);
        }}
      >
        {t('calls.available.dismiss')}
      </button>
    </Notice>
  ));
}
