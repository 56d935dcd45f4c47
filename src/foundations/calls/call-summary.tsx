import { useEffect, useState, type RefObject } from 'react';
import type { MessageKey } from '@/i18n/catalog-types';
import { useI18n } from '@/i18n/i18n-context';
import { Notice } from '@/ui/notice';
import { PhoneNumber } from '@/ui/phone-format';
import { customerLabelOf, type TransferCall } from '@/foundations/calls/call-model';
import '@/foundations/calls/calls.css';

/** "PT1H2M9S": a call's length for <time dateTime>, whatever the language. */
function isoDuration(seconds: number): string {
  return `PT${Math.floor(seconds / 3600)}H${Math.floor((seconds % 3600) / 60)}M${seconds % 60}S`;
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
  const { age } = useI18n();
  const live = call.status === 'connected';
  const now = useNow(live);
  if (call.connectedAt === undefined) return null;
  // Once ended the clock stops where it was last seen. "4 min 7 s", as the locale writes it.
  const seconds = Math.max(0, Math.floor((now - call.connectedAt) / 1000));
  return (
    <time className="call-card__duration" dateTime={isoDuration(seconds)}>
      {age(seconds)}
    </time>
  );
}

/** The caller's name, else their number written for people, else "Unknown caller". */
function CustomerLabel({ call, className }: { call: TransferCall; className?: string }) {
  const { t } = useI18n();
  if (call.customerNumber !== undefined && call.customerLabel === call.customerNumber) {
    return <PhoneNumber className={className} value={call.customerNumber} />;
  }
  return <bdi className={className}>{customerLabelOf(call, t)}</bdi>;
}

const STATUS_TEXT: Record<TransferCall['status'], MessageKey> = {
  connected: 'transfer.callCard.status.connected',
  transferred: 'transfer.callCard.status.transferred',
  ended: 'transfer.callCard.status.ended',
};

/** The call being transferred: who, how long, and whether it is still there. */
export function CallCard({
  call,
  transferredTo,
  cardRef,
}: {
  call: TransferCall;
  transferredTo?: string;
  cardRef?: RefObject<HTMLElement | null>;
}) {
  const { t } = useI18n();
  return (
    <section
      ref={cardRef}
      className={`call-card call-card--${call.status}`}
      aria-label={t('transfer.callCard.label')}
      // Focus lands here once the call has been handed over (the transfer buttons are gone or disabled).
      tabIndex={-1}
    >
      <span className="call-card__status">{t(STATUS_TEXT[call.status])}</span>
      <span className="call-card__who">
        <CustomerLabel call={call} className="call-card__name" />
        {call.customerNumber && call.customerNumber !== call.customerLabel ? (
          <PhoneNumber className="call-card__number" value={call.customerNumber} />
        ) : null}
      </span>
      <Duration call={call} />
      {call.status === 'ended' ? (
        <p className="call-card__note" role="status">
          {t('transfer.callCard.endedNote')}
        </p>
      ) : call.status === 'transferred' ? (
        <p className="call-card__note" role="status">
          {transferredTo ? t('transfer.callCard.transferredTo', { name: transferredTo }) : t('transfer.callCard.transferredNote')}
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
  const { t } = useI18n();
  return (
    <fieldset className="call-chooser">
      <legend>{t('transfer.callChooser.legend', { count: calls.length })}</legend>
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
          <CustomerLabel call={call} />
          {call.customerNumber && call.customerNumber !== call.customerLabel ? (
            <PhoneNumber className="call-card__number" value={call.customerNumber} />
          ) : null}
        </label>
      ))}
    </fieldset>
  );
}

export function NoCallNotice() {
  const { t } = useI18n();
  return (
    <Notice tone="info" title={t('transfer.noCall.title')}>
      <p>{t('transfer.noCall.body')}</p>
    </Notice>
  );
}
