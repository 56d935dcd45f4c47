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
  'transfer.page.hint':
    'Geben Sie einen Namen ein und wählen Sie dann mit den Pfeiltasten und der Eingabetaste aus, wer den Anruf übernimmt; ein weiteres Drücken der Eingabetaste leitet ihn weiter. Strg+Eingabetaste leitet sofort an die markierte Person weiter.',

  'transfer.call.unknownCaller': 'Unbekannter Anrufer',
  'transfer.call.consultedPerson': 'die konsultierte Person',

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

  'transfer.target.label': 'Weiterleitung an {name}',
  'transfer.target.number': '{uc} {number}',
  'transfer.target.transfer': 'An {name} weiterleiten',
  'transfer.target.consult': 'Zuerst Rückfrage bei {name}',
  // The buttons' visible text; their accessible names (above) say whom.
  'transfer.target.transferShort': 'Weiterleiten',
  'transfer.target.consultShort': 'Rückfrage',
  'transfer.target.addFavorite': 'Zu Favoriten hinzufügen',
  'transfer.target.removeFavorite': 'Aus Favoriten entfernen',
  'transfer.target.watch': 'Benachrichtigen, wenn verfügbar',
  'transfer.target.stopWatching': 'Nicht mehr benachrichtigen',
  'transfer.target.watching': 'Sie erhalten eine Benachrichtigung, sobald {name} verfügbar ist.',
  'transfer.target.blocked.chooseCall': 'Wählen Sie zuerst den Anruf aus, den Sie weiterleiten möchten.',
  'transfer.target.blocked.noCall': 'Es gibt keinen Anruf zum Weiterleiten.',
  'transfer.target.blocked.ended': 'Der Anruf wurde beendet und kann daher nicht weitergeleitet werden.',
  'transfer.target.blocked.transferred': 'Der Anruf wurde bereits weitergeleitet.',
  'transfer.target.blocked.consulting': 'Eine Rückfrage läuft: Schließen Sie sie zuerst ab oder brechen Sie sie ab.',

  'transfer.confirm.title':
    '{presence, select, offline {{name} ist offline} busy {{name} ist beschäftigt} away {{name} ist abwesend} other {{name} ist im Status „{label}“}}',
  'transfer.confirm.body':
    'Solange {name} {presence, select, offline {offline} busy {beschäftigt} away {abwesend} other {im Status „{label}“}} ist, wird der Anruf möglicherweise nicht angenommen: Er könnte unbeantwortet bleiben oder auf der Voicemail landen. {kind, select, blind {Den Anruf trotzdem weiterleiten?} other {Die Rückfrage trotzdem starten?}}',
  'transfer.confirm.transferAnyway': 'Trotzdem weiterleiten',
  'transfer.confirm.consultAnyway': 'Trotzdem Rückfrage starten',
  'transfer.confirm.watch': 'Benachrichtigen, wenn verfügbar',
  'transfer.confirm.cancel': 'Abbrechen',

  'transfer.consult.label': 'Weiterleitung mit Rückfrage',
  'transfer.consult.title': 'Rückfrage: {destination}',
  'transfer.consult.speakToLabel': 'Mit wem Sie sprechen',
  'transfer.consult.speakTo.destination': 'Nur {destination}',
  'transfer.consult.speakTo.customer': 'Nur {customer}',
  'transfer.consult.speakTo.both': 'Beide, getrennt',
  'transfer.consult.speakTo.conference': 'Konferenz: alle drei',
  'transfer.consult.complete': 'Weiterleitung an {destination} abschließen',
  'transfer.consult.cancel': 'Rückfrage abbrechen',

  'transfer.toast.transferredTitle': 'Anruf weitergeleitet',
  'transfer.toast.transferredMessage': 'Der Anruf wurde an {name} weitergeleitet.',

  'transfer.watch.toastTitle': '{name} ist verfügbar',
  'transfer.watch.toastMessage': 'Sie wollten benachrichtigt werden: Sie können den Anruf jetzt weiterleiten.',
  'transfer.available.title': '{name} ist verfügbar',
  'transfer.available.body': 'Sie wollten benachrichtigt werden, sobald {name} verfügbar ist.',
  'transfer.available.transferNow': 'Jetzt weiterleiten',
  'transfer.available.dismiss': 'Schließen',

  'transfer.pinned.unnamedUser': 'Unbenannter Benutzer',
  'transfer.pinned.withoutNumber.title': 'Einige Favoriten oder zuletzt verwendete Personen können keine Weiterleitungen annehmen',
  'transfer.pinned.withoutNumber.body':
    '{name} hat in Genesys Cloud keine {uc}-Nummer mehr, daher können keine Anrufe an diese Person weitergeleitet werden.',
  'transfer.pinned.removeFavorite': '{name} aus Favoriten entfernen',

  'transfer.ineligible.tag.noNumber': 'Keine {uc}-Nummer',
  'transfer.ineligible.tag.undialable': 'Nummer nicht wählbar',
  'transfer.ineligible.tag.shared': 'Geteilte Nummer',
  'transfer.ineligible.tag.inactive': 'Inaktiv',
  'transfer.ineligible.noNumber':
    '{name} hat keine {uc}-Nummer, daher können keine Anrufe an diese Person weitergeleitet werden. Ein Administrator kann sie hinzufügen (im Feld „Anderes Telefon“, das aus dem Verzeichnis bereitgestellt wird).',
  'transfer.ineligible.undialable':
    'Die {uc}-Nummer von {name}, „{shown}“, ist keine vollständige internationale Nummer (wie +13175550101), daher können keine Anrufe an diese Person weitergeleitet werden. Ein Administrator kann sie im Verzeichnis korrigieren.',
  'transfer.ineligible.shared':
    '{name} hat dieselbe {uc}-Nummer wie {other}, daher könnte eine Weiterleitung die falsche Person erreichen. Ein Administrator kann sie im Verzeichnis korrigieren.',
  'transfer.ineligible.inactive': '{name} ist in Genesys Cloud inaktiv, daher können keine Anrufe an diese Person weitergeleitet werden.',

  'transfer.failure.callEnded.title': 'Der Anruf wurde beendet',
  'transfer.failure.callEnded.detail':
    'Es gibt keinen verbundenen Anruf, daher wurde beim Versuch, {action, select, blind {den Anruf an {name} weiterzuleiten} consult {eine Rückfrage bei {name} zu starten} speak-to {zu ändern, mit wem Sie sprechen} complete {die Weiterleitung mit Rückfrage abzuschließen} other {die Rückfrage abzubrechen}}, nichts gesendet.',
  'transfer.failure.noNumber.title': '{name} hat keine {uc}-Nummer',
  'transfer.failure.noNumber.detail':
    'Genesys Cloud hat keine {uc}-Nummer für {name}, daher kann der Anruf nicht an diese Person gehen. Es wurde nichts gesendet.{unchanged, select, yes { Ihr Anruf mit {customer} bleibt unverändert bei Ihnen.} other {}} Ein Administrator kann sie hinzufügen (im Feld „Anderes Telefon“, das aus dem Verzeichnis bereitgestellt wird).',
  'transfer.failure.malformedNumber.title': 'Die {uc}-Nummer von {name} kann nicht gewählt werden',
  'transfer.failure.malformedNumber.detail':
    '„{shown}“ ist keine vollständige internationale Nummer (wie +13175550101), daher konnte der Anruf die Person nicht erreichen. Es wurde nichts gesendet.{unchanged, select, yes { Ihr Anruf mit {customer} bleibt unverändert bei Ihnen.} other {}} Ein Administrator kann sie im Verzeichnis korrigieren.',
  'transfer.failure.unreachable.title': 'Genesys Cloud ist nicht erreichbar',
  'transfer.failure.unreachable.detail':
    'Die Anfrage, {action, select, blind {den Anruf an {name} weiterzuleiten} consult {eine Rückfrage bei {name} zu starten} speak-to {zu ändern, mit wem Sie sprechen} complete {die Weiterleitung mit Rückfrage abzuschließen} other {die Rückfrage abzubrechen}}, wurde nicht beantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut; der Anruf wird so angezeigt, wie Genesys Cloud ihn jetzt meldet.',
  'transfer.failure.refused.title':
    'Genesys Cloud hat es abgelehnt, {action, select, blind {den Anruf an {name} weiterzuleiten} consult {eine Rückfrage bei {name} zu starten} speak-to {zu ändern, mit wem Sie sprechen} complete {die Weiterleitung mit Rückfrage abzuschließen} other {die Rückfrage abzubrechen}}',
  'transfer.failure.refused.detail':
    '{message}{unchanged, select, yes { Ihr Anruf mit {customer} bleibt unverändert bei Ihnen.} other {}} Ein Genesys Cloud-Administrator kann die Berechtigung unter Admin > Rollen/Berechtigungen erteilen.',
  'transfer.failure.rateLimited.title': 'Genesys Cloud begrenzt die Anfragen',
  'transfer.failure.rateLimited.detail':
    'In der letzten Minute wurden zu viele Anfragen gestellt, daher hat Genesys Cloud {action, select, blind {den Anruf nicht an {name} weitergeleitet} consult {keine Rückfrage bei {name} gestartet} speak-to {nicht geändert, mit wem Sie sprechen} complete {die Weiterleitung mit Rückfrage nicht abgeschlossen} other {die Rückfrage nicht abgebrochen}}.{unchanged, select, yes { Ihr Anruf mit {customer} bleibt unverändert bei Ihnen.} other {}} Versuchen Sie es gleich noch einmal.',
  'transfer.failure.endedBefore.title': 'Der Anruf endete vor der Weiterleitung',
  'transfer.failure.endedBefore.detail':
    'Der Anruf {status, select, transferred {wurde bereits weitergeleitet} other {wurde beendet}}, während versucht wurde, {action, select, blind {ihn an {name} weiterzuleiten} consult {eine Rückfrage bei {name} zu starten} speak-to {zu ändern, mit wem Sie sprechen} complete {die Weiterleitung mit Rückfrage abzuschließen} other {die Rückfrage abzubrechen}}; daher wurde nichts weitergeleitet.',
  'transfer.failure.couldNot.title':
    'Genesys Cloud konnte {action, select, blind {den Anruf nicht an {name} weiterleiten} consult {keine Rückfrage bei {name} starten} speak-to {nicht ändern, mit wem Sie sprechen} complete {die Weiterleitung mit Rückfrage nicht abschließen} other {die Rückfrage nicht abbrechen}}',
  'transfer.failure.couldNot.detail':
    '{message}{unchanged, select, yes { Ihr Anruf mit {customer} bleibt unverändert bei Ihnen.} other {}}',
  'transfer.failure.couldNot.detailRetry':
    '{message}{unchanged, select, yes { Ihr Anruf mit {customer} bleibt unverändert bei Ihnen.} other {}} Versuchen Sie es erneut.',
  'transfer.failure.dismiss': 'Schließen',
};
