// src/features/admin/audit: the provisioning audit: every user read once, checked against the rules for UC
// numbers and presence (audit-rules), shown by finding with CSV export.
import { useEffect, useMemo, useState } from 'react';
import { useSession } from '@/genesys/session';
import { useI18n } from '@/i18n/i18n-context';
import type { Translator } from '@/i18n/translator';
import { describeError } from '@/ui/error-notice';
import { Loading, Notice } from '@/ui/notice';
import { loadedPhoneFormatter, loadPhoneFormatter, type PhoneFormatter } from '@/ui/phone-format';
import {
  FINDING_TITLE_KEYS,
  findPersonProblems,
  findingText,
  personName,
  type FindingMessage,
  type PersonFinding,
} from '@/features/admin/audit/audit-rules';
import type { AuditUser } from '@/features/admin/audit/audit-user';
import { csvSeparator, downloadCsv, toCsv } from '@/ui/csv';
import { FindingGroups } from '@/features/admin/audit/finding-groups';
import { PersonDetails } from '@/features/admin/audit/person-details';
import { DEFAULT_STALE_THRESHOLD_MS, presenceHealthOf, type PresenceHealth } from '@/features/admin/audit/presence-health';
import { AUDIT_PAGE_SIZE, PRESENCE_SAMPLE_SIZE, auditUsersOf } from '@/features/admin/audit/run-audit';
import { useAudit, type AuditRunState } from '@/features/admin/audit/use-audit';

/** A finding about the org rather than one person (the integration, presence sync), worded in the person's language. */
export interface OrgFinding {
  title: string;
  problem: string;
  fix: string;
}

function ago(ms: number, t: Translator['t']): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return t('admin.audit.ago.underMinute');
  if (minutes < 120) return t('admin.audit.ago.minutes', { minutes });
  const hours = Math.round(minutes / 60);
  return hours < 48 ? t('admin.audit.ago.hours', { hours }) : t('admin.audit.ago.days', { days: Math.round(hours / 24) });
}

export function staleFinding(health: PresenceHealth, now: number, t: Translator['t']): OrgFinding | null {
  if (!health.stale || health.newest === undefined) return null;
  return {
    title: t('admin.sync.stale.title'),
    problem: t('admin.sync.stale.problem', { minutes: Math.round(health.thresholdMs / 60_000), newest: ago(now - health.newest, t) }),
    fix: t('admin.sync.stale.fix'),
  };
}

/**
 * A finding's problem as shown on screen, its numbers written for people. An invalid number is
 * quoted as stored (that is what to find and fix), and the CSV keeps every number as stored.
 */
function shownProblem(finding: PersonFinding, format: (address: string) => string): FindingMessage {
  if (finding.kind === 'invalid-number' || finding.problem.values === undefined) return finding.problem;
  const values = Object.fromEntries(
    Object.entries(finding.problem.values).map(([name, value]) => [
      name,
      name === 'number' && typeof value === 'string'
        ? format(value)
        : typeof value === 'object' && 'numbers' in value
          ? { numbers: value.numbers.map(format) }
          : value,
    ]),
  );
  return { ...finding.problem, values };
}

function csvOf(findings: readonly PersonFinding[], orgFindings: readonly OrgFinding[], translator: Translator): string {
  const { t } = translator;
  const rows: (readonly string[])[] = [
    [
      t('admin.findings.finding'),
      t('admin.findings.person'),
      t('admin.person.userId'),
      t('admin.person.email'),
      t('admin.person.state'),
      t('admin.person.ucNumber'),
      t('admin.findings.problem'),
      t('admin.findings.fix'),
    ],
    ...orgFindings.map((finding) => [finding.title, '', '', '', '', '', finding.problem, finding.fix]),
    ...findings.map(({ kind, user, problem, fix }) => [
      t(FINDING_TITLE_KEYS[kind]),
      personName(user, t),
      user.id,
      user.email ?? '',
      t('admin.person.stateValue', { state: user.state }),
      user.ucNumber ?? '',
      findingText(problem, translator),
      findingText(fix, translator),
    ]),
  ];
  // The separator the person's spreadsheet splits on (`;` where decimals take a comma).
  return toCsv(rows, csvSeparator(translator.locale));
}

/** Run or Cancel, Resume after a stop the audit will not recover from by itself, and the stale-presence threshold. */
function AuditControls({
  audit,
  thresholdMinutes,
  onThresholdMinutes,
}: {
  audit: ReturnType<typeof useAudit>;
  thresholdMinutes: number;
  onThresholdMinutes: (minutes: number) => void;
}) {
  const { t } = useI18n();
  const { status } = audit.state;
  return (
    <div className="admin-audit__controls">
      {status === 'running' || status === 'cancelling' ? (
        <button type="button" className="button button--secondary" onClick={audit.cancel} disabled={status === 'cancelling'}>
          {status === 'cancelling' ? t('admin.audit.cancelling') : t('admin.audit.cancel')}
        </button>
      ) : (
        <button type="button" className="button button--primary" onClick={audit.start}>
          {status === 'idle' ? t('admin.audit.run') : t('admin.audit.runAgain')}
        </button>
      )}
      {status === 'cancelled' || (status === 'failed' && !audit.state.resumingAutomatically) ? (
        <button type="button" className="button button--secondary" onClick={audit.resume}>
          {t('admin.audit.resume')}
        </button>
      ) : null}
      <label className="admin-field admin-field--inline">
        <span>{t('admin.audit.threshold')}</span>
        <input
          type="number"
          min={1}
          value={thresholdMinutes}
          onChange={(event) => {
            onThresholdMinutes(Number(event.target.value) || 1);
          }}
        />
      </label>
    </div>
  );
}

/** The run's progress bar and wording, and why it stopped when it was cancelled or interrupted. */
function AuditRunStatus({ state }: { state: AuditRunState }) {
  const { t } = useI18n();
  const { status, progress, checkpoint } = state;
  const pageCount = progress?.pageCount;
  const percent = pageCount ? Math.round((checkpoint.pages.size / pageCount) * 100) : 0;
  const nextPage = pageCount ? Array.from({ length: pageCount }, (_, i) => i + 1).find((page) => !checkpoint.pages.has(page)) : 1;
  const pages = checkpoint.pages.size;

  // Before page 1 is read the audit knows no page count; once every page is read only UC presence is left.
  const progressText = (): string => {
    if (!progress) return t('admin.audit.starting');
    if (pageCount === undefined) return t('admin.audit.progress.nothingRead');
    const counts = { read: progress.usersRead, pages, pageCount };
    if (progress.total === undefined) return t('admin.audit.progress.usersNoTotal', counts);
    if (progress.presenceBatchCount === 0) return t('admin.audit.progress.users', { ...counts, total: progress.total });
    return t('admin.audit.progress.usersAndPresence', {
      ...counts,
      total: progress.total,
      presenceRead: progress.presenceBatchesRead,
      presenceCount: progress.presenceBatchCount,
    });
  };
  const cancelledText = (): string => {
    if (pageCount === undefined) return t('admin.audit.cancelled.nothingRead');
    if (nextPage === undefined) return t('admin.audit.cancelled.pagesDone', { pageCount });
    return t('admin.audit.cancelled.body', { pages, pageCount, nextPage });
  };
  const interruptedText = (reason: string): string => {
    const resume = state.resumingAutomatically ? 'auto' : 'manual';
    return pageCount === undefined
      ? t('admin.audit.interrupted.nothingRead', { reason, resume })
      : t('admin.audit.interrupted.body', { reason, resume, pages, pageCount });
  };

  return (
    <>
      {status !== 'idle' ? (
        <div className="admin-audit__progress">
          <progress aria-label={t('admin.audit.progressLabel')} max={100} value={percent} />
          <p aria-live="polite">{progressText()}</p>
        </div>
      ) : null}
      {status === 'cancelled' ? (
        <Notice tone="info" title={t('admin.audit.cancelled.title')}>
          <p>{cancelledText()}</p>
        </Notice>
      ) : null}
      {status === 'failed' ? (
        <Notice tone="warning" title={t('admin.audit.interrupted.title')}>
          <p>{interruptedText(describeError(state.error, t).title)}</p>
        </Notice>
      ) : null}
    </>
  );
}

/** How fresh the sampled UC presence is, with the stale-sync finding when it is too old. */
function SyncHealthSection({ health, stale, stoppedAt }: { health: PresenceHealth; stale: OrgFinding | null; stoppedAt: number }) {
  const { t } = useI18n();
  return (
    <section className="admin-subsection" aria-label={t('admin.sync.heading')}>
      <h3>{t('admin.sync.heading')}</h3>
      {health.sampled === 0 ? (
        <p>{t('admin.sync.none')}</p>
      ) : (
        <p>
          {t('admin.sync.summary', {
            count: health.sampled,
            newest: ago(stoppedAt - (health.newest ?? 0), t),
            median: ago(stoppedAt - (health.median ?? 0), t),
          })}
        </p>
      )}
      {stale ? (
        <Notice tone="error" title={stale.title}>
          <p>{stale.problem}</p>
          <p>{stale.fix}</p>
        </Notice>
      ) : null}
    </section>
  );
}

interface FindingsSectionProps {
  complete: boolean;
  findings: readonly PersonFinding[];
  userCount: number;
  orgFindings: readonly OrgFinding[];
  onPerson: (user: AuditUser) => void;
  formatNumber: (address: string) => string;
}

/** The findings so far (or of the whole org once complete): CSV export, then grouped by kind. */
function FindingsSection({ complete, findings, userCount, orgFindings, onPerson, formatNumber }: FindingsSectionProps) {
  const translator = useI18n();
  const { t } = translator;
  return (
    <section className="admin-subsection" aria-label={t('admin.findings.region')}>
      <h3>
        {t(complete ? 'admin.findings.heading' : 'admin.findings.headingSoFar', {
          findings: findings.length,
          users: userCount,
        })}
      </h3>
      {findings.length + orgFindings.length > 0 ? (
        <button
          type="button"
          className="button button--secondary admin-audit__export"
          onClick={() => {
            downloadCsv(csvOf(findings, orgFindings, translator), t('admin.findings.fileName'));
          }}
        >
          {t('admin.findings.export')}
        </button>
      ) : null}
      <FindingGroups
        findings={findings}
        problemOf={(finding) => findingText(shownProblem(finding, formatNumber), translator)}
        onPerson={onPerson}
      />
    </section>
  );
}

interface NumberRules {
  formatter: PhoneFormatter | undefined;
  /** Why the rules did not load, until retried. */
  failure: unknown;
  retry: () => void;
}

/**
 * The phone formatter (libphonenumber, 30 kB gzip, not part of the view), asked for when an audit starts: a run
 * reads for seconds at least, so the rules are there when it settles, and a view that runs no audit never loads them.
 */
function useNumberRules(status: AuditRunState['status']): NumberRules {
  const [formatter, setFormatter] = useState(loadedPhoneFormatter);
  const [failure, setFailure] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const started = status !== 'idle';
  useEffect(() => {
    if (!started || formatter) return;
    let current = true;
    loadPhoneFormatter().then(
      (loaded) => {
        if (current) setFormatter(loaded);
      },
      (error: unknown) => {
        if (current) setFailure(error ?? new Error('load failed'));
      },
    );
    return () => {
      current = false;
    };
  }, [started, formatter, attempt]);
  return {
    formatter,
    failure,
    retry: () => {
      setFailure(null);
      setAttempt((n) => n + 1);
    },
  };
}

/** Until the number rules have loaded: a wait, or why they did not load and a retry. */
function NumberRulesStatus({ failure, onRetry }: { failure: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  if (failure === null) {
    return <Loading label={t('admin.audit.numberRules.loading')} />;
  }
  return (
    <Notice tone="error" title={t('admin.audit.numberRules.failed')}>
      <p>{t('admin.audit.numberRules.failedDetail')}</p>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        {t('app.error.tryAgain')}
      </button>
    </Notice>
  );
}

/** Provisioning audit over every user: progress, Cancel and Resume, findings with fixes, CSV. */
export function AuditPanel({ presenceSourceId, orgFindings }: { presenceSourceId: string | null; orgFindings: readonly OrgFinding[] }) {
  const { clientApp } = useSession();
  const { t } = useI18n();
  const audit = useAudit(presenceSourceId);
  const phone = useNumberRules(audit.state.status);
  const { status, checkpoint, stoppedAt = 0 } = audit.state;
  const [thresholdMinutes, setThresholdMinutes] = useState(DEFAULT_STALE_THRESHOLD_MS / 60_000);
  const [details, setDetails] = useState<AuditUser | null>(null);
  const settled = status !== 'running' && status !== 'cancelling';

  const users = useMemo(() => (settled ? auditUsersOf(checkpoint) : []), [settled, checkpoint]);
  const { formatter } = phone;
  const findings = useMemo(() => (formatter ? findPersonProblems(users, formatter.isPossible) : null), [users, formatter]);
  const health = useMemo(() => {
    const dates = [...checkpoint.presenceBatches.values()].flat();
    return status === 'complete' && presenceSourceId ? presenceHealthOf(dates, stoppedAt, Math.max(1, thresholdMinutes) * 60_000) : null;
  }, [checkpoint, status, presenceSourceId, thresholdMinutes, stoppedAt]);
  const stale = health ? staleFinding(health, stoppedAt, t) : null;
  const allOrgFindings = stale ? [...orgFindings, stale] : orgFindings;
  // Genesys Cloud opens the person's profile when it can; otherwise the app shows what the audit read.
  const openPerson = (user: AuditUser) => {
    if (!clientApp.showUser(user.id)) setDetails(user);
  };

  return (
    <section className="admin-section" aria-labelledby="admin-audit">
      <h2 id="admin-audit">{t('admin.audit.heading')}</h2>
      <p className="view__summary">{t('admin.audit.summary', { pageSize: AUDIT_PAGE_SIZE, sampleSize: PRESENCE_SAMPLE_SIZE })}</p>
      <AuditControls audit={audit} thresholdMinutes={thresholdMinutes} onThresholdMinutes={setThresholdMinutes} />
      <AuditRunStatus state={audit.state} />
      {settled && status !== 'idle' ? (
        <>
          {health ? <SyncHealthSection health={health} stale={stale} stoppedAt={stoppedAt} /> : null}
          {findings && formatter ? (
            <FindingsSection
              complete={status === 'complete'}
              findings={findings}
              userCount={users.length}
              orgFindings={allOrgFindings}
              onPerson={openPerson}
              formatNumber={formatter.international}
            />
          ) : (
            <NumberRulesStatus failure={phone.failure} onRetry={phone.retry} />
          )}
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
