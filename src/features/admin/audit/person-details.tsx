import { useI18n } from '@/i18n/i18n-context';
import { Dialog } from '@/ui/dialog';
import { PhoneNumber, usePhoneFormatter } from '@/ui/phone-format';
import { personName } from '@/features/admin/audit/audit-rules';
import type { AuditUser } from '@/features/admin/audit/audit-user';

/** What the audit read about a person, when Genesys Cloud is not there to open their profile. */
export function PersonDetails({ user, onClose }: { user: AuditUser; onClose: () => void }) {
  const { t, list } = useI18n();
  const formatNumber = usePhoneFormatter();
  const number = user.ucNumber;
  const rows: [string, React.ReactNode][] = [
    [t('admin.person.email'), user.email],
    [t('admin.person.department'), user.department],
    [t('admin.person.title'), user.title],
    [t('admin.person.state'), t('admin.person.stateValue', { state: user.state })],
    [
      t('admin.person.ucNumber'),
      number === undefined ? undefined : number === '' ? t('admin.person.emptyNumber') : <PhoneNumber value={number} />,
    ],
    [t('admin.person.primaryPhone'), user.primaryPhones.length > 0 ? list(user.primaryPhones.map(formatNumber)) : undefined],
    [t('admin.person.signedIn'), user.signedIn ? t('admin.person.signedInYes') : t('admin.person.signedInNever')],
    [t('admin.person.userId'), user.id],
  ];
  return (
    <Dialog title={<span dir="auto">{personName(user, t)}</span>} onClose={onClose}>
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
          {t('admin.person.close')}
        </button>
      </div>
    </Dialog>
  );
}
