import type { RefObject } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import type { Translator } from '@/i18n/translator';
import { SPEAK_TO, type SpeakTo } from '@/foundations/calls/transfer-actions';
import '@/foundations/calls/calls.css';

function speakToLabel(t: Translator['t'], speakTo: SpeakTo, destination: string, customer: string): string {
  switch (speakTo) {
    case 'DESTINATION':
      return t('calls.consult.speakTo.destination', { destination });
    case 'OBJECT':
      return t('calls.consult.speakTo.customer', { customer });
    case 'BOTH':
      return t('calls.consult.speakTo.both');
    case 'CONFERENCE':
      return t('calls.consult.speakTo.conference');
  }
}

export interface ConsultPanelProps {
  destination: string;
  customer: string;
  speakTo: SpeakTo;
  busy: boolean;
  completeRef: RefObject<HTMLButtonElement | null>;
  onSpeakTo: (speakTo: SpeakTo) => void;
  onComplete: () => void;
  onCancel: () => void;
}

/** A consult in progress: who the agent speaks to, then hand the call over or take it back. */
export function ConsultPanel({ destination, customer, speakTo, busy, completeRef, onSpeakTo, onComplete, onCancel }: ConsultPanelProps) {
  const { t } = useI18n();
  return (
    <section className="consult-panel" aria-label={t('calls.consult.label')}>
      <h2 className="consult-panel__title">{t('calls.consult.title', { destination })}</h2>
      <div className="consult-panel__speak-to" role="group" aria-label={t('calls.consult.speakToLabel')}>
        {SPEAK_TO.map((option) => (
          <button
            key={option}
            type="button"
            className={option === speakTo ? 'segment segment--on' : 'segment'}
            aria-pressed={option === speakTo}
            disabled={busy}
            onClick={() => {
              if (option !== speakTo) onSpeakTo(option);
            }}
          >
            {speakToLabel(t, option, destination, customer)}
          </button>
        ))}
      </div>
      <div className="consult-panel__actions">
        <button ref={completeRef} type="button" className="button button--primary" disabled={busy} onClick={onComplete}>
          {t('calls.consult.complete', { destination })}
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={onCancel}>
          {t('calls.consult.cancel')}
        </button>
      </div>
    </section>
  );
}
