// The keyboard hints, behind a button: in a 360–420 px widget every line of text costs a row of people.
import { useId, useRef, useState } from 'react';
import { useI18n } from '@/i18n/i18n-context';

export function TransferHelp({ withPresence }: { withPresence: boolean }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  return (
    <div className="transfer-help">
      <button
        ref={buttonRef}
        type="button"
        className="transfer-help__button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('transfer.help.button')}
        title={t('transfer.help.button')}
        onClick={() => {
          setOpen((current) => !current);
        }}
      >
        ?
      </button>
      {open ? (
        <div
          id={panelId}
          className="transfer-help__panel"
          role="note"
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.stopPropagation();
            setOpen(false);
            buttonRef.current?.focus();
          }}
        >
          <p>{t('transfer.page.hint')}</p>
          {withPresence ? <p>{t('transfer.help.available')}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
