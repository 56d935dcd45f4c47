// Live call state over the notifications socket: v2.users.{me}.conversations.calls
// carries the whole call on every change, which is written into the call's query.
// The calls topic rides on the tab's one channel (first in line for its 1,000 topics),
// with or without presence (the view needs it even when presence is not permitted).
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { NotificationsStatus } from '@/genesys/notifications-socket';
import { useSession } from '@/genesys/session';
import { readCall } from '@/foundations/calls/call-model';
import { callKeys } from '@/foundations/calls/get-calls';

export const callsTopic = (userId: string): string => `v2.users.${userId}.conversations.calls`;

/** Keeps the user's calls in the query cache current; says whether the socket is open (else poll). */
export function useCallEvents(myUserId: string): NotificationsStatus {
  const { notifications } = useSession();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<NotificationsStatus>('connecting');

  useEffect(() => {
    const client = notifications.lease();
    const topic = callsTopic(myUserId);
    client.subscribe(() => {
      setStatus(client.status());
    });
    client.onEvent((topicName, body) => {
      if (topicName !== topic) return;
      let call;
      try {
        call = readCall(body, myUserId);
      } catch {
        // An event we cannot read: ask for the calls instead of guessing.
        void queryClient.invalidateQueries({ queryKey: callKeys.all });
        return;
      }
      queryClient.setQueryData(callKeys.one(myUserId, call.id), call);
      void queryClient.invalidateQueries({ queryKey: callKeys.list(myUserId) });
    });
    // Events sent while disconnected are lost: read the calls again.
    client.onResync(() => {
      void queryClient.invalidateQueries({ queryKey: callKeys.all });
    });
    client.setTopics({ calls: [topic] });
    return () => {
      client.close();
    };
  }, [notifications, queryClient, myUserId]);

  return status;
}
