import { useSession } from '@/genesys/session';
import { Avatar } from '@/ui/avatar';
import { Dialog } from '@/ui/dialog';
import { DirectoryPresence } from '@/features/people/directory-presence';
import type { DirectoryUser } from '@/features/people/directory-user';
import { useUserName } from '@/features/people/get-user-name';

function Detail({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="user-card__detail">
      <dt>{label}</dt>
      <dd dir="auto">{children}</dd>
    </div>
  );
}

/** Details of one 8×8 user, with a way into their Genesys Cloud profile when Genesys frames the app. */
export function UserCard({
  user,
  withPresence,
  onClose,
  actions,
}: {
  user: DirectoryUser;
  withPresence: boolean;
  onClose: () => void;
  /** A view's own buttons, before Close (the board: add to or remove from the saved selection). */
  actions?: React.ReactNode;
}) {
  const { clientApp } = useSession();
  const manager = useUserName(user.managerId);
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
        {user.title ? <Detail label="Title">{user.title}</Detail> : null}
        {user.department ? <Detail label="Department">{user.department}</Detail> : null}
        {user.email ? <Detail label="Email">{user.email}</Detail> : null}
        <Detail label="8×8 number">{user.eightByEightNumber}</Detail>
        {user.managerId ? (
          <Detail label="Manager">{manager.data ?? (manager.isError ? 'Not available' : 'Loading…')}</Detail>
        ) : null}
        {withPresence ? (
          <Detail label="Presence">
            <DirectoryPresence user={user} showDuration />
            {user.presence?.message ? <span className="user-card__message">{user.presence.message}</span> : null}
          </Detail>
        ) : null}
      </dl>
      <div className="user-card__actions">
        {clientApp.embedded ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              clientApp.showUser(user.id);
            }}
          >
            Open in Genesys Cloud
          </button>
        ) : null}
        {actions}
        <button type="button" className="button button--secondary" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
