import type { AreaMessages } from '@/i18n/catalog-types';
import type { transfer as en } from '@/i18n/en/transfer';

// Placeholder names stand in nominative or accusative ("an {name}", "Nur {destination}"): the fallback
// "die konsultierte Person" then reads correctly too.
export const transfer: AreaMessages<typeof en> = {
  'transfer.page.title': 'Weiterleiten',
  'transfer.page.loadingPermissions': 'Ihre Berechtigungen werden geladen…',
  'transfer.page.noBlindTransfer': 'Blinde Weiterleitung steht Ihnen nicht zur Verfügung',
  'transfer.page.noConsultTransfer': 'Weiterleitung mit Rückfrage steht Ihnen nicht zur Verfügung',
  'transfer.page.noPresence': '{uc}-Präsenz wird beim Weiterleiten ausgeblendet',
  'transfer.page.noSearch': 'Sie können das Verzeichnis nicht durchsuchen',
  'transfer.integrationInactive.title': 'Die {uc}-Integration ist nicht aktiv',
  'transfer.integrationInactive.body':
    'Genesys Cloud hat keine aktive {uc}-Integration für Unified Communications, daher wird hier keine {uc}-Präsenz angezeigt: Sie können nicht sehen, wer verfügbar ist. Weiterleitungen an {uc}-Nummern funktionieren weiterhin. Ein Administrator kann sie unter Admin > Integrationen installieren oder aktivieren.',
  'transfer.page.loadingCalls': 'Ihre Anrufe werden geladen…',
  'transfer.page.loadingCall': 'Der Anruf wird geladen…',
  'transfer.page.loadingActions': 'Die Weiterleitungsaktionen werden geladen…',
  'transfer.page.hint':
    'Geben Sie einen Namen ein und wählen Sie dann mit den Pfeiltasten und der Eingabetaste aus, wer den Anruf übernimmt; ein weiteres Drücken der Eingabetaste leitet ihn weiter. Strg+Eingabetaste leitet sofort an die markierte Person weiter.',

  'transfer.call.unknownCaller': 'Unbekannter Anrufer',

  'transfer.callCard.label': 'Weiterzuleitender Anruf',
  'transfer.callCard.status.connected': 'Im Gespräch',
  'transfer.callCard.status.transferred': 'Weitergeleitet',
  'transfer.callCard.status.ended': 'Anruf beendet',
  'transfer.callCard.endedNote': 'Der Anruf wurde beendet: Es gibt nichts mehr weiterzuleiten.',
  'transfer.callCard.transferredTo': 'Der Anruf wurde an {name} weitergeleitet.',
  'transfer.callCard.transferredNote': 'Der Anruf ist nicht mehr bei Ihnen: Er wurde weitergeleitet.',
  'transfer.callChooser.legend': '{count, plural, one {Sie haben # Anruf.} other {Sie haben # Anrufe.}} Welchen möchten Sie weiterleiten?',
  'transfer.noCall.title': 'Sie haben keinen aktiven Anruf',
  'transfer.noCall.body':
    'Weiterleitungen gelten für einen Anruf, in dem Sie sich befinden. Sie können trotzdem Personen nachschlagen; sobald ein Anruf eingeht, erscheint er hier. In Genesys Cloud öffnet sich das Weiterleitungs-Widget einer Interaktion für diesen Anruf.',

  'transfer.picker.searchLabel': '{uc}-Personen für die Weiterleitung suchen',
  'transfer.picker.placeholder': 'Name, Abteilung, Nummer oder „verfügbar“',
  'transfer.help.button': 'Tastenkombinationen',
  'transfer.help.available': 'Alt+A zeigt nur verfügbare Personen; eine Präsenz in der Suche („billing verf“) ebenso.',
  'transfer.picker.order.presence': 'Verfügbare zuerst',
  'transfer.picker.order.limited': 'Nach Name: zu viele Personen, um nach Präsenz zu sortieren. Suchen Sie oder wählen Sie eine Abteilung.',
  'transfer.picker.loading': '{uc}-Personen werden geladen…',
  'transfer.picker.searching': 'Genesys Cloud wird durchsucht…',
  'transfer.picker.count': '{count, plural, one {# Person} other {# Personen}}',
  'transfer.picker.noneProvisioned.title': 'Es sind keine {uc}-Personen bereitgestellt',
  'transfer.picker.noneProvisioned.body':
    'Genesys Cloud hat keine aktiven Benutzer mit einer {uc}-Nummer; ein Administrator kann die SCIM-Bereitstellung prüfen.',
  'transfer.picker.noMatch.title': 'Niemand entspricht Ihrer Suche',
  'transfer.picker.noMatch.body': 'Versuchen Sie einen anderen Teil des Namens, eine Abteilung, einen Titel oder eine {uc}-Nummer.',
  'transfer.picker.listLabel': 'Personen für die Weiterleitung',
  'transfer.picker.tag.favorite': 'Favorit',
  'transfer.picker.tag.recent': 'Zuletzt',

  'transfer.pinned.unnamedUser': 'Unbenannter Benutzer',
  'transfer.pinned.withoutNumber.title': 'Einige Favoriten oder zuletzt verwendete Personen können keine Weiterleitungen annehmen',
  'transfer.pinned.withoutNumber.body':
    '{name} hat in Genesys Cloud keine {uc}-Nummer mehr, daher können keine Anrufe an diese Person weitergeleitet werden.',
  'transfer.pinned.removeFavorite': '{name} aus Favoriten entfernen',

  'transfer.ineligible.tag.noNumber': 'Keine {uc}-Nummer',
  'transfer.ineligible.tag.undialable': 'Nummer nicht wählbar',
  'transfer.ineligible.tag.shared': 'Geteilte Nummer',
  'transfer.ineligible.tag.inactive': 'Inaktiv',
};
