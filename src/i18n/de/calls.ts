import type { AreaMessages } from '@/i18n/catalog-types';
import type { calls as en } from '@/i18n/en/calls';

export const calls: AreaMessages<typeof en> = {
  'calls.call.consultedPerson': 'die konsultierte Person',
  'calls.target.label': 'Weiterleitung an {name}',
  'calls.target.number': '{uc} {number}',
  'calls.target.transfer': 'An {name} weiterleiten',
  'calls.target.consult': 'Zuerst Rückfrage bei {name}',
  // The buttons' visible text; their accessible names (above) say whom.
  'calls.target.transferShort': 'Weiterleiten',
  'calls.target.consultShort': 'Rückfrage',
  'calls.target.addFavorite': 'Zu Favoriten hinzufügen',
  'calls.target.removeFavorite': 'Aus Favoriten entfernen',
  'calls.target.watch': 'Benachrichtigen, wenn verfügbar',
  'calls.target.stopWatching': 'Nicht mehr benachrichtigen',
  'calls.target.watching': 'Sie erhalten eine Benachrichtigung, sobald {name} verfügbar ist.',
  'calls.target.blocked.chooseCall': 'Wählen Sie zuerst den Anruf aus, den Sie weiterleiten möchten.',
  'calls.target.blocked.noCall': 'Es gibt keinen Anruf zum Weiterleiten.',
  'calls.target.blocked.ended': 'Der Anruf wurde beendet und kann daher nicht weitergeleitet werden.',
  'calls.target.blocked.transferred': 'Der Anruf wurde bereits weitergeleitet.',
  'calls.target.blocked.consulting': 'Eine Rückfrage läuft: Schließen Sie sie zuerst ab oder brechen Sie sie ab.',
  'calls.confirm.title':
    '{presence, select, offline {{name} ist offline} busy {{name} ist beschäftigt} away {{name} ist abwesend} other {{name} ist im Status „{label}“}}',
  'calls.confirm.body':
    'Solange {name} {presence, select, offline {offline} busy {beschäftigt} away {abwesend} other {im Status „{label}“}} ist, wird der Anruf möglicherweise nicht angenommen: Er könnte unbeantwortet bleiben oder auf der Voicemail landen. {kind, select, blind {Den Anruf trotzdem weiterleiten?} other {Die Rückfrage trotzdem starten?}}',
  'calls.confirm.transferAnyway': 'Trotzdem weiterleiten',
  'calls.confirm.consultAnyway': 'Trotzdem Rückfrage starten',
  'calls.confirm.watch': 'Benachrichtigen, wenn verfügbar',
  'calls.confirm.cancel': 'Abbrechen',
  'calls.consult.label': 'Weiterleitung mit Rückfrage',
  'calls.consult.title': 'Rückfrage: {destination}',
  'calls.consult.speakToLabel': 'Mit wem Sie sprechen',
  'calls.consult.speakTo.destination': 'Nur {destination}',
  'calls.consult.speakTo.customer': 'Nur {customer}',
  'calls.consult.speakTo.both': 'Beide, getrennt',
  'calls.consult.speakTo.conference': 'Konferenz: alle drei',
  'calls.consult.complete': 'Weiterleitung an {destination} abschließen',
  'calls.consult.cancel': 'Rückfrage abbrechen',
  'calls.toast.transferredTitle': 'Anruf weitergeleitet',
  'calls.toast.transferredMessage': 'Der Anruf wurde an {name} weitergeleitet.',
  'calls.available.title': '{name} ist verfügbar',
  'calls.available.body': 'Sie wollten benachrichtigt werden, sobald {name} verfügbar ist.',
  'calls.available.transferNow': 'Jetzt weiterleiten',
  'calls.available.dismiss': 'Schließen',
  'calls.failure.callEnded.title': 'Der Anruf wurde beendet',
  'calls.failure.callEnded.detail':
    'Es gibt keinen verbundenen Anruf, daher wurde beim Versuch, {action, select, blind {den Anruf an {name} weiterzuleiten} consult {eine Rückfrage bei {name} zu starten} speak-to {zu ändern, mit wem Sie sprechen} complete {die Weiterleitung mit Rückfrage abzuschließen} other {die Rückfrage abzubrechen}}, nichts gesendet.',
  'calls.failure.noNumber.title': '{name} hat keine {uc}-Nummer',
  'calls.failure.noNumber.detail':
    'Genesys Cloud hat keine {uc}-Nummer für {name}, daher kann der Anruf nicht an diese Person gehen. Es wurde nichts gesendet.{unchanged, select, yes { Ihr Anruf mit {customer} bleibt unverändert bei Ihnen.} other {}} Ein Administrator kann sie hinzufügen (im Feld „Anderes Telefon“, das aus dem Verzeichnis bereitgestellt wird).',
  'calls.failure.malformedNumber.title': 'Die {uc}-Nummer von {name} kann nicht gewählt werden',
  'calls.failure.malformedNumber.detail':
    '„{shown}“ ist keine vollständige internationale Nummer (wie +13175550101), daher konnte der Anruf die Person nicht erreichen. Es wurde nichts gesendet.{unchanged, select, yes { Ihr Anruf mit {customer} bleibt unverändert bei Ihnen.} other {}} Ein Administrator kann sie im Verzeichnis korrigieren.',
  'calls.failure.unreachable.title': 'Genesys Cloud ist nicht erreichbar',
  'calls.failure.unreachable.detail':
    'Die Anfrage, {action, select, blind {den Anruf an {name} weiterzuleiten} consult {eine Rückfrage bei {name} zu starten} speak-to {zu ändern, mit wem Sie sprechen} complete {die Weiterleitung mit Rückfrage abzuschließen} other {die Rückfrage abzubrechen}}, wurde nicht beantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut; der Anruf wird so angezeigt, wie Genesys Cloud ihn jetzt meldet.',
  'calls.failure.refused.title':
    'Genesys Cloud hat es abgelehnt, {action, select, blind {den Anruf an {name} weiterzuleiten} consult {eine Rückfrage bei {name} zu starten} speak-to {zu ändern, mit wem Sie sprechen} complete {die Weiterleitung mit Rückfrage abzuschließen} other {die Rückfrage abzubrechen}}',
  'calls.failure.refused.detail':
    '{message}{unchanged, select, yes { Ihr Anruf mit {customer} bleibt unverändert bei Ihnen.} other {}} Ein Genesys Cloud-Administrator kann die Berechtigung unter Admin > Rollen/Berechtigungen erteilen.',
  'calls.failure.rateLimited.title': 'Genesys Cloud begrenzt die Anfragen',
  'calls.failure.rateLimited.detail':
    'In der letzten Minute wurden zu viele Anfragen gestellt, daher hat Genesys Cloud {action, select, blind {den Anruf nicht an {name} weitergeleitet} consult {keine Rückfrage bei {name} gestartet} speak-to {nicht geändert, mit wem Sie sprechen} complete {die Weiterleitung mit Rückfrage nicht abgeschlossen} other {die Rückfrage nicht abgebrochen}}.{unchanged, select, yes { Ihr Anruf mit {customer} bleibt unverändert bei Ihnen.} other {}} Versuchen Sie es gleich noch einmal.',
  'calls.failure.endedBefore.title': 'Der Anruf endete vor der Weiterleitung',
  'calls.failure.endedBefore.detail':
    'Der Anruf {status, select, transferred {wurde bereits weitergeleitet} other {wurde beendet}}, während versucht wurde, {action, select, blind {ihn an {name} weiterzuleiten} consult {eine Rückfrage bei {name} zu starten} speak-to {zu ändern, mit wem Sie sprechen} complete {die Weiterleitung mit Rückfrage abzuschließen} other {die Rückfrage abzubrechen}}; daher wurde nichts weitergeleitet.',
  'calls.failure.couldNot.title':
    'Genesys Cloud konnte {action, select, blind {den Anruf nicht an {name} weiterleiten} consult {keine Rückfrage bei {name} starten} speak-to {nicht ändern, mit wem Sie sprechen} complete {die Weiterleitung mit Rückfrage nicht abschließen} other {die Rückfrage nicht abbrechen}}',
  'calls.failure.couldNot.detail': '{message}{unchanged, select, yes { Ihr Anruf mit {customer} bleibt unverändert bei Ihnen.} other {}}',
  'calls.failure.couldNot.detailRetry':
    '{message}{unchanged, select, yes { Ihr Anruf mit {customer} bleibt unverändert bei Ihnen.} other {}} Versuchen Sie es erneut.',
  'calls.failure.dismiss': 'Schließen',

  'calls.watch.toastTitle': '{name} ist verfügbar',
  'calls.watch.toastMessage': 'Sie wollten benachrichtigt werden: Sie können den Anruf jetzt weiterleiten.',

  'calls.ineligible.noNumber':
    '{name} hat keine {uc}-Nummer, daher können keine Anrufe an diese Person weitergeleitet werden. Ein Administrator kann sie hinzufügen (im Feld „Anderes Telefon“, das aus dem Verzeichnis bereitgestellt wird).',
  'calls.ineligible.undialable':
    'Die {uc}-Nummer von {name}, „{shown}“, ist keine vollständige internationale Nummer (wie +13175550101), daher können keine Anrufe an diese Person weitergeleitet werden. Ein Administrator kann sie im Verzeichnis korrigieren.',
  'calls.ineligible.shared':
    '{name} hat dieselbe {uc}-Nummer wie {other}, daher könnte eine Weiterleitung die falsche Person erreichen. Ein Administrator kann sie im Verzeichnis korrigieren.',
  'calls.ineligible.inactive': '{name} ist in Genesys Cloud inaktiv, daher können keine Anrufe an diese Person weitergeleitet werden.',
};
