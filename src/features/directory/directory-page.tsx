import { useCallback, useId, useRef, useState } from 'react';
import { CapabilitiesGate, type ReadyCapabilities } from '@/foundations/permissions/require-capabilities';
import { MissingPermissionNotice } from '@/foundations/permissions/missing-permission-notice';
import { presenceLabelKey } from '@/foundations/presence/presence-model';
import { useI18n } from '@/i18n/i18n-context';
import type { Translator } from '@/i18n/translator';
import { ErrorNotice } from '@/ui/error-notice';
import { Notice } from '@/ui/notice';
import { RichText } from '@/ui/rich-text';
import { DirectoryList, optionId } from '@/foundations/people/directory-list';
import type { PresenceFilter, SortOrder } from '@/foundations/people/directory-order';
import { AVAILABLE_ONLY_SHORTCUT, availableShortcut, PeopleFilters } from '@/foundations/people/people-filters';
import { useSearchTerms } from '@/foundations/people/search-terms';
import type { DirectoryUser } from '@/foundations/people/directory-user';
import { UntaggedNumbersNotice } from '@/foundations/people/untagged-numbers-notice';
import { UserCard } from '@/foundations/people/user-card';
import type { Capabilities } from '@/foundations/permissions/permission-model';
import { useAgentCall } from '@/features/directory/agent-call';
import { CardCallActions } from '@/features/directory/card-call-actions';
import { navigatedIndex } from '@/foundations/people/listbox-keys';
import { SearchCombobox } from '@/foundations/people/search-combobox';
import { useDebouncedValue } from '@/foundations/people/use-debounced-value';
import { useDirectoryRows, type DirectoryRows, type VisibleRange } from '@/foundations/people/use-directory-rows';

/** Long enough to skip the keystrokes of a word being typed, short enough to feel live. */
const SEARCH_DEBOUNCE_MS = 250;

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

function Directory({ withPresence, capabilities, userId }: { withPresence: boolean; capabilities: Capabilities; userId: string }) {
  const { t } = useI18n();
  const listboxId = useId();
  const search = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const settledText = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);
  const [department, setDepartment] = useState('');
  const [presence, setPresence] = useState<PresenceFilter>('all');
  const [sort, setSort] = useState<SortOrder>('name');
  const [range, setRange] = useState<VisibleRange>({ start: 0, end: 0 });
  const [activeIndex, setActiveIndex] = useState(-1);
  const [openUser, setOpenUser] = useState<DirectoryUser | null>(null);
  // The agent's call, for Transfer and Consult on the card: asked for only when a transfer is permitted.
  const agentCall = useAgentCall(userId, capabilities.blindTransfer.allowed || capabilities.consultTransfer.allowed, openUser !== null);

  // A word naming a presence ("billing avail") filters by it rather than being searched for.
  const { terms, settledTerms } = useSearchTerms(text, settledText, withPresence);
  const shownPresence = terms.presence ?? presence;
  const rows = useDirectoryRows(
    { text: terms.text, settledText: settledTerms.text, department, presence: shownPresence, sort },
    range,
    withPresence,
    true,
  );

  // A new question starts at the top with no active row.
  const viewKey = JSON.stringify([text.trim(), department, shownPresence, sort]);
  const [shownKey, setShownKey] = useState(viewKey);
  if (shownKey !== viewKey) {
    setShownKey(viewKey);
    setActiveIndex(-1);
  }

  const onRangeChange = useCallback((next: VisibleRange) => {
    setRange((current) => (current.start === next.start && current.end === next.end ? current : next));
  }, []);
  const rowAt = rows.rowAt;
  const onOpen = useCallback(
    (index: number) => {
      setActiveIndex(index);
      const user = rowAt(index);
      if (user) setOpenUser(user);
    },
    [rowAt],
  );
  const clearFilters = () => {
    setDepartment('');
    setPresence('all');
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    const moved = navigatedIndex(event.key, activeIndex, rows.count);
    if (moved !== undefined) {
      event.preventDefault();
      setActiveIndex(moved);
      return;
    }
    const toggled = withPresence ? availableShortcut(event, presence) : undefined;
    if (toggled !== undefined) {
      setPresence(toggled);
      return;
    }
    switch (event.key) {
      case 'Enter': {
        const user = activeIndex >= 0 ? rows.rowAt(activeIndex) : undefined;
        if (user) {
          event.preventDefault();
          setOpenUser(user);
        }
        break;
      }
      case 'Escape':
        event.preventDefault();
        setText('');
        break;
    }
  };

  const activeLoaded = activeIndex >= 0 && rows.rowAt(activeIndex) !== undefined;

  return (
    <>
      <div className="directory__toolbar">
        <SearchCombobox
          inputRef={search}
          label={t('directory.search.label')}
          listboxId={listboxId}
          value={text}
          expanded={rows.count > 0}
          activeDescendant={activeLoaded ? optionId(listboxId, activeIndex) : undefined}
          placeholder={t('directory.search.placeholder')}
          onChange={setText}
          onKeyDown={onKeyDown}
          onClear={() => {
            setText('');
          }}
          {...(withPresence ? { keyShortcuts: AVAILABLE_ONLY_SHORTCUT } : {})}
        />
        <PeopleFilters
          values={{ department, presence, sort }}
          onChange={(next) => {
            setDepartment(next.department);
            setPresence(next.presence);
            setSort(next.sort);
          }}
          departments={rows.departments}
          withPresence={withPresence}
          presenceControl="select"
          presenceFromSearch={terms.presence}
        />
      </div>
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
      <LoadingAllProgress rows={rows} sort={sort} presence={shownPresence} />
      {rows.error !== undefined ? <ErrorNotice error={rows.error} onRetry={rows.retry} /> : null}
      {rows.unreadable > 0 ? (
        <Notice tone="warning" title={t('directory.unreadable.title')}>
          <p>{t('directory.unreadable.body', { count: rows.unreadable })}</p>
        </Notice>
      ) : null}
      {!rows.pending && rows.count === 0 && rows.error === undefined ? (
        <EmptyState
          rows={rows}
          text={text}
          department={department}
          presence={shownPresence}
          onClearSearch={() => {
            setText('');
            search.current?.focus();
          }}
          onClearFilters={clearFilters}
        />
      ) : null}
      <DirectoryList
        key={viewKey}
        listboxId={listboxId}
        rows={rows}
        activeIndex={activeIndex}
        withPresence={withPresence}
        onOpen={onOpen}
        onRangeChange={onRangeChange}
      />
      {agentCall.events}
      {openUser ? (
        <UserCard
          user={openUser}
          withPresence={withPresence}
          onClose={() => {
            setOpenUser(null);
          }}
          panel={<CardCallActions person={openUser} agentCall={agentCall} capabilities={capabilities} withPresence={withPresence} />}
        />
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
