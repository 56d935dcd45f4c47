import { useI18n } from '@/i18n/i18n-context';
import type { MissingPermission } from '@/features/admin/person-answer';
import { PermissionCode } from '@/features/admin/permission-code';

/** One missing permission: its Genesys label, the string beside it, and the org's roles that grant it. */
export function MissingPermissionItem({ missing }: { missing: MissingPermission }) {
  const { t, list } = useI18n();
  return (
    <li className="admin-answer__missing">
      <strong className="admin-answer__label">{missing.label}</strong> <PermissionCode permission={missing.permission} />
      <p>
        {missing.roles.length > 0
          ? t('admin.check.grantedBy', { roles: list(missing.roles.map((role) => role.name)) })
          : t('admin.check.noRole')}
      </p>
    </li>
  );
}
