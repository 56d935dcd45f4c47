// Why a person cannot take a transfer, as the chosen person's panel and the directory card say it (their actions'
// messages, the calls area): the rows' short notes stay with the list (transfer-eligibility.ts).
import type { Translator } from '@/i18n/translator';
import type { Ineligibility } from '@/foundations/calls/transfer-eligibility';

/** The sentence in the chosen person's panel: why the actions are disabled, and who can fix it. */
export function ineligibilitySentence(t: Translator['t'], name: string, ineligibility: Ineligibility): string {
  switch (ineligibility.reason) {
    case 'no-number':
      return t('calls.ineligible.noNumber', { name });
    case 'undialable':
      return t('calls.ineligible.undialable', { name, shown: ineligibility.shown });
    case 'shared':
      return t('calls.ineligible.shared', { name, other: ineligibility.with });
    case 'inactive':
      return t('calls.ineligible.inactive', { name });
  }
}
