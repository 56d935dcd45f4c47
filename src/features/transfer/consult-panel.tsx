import type { RefObject } from 'react';
import { SPEAK_TO, type SpeakTo } from '@/features/transfer/transfer-actions';

function speakToLabel(speakTo: SpeakTo, destination: string, customer: string): string {
  switch (speakTo) {
    case 'DESTINATION':
      return `${destination} only`;
    case 'OBJECT':
      return `${customer} only`;
    case 'BOTH':
      return 'Both, separately';
    case 'CONFERENCE':
      return 'Conference: all three';
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
  return (
    <section className="consult-panel" aria-label="Consult transfer">
      <h2 className="consult-panel__title">Consulting {destination}</h2>
      <div className="consult-panel__speak-to" role="group" aria-label="Who you speak to">
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
            {speakToLabel(option, destination, customer)}
          </button>
        ))}
      </div>
      <div className="consult-panel__actions">
        <button ref={completeRef} type="button" className="button button--primary" disabled={busy} onClick={onComplete}>
          Complete transfer to {destination}
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={onCancel}>
          Cancel consult
        </button>
      </div>
    </section>
  );
}
