// Notices above the transfer view's list: someone watched is now available, and favorites or
// recents who lost their UC number.
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
    <Notice key={user.id} tone="info" title={t('transfer.available.title', { name: user.name })}>
      <p>{t('transfer.available.body', { name: user.name })}</p>
      {canTransferTo(user) ? (
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => {
            onTransferNow(user);
          }}
        >
          {t('transfer.available.transferNow')}
        </button>
      ) : null}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          onDismiss(user);
        }}
      >
        {t('transfer.available.dismiss')}
      </button>
    </Notice>
  ));
}

export function PinnedWithoutNumberNotice({
  withoutNumber,
  favorites,
  onRemoveFavorite,
}: {
  /** Pinned people whose UC number is gone: id → the name stored with them. */
  withoutNumber: ReadonlyMap<string, string>;
  favorites: readonly string[];
  onRemoveFavorite: (id: string) => void;
}) {
  const { t } = useI18n();
  if (withoutNumber.size === 0) return null;
  return (
    <Notice tone="warning" title={t('transfer.pinned.withoutNumber.title')}>
      {[...withoutNumber].map(([id, storedName]) => {
        const name = storedName || t('transfer.pinned.unnamedUser');
        return (
          <p key={id}>
            {t('transfer.pinned.withoutNumber.body', { name })}{' '}
            {favorites.includes(id) ? (
              <button
                type="button"
                className="button button--ghost"
                onClick={() => {
                  onRemoveFavorite(id);
                }}
              >
                {t('transfer.pinned.removeFavorite', { name })}
              </button>
            ) : null}
          </p>
        );
      })}
    </Notice>
  );
}
