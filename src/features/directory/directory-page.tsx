import { useCapabilities } from '@/features/permissions/use-capabilities';
import { MissingPermissionNotice } from '@/features/permissions/missing-permission-notice';
import { useEightByEightUsers } from '@/features/directory/search-eight-by-eight-users';
import { PresenceBadge } from '@/features/presence/presence-badge';
import { ErrorNotice } from '@/ui/error-notice';
import { Loading, Notice } from '@/ui/notice';

export function DirectoryPage() {
  const state = useCapabilities();
  const ready = state.status === 'ready';
  const canSearch = ready && state.capabilities.searchDirectory.allowed;
  const canSeeBadges = ready && state.capabilities.seeBadges.allowed && state.integration != null;
  const users = useEightByEightUsers(canSeeBadges, canSearch);

  if (state.status === 'pending') return <Loading label="Loading your permissions…" />;
  if (state.status === 'error') return <ErrorNotice error={state.error} onRetry={state.retry} />;
  const { capabilities, integration } = state;

  const list = users.data?.pages.flatMap((page) => page.users) ?? [];
  const unreadable = users.data?.pages.reduce((sum, page) => sum + page.unreadable, 0) ?? 0;

  return (
    <section className="view" aria-labelledby="directory-heading">
      <h1 id="directory-heading">8×8 directory</h1>
      {!capabilities.seeBadges.allowed ? (
        <MissingPermissionNotice title="8×8 presence is hidden" missing={capabilities.seeBadges.missing} />
      ) : integration === null ? (
        <Notice tone="warning" title="The 8×8 integration is not active">
          <p>
            Genesys Cloud has no active 8×8 unified communications integration, so there is no 8×8 presence to show.
            An admin can install or activate it in Admin &gt; Integrations.
          </p>
        </Notice>
      ) : null}
      {!canSearch ? (
        <MissingPermissionNotice title="You cannot search the directory" missing={capabilities.searchDirectory.missing} />
      ) : users.isPending ? (
        <Loading label="Loading 8×8 users…" />
      ) : users.isError && list.length === 0 ? (
        <ErrorNotice error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <>
          <p className="view__summary" aria-live="polite">
            {list.length === 0 ? null : `Showing ${list.length.toLocaleString()} 8×8 users`}
          </p>
          {list.length === 0 && !users.hasNextPage ? (
            <Notice tone="info" title="No 8×8 users are provisioned">
              <p>
                Genesys Cloud has no active users with an 8×8 number. 8×8 users arrive through SCIM provisioning from
                your identity provider, with their 8×8 number in the Other Phone field; an admin can check the SCIM
                set-up.
              </p>
            </Notice>
          ) : null}
          {unreadable > 0 ? (
            <Notice tone="warning" title="Some users could not be shown">
              <p>{unreadable} entries from Genesys Cloud were incomplete and are left out.</p>
            </Notice>
          ) : null}
          <ul className="user-list" aria-label="8×8 users">
            {list.map((user) => (
              <li key={user.id} className="user-list__row">
                <span className="user-list__name">{user.name}</span>
                <span className="user-list__meta">{[user.title, user.department].filter(Boolean).join(' · ')}</span>
                <span className="user-list__number">{user.eightByEightNumber}</span>
                {user.presence ? <PresenceBadge presence={user.presence} /> : null}
              </li>
            ))}
          </ul>
          {users.isError ? <ErrorNotice error={users.error} onRetry={() => void users.fetchNextPage()} /> : null}
          {users.hasNextPage && !users.isError ? (
            <button
              type="button"
              className="button button--secondary"
              disabled={users.isFetchingNextPage}
              onClick={() => void users.fetchNextPage()}
            >
              {users.isFetchingNextPage ? 'Loading…' : 'Load more'}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
