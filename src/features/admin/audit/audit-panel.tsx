import { useMemo, useState } from 'react';
import { useSession } from '@/genesys/session';
import { describeError } from '@/ui/error-notice';
import { Notice } from '@/ui/notice';
import { FINDING_TITLES, findPersonProblems, type PersonFinding } from '@/features/admin/audit/audit-rules';
import type { AuditUser } from '@/features/admin/audit/audit-user';
import { downloadCsv, toCsv } from '@/ui/csv';
import { PersonDetails } from '@/features/admin/audit/person-details';
import { DEFAULT_STALE_THRESHOLD_MS, presenceHealthOf, type PresenceHealth } from '@/features/admin/audit/presence-health';
import { auditUsersOf } from '@/features/admin/audit/run-audit';
import { useAudit } from '@/features/admin/audit/use-audit';

/** A finding about the org rather than one person (the integration, presence sync). */
export interface OrgFinding {
  title: string;
  problem: string;
  fix: string;
}

const SHOWN_FINDINGS = 500;

function ago(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return 'less than a minute ago';
  if (minutes < 120) return `${String(minutes)} min ago`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${String(hours)} h ago` : `${String(Math.round(hours / 24))} days ago`;
}

export function staleFinding(health: PresenceHealth, now: number): OrgFinding | null {
  if (!health.stale || health.newest === undefined) return null;
  return {
    title: '8×8 presence is not syncing',
    problem: `No 8×8 presence has changed for more than ${String(Math.round(health.thresholdMs / 60_000))} minutes (newest change ${ago(now - health.newest)}): badges show old states.`,
    fix: 'Check the presence OAuth client on the 8×8 side (client credentials with Integration > Presence > All and Presence > All): it is probably disabled, expired or lost its role.',
  };
}

function csvOf(findings: readonly PersonFinding[], orgFindings: readonly OrgFinding[]): string {
  return toCsv([
    ['Finding', 'Person', 'User ID', 'Email', 'State', '8×8 number', 'Problem', 'How to fix'],
      ...orgFindings.map((finding) => [finding.title, '', '', '', '', '', finding.problem, finding.fix]),
      ...findings.map(({ kind, user, problem, fix }) => [
        FINDING_TITLES[kind],
        user.name,
        user.id,
        user.email ?? '',
        user.state,
        user.eightByEightNumber ?? '',
        problem,
        fix,
      ]),
    ],
  );
}

/** Provisioning audit over every user: progress, Cancel and Resume, findings with fixes, CSV. */
export function AuditPanel({ presenceSourceId, orgFindings }: { presenceSourceId: string | null; orgFindings: readonly OrgFinding[] }) {
  const { clientApp } = useSession();
  const audit = useAudit(presenceSourceId);
  const { status, progress, checkpoint, stoppedAt = 0 } = audit.state;
  const [thresholdMinutes, setThresholdMinutes] = useState(DEFAULT_STALE_THRESHOLD_MS / 60_000);
  const [details, setDetails] = useState<AuditUser | null>(null);
  const settled = status !== 'running' && status !== 'cancelling';

  const users = useMemo(() => (settled ? auditUsersOf(checkpoint) : []), [settled, checkpoint]);
  const findings = useMemo(() => findPersonProblems(users), [users]);
  const health = useMemo(() => {
    const dates = [...checkpoint.presenceBatches.values()].flat();
    return status === 'complete' && presenceSourceId ? presenceHealthOf(dates, stoppedAt, Math.max(1, thresholdMinutes) * 60_000) : null;
  }, [checkpoint, status, presenceSourceId, thresholdMinutes, stoppedAt]);
  const stale = health ? staleFinding(health, stoppedAt) : null;
  const allOrgFindings = stale ? [...orgFindings, stale] : orgFindings;

  const pageCount = progress?.pageCount;
  const percent = pageCount ? Math.round((checkpoint.pages.size / pageCount) * 100) : 0;
  const nextPage = pageCount ? Array.from({ length: pageCount }, (_, i) => i + 1).find((page) => !checkpoint.pages.has(page)) : 1;

  return (
    <section className="admin-section" aria-labelledby="admin-audit">
      <h2 id="admin-audit">Provisioning audit</h2>
      <p className="view__summary">
        Reads every user of the org (500 per request, inactive and deleted included) in the background, leaving room for
        everything else the app does, then the 8×8 presence of up to 1,000 of them.
      </p>
      <div className="admin-audit__controls">
        {status === 'running' || status === 'cancelling' ? (
          <button type="button" className="button button--secondary" onClick={audit.cancel} disabled={status === 'cancelling'}>
            {status === 'cancelling' ? 'Cancelling…' : 'Cancel'}
          </button>
        ) : (
          <button type="button" className="button button--primary" onClick={audit.start}>
            {status === 'idle' ? 'Run audit' : 'Run again'}
          </button>
        )}
        {status === 'cancelled' || (status === 'failed' && !audit.state.resumingAutomatically) ? (
          <button type="button" className="button button--secondary" onClick={audit.resume}>
            Resume
          </button>
        ) : null}
        <label className="admin-field admin-field--inline">
          <span>Presence is stale after (minutes)</span>
          <input
            type="number"
            min={1}
            value={thresholdMinutes}
            onChange={(event) => {
              setThresholdMinutes(Number(event.target.value) || 1);
            }}
          />
        </label>
      </div>
      {status !== 'idle' ? (
        <div className="admin-audit__progress">
          <progress aria-label="Audit progress" max={100} value={percent} />
          <p aria-live="polite">
            {progress
              ? `Read ${progress.usersRead.toLocaleString('en')}${progress.total === undefined ? '' : ` of ${progress.total.toLocaleString('en')}`} users (${String(checkpoint.pages.size)} of ${String(pageCount ?? '?')} pages)` +
                (progress.presenceBatchCount > 0 ? `, 8×8 presence ${String(progress.presenceBatchesRead)} of ${String(progress.presenceBatchCount)} requests` : '')
              : 'Starting…'}
          </p>
        </div>
      ) : null}
      {status === 'cancelled' ? (
        <Notice tone="info" title="Audit cancelled">
          <p>
            {checkpoint.pages.size} of {pageCount ?? '?'} pages read. Resume continues from page {nextPage ?? '?'}; findings below cover
            the users read so far.
          </p>
        </Notice>
      ) : null}
      {status === 'failed' ? (
        <Notice tone="warning" title="Audit interrupted">
          <p>
            {describeError(audit.state.error).title}. {checkpoint.pages.size} of {pageCount ?? '?'} pages are kept
            {audit.state.resumingAutomatically ? '; resuming by itself once Genesys Cloud allows more requests.' : '; Resume continues where it stopped.'}
          </p>
        </Notice>
      ) : null}
      {settled && status !== 'idle' ? (
        <>
          {health ? (
            <section className="admin-subsection" aria-label="Presence sync">
              <h3>Presence sync</h3>
              {health.sampled === 0 ? (
                <p>No 8×8 presence was found for the sampled users.</p>
              ) : (
                <p>
                  8×8 presence of {health.sampled} users: newest change {ago(stoppedAt - (health.newest ?? 0))}, median{' '}
                  {ago(stoppedAt - (health.median ?? 0))}.
                </p>
              )}
              {stale ? (
                <Notice tone="error" title={stale.title}>
                  <p>{stale.problem}</p>
                  <p>{stale.fix}</p>
                </Notice>
              ) : null}
            </section>
          ) : null}
          <section className="admin-subsection" aria-label="Findings">
            <h3>
              {findings.length === 0 ? 'No findings' : `${String(findings.length)} ${findings.length === 1 ? 'finding' : 'findings'}`} over{' '}
              {users.length.toLocaleString('en')} users{status === 'complete' ? '' : ' read so far'}
            </h3>
            {findings.length + allOrgFindings.length > 0 ? (
              <button
                type="button"
                className="button button--secondary admin-audit__export"
                onClick={() => {
                  downloadCsv(csvOf(findings, allOrgFindings), '8x8-provisioning-findings.csv');
                }}
              >
                Export CSV
              </button>
            ) : null}
            {findings.length > 0 ? (
              <table className="admin-table admin-findings">
                <caption className="visually-hidden">Provisioning findings</caption>
                <thead>
                  <tr>
                    <th scope="col">Person</th>
                    <th scope="col">Finding</th>
                    <th scope="col">Problem</th>
                    <th scope="col">How to fix</th>
                  </tr>
                </thead>
                <tbody>
                  {findings.slice(0, SHOWN_FINDINGS).map((finding) => (
                    <tr key={`${finding.kind}-${finding.user.id}`}>
                      <td>
                        <button
                          type="button"
                          className="button button--ghost admin-person"
                          dir="auto"
                          onClick={() => {
                            if (!clientApp.showUser(finding.user.id)) setDetails(finding.user);
                          }}
                        >
                          {finding.user.name}
                        </button>
                      </td>
                      <td>{FINDING_TITLES[finding.kind]}</td>
                      <td dir="auto">{finding.problem}</td>
                      <td>{finding.fix}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            {findings.length > SHOWN_FINDINGS ? <p>The first {SHOWN_FINDINGS} are shown; the CSV has all of them.</p> : null}
          </section>
        </>
      ) : null}
      {details ? (
        <PersonDetails
          user={details}
          onClose={() => {
            setDetails(null);
          }}
        />
      ) : null}
    </section>
  );
}
