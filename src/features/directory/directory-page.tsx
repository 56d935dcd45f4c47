import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { CapabilitiesGate, type ReadyCapabilities } from '@/foundations/permissions/require-capabilities';
import { MissingPermissionNotice } from '@/foundations/permissions/missing-permission-notice';
import { presenceLabelKey } from '@/foundations/presence/presence-model';
import { useI18n } from '@/i18n/i18n-context';
import type { Translator } from '@/i18n/translator';
import { ErrorNotice } from '@/ui/error-notice';
import { Notice } from '@/ui/notice';
import { RichText } from '@/ui/rich-text';
import type { PresenceFilter, SortOrder } from '@/foundations/people/directory-order';
import { filterProps, PeoplePicker, usePeopleSearch } from '@/foundations/people/people-picker';
import type { DirectoryUser } from '@/foundations/people/directory-user';
import { UntaggedNumbersNotice } from '@/foundations/people/untagged-numbers-notice';
import type { Capabilities } from '@/foundations/permissions/permission-model';
import { useAgentCall } from '@/features/directory/agent-call';
import { cardCallActions, preloadCardCallCode, preloadUserCard, userCard } from '@/features/directory/card-call-loaders';
import { afterFirstContent } from '@/ui/first-content';
import type { DirectoryRows } from '@/foundations/people/use-directory-rows';

function statusText(rows: DirectoryRows, t: Translator['t']): string {
  if (rows.pending) return t('directory.status.loading');
  return rows.directoryTotal === undefined
    ? t('directory.status.showing', { shown: rows.count })
    : t('directory.status.showingOf', { shown: rows.count, total: Math.max(rows.directoryTotal, rows.count) });
}

function LoadingAllProgress({ rows, sort, presence }: { rows: DirectoryRows; sort: SortOrder; presence: PresenceFilter }) {
  const { t, percent: percentOf } = useI18n();
  const progress = rows.loadingAll;
  if (!progress || (progress.total > 0 && progress.loaded >= progress.total)) return null;
  const percent = progress.total === 0 ? 0 : Math.floor((progress.loaded / progress.total) * 100);
  const total = rows.directoryTotal;
  const sorting = presence === 'all' && sort === 'presence';
  const params = { percent: percentOf(percent, 100), ...(total === undefined ? {} : { total }) };
  const label =
    total === undefined
      ? t(sorting ? 'directory.progress.sort' : 'directory.progress.filter', params)
      : t(sorting ? 'directory.progress.sortTotal' : 'directory.progress.filterTotal', params);
  return (
    <div className="directory__progress" role="status">
      <span>{label}</span>
      <progress max={100} value={percent} aria-label={label} />
    </div>
  );
}

interface EmptyStateProps {
  rows: DirectoryRows;
  text: string;
  department: string;
  presence: PresenceFilter;
  onClearSearch: () => void;
  onClearFilters: () => void;
}

function EmptyState({ rows, text, department, presence, onClearSearch, onClearFilters }: EmptyStateProps) {
  const { t } = useI18n();
  const filtered = department !== '' || presence !== 'all';
  const stillLoading = rows.loadingAll !== undefined && rows.loadingAll.loaded < rows.loadingAll.total;
  if (text.trim() !== '') {
    if (rows.searching) return null;
    return (
      <Notice tone="info" title={t('directory.empty.search.title')}>
        <p>
          <RichText
            text={t('directory.empty.search.body', { filtered: filtered ? 'yes' : 'no' })}
            slots={{ text: <bdi>{text.trim()}</bdi> }}
          />
        </p>
        <button type="button" className="button button--secondary" onClick={onClearSearch}>
          {t('directory.empty.search.clear')}
        </button>
        {filtered ? (
          <button type="button" className="button button--secondary" onClick={onClearFilters}>
            {t('people.filters.clear')}
          </button>
        ) : null}
      </Notice>
    );
  }
  if (filtered) {
    const loading = stillLoading ? 'yes' : 'no';
    const nobody =
      presence === 'all'
        ? t('directory.empty.filters.department', { loading })
        : t(department === '' ? 'directory.empty.filters.presence' : 'directory.empty.filters.presenceDepartment', {
            loading,
            presence: t(presenceLabelKey(presence)),
          });
    return (
      <Notice tone="info" title={t('directory.empty.filters.title')}>
        <p>
          <RichText text={nobody} slots={{ department: <bdi>{department}</bdi> }} /> {t('directory.empty.filters.hint')}
        </p>
        <button type="button" className="button button--secondary" onClick={onClearFilters}>
          {t('people.filters.clear')}
        </button>
      </Notice>
    );
  }
  if (rows.untagged > 0) return <UntaggedNumbersNotice count={rows.untagged} />;
  return (
    <Notice tone="info" title={t('directory.empty.none.title')}>
      <p>{t('directory.empty.none.body')}</p>
    </Notice>
  );
}

/** The card and its Transfer and Consult (card-call-loaders.ts): loaded after the first badges. */
const UserCard = userCard.Component;
const CardCallActions = cardCallActions.Component;

function Directory({ withPresence, capabilities, userId }: { withPresence: boolean; capabilities: Capabilities; userId: string }) {
  const { t } = useI18n();
  const searchRef = useRef<HTMLInputElement>(null);
  const search = usePeopleSearch(withPresence, { department: '', presence: 'all', sort: 'name' });
  const { rows, filters, setFilters, setText } = search;
  const [openUser, setOpenUser] = useState<DirectoryUser | null>(null);
  // The agent's call, for Transfer and Consult on the card: asked for only when a transfer is permitted.
  const mayTransfer = capabilities.blindTransfer.allowed || capabilities.consultTransfer.allowed;
  const agentCall = useAgentCall(userId, mayTransfer, openUser !== null);
  useEffect(() => {
    afterFirstContent(preloadUserCard);
    if (mayTransfer) afterFirstContent(preloadCardCallCode);
  }, [mayTransfer]);
  const onPick = useCallback((user: DirectoryUser) => {
    setOpenUser(user);
  }, []);

  return (
    <>
      <PeoplePicker
        inputRef={searchRef}
        label={t('directory.search.label')}
        placeholder={t('directory.search.placeholder')}
        text={search.text}
        onTextChange={setText}
        rows={rows}
        questionKey={search.questionKey}
        withPresence={withPresence}
        onPick={onPick}
        {...filterProps(search, withPresence, 'select', rows.departments)}
        list={{ onRangeChange: search.onRangeChange }}
      >
        <DirectoryStatus rows={rows} sort={filters.sort} presence={search.presence} />
        {!rows.pending && rows.count === 0 && rows.error === undefined ? (
          <EmptyState
            rows={rows}
            text={search.text}
            department={filters.department}
            presence={search.presence}
            onClearSearch={() => {
              setText('');
              searchRef.current?.focus();
            }}
            onClearFilters={() => {
              setFilters({ ...filters, department: '', presence: 'all' });
            }}
          />
        ) : null}
      </PeoplePicker>
      {agentCall.events}
      {openUser ? (
        <Suspense fallback={null}>
          <UserCard
            user={openUser}
            withPresence={withPresence}
            onClose={() => {
              setOpenUser(null);
            }}
            panel={
              <Suspense fallback={null}>
                <CardCallActions person={openUser} agentCall={agentCall} capabilities={capabilities} withPresence={withPresence} />
              </Suspense>
            }
          />
        </Suspense>
      ) : null}
    </>
  );
}

/** The line under the search (how many, still searching), the loading progress and what could not be read. */
function DirectoryStatus({ rows, sort, presence }: { rows: DirectoryRows; sort: SortOrder; presence: PresenceFilter }) {
  const { t } = useI18n();
  return (
    <>
      <div className="directory__status-line">
        <p className="directory__status" aria-live="polite">
          {statusText(rows, t)}
        </p>
        {rows.searching ? (
          <span className="directory__searching">
            <span className="loading__spinner" aria-hidden="true" />
            {t('directory.searching')}
          </span>
        ) : null}
      </div>
      {/* Until every page is read the total is estimated, and may differ from the presence board's exact count. */}
      {rows.directoryTotalEstimated && !rows.pending ? (
        <p className="directory__status directory__estimated">{t('directory.status.estimated')}</p>
      ) : null}
      <LoadingAllProgress rows={rows} sort={sort} presence={presence} />
      {rows.error !== undefined ? <ErrorNotice error={rows.error} onRetry={rows.retry} /> : null}
      {rows.unreadable > 0 ? (
        <Notice tone="warning" title={t('directory.unreadable.title')}>
          <p>{t('directory.unreadable.body', { count: rows.unreadable })}</p>
        </Notice>
      ) : null}
    </>
  );
}

export function DirectoryPage() {
  return <CapabilitiesGate>{(ready) => <DirectoryForUser ready={ready} />}</CapabilitiesGate>;
}

function DirectoryForUser({ ready }: { ready: ReadyCapabilities }) {
  const { t } = useI18n();
  const { capabilities, integration } = ready;
  const withPresence = capabilities.seeBadges.allowed && integration != null;

  return (
    <section className="view directory" aria-labelledby="directory-heading">
      <h1 id="directory-heading">{t('directory.heading')}</h1>
      {!capabilities.seeBadges.allowed ? (
        <MissingPermissionNotice title={t('directory.badgesHidden')} missing={capabilities.seeBadges.missing} />
      ) : integration === null ? (
        <Notice tone="warning" title={t('directory.integrationInactive.title')}>
          <p>{t('directory.integrationInactive.body')}</p>
        </Notice>
      ) : null}
      {capabilities.searchDirectory.allowed ? (
        <Directory withPresence={withPresence} capabilities={capabilities} userId={ready.userId} />
      ) : (
        <MissingPermissionNotice title={t('directory.cannotSearch')} missing={capabilities.searchDirectory.missing} />
      )}
    </section>
  );
}
