import { Dialog } from '@/ui/dialog';
import type { AuditUser } from '@/features/admin/audit/audit-user';

/** What the audit read about a person, when Genesys Cloud is not there to open their profile. */
export function PersonDetails({ user, onClose }: { user: AuditUser; onClose: () => void }) {
  const rows: [string, string | undefined][] = [
    ['Email', user.email],
    ['Department', user.department],
    ['Title', user.title],
    ['State', user.state],
    ['8×8 number', user.eightByEightNumber === '' ? '(empty)' : user.eightByEightNumber],
    ['Primary phone', user.primaryPhones.join(', ') || undefined],
    ['Signed in to Genesys Cloud', user.signedIn ? 'Yes' : 'Never'],
    ['User ID', user.id],
  ];
  return (
    <Dialog title={<span dir="auto">{user.name}</span>} onClose={onClose}>
      <dl className="user-card__details">
        {rows.map(([label, value]) =>
          value === undefined ? null : (
            <div key={label} className="user-card__detail">
              <dt>{label}</dt>
              <dd dir="auto">{value}</dd>
            </div>
          ),
        )}
      </dl>
      <div className="user-card__actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
