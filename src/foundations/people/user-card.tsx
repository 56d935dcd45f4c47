import { useEffect, useRef } from 'react';
import { useSession } from '@/genesys/session';
import { useI18n } from '@/i18n/i18n-context';
import { Avatar } from '@/ui/avatar';
import { Dialog } from '@/ui/dialog';
import { PhoneNumber } from '@/ui/phone-format';
import { DirectoryPresence } from '@/foundations/people/directory-presence';
import type { DirectoryUser } from '@/foundations/people/directory-user';
import { useUserName } from '@/foundations/people/get-user-name';

function Detail({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="user-card__detail">
      <dt>{label}</dt>
      <dd dir="auto">{children}</dd>
    </div>
  );
}

/** Details of one UC user, with a way into their Genesys Cloud profile when Genesys frames the app. */
export function UserCard({
  user,
  withPresence,
  onClose,
  actions,
  panel,
}: {
  user: DirectoryUser;
  withPresence: boolean;
  onClose: () => void;
  /** A view's own buttons, before Close (the board: add to or remove from the saved selection). */
  actions?: React.ReactNode;
  /** A view's own block between the details and the buttons (the directory: transfer the agent's call to this person). */
  panel?: React.ReactNode;
}) {
  const { clientApp } = useSession();
  const { t } = useI18n();
  const manager = useUserName(user.managerId);
  const panelRef = useRef<HTMLDivElement>(null);
  const buttonsRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The card opens on its own buttons, panel or not: the Enter that opened it, pressed again, must not transfer a call.
    if (panelRef.current?.contains(document.activeElement)) buttonsRef.current?.querySelector('button')?.focus();
  }, []);
  return (
    <Dialog
      title={
        <span className="user-card__heading">
          <Avatar name={user.name} size="large" />
          <span dir="auto">{user.name}</span>
        </span>
      }
      onClose={onClose}
    >
      <dl className="user-card__details">
        {user.title ? <Detail label={t('people.card.title')}>{user.title}</Detail> : null}
        {user.department ? <Detail label={t('people.card.department')}>{user.department}</Detail> : null}
        {user.email ? <Detail label={t('people.card.email')}>{user.email}</Detail> : null}
        <Detail label={t('people.card.number')}>
          <PhoneNumber value={user.ucAddress} />
        </Detail>
        {user.managerId ? (
          <Detail label={t('people.card.manager')}>
            {manager.data || (manager.isPending ? t('people.card.loading') : t('people.card.notAvailable'))}
          </Detail>
        ) : null}
        {withPresence ? (
          <Detail label={t('people.card.presence')}>
            <DirectoryPresence user={user} showDuration />
            {user.presence?.message ? <span className="user-card__message">{user.presence.message}</span> : null}
          </Detail>
        ) : null}
      </dl>
      {panel ? <div ref={panelRef}>{panel}</div> : null}
      <div ref={buttonsRef} className="user-card__actions">
        {clientApp.embedded ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              clientApp.showUser(user.id);
            }}
          >
            {t('people.card.openInGenesys')}
          </button>
        ) : null}
        {actions}
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('people.card.close')}
        </button>
      </div>
    </Dialog>
  );
}
