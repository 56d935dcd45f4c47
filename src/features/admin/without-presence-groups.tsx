// The people who transfer but cannot see UC presence, grouped by what they lack: each group's
// count, missing permissions and fix said once, then the names.
import { useI18n } from '@/i18n/i18n-context';
import { MissingPermissionItem } from '@/features/admin/missing-permission-item';
import { rolesGrantingNarrowestFirst } from '@/features/admin/person-answer';
import { permissionLabel } from '@/features/admin/permission-labels';
import type { Role } from '@/features/admin/role-queries';

export interface PersonLacking {
  id: string;
  missing: string[];
}

interface MissingGroup {
  missing: string[];
  count: number;
  /** The names shown (those read), sorted. */
  names: string[];
}

/** Groups by the exact set missing, the largest first; names only for the people in `named`. */
function groupsOf(
  everyone: readonly PersonLacking[],
  named: ReadonlyMap<string, string>,
  compare: (a: string, b: string) => number,
): MissingGroup[] {
  const groups = new Map<string, MissingGroup>();
  for (const person of everyone) {
    const key = person.missing.join(' ');
    const group = groups.get(key) ?? { missing: person.missing, count: 0, names: [] };
    group.count += 1;
    const name = named.get(person.id);
    if (name !== undefined) group.names.push(name);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((group) => ({ ...group, names: group.names.sort(compare) }))
    .sort((a, b) => b.count - a.count || a.missing.length - b.missing.length);
}

export function WithoutPresenceGroups({
  everyone,
  named,
  allRoles,
}: {
  everyone: readonly PersonLacking[];
  /** Id to the name shown (the id itself when the name could not be read), for the people listed. */
  named: ReadonlyMap<string, string>;
  allRoles: readonly Role[];
}) {
  const { t, list, compare } = useI18n();
  return (
    <>
      <p>{t('admin.roles.withoutBadges.summary', { count: everyone.length })}</p>
      {groupsOf(everyone, named, compare).map((group) => {
        const title = t('admin.roles.withoutBadges.group', { labels: list(group.missing.map(permissionLabel)) });
        return (
          <section key={group.missing.join(' ')} className="admin-group" aria-label={title}>
            <h4>
              {title} <span className="admin-group__count">{t('admin.roles.withoutBadges.groupCount', { count: group.count })}</span>
            </h4>
            <ul className="admin-answer__missing-list">
              {group.missing.map((permission) => (
                <MissingPermissionItem
                  key={permission}
                  missing={{
                    permission,
                    label: permissionLabel(permission),
                    roles: rolesGrantingNarrowestFirst(allRoles, permission, compare),
                  }}
                />
              ))}
            </ul>
            <p className="admin-group__fix">{t('admin.roles.withoutBadges.fix', { count: group.missing.length })}</p>
            <ul
              className="admin-people"
              aria-label={t('admin.roles.withoutBadges.people', { labels: list(group.missing.map(permissionLabel)) })}
            >
              {group.names.map((name, index) => (
                <li key={`${String(index)}-${name}`}>{name}</li>
              ))}
            </ul>
            {group.count > group.names.length ? (
              <p>{t('admin.roles.withoutBadges.more', { count: group.count - group.names.length })}</p>
            ) : null}
          </section>
        );
      })}
    </>
  );
}
