import { queryOptions, useQuery } from '@tanstack/react-query';
import { conversationsApi, type PlatformApis } from '@/genesys/sdk';
import { useSession } from '@/genesys/session';
import { readCall, readCallListing, type TransferCall } from '@/foundations/calls/call-model';
import { callKeys } from '@/foundations/calls/call-keys';

/** While the conversations socket is not open, the call is polled this often (12 requests a minute). */
export const CALL_POLL_MS = 5_000;

export function activeCallsQuery(apis: PlatformApis, myUserId: string) {
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- apis is the session's client, not data: no factory keys on it
  return queryOptions({
    queryKey: callKeys.list(myUserId),
    queryFn: async () => readCallListing(await (await conversationsApi(apis)).getConversationsCalls(), myUserId),
  });
}

export function callQuery(apis: PlatformApis, myUserId: string, conversationId: string) {
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- apis is the session's client, not data: no factory keys on it
  return queryOptions({
    queryKey: callKeys.one(myUserId, conversationId),
    queryFn: async () => readCall(await (await conversationsApi(apis)).getConversationsCall(conversationId), myUserId),
  });
}

/** The signed-in user's active calls (standalone view); polled only while live updates are down. */
export function useActiveCalls(myUserId: string, enabled: boolean, poll: boolean) {
  const { apis } = useSession();
  return useQuery({ ...activeCallsQuery(apis, myUserId), enabled, refetchInterval: poll ? CALL_POLL_MS : false });
}

/** One call, kept current by the conversations socket, or polled while it is down; `listed` is its copy from the calls list. */
export function useCall(myUserId: string, conversationId: string | undefined, poll: boolean, listed?: { call: TransferCall; at: number }) {
  const { apis } = useSession();
  return useQuery({
    ...callQuery(apis, myUserId, conversationId ?? ''),
    enabled: conversationId !== undefined,
    // Shown at once from the list, then read on its own.
    ...(listed ? { initialData: listed.call, initialDataUpdatedAt: listed.at } : {}),
    refetchInterval: (query) => (poll && query.state.data?.status === 'connected' ? CALL_POLL_MS : false),
  });
}
