import { useCallback, useId, useRef, useState } from 'react';
import { useCapabilities } from '@/features/permissions/use-capabilities';
import { MissingPermissionNotice } from '@/features/permissions/missing-permission-notice';
import { PRESENCE_LABELS } from '@/features/presence/presence-model';
import { ErrorNotice } from '@/ui/error-notice';
import { Loading, Notice } from '@/ui/notice';
import { DirectoryList, optionId } from '@/features/people/directory-list';
import { PRESENCE_FILTER_KEYS, type PresenceFilter, type SortOrder } from '@/features/people/directory-order';
import type { DirectoryUser } from '@/features/people/directory-user';
import { UserCard } from '@/features/people/user-card';
import { navigatedIndex } from '@/features/people/listbox-keys';
import { SearchCombobox } from '@/features/people/search-combobox';
import { useDebouncedValue } from '@/features/people/use-debounced-value';
import { useDirectoryRows, type DirectoryRows, type VisibleRange } from '@/features/people/use-directory-rows';

/** Long enough to skip the keystrokes of a word being typed, short enough to feel live. */
const SEARCH_DEBOUNCE_MS = 250;

const count = (value: number): string => value.toLocaleString('en-US');

function statusText(rows: DirectoryRows): string {
  if (rows.pending) return 'Loading 8×8 users…';
  return rows.directoryTotal === undefined
    ? `Showing ${count(rows.count)} 8×8 users`
    : `Showing ${count(rows.count)} of ${count(Math.max(rows.directoryTotal, rows.count))} 8×8 users`;
}

function LoadingAllProgress({ rows, sort, presence }: { rows: DirectoryRows; sort: SortOrder; presence: PresenceFilter }) {
  const progress = rows.loadingAll;
  if (!progress || (progress.total > 0 && progress.loaded >= progress.total)) return null;
  const percent = progress.total === 0 ? 0 : Math.floor((progress.loaded / progress.total) * 100);
  const users = rows.directoryTotal === undefined ? 'users' : `${count(rows.directoryTotal)} users`;
  const purpose = presence === 'all' && sort === 'presence' ? 'sort by presence' : 'filter by presence';
  const label = `Loading all ${users} to ${purpose}… ${percent}%`;
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
  const filtered = department !== '' || presence !== 'all';
  const stillLoading = rows.loadingAll !== undefined && rows.loadingAll.loaded < rows.loadingAll.total;
  if (text.trim() !== '') {
    if (rows.searching) return null;
    return (
      <Notice tone="info" title="No 8×8 users match your search">
        <p>
          Nobody matches “<bdi>{text.trim()}</bdi>”{filtered ? ' with the filters chosen' : ''}. Check the spelling, or search by
          another part of the name, an email, department, title or 8×8 number.
        </p>
        <button type="button" className="button button--secondary" onClick={onClearSearch}>
          Clear search
        </button>
        {filtered ? (
          <button type="button" className="button button--secondary" onClick={onClearFilters}>
            Clear filters
          </button>
        ) : null}
      </Notice>
    );
  }
  if (filtered) {
    const who = [presence === 'all' ? null : PRESENCE_LABELS[presence].toLowerCase(), department === '' ? null : `in ${department}`]
      .filter(Boolean)
      .join(' ');
    return (
      <Notice tone="info" title="No 8×8 users match the filters">
        <p>
          {stillLoading ? `Nobody ${who} among the users loaded so far; still loading the rest.` : `Nobody is ${who}.`} Choose
          another presence or department, or clear the filters.
        </p>
        <button type="button" className="button button--secondary" onClick={onClearFilters}>
          Clear filters
        </button>
      </Notice>
    );
  }
  return (
    <Notice tone="info" title="No 8×8 users are provisioned">
      <p>
        Genesys Cloud has no active users with an 8×8 number. 8×8 users arrive through SCIM provisioning from your identity
        provider, with their 8×8 number in the Other Phone field; an admin can check the SCIM set-up.
      </p>
    </Notice>
  );
}

function Directory({ withPresence }: { withPresence: boolean }) {
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

  const rows = useDirectoryRows({ text, settledText, department, presence, sort }, range, withPresence, true);

  // A new question starts at the top with no active row.
  const viewKey = JSON.stringify([text.trim(), department, presence, sort]);
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
  const filtered = department !== '' || presence !== 'all';
  const departments = department !== '' && !rows.departments.includes(department) ? [department, ...rows.departments] : rows.departments;

  return (
    <>
      <div className="directory__toolbar">
        <SearchCombobox
          inputRef={search}
          label="Search 8×8 users"
          listboxId={listboxId}
          value={text}
          expanded={rows.count > 0}
          activeDescendant={activeLoaded ? optionId(listboxId, activeIndex) : undefined}
          placeholder="Search by name, email, department, title or number"
          onChange={setText}
          onKeyDown={onKeyDown}
          onClear={() => {
            setText('');
          }}
        />
        <label className="select-field">
          <span className="select-field__label">Department</span>
          <select
            value={department}
            onChange={(event) => {
              setDepartment(event.target.value);
            }}
          >
            <option value="">All departments</option>
            {departments.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        {withPresence ? (
          <>
            <label className="select-field">
              <span className="select-field__label">Presence</span>
              <select
                value={presence}
                onChange={(event) => {
                  const key = PRESENCE_FILTER_KEYS.find((candidate) => candidate === event.target.value);
                  setPresence(key ?? 'all');
                }}
              >
                <option value="all">Any presence</option>
                {PRESENCE_FILTER_KEYS.map((key) => (
                  <option key={key} value={key}>
                    {PRESENCE_LABELS[key]}
                  </option>
                ))}
              </select>
            </label>
            <label className="select-field">
              <span className="select-field__label">Sort by</span>
              <select
                value={sort}
                onChange={(event) => {
                  setSort(event.target.value === 'presence' ? 'presence' : 'name');
                }}
              >
                <option value="name">Name</option>
                <option value="presence">Presence</option>
              </select>
            </label>
          </>
        ) : null}
        {filtered ? (
          <button type="button" className="button button--ghost" onClick={clearFilters}>
            Clear filters
          </button>
        ) : null}
      </div>
      <div className="directory__status-line">
        <p className="directory__status" aria-live="polite">
          {statusText(rows)}
        </p>
        {rows.searching ? (
          <span className="directory__searching">
            <span className="loading__spinner" aria-hidden="true" />
            Searching Genesys Cloud…
          </span>
        ) : null}
      </div>
      <LoadingAllProgress rows={rows} sort={sort} presence={presence} />
      {rows.error !== undefined ? <ErrorNotice error={rows.error} onRetry={rows.retry} /> : null}
      {rows.unreadable > 0 ? (
        <Notice tone="warning" title="Some users could not be shown">
          <p>{rows.unreadable} entries from Genesys Cloud were incomplete and are left out.</p>
        </Notice>
      ) : null}
      {!rows.pending && rows.count === 0 && rows.error === undefined ? (
        <EmptyState
          rows={rows}
          text={text}
          department={department}
          presence={presence}
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
      {openUser ? (
        <UserCard
          user={openUser}
          withPresence={withPresence}
          onClose={() => {
            setOpenUser(null);
          }}
        />
      ) : null}
    </>
  );
}

export function DirectoryPage() {
  const state = useCapabilities();
  if (state.status === 'pending') return <Loading label="Loading your permissions…" />;
  if (state.status === 'error') return <ErrorNotice error={state.error} onRetry={state.retry} />;
  const { capabilities, integration } = state;
  const withPresence = capabilities.seeBadges.allowed && integration != null;

  return (
    <section className="view directory" aria-labelledby="directory-heading">
      <h1 id="directory-heading">8×8 directory</h1>
      {!capabilities.seeBadges.allowed ? (
        <MissingPermissionNotice title="8×8 presence is hidden" missing={capabilities.seeBadges.missing} />
      ) : integration === null ? (
        <Notice tone="warning" title="The 8×8 integration is not active">
          <p>
            Genesys Cloud has no active 8×8 unified communications integration, so there is no 8×8 presence to show. An admin
            can install or activate it in Admin &gt; Integrations.
          </p>
        </Notice>
      ) : null}
      {capabilities.searchDirectory.allowed ? (
        <Directory withPresence={withPresence} />
      ) : (
        <MissingPermissionNotice title="You cannot search the directory" missing={capabilities.searchDirectory.missing} />
      )}
    </section>
  );
}
