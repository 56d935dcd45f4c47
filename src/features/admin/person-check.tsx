// "Check a person": the answer first (may they see UC presence), what is missing in Genesys Cloud's
// own labels, the roles that grant it and where to assign them; the full capability table below.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useSession } from '@/genesys/session';
import { useI18n } from '@/i18n/i18n-context';
import { ErrorNotice } from '@/ui/error-notice';
import { Loading } from '@/ui/notice';
import type { UcPermissions } from '@/foundations/permissions/permission-model';
import type { DirectoryUser } from '@/foundations/people/directory-user';
import { CapabilityMatrixTable } from '@/features/admin/capability-matrix-table';
import { personAdminLink } from '@/features/admin/genesys-admin-link';
import { MissingPermissionItem } from '@/features/admin/missing-permission-item';
import { personAnswerOf } from '@/features/admin/person-answer';
import { PersonSearch } from '@/features/admin/person-search';
import { rolesQuery } from '@/features/admin/role-queries';
import { subjectAuthorizationQuery } from '@/features/admin/subject-authorization';

/** Where to assign the role: a link into Genesys Cloud when embedded, otherwise why there is none. */
function NextStep({ userId, name, count }: { userId: string; name: string; count: number }) {
  const { launch } = useSession();
  const { t } = useI18n();
  const link = personAdminLink(launch, userId);
  return (
    <div className="admin-answer__next">
      <p>{t('admin.check.next', { name, count })}</p>
      {link.kind === 'link' ? (
        // A new tab: leaving the frame would take the admin out of what they had open in Genesys Cloud.
        <a className="button button--secondary" href={link.href} target="_blank" rel="noopener noreferrer">
          {t('admin.check.open', { name })}
        </a>
      ) : (
        <p className="view__summary">{t(link.kind === 'demo' ? 'admin.check.noLinkDemo' : 'admin.check.noLinkHost')}</p>
      )}
    </div>
  );
}

/** The answer for one person, allowed or not first. */
function PersonAnswerCard({ userId, uc, onVerdict }: { userId: string; uc: UcPermissions; onVerdict: (verdict: string) => void }) {
  const { apis } = useSession();
  const { t, compare } = useI18n();
  const subject = useQuery(subjectAuthorizationQuery(apis, userId));
  const roles = useQuery(rolesQuery(apis));
  const answer = subject.data && roles.data ? personAnswerOf(uc, subject.data.permissions, roles.data, compare) : null;
  const name = subject.data?.name ?? '';
  const allowed = answer?.missing.length === 0;
  const verdict =
    answer === null
      ? ''
      : allowed
        ? t('admin.check.verdictAllowed', { name })
        : t('admin.check.verdictBlocked', { name, count: answer.missing.length });
  // The answer appears below the picker: say it to screen readers too, once per person.
  useEffect(() => {
    if (verdict !== '') onVerdict(verdict);
  }, [verdict, onVerdict]);
  if (subject.isError) return <ErrorNotice error={subject.error} onRetry={() => void subject.refetch()} />;
  if (roles.isError) return <ErrorNotice error={roles.error} onRetry={() => void roles.refetch()} />;
  if (subject.isPending || roles.isPending || answer === null) return <Loading label={t('admin.matrix.loading')} />;
  return (
    <article className={`admin-answer admin-answer--${allowed ? 'ok' : 'missing'}`} aria-label={t('admin.check.answer', { name })}>
      <p className="admin-answer__verdict">{verdict}</p>
      <ul className="admin-answer__capabilities" aria-label={t('admin.check.capabilities', { name })}>
        {answer.capabilities.map((capability) => (
          <li key={capability.capability}>
            {t(capability.labelKey)}:{' '}
            <span className={`admin-status admin-status--${capability.allowed ? 'ok' : 'missing'}`}>
              {t(capability.allowed ? 'admin.matrix.allowed' : 'admin.matrix.notAllowed')}
            </span>
          </li>
        ))}
      </ul>
      {allowed ? null : (
        <>
          <h3>{t('admin.check.missingHeading')}</h3>
          <ul className="admin-answer__missing-list" aria-label={t('admin.check.missingHeading')}>
            {answer.missing.map((missing) => (
              <MissingPermissionItem key={missing.permission} missing={missing} />
            ))}
          </ul>
          <NextStep userId={subject.data.id} name={name} count={answer.missing.length} />
        </>
      )}
    </article>
  );
}

/**
 * The person picker at the top of the view, the answer under it, then every capability of that person. It loads
 * after the view's first content (admin-checks.tsx draws its heading and a placeholder of the box until then).
 */
export function PersonCheck({ uc }: { uc: UcPermissions }) {
  const [picked, setPicked] = useState<DirectoryUser | null>(null);
  const [announcement, setAnnouncement] = useState('');
  return (
    <>
      <PersonSearch
        onPick={(person) => {
          setAnnouncement('');
          setPicked(person);
        }}
      />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {picked ? (
        <div key={picked.id} className="admin-check__result">
          <PersonAnswerCard userId={picked.id} uc={uc} onVerdict={setAnnouncement} />
          <CapabilityMatrixTable userId={picked.id} uc={uc} />
        </div>
      ) : null}
    </>
  );
}
