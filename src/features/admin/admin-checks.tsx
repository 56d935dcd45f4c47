// src/features/admin: the admin view: who can see badges and why not (capability matrix, roles), and the
// provisioning audit (audit/). The person check, first, answers for anyone in the org.
import { useI18n } from '@/i18n/i18n-context';
import type { Translator } from '@/i18n/translator';
import { LoadingSection, Notice } from '@/ui/notice';
import type { UcIntegration } from '@/foundations/permissions/get-uc-integration';
import { BADGE_PERMISSION_FALLBACK, ucPermissionsOf } from '@/foundations/permissions/permission-model';
import type { OrgFinding } from '@/features/admin/audit/audit-panel';
import { CapabilityMatrixTable } from '@/features/admin/capability-matrix-table';
import { RolesOverview } from '@/features/admin/roles-overview';
import { lazyWithAreas } from '@/i18n/lazy-with-areas';
import { AfterFirstContent } from '@/ui/first-content-mark';
import { RichText } from '@/ui/rich-text';
import '@/features/admin/admin.css';
import { PermissionCode } from '@/features/admin/permission-code';
import { useUc } from '@/foundations/permissions/uc-context';

// The person check's search and the audit are tools the admin starts: their code (the people picker and list, the
// audit's reader and rules) loads after the view's first content, the tables of the admin's own permissions.
const personCheck = lazyWithAreas(async () => (await import('@/features/admin/admin-tools')).PersonCheck, []);
const auditPanel = lazyWithAreas(async () => (await import('@/features/admin/admin-tools')).AuditPanel, []);

/** The person search's box until its code is here: the same box, not yet usable. */
function PersonSearchPlaceholder() {
  const { t } = useI18n();
  return (
    <div className="admin-search" aria-busy="true">
      <div className="search-field">
        <span className="search-field__icon" aria-hidden="true" />
        <input
          className="search-field__input"
          type="text"
          aria-label={t('admin.search.label')}
          placeholder={t('admin.search.placeholder')}
          disabled
        />
      </div>
    </div>
  );
}

/** The audit's section until its code is here. */
function AuditPlaceholder() {
  const { t } = useI18n();
  return (
    <LoadingSection
      className="admin-section"
      headingId="admin-audit"
      heading={t('admin.audit.heading')}
      label={t('admin.page.loadingChecks')}
    />
  );
}

/** null: the clientapps list has no entry for the served integration (missing or inactive); undefined: not readable by this admin. */
function integrationFinding(integration: UcIntegration | null | undefined, t: Translator['t']): OrgFinding | null {
  if (integration !== null) return null;
  return {
    title: t('admin.integration.missing.title'),
    problem: t('admin.integration.missing.problem'),
    fix: t('admin.integration.missing.fix'),
  };
}

function IntegrationCheck({ integration, finding }: { integration: UcIntegration | null | undefined; finding: OrgFinding | null }) {
  const { t, age } = useI18n();
  const uc = useUc();
  if (finding) {
    return (
      <Notice tone="error" title={finding.title}>
        <p>{finding.problem}</p>
        <p>{finding.fix}</p>
      </Notice>
    );
  }
  if (integration === undefined || integration === null) {
    return (
      <Notice tone="warning" title={t('admin.integration.unchecked.title')}>
        <p>
          <RichText text={t('admin.integration.unchecked.body')} slots={{ permission: <code>{BADGE_PERMISSION_FALLBACK}</code> }} />
        </p>
      </Notice>
    );
  }
  return (
    <dl className="admin-integration" aria-label={t('admin.integration.heading')}>
      <div>
        <dt>{t('admin.integration.status')}</dt>
        <dd>{t('admin.integration.statusValue', { name: integration.name ?? uc.name })}</dd>
      </div>
      <div>
        <dt>{t('admin.integration.presence')}</dt>
        <dd>
          {!(integration.polledPresence ?? uc.polledPresenceDefault)
            ? t('admin.integration.pushed')
            : integration.pollIntervalSec === undefined
              ? t('admin.integration.polledUnknown')
              : t('admin.integration.polledEvery', { interval: age(integration.pollIntervalSec) })}
        </dd>
      </div>
      <div>
        <dt>{t('admin.integration.pbxPermission')}</dt>
        <dd>
          {integration.pbxPermission === undefined ? (
            t('admin.integration.notDeclared')
          ) : (
            <PermissionCode permission={integration.pbxPermission} />
          )}
        </dd>
      </div>
      <div>
        <dt>{t('admin.integration.userPermissions')}</dt>
        <dd>
          {integration.userPermissions.length === 0
            ? t('admin.integration.noneDeclared')
            : integration.userPermissions.map((permission) => (
                <code key={permission} className="admin-integration__permission">
                  {permission}
                </code>
              ))}
        </dd>
      </div>
    </dl>
  );
}

/** The admin view's content, loaded on demand (it carries the phone-number metadata). */
export function AdminChecks({ integration }: { integration: UcIntegration | null | undefined }) {
  const { t } = useI18n();
  const uc = ucPermissionsOf(useUc(), integration);
  const finding = integrationFinding(integration, t);
  return (
    <div className="view admin">
      <h1>{t('admin.checks.title')}</h1>
      <p className="view__summary">{t('admin.checks.summary')}</p>

      <section className="admin-section admin-check" aria-labelledby="admin-check">
        <h2 id="admin-check">{t('admin.search.label')}</h2>
        <p className="view__summary">{t('admin.check.lead')}</p>
        <AfterFirstContent placeholder={<PersonSearchPlaceholder />}>
          <personCheck.Component uc={uc} />
        </AfterFirstContent>
      </section>

      <section className="admin-section" aria-labelledby="admin-integration">
        <h2 id="admin-integration">{t('admin.integration.heading')}</h2>
        <IntegrationCheck integration={integration} finding={finding} />
      </section>

      <section className="admin-section" aria-labelledby="admin-permissions">
        <h2 id="admin-permissions">{t('admin.checks.permissionsHeading')}</h2>
        <CapabilityMatrixTable userId="me" uc={uc} />
      </section>

      <section className="admin-section" aria-labelledby="admin-roles">
        <h2 id="admin-roles">{t('admin.checks.rolesHeading')}</h2>
        <RolesOverview uc={uc} />
      </section>

      <AfterFirstContent placeholder={<AuditPlaceholder />}>
        <auditPanel.Component presenceSourceId={integration?.id ?? null} orgFindings={finding ? [finding] : []} />
      </AfterFirstContent>
    </div>
  );
}
