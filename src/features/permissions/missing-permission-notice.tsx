import { Notice } from '@/ui/notice';

/** Says which permissions are missing and who can grant them. */
export function MissingPermissionNotice({ title, missing }: { title: string; missing: readonly string[] }) {
  return (
    <Notice tone="warning" title={title}>
      <p>
        Your Genesys Cloud role does not include{' '}
        {missing.map((permission, i) => (
          <span key={permission}>
            {i > 0 ? ' and ' : null}
            <code>{permission}</code>
          </span>
        ))}
        . A Genesys Cloud admin can grant it in Admin &gt; Roles / Permissions.
      </p>
    </Notice>
  );
}
