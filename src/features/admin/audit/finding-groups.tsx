// The audit's findings by kind: a filter, then per kind its count and fix said once, and the people
// with what is wrong for each. Drawn for a 360 px panel first (two columns per table at most).
import { useState } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import {
  FINDING_KINDS,
  FINDING_TITLE_KEYS,
  findingText,
  personName,
  type PersonFinding,
  type PersonFindingKind,
} from '@/features/admin/audit/audit-rules';
import type { AuditUser } from '@/features/admin/audit/audit-user';

/** Rows drawn per kind; the CSV has every finding. */
const SHOWN_PER_KIND = 500;

const ALL = 'all';
type KindFilter = PersonFindingKind | typeof ALL;
const isKind = (value: string): value is PersonFindingKind => FINDING_KINDS.some((kind) => kind === value);

interface FindingGroupsProps {
  findings: readonly PersonFinding[];
  /** A finding's problem as the screen shows it (numbers formatted for people). */
  problemOf: (finding: PersonFinding) => string;
  onPerson: (user: AuditUser) => void;
}

export function FindingGroups({ findings, problemOf, onPerson }: FindingGroupsProps) {
  const translator = useI18n();
  const { t } = translator;
  const [filter, setFilter] = useState<KindFilter>(ALL);
  const groups = FINDING_KINDS.map((kind) => ({ kind, items: findings.filter((finding) => finding.kind === kind) })).filter(
    (group) => group.items.length > 0,
  );
  // A kind chosen earlier that a new run no longer finds falls back to all.
  const shown = groups.filter((group) => filter === ALL || group.kind === filter);
  const visible = shown.length > 0 ? shown : groups;
  if (groups.length === 0) return null;
  return (
    <>
      <label className="admin-field admin-field--inline">
        <span>{t('admin.findings.filter')}</span>
        <select
          value={visible === groups ? ALL : filter}
          onChange={(event) => {
            setFilter(isKind(event.target.value) ? event.target.value : ALL);
          }}
        >
          <option value={ALL}>{t('admin.findings.filterAll', { count: findings.length })}</option>
          {groups.map((group) => (
            <option key={group.kind} value={group.kind}>
              {t('admin.findings.filterKind', { kind: t(FINDING_TITLE_KEYS[group.kind]), count: group.items.length })}
            </option>
          ))}
        </select>
      </label>
      {visible.map(({ kind, items }) => {
        const title = t(FINDING_TITLE_KEYS[kind]);
        const [first] = items;
        return (
          <section key={kind} className="admin-group" aria-label={title}>
            <h4>
              {title} <span className="admin-group__count">{t('admin.findings.kindCount', { count: items.length })}</span>
            </h4>
            {/* Every finding of a kind has the same fix: said once here, not on each row. */}
            {first ? (
              <p className="admin-group__fix">
                <strong>{t('admin.findings.fix')}:</strong> {findingText(first.fix, translator)}
              </p>
            ) : null}
            <table className="admin-table admin-findings">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.findings.person')}</th>
                  <th scope="col">{t('admin.findings.problem')}</th>
                </tr>
              </thead>
              <tbody>
                {items.slice(0, SHOWN_PER_KIND).map((finding) => (
                  <tr key={finding.user.id}>
                    <td>
                      <button
                        type="button"
                        className="button button--ghost admin-person"
                        dir="auto"
                        onClick={() => {
                          onPerson(finding.user);
                        }}
                      >
                        {personName(finding.user, t)}
                      </button>
                    </td>
                    <td dir="auto" data-label={t('admin.findings.problem')}>
                      {problemOf(finding)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {items.length > SHOWN_PER_KIND ? <p>{t('admin.findings.firstShown', { count: SHOWN_PER_KIND })}</p> : null}
          </section>
        );
      })}
    </>
  );
}
