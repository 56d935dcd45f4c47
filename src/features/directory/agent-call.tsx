// The signed-in agent's call, so that a person's card can offer Transfer and Consult: read from the first
// card opened until the directory closes (one calls listing and one conversations topic per directory, not
// per card; none for someone who only searches), and never without a transfer permission.
import { hashKey, notifyManager, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { Suspense, useCallback, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useSession } from '@/genesys/session';
import { lazyWithAreas } from '@/i18n/lazy-with-areas';
import type { TransferCall } from '@/foundations/calls/call-model';
import { callKeys } from '@/foundations/calls/call-keys';

export interface AgentCall {
  myUserId: string;
  /** The call a card offers to transfer: the one it acted on, else the interaction's, else the only active one. */
  call: TransferCall | undefined;
  /** More than one active call (and no interaction to say which): the Transfer view lets the agent choose. */
  callCount: number;
  /** Keeps `callId` followed after it leaves the active calls (transferred, ended); undefined lets it go. */
  follow: (callId: string | undefined) => void;
  /** The requests behind all this (nothing until a card opens or without a transfer permission); render once. */
  events: ReactNode;
}

/**
 * The requests that follow the agent's call (agent-call-events.tsx, which reads and keeps the calls current): a
 * chunk of its own, not needed for the directory's first badges, loaded with the transfer area's messages, which
 * the call model's texts belong to (the card's call code shows them).
 */
export const agentCallEvents = lazyWithAreas(
  async () => (await import('@/features/directory/agent-call-events')).AgentCallEvents,
  ['transfer'],
);
const AgentCallEvents = agentCallEvents.Component;

/** The cached data of `queryKey`, kept current, without observing the query (no fetch, no options of its own). */
function useCachedData(queryKey: QueryKey): unknown {
  const queryClient = useQueryClient();
  const hash = hashKey(queryKey);
  const subscribe = useCallback(
    (onChange: () => void) => {
      // Scheduled as useQuery schedules its renders, so the card sees the call and the actions change in the same order.
      const changed = notifyManager.batchCalls(onChange);
      return queryClient.getQueryCache().subscribe((event) => {
        if (event.query.queryHash === hash) changed();
      });
    },
    [queryClient, hash],
  );
  return useSyncExternalStore(subscribe, () => queryClient.getQueryCache().get(hash)?.state.data);
}

/**
 * The agent's call as the directory's cards see it; `enabled` when a blind or consult transfer is permitted,
 * `cardOpen` while a person's card is open.
 */
export function useAgentCall(myUserId: string, enabled: boolean, cardOpen: boolean): AgentCall {
  const { launch } = useSession();
  const [followedId, follow] = useState<string>();
  const [started, setStarted] = useState(false);
  if (enabled && cardOpen && !started) setStarted(true);
  const widgetCallId = launch.conversationId;
  const callId = widgetCallId ?? followedId;
  // Read from the cache by key: AgentCallEvents fetches (its chunk has the calls' code), these follow what it has
  // (nothing when it is not rendered), so the directory's first badges wait for none of that code.
  // What AgentCallEvents wrote there: get-calls.ts's readers' results.
  const calls = useCachedData(callKeys.list(myUserId)) as TransferCall[] | undefined;
  const followed = useCachedData(callKeys.one(myUserId, callId ?? '')) as TransferCall | undefined;
  const listed = widgetCallId === undefined ? (calls ?? []) : [];
  const only = listed.length === 1 ? listed[0] : undefined;
  return {
    myUserId,
    call: !enabled ? undefined : callId === undefined ? only : followed,
    callCount: enabled ? listed.length : 0,
    follow,
    events:
      enabled && started ? (
        <Suspense fallback={null}>
          <AgentCallEvents myUserId={myUserId} callId={callId} listCalls={widgetCallId === undefined} />
        </Suspense>
      ) : null,
  };
}
