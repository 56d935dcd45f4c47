// Transfer and Consult for a chosen person, as every view that transfers draws them: short on the
// button (the person's name is the heading beside it), whole in the name read out, and disabled
// with the reason as their description.
import type { RefObject } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import type { TransferKind } from '@/foundations/calls/confirm-transfer';

export interface TransferButtonsProps {
  name: string;
  canBlind: boolean;
  canConsult: boolean;
  disabled: boolean;
  /** Ids of the sentences that say why the buttons are disabled, if they are. */
  describedBy: string | undefined;
  /** The first button drawn: where focus goes once a person is chosen. */
  primaryRef: RefObject<HTMLButtonElement | null>;
  /** The transfer view's Ctrl+Enter, named on its Transfer button. */
  keyShortcuts?: string;
  onStart: (kind: TransferKind) => void;
}

export function TransferButtons({
  name,
  canBlind,
  canConsult,
  disabled,
  describedBy,
  primaryRef,
  keyShortcuts,
  onStart,
}: TransferButtonsProps) {
  const { t } = useI18n();
  return (
    <>
      {canBlind ? (
        <button
          ref={primaryRef}
          type="button"
          className="button button--primary"
          disabled={disabled}
          aria-describedby={describedBy}
          aria-keyshortcuts={keyShortcuts}
          aria-label={t('calls.target.transfer', { name })}
          onClick={() => {
            onStart('blind');
          }}
        >
          {t('calls.target.transferShort')}
        </button>
      ) : null}
      {canConsult ? (
        <button
          ref={canBlind ? undefined : primaryRef}
          type="button"
          className="button button--secondary"
          disabled={disabled}
          aria-describedby={describedBy}
          aria-label={t('calls.target.consult', { name })}
          onClick={() => {
            onStart('consult');
          }}
        >
          {t('calls.target.consultShort')}
        </button>
      ) : null}
    </>
  );
}
