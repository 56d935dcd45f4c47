import { useState } from 'react';
import { Notice } from '@/ui/notice';
import type { EightByEightIntegration } from '@/features/permissions/get-eight-by-eight-integration';
import { BADGE_PERMISSION_FALLBACK, capabilityRequirements, eightByEightPermissionsOf } from '@/features/permissions/permission-model';
import { AuditPanel, type OrgFinding } from '@/features/admin/audit/audit-panel';
import { CapabilityMatrixTable } from '@/features/admin/capability-matrix-table';
import { PersonSearch, type FoundPerson } from '@/features/admin/person-search';
import { RolesOverview } from '@/features/admin/roles-overview';
import '@/features/admin/admin.css';

/** null: the clientapps list has no 8×8 entry (missing or inactive); undefined: not readable by this admin. */
function integrationFinding(integration: EightByEightIntegration | null | undefined): OrgFinding | null {
  if (integration !== null) return null;
  return {
    title: 'The 8×8 integration is missing or inactive',
    problem: 'The UC clientapps list has no active 8×8 entry (integrationPresenceSource EightByEight): nobody sees 8×8 badges.',
    fix: 'In Admin > Integrations, install the 8×8 unified communications integration and set it to Active.',
  };
}

function IntegrationCheck({ integration, finding }: { integration: EightByEightIntegration | null | undefined; finding: OrgFinding | null }) {
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
      <Notice tone="warning" title="The 8×8 integration could not be checked">
        <p>
          Reading it needs <code>{BADGE_PERMISSION_FALLBACK}</code>, which your roles do not include. The checks below use the
          documented default permissions.
        </p>
      </Notice>
    );
  }
  return (
    <dl className="admin-integration" aria-label="8×8 integration">
      <div>
        <dt>Status</dt>
        <dd>Present and active ({integration.name})</dd>
      </div>
      <div>
        <dt>Presence</dt>
        <dd>{integration.polledPresence ? `polled every ${String(integration.pollIntervalSec ?? '?')} s` : 'pushed by 8×8'}</dd>
      </div>
      <div>
        <dt>8×8 permission (pbxPermission)</dt>
        <dd>
          <code>{integration.pbxPermission ?? 'not declared'}</code>
        </dd>
      </div>
      <div>
        <dt>User permissions</dt>
        <dd>
          {integration.userPermissions.length === 0
            ? 'none declared'
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
export function AdminChecks({ integration }: { integration: EightByEightIntegration | null | undefined }) {
  const [picked, setPicked] = useState<FoundPerson | null>(null);
  const requirements = capabilityRequirements(eightByEightPermissionsOf(integration));
  const finding = integrationFinding(integration);
  return (
    <div className="view admin">
      <h1>Admin</h1>
      <p className="view__summary">Who can see 8×8 badges, and is provisioning healthy.</p>

      <section className="admin-section" aria-labelledby="admin-integration">
        <h2 id="admin-integration">8×8 integration</h2>
        <IntegrationCheck integration={integration} finding={finding} />
      </section>

      <section className="admin-section" aria-labelledby="admin-permissions">
        <h2 id="admin-permissions">Badge permissions</h2>
        <CapabilityMatrixTable userId="me" requirements={requirements} />
        <PersonSearch onPick={setPicked} />
        {picked ? <CapabilityMatrixTable key={picked.id} userId={picked.id} requirements={requirements} /> : null}
      </section>

      <section className="admin-section" aria-labelledby="admin-roles">
        <h2 id="admin-roles">Roles</h2>
        <RolesOverview requirements={requirements} />
      </section>

      <AuditPanel presenceSourceId={integration?.id ?? null} orgFindings={finding ? [finding] : []} />
    </div>
  );
}
