// The notice above the transfer view's list about favorites and recents who lost their UC number (the notices
// of the actions, available-notices.tsx and the failures, load with the actions: transfer-controls.tsx).
import { useI18n } from '@/i18n/i18n-context';
import { Notice } from '@/ui/notice';

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
