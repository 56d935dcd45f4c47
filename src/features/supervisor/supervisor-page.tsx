import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { RequireCapabilities, type ReadyCapabilities } from '@/foundations/permissions/require-capabilities';
import type { DirectoryUser } from '@/foundations/people/directory-user';
import { ErrorNotice } from '@/ui/error-notice';
import { AfterFirstContent } from '@/ui/first-content-mark';
import { Loading, LoadingSection, Notice } from '@/ui/notice';
import { SelectField, type SelectOption } from '@/ui/select-field';
import { createBoardPresenceStore, followPresenceCache, observe } from '@/features/supervisor/board-presence';
import { isComplete, ScopeAnswer } from '@/features/supervisor/board-answer';
import { SCOPE_KINDS, scopeKeyOf, type BarsBy, type BoardScope, type ScopeKind } from '@/features/supervisor/board-scope';
import { boardTotals, type TotalKey } from '@/features/supervisor/board-totals';
import { useBoardTuning } from '@/features/supervisor/board-tuning';
import { FreshnessLine } from '@/features/supervisor/freshness-line';
import { useGroups } from '@/features/supervisor/get-groups';
import { PresenceChart, PresenceTotals, TotalsNote, type TotalsState } from '@/features/supervisor/presence-chart';
import { estimateTotals } from '@/features/supervisor/board-estimate';
import { useSavedSelection } from '@/features/supervisor/saved-selection';
import { useThrottled } from '@/features/supervisor/use-throttled';
import { sweepPlan } from '@/features/supervisor/sweep-plan';
import { usePresenceSweep } from '@/features/supervisor/use-presence-sweep';
import { useScopeUsers, type ScopeUsers } from '@/features/supervisor/use-scope-users';
import { readScope, writeScope } from '@/features/supervisor/saved-scope';
import { useI18n } from '@/i18n/i18n-context';
import { lazyWithAreas } from '@/i18n/lazy-with-areas';
import type { Translator } from '@/i18n/translator';
import '@/features/supervisor/supervisor.css';

const ALL: BoardScope = { kind: 'all' };

// The people in scope, under the totals and the chart: their list (its windowing, rows, filters and the person card)
// loads after the board's first content, the totals.
const boardPeople = lazyWithAreas(async () => (await import('@/features/supervisor/board-people')).BoardPeople, []);

/** The people's section until its code is here. */
function BoardPeoplePlaceholder() {
  const { t } = useI18n();
  return (
    <LoadingSection
      className="board-people"
      headingId="board-people-heading"
      heading={t('supervisor.people.heading')}
      label={t('supervisor.people.loading')}
    />
  );
}

/**
 * What the board counts, throttled to one change per refreshMs: the store of everyone's presence, the users in
 * scope, the estimate while pages still come in, and whether the counts are exact.
 */
function useScopeFigures(scoped: ScopeUsers, sourceId: string) {
  const queryClient = useQueryClient();
  const tuning = useBoardTuning();
  const [store] = useState(createBoardPresenceStore);
  useEffect(() => followPresenceCache(queryClient, sourceId, store), [queryClient, sourceId, store]);
  // What is counted and listed moves at most once per refreshMs: pages, sweep answers and socket events come faster.
  const version = useThrottled(useSyncExternalStore(store.subscribe, store.version), tuning.refreshMs);
  const observeUser = useCallback(
    (user: DirectoryUser) => observe(store, user),
    // `version` stands for the store's contents: totals and rows recompute when it moves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [store, version],
  );
  // The users, the sample and whether pages still come in move together, so the counts are exact when they say so.
  const { users: scopeUsers, sample: scopeSample } = scoped;
  const scopeLoading = scoped.progress !== undefined;
  const now = useMemo(() => ({ users: scopeUsers, sample: scopeSample, loading: scopeLoading }), [scopeUsers, scopeSample, scopeLoading]);
  const throttled = useThrottled(now, tuning.refreshMs);
  // The first people are shown at once: until the throttle lets them through, its figures are those of nobody,
  // with no pages loading, which would draw "exact" totals of zero for a moment.
  const { users, sample, loading } = throttled.users.length === 0 && now.users.length > 0 ? now : throttled;
  const exact = !loading;
  const estimated = useMemo(() => (sample ? estimateTotals(sample, observeUser) : null), [sample, observeUser]);
  const estimate = exact ? null : estimated;
  const totalsState: TotalsState = exact ? 'exact' : estimate ? 'estimate' : 'partial';
  return { store, users, observeUser, estimate, exact, totalsState };
}

/** The scope as the exported file's name says it, and as the answer at the top says it (the supervisor's own choice). */
function scopeWords(kind: ScopeKind, department: string, groupName: string | undefined, t: Translator['t']) {
  const words: Record<ScopeKind, { scopeName: string; scopeLabel: string }> = {
    all: { scopeName: t('supervisor.export.fileAll'), scopeLabel: t('supervisor.scope.all') },
    department: { scopeName: department, scopeLabel: department },
    group: { scopeName: groupName ?? t('supervisor.export.fileGroup'), scopeLabel: groupName ?? t('supervisor.scope.groupLabel') },
    selection: { scopeName: t('supervisor.export.fileSelection'), scopeLabel: t('supervisor.answer.selection') },
  };
  return words[kind];
}

/**
 * The presence filter the tiles set; a tile also brings the people list (below the chart) into view,
 * where its live status line says what it shows.
 */
function useTileFilter() {
  const [filter, setFilter] = useState<TotalKey | 'all'>('all');
  const peopleRef = useRef<HTMLDivElement>(null);
  const selectTotal = useCallback((key: TotalKey | 'all') => {
    setFilter(key);
    if (key === 'all') return;
    requestAnimationFrame(() => {
      const target = peopleRef.current;
      // An instant jump (no smooth scrolling to opt out of for reduced motion); jsdom has no scrolling at all.
      if (target && typeof target.scrollIntoView === 'function') target.scrollIntoView({ block: 'start' });
    });
  }, []);
  return { filter, setFilter, selectTotal, peopleRef };
}

function ScopeBoard({
  scope,
  scopeName,
  scopeLabel,
  userId,
  sourceId,
  departmentsSeen,
}: {
  scope: BoardScope;
  scopeName: string;
  /** The scope in the supervisor's words, for the answer at the top. */
  scopeLabel: string;
  userId: string;
  sourceId: string;
  departmentsSeen: (departments: readonly string[]) => void;
}) {
  const translator = useI18n();
  const { t } = translator;
  const tuning = useBoardTuning();
  const selection = useSavedSelection(userId);
  const scoped = useScopeUsers(scope, selection.ids, true);
  const [barsBy, setBarsBy] = useState<BarsBy>('department');
  const { filter, setFilter, selectTotal, peopleRef } = useTileFilter();

  const { store, users, observeUser, estimate, exact, totalsState } = useScopeFigures(scoped, sourceId);
  const { departments, progress } = scoped;
  useEffect(() => {
    departmentsSeen(departments);
  }, [departments, departmentsSeen]);
  const totals = useMemo(() => boardTotals(users, observeUser, barsBy, translator), [users, observeUser, barsBy, translator]);
  const barsOptions = useMemo(
    (): readonly SelectOption<BarsBy>[] => [
      { value: 'department', label: t('supervisor.barsBy.department') },
      { value: 'division', label: t('supervisor.barsBy.division') },
    ],
    [t],
  );
  const plan = sweepPlan(users.length, tuning.sweepRequestsPerMinute, { minSweepSeconds: tuning.minSweepSeconds });
  const sweep = usePresenceSweep({ users, sourceId, store, scopeKey: scopeKeyOf(scope), enabled: !scoped.pending });

  if (scoped.error !== undefined && users.length === 0) return <ErrorNotice error={scoped.error} onRetry={scoped.retry} />;
  if (scoped.pending) return <Loading label={t('supervisor.board.loading')} />;
  if (scope.kind === 'selection' && selection.ids.length === 0) {
    return (
      <Notice tone="info" title={t('supervisor.board.emptySelectionTitle')}>
        <p>
          {t('supervisor.board.emptySelectionBody', {
            scopeAll: t('supervisor.scope.all'),
            addAction: t('supervisor.people.addToSelection'),
          })}
        </p>
      </Notice>
    );
  }
  if (scoped.users.length === 0) {
    return (
      <Notice tone="info" title={t('supervisor.board.nobodyTitle')}>
        <p>{t('supervisor.board.nobodyBody')}</p>
      </Notice>
    );
  }
  return (
    <>
      {scoped.error !== undefined ? <ErrorNotice error={scoped.error} onRetry={scoped.retry} /> : null}
      <ScopeAnswer scope={scopeLabel} totals={totals} estimate={estimate} state={totalsState} />
      {progress ? (
        <div className="board__progress" role="status">
          <span>{t('supervisor.board.progress', { loaded: progress.loaded, total: progress.total })}</span>
          <progress max={progress.total} value={progress.loaded} aria-label={t('supervisor.board.progressLabel')} />
        </div>
      ) : null}
      <FreshnessLine totals={totals} plan={plan} error={sweep.error} complete={isComplete(totalsState, totals)} />
      <PresenceTotals totals={totals} estimate={estimate} state={totalsState} selected={filter} onSelect={selectTotal} />
      {exact ? null : <TotalsNote totals={totals} estimate={estimate} pageCount={progress?.total ?? estimate?.pageCount ?? 0} />}
      <div className="board__toolbar">
        <SelectField label={t('supervisor.board.barsBy')} value={barsBy} options={barsOptions} onChange={setBarsBy} />
      </div>
      <PresenceChart totals={totals} barsBy={barsBy} partial={!exact} />
      <div ref={peopleRef} className="board__people-anchor">
        <AfterFirstContent placeholder={<BoardPeoplePlaceholder />}>
          <boardPeople.Component
            users={users}
            observe={observeUser}
            filter={filter}
            onFilter={setFilter}
            selection={selection}
            scopeName={scopeName}
            loading={!exact}
          />
        </AfterFirstContent>
      </div>
    </>
  );
}

function Board({ userId, sourceId }: { userId: string; sourceId: string }) {
  const { t } = useI18n();
  // The board opens on the scope chosen last time (read once: the choice is then the page's).
  const [saved] = useState(() => readScope(userId));
  const [kind, setKind] = useState<ScopeKind>(saved.kind);
  const [department, setDepartment] = useState(saved.kind === 'department' ? saved.department : '');
  const [groupId, setGroupId] = useState(saved.kind === 'group' ? saved.groupId : '');
  const [departments, setDepartments] = useState<readonly string[]>([]);
  const groups = useGroups(kind === 'group');
  const selection = useSavedSelection(userId);

  // Departments come from the users read so far: keep the longest list seen (all users list them all).
  const departmentsSeen = useCallback((seen: readonly string[]) => {
    setDepartments((current) => (seen.length > current.length ? seen : current));
  }, []);

  const scope: BoardScope | null =
    kind === 'all'
      ? ALL
      : kind === 'department'
        ? department === ''
          ? null
          : { kind, department }
        : kind === 'group'
          ? groupId === ''
            ? null
            : { kind, groupId }
          : { kind: 'selection' };
  const scopeKey = scope ? scopeKeyOf(scope) : '';
  useEffect(() => {
    if (scope) writeScope(userId, scope);
    // scopeKey stands for the scope's contents.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [userId, scopeKey]);
  const groupName = groups.data?.find((group) => group.id === groupId)?.name;
  const { scopeName, scopeLabel } = scopeWords(kind, department, groupName, t);

  return (
    <>
      <div className="board__toolbar">
        <SelectField
          label={t('supervisor.scope.label')}
          value={kind}
          options={SCOPE_KINDS.map((option) => ({
            value: option.kind,
            label: t(option.labelKey, { count: selection.ids.length }),
          }))}
          onChange={setKind}
        />
        {kind === 'department' ? (
          <SelectField
            label={t('supervisor.scope.departmentLabel')}
            value={department}
            options={[
              { value: '', label: t('supervisor.scope.chooseDepartment') },
              // The remembered department is offered before the departments are read.
              ...(department !== '' && !departments.includes(department) ? [department] : []).concat(departments).map((name) => ({
                value: name,
                label: name,
              })),
            ]}
            onChange={setDepartment}
          />
        ) : null}
        {kind === 'group' ? (
          <SelectField
            label={t('supervisor.scope.groupLabel')}
            value={groupId}
            options={[
              { value: '', label: t(groups.isPending ? 'supervisor.scope.loadingGroups' : 'supervisor.scope.chooseGroup') },
              ...(groups.data ?? []).map((group) => ({ value: group.id, label: group.name })),
            ]}
            onChange={setGroupId}
          />
        ) : null}
      </div>
      {groups.isError && kind === 'group' ? <ErrorNotice error={groups.error} onRetry={() => void groups.refetch()} /> : null}
      {scope ? (
        <ScopeBoard
          key={scopeKeyOf(scope)}
          scope={scope}
          scopeName={scopeName}
          scopeLabel={scopeLabel}
          userId={userId}
          sourceId={sourceId}
          departmentsSeen={departmentsSeen}
        />
      ) : (
        <p className="view__summary">{t(kind === 'group' ? 'supervisor.scope.pickGroup' : 'supervisor.scope.pickDepartment')}</p>
      )}
    </>
  );
}

function BoardForUser({ userId, integration }: Pick<ReadyCapabilities, 'userId' | 'integration'>) {
  const { t } = useI18n();
  if (!integration) {
    return (
      <Notice tone="warning" title={t('supervisor.page.noIntegrationTitle')}>
        <p>{t('supervisor.page.noIntegrationBody')}</p>
      </Notice>
    );
  }
  return <Board userId={userId} sourceId={integration.id} />;
}

export function SupervisorPage() {
  const { t } = useI18n();
  return (
    <section className="view board" aria-labelledby="board-heading">
      <h1 id="board-heading">{t('supervisor.page.heading')}</h1>
      <RequireCapabilities needs={['seeBadges', 'searchDirectory']} title={t('supervisor.page.unavailableTitle')}>
        {(ready) => <BoardForUser userId={ready.userId} integration={ready.integration} />}
      </RequireCapabilities>
    </section>
  );
}
