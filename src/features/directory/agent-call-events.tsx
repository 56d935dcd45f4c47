// The requests behind the agent's call on the directory's cards (agent-call.tsx): a chunk of their own, loaded
// when the first card opens (or after the first badges), not before the directory's first content.
import { useActiveCalls, useCall } from '@/foundations/calls/get-calls';
import { useCallEvents } from '@/foundations/calls/use-call-events';

/** Reads the calls and keeps them current: the socket's events, else polling while it is not open. */
export function AgentCallEvents({ myUserId, callId, listCalls }: { myUserId: string; callId: string | undefined; listCalls: boolean }) {
  const poll = useCallEvents(myUserId) !== 'open';
  const calls = useActiveCalls(myUserId, listCalls, poll);
  const listed = calls.data?.find((candidate) => candidate.id === callId);
  useCall(myUserId, callId, poll, listed ? { call: listed, at: calls.dataUpdatedAt } : undefined);
  return null;
}
