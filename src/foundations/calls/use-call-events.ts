// Live call state over the notifications socket: v2.users.{me}.conversations.calls
// carries the whole call on every change, which is written into the call's query.
// The calls topic rides on the tab's one channel (first in line for its 1,000 topics),
// with or without presence (the view needs it even when presence is not permitted).
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { TopicLease } from '@/genesys/notifications-hub';
import type { NotificationsStatus } from '@/genesys/notifications-socket';
import { useSession } from '@/genesys/session';
import { readCall } from '@/foundations/calls/call-model';
import { callKeys } from '@/foundations/calls/call-keys';
import { afterFirstContent } from '@/ui/first-content';

export const callsTopic = (userId: string): string => `v2.users.${userId}.conversations.calls`;

/**
 * Keeps the user's calls in the query cache current; says whether the socket is open (else poll). The channel
 * (and the socket's code) waits for the view's first content (src/ui/first-content.ts): the call was read just
 * before and is polled until the socket is open, and it is read once more when the channel opens (its resync,
 * the first open included), so that a change no event carried is not missed.
 */
export function useCallEvents(myUserId: string): NotificationsStatus {
  const { notifications } = useSession();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<NotificationsStatus>('connecting');

  useEffect(() => {
    let client: TopicLease | undefined;
    let gone = false;
    afterFirstContent(() => {
      if (gone) return;
      const lease = notifications.lease();
      client = lease;
      const topic = callsTopic(myUserId);
      lease.subscribe(() => {
        setStatus(lease.status());
      });
      lease.onEvent((topicName, body) => {
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
      // Events sent while disconnected are lost, and those sent before the channel first opened: read the calls again.
      lease.onResync(() => {
        void queryClient.invalidateQueries({ queryKey: callKeys.all });
      });
      lease.setTopics({ calls: [topic] });
    });
    return () => {
      gone = true;
      client?.close();
    };
  }, [notifications, queryClient, myUserId]);

  return status;
}
