import { useEffect, useState } from 'react';
import { Notice } from '@/ui/notice';
import type { TransferCall } from '@/features/transfer/call-model';

/** "4:07", "1:02:09": a call's length as a phone shows it. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** The time, ticking every second while `live`. */
function useNow(live: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!live) return;
    const timer = setInterval(() => {
      setNow(Date.now());
    }, 1000);
    return () => {
      clearInterval(timer);
    };
  }, [live]);
  return now;
}

function Duration({ call }: { call: TransferCall }) {
  const live = call.status === 'connected';
  const now = useNow(live);
  if (call.connectedAt === undefined) return null;
  // Once ended the clock stops where it was last seen.
  return <span className="call-card__duration">{formatDuration(now - call.connectedAt)}</span>;
}

const STATUS_TEXT: Record<TransferCall['status'], string> = {
  connected: 'On call',
  transferred: 'Transferred',
  ended: 'Call ended',
};

/** The call being transferred: who, how long, and whether it is still there. */
export function CallCard({ call, transferredTo }: { call: TransferCall; transferredTo?: string }) {
  return (
    <section className={`call-card call-card--${call.status}`} aria-label="Call being transferred">
      <span className="call-card__status">{STATUS_TEXT[call.status]}</span>
      <span className="call-card__who">
        <bdi className="call-card__name">{call.customerLabel}</bdi>
        {call.customerNumber && call.customerNumber !== call.customerLabel ? (
          <span className="call-card__number">{call.customerNumber}</span>
        ) : null}
      </span>
      <Duration call={call} />
      {call.status === 'ended' ? (
        <p className="call-card__note" role="status">
          The call has ended: there is nothing left to transfer.
        </p>
      ) : call.status === 'transferred' ? (
        <p className="call-card__note" role="status">
          {transferredTo ? `The call is now with ${transferredTo}.` : 'The call has left you: it was transferred.'}
        </p>
      ) : null}
    </section>
  );
}

/** Standalone view with more than one call: the agent says which one. */
export function CallChooser({
  calls,
  chosenId,
  onChoose,
}: {
  calls: readonly TransferCall[];
  chosenId: string | undefined;
  onChoose: (id: string) => void;
}) {
  return (
    <fieldset className="call-chooser">
      <legend>You have {calls.length} calls. Which one do you want to transfer?</legend>
      {calls.map((call) => (
        <label key={call.id} className="call-chooser__option">
          <input
            type="radio"
            name="call"
            value={call.id}
            checked={chosenId === call.id}
            onChange={() => {
              onChoose(call.id);
            }}
          />
          <bdi>{call.customerLabel}</bdi>
          {call.customerNumber && call.customerNumber !== call.customerLabel ? (
            <span className="call-card__number">{call.customerNumber}</span>
          ) : null}
        </label>
      ))}
    </fieldset>
  );
}

export function NoCallNotice() {
  return (
    <Notice tone="info" title="You have no active call">
      <p>
        Transfers are for a call you are on. You can still look people up; when a call comes in, it appears here. In Genesys
        Cloud the transfer widget of an interaction opens on that call.
      </p>
    </Notice>
  );
}
