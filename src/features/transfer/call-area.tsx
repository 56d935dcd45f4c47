// The top of the transfer view: the call being transferred (or why there is none), and the choice
// of call when the agent has several.
import { useState, type RefObject } from 'react';
import { useSession } from '@/genesys/session';
import { useI18n } from '@/i18n/i18n-context';
import { ErrorNotice } from '@/ui/error-notice';
import { Loading } from '@/ui/notice';
import { CallCard, CallChooser, NoCallNotice } from '@/foundations/calls/call-summary';
import { useActiveCalls, useCall } from '@/foundations/calls/get-calls';
import { useCallEvents } from '@/foundations/calls/use-call-events';

/** The call to transfer: the widget's interaction, else the one active call, else the one the agent chooses. */
export function useCallToTransfer(myUserId: string) {
  const { launch } = useSession();
  const connection = useCallEvents(myUserId);
  // Live updates come over the socket; while it is not open the call is polled instead.
  const poll = connection !== 'open';
  const widgetCallId = launch.conversationId;
  const calls = useActiveCalls(myUserId, widgetCallId === undefined, poll);
  const [chosenId, setChosenId] = useState<string>();
  const only = calls.data?.length === 1 ? calls.data[0] : undefined;
  if (widgetCallId === undefined && chosenId === undefined && only) setChosenId(only.id);
  const callId = widgetCallId ?? chosenId;
  const listedCall = calls.data?.find((candidate) => candidate.id === callId);
  const call = useCall(myUserId, callId, poll, listedCall ? { call: listedCall, at: calls.dataUpdatedAt } : undefined);
  return { widget: widgetCallId !== undefined, calls, callId, chosenId, setChosenId, call };
}

export type CallToTransfer = ReturnType<typeof useCallToTransfer>;

export function CallArea({
  source,
  cardRef,
  handedOverTo,
}: {
  source: CallToTransfer;
  cardRef: RefObject<HTMLElement | null>;
  /** Whom this agent handed the call to, once they did. */
  handedOverTo: string | undefined;
}) {
  const { t } = useI18n();
  const { widget, calls, callId, chosenId, setChosenId, call: callQuery } = source;
  const call = callQuery.data;
  const several = !widget && calls.data && calls.data.length > 1 ? calls.data : undefined;
  let main;
  if (callId === undefined) {
    main =
      calls.isPending && !widget ? (
        <Loading label={t('transfer.page.loadingCalls')} />
      ) : calls.isError ? (
        <ErrorNotice error={calls.error} onRetry={() => void calls.refetch()} />
      ) : several ? null : (
        <NoCallNotice />
      );
  } else if (callQuery.isError && !call) {
    main = <ErrorNotice error={callQuery.error} onRetry={() => void callQuery.refetch()} />;
  } else if (call) {
    main = <CallCard call={call} cardRef={cardRef} {...(call.status === 'transferred' ? { transferredTo: handedOverTo ?? '' } : {})} />;
  } else {
    main = <Loading label={t('transfer.page.loadingCall')} />;
  }
  return (
    <>
      {main}
      {several ? <CallChooser calls={several} chosenId={chosenId} onChoose={setChosenId} /> : null}
    </>
  );
}
