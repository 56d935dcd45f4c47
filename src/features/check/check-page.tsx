import { useState } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { ErrorNotice } from '@/ui/error-notice';
import { Loading } from '@/ui/notice';
import { useMyAuthorization } from '@/foundations/permissions/get-my-authorization';
import { REQUEST_BUDGET, type CheckResult } from '@/features/check/check-model';
import { reportText } from '@/features/check/check-report';
import { ProbeRow } from '@/features/check/probe-row';
import { useOrgCheck } from '@/features/check/use-org-check';
import '@/features/check/check.css';

type CopyState = 'idle' | 'copied' | 'failed';

/** "Copy report"; where the frame may not write to the clipboard, the report is shown to copy by hand. */
function CopyReport({ result }: { result: CheckResult }) {
  const { t } = useI18n();
  const [state, setState] = useState<CopyState>('idle');
  const text = reportText(result);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <div className="check-report">
      <button type="button" className="button button--secondary" onClick={() => void copy()}>
        {t('check.report.copy')}
      </button>
      <p role="status" className="check-report__status">
        {state === 'copied' ? t('check.report.copied') : state === 'failed' ? t('check.report.copyFailed') : null}
      </p>
      {state === 'failed' ? (
        <textarea className="check-report__text" aria-label={t('check.report.label')} readOnly value={text} rows={12} />
      ) : null}
    </div>
  );
}

function CheckTable({ result, runAt }: { result: CheckResult; runAt: number }) {
  const { t } = useI18n();
  const warnings = result.probes.filter((probe) => probe.status === 'warning').length;
  const notChecked = result.probes.filter((probe) => probe.status === 'notChecked').length;
  return (
    <>
      <p className="check__summary">{t('check.run.summary', { warnings, notChecked })}</p>
      <table className="check-table">
        <caption>{t('check.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('check.table.probe')}</th>
            <th scope="col">{t('check.table.found')}</th>
            <th scope="col">{t('check.table.action')}</th>
            <th scope="col">{t('check.table.status')}</th>
          </tr>
        </thead>
        <tbody>
          {result.probes.map((probe) => (
            <ProbeRow key={probe.id} probe={probe} />
          ))}
        </tbody>
      </table>
      <CopyReport key={runAt} result={result} />
    </>
  );
}

function OrgCheck({ held }: { held: readonly string[] }) {
  const { t } = useI18n();
  const run = useOrgCheck(held);
  const result = run.data;
  return (
    <div className="view check">
      <h1>{t('check.page.title')}</h1>
      <p className="view__summary">{t('check.page.summary')}</p>
      <div className="check__controls">
        <button
          type="button"
          className="button button--primary"
          disabled={run.isPending}
          onClick={() => {
            run.mutate();
          }}
        >
          {result ? t('check.run.again') : t('check.run.start')}
        </button>
        <p className="check__budget">
          {result
            ? t('check.run.used', { used: result.requests.used, budget: result.requests.budget })
            : t('check.run.budget', { budget: REQUEST_BUDGET })}
        </p>
      </div>
      {run.isPending ? <Loading label={t('check.run.running')} /> : null}
      {run.isError ? (
        <ErrorNotice
          error={run.error}
          onRetry={() => {
            run.mutate();
          }}
        />
      ) : null}
      {result ? <CheckTable result={result} runAt={run.submittedAt} /> : null}
    </div>
  );
}

/** /check: probes an admin runs once in a real org; each probe is gated on what it needs. */
export function CheckPage() {
  const { t } = useI18n();
  const me = useMyAuthorization();
  if (me.isPending) return <Loading label={t('check.page.loadingPermissions')} />;
  if (me.isError) return <ErrorNotice error={me.error} onRetry={() => void me.refetch()} />;
  return <OrgCheck held={me.data.authorization.permissions} />;
}
