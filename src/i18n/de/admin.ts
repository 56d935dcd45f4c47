import type { AreaMessages } from '@/i18n/catalog-types';
import type { admin as en } from '@/i18n/en/admin';

export const admin: AreaMessages<typeof en> = {
  'admin.page.loadingPermissions': 'Ihre Berechtigungen werden geladen…',
  'admin.page.loadingChecks': 'Die Admin-Prüfungen werden geladen…',
  'admin.page.unavailable.title': 'Die Admin-Prüfungen stehen Ihnen nicht zur Verfügung',
  'admin.page.unavailable.lead': 'Ihren Genesys Cloud-Rollen fehlt, was die Admin-Prüfungen benötigen:',
  'admin.page.unavailable.why.roleView': '{permission}, um Rollen, ihre Berechtigungen und deren Inhaber zu lesen',
  'admin.page.unavailable.why.grantView': '{permission}, um die Rollenzuweisungen anderer Personen zu lesen',
  'admin.page.unavailable.howToGrant':
    'Ein Genesys Cloud-Administrator kann sie unter Admin > Rollen/Berechtigungen erteilen (die Admin-Rolle aus der Einrichtung dieser App enthält beide).',

  'admin.checks.title': 'Administration',
  'admin.checks.summary': 'Wer {uc}-Präsenzanzeigen sehen kann und ob die Bereitstellung fehlerfrei ist.',
  'admin.checks.permissionsHeading': 'Berechtigungen für Präsenzanzeigen',
  'admin.checks.rolesHeading': 'Rollen',

  'admin.integration.heading': '{uc}-Integration',
  'admin.integration.missing.title': 'Die {uc}-Integration fehlt oder ist inaktiv',
  'admin.integration.missing.problem':
    'Die UC-clientapps-Liste enthält keinen aktiven {uc}-Eintrag (integrationPresenceSource {ucSource}): Niemand sieht {uc}-Präsenzanzeigen.',
  'admin.integration.missing.fix':
    'Installieren Sie unter Admin > Integrationen die {uc}-Integration für Unified Communications und setzen Sie sie auf Aktiv.',
  'admin.integration.unchecked.title': 'Die {uc}-Integration konnte nicht geprüft werden',
  'admin.integration.unchecked.body':
    'Zum Lesen ist {permission} erforderlich, das Ihre Rollen nicht enthalten. Die folgenden Prüfungen verwenden die dokumentierten Standardberechtigungen.',
  'admin.integration.status': 'Status',
  'admin.integration.statusValue': 'Vorhanden und aktiv ({name})',
  'admin.integration.presence': 'Präsenz',
  'admin.integration.polledEvery': 'alle {interval} abgefragt',
  'admin.integration.polledUnknown': 'regelmäßig abgefragt (Intervall nicht angegeben)',
  'admin.integration.pushed': 'von {uc} übertragen',
  'admin.integration.pbxPermission': '{uc}-Berechtigung (pbxPermission)',
  'admin.integration.notDeclared': 'nicht angegeben',
  'admin.integration.userPermissions': 'Benutzerberechtigungen',
  'admin.integration.noneDeclared': 'keine angegeben',

  'admin.capability.seeBadges': '{uc}-Präsenzanzeigen sehen',
  'admin.capability.seeUcOnTransfer': '{uc}-Präsenz beim Weiterleiten sehen',
  'admin.capability.searchDirectory': 'Verzeichnis durchsuchen',
  'admin.capability.blindTransfer': 'Blinde Weiterleitung',
  'admin.capability.consultTransfer': 'Weiterleitung mit Rückfrage',
  'admin.capability.runAdminChecks': 'Admin-Prüfungen ausführen',

  'admin.matrix.loading': 'Rollen und Zuweisungen werden gelesen…',
  'admin.matrix.caption': 'Funktionen von {name}',
  'admin.matrix.capability': 'Funktion',
  'admin.matrix.status': 'Status',
  'admin.matrix.needs': 'Erfordert',
  'admin.matrix.allowed': 'Erlaubt',
  'admin.matrix.notAllowed': 'Nicht erlaubt',
  'admin.matrix.notAllowedMissing': 'Nicht erlaubt · fehlend: {permissions}',
  'admin.matrix.held': 'vorhanden',
  'admin.matrix.heldThrough': 'vorhanden über {roles}',
  'admin.matrix.roleInDivisions': '{role} ({divisions})',
  'admin.matrix.missing': 'fehlt',

  'admin.search.label': 'Person prüfen',
  'admin.search.placeholder': 'Name oder E-Mail',
  'admin.search.noMatch': 'Keine Treffer.',
  'admin.search.results': 'Gefundene Personen',
  'admin.check.lead':
    'Warum sieht jemand keine {uc}-Präsenzanzeigen oder keine {uc}-Präsenz beim Weiterleiten? Suchen Sie die Person nach Name oder E-Mail.',
  'admin.check.answer': 'Antwort für {name}',
  'admin.check.verdictAllowed': '{name} sieht die {uc}-Präsenz: Anzeigen und Präsenz beim Weiterleiten.',
  'admin.check.verdictBlocked':
    '{name} sieht keine {uc}-Präsenz: {count, plural, one {# Berechtigung fehlt} other {# Berechtigungen fehlen}}.',
  'admin.check.capabilities': 'Was {name} sieht',
  'admin.check.missingHeading': 'Fehlt in Genesys Cloud',
  'admin.check.grantedBy': 'Erteilt durch diese Rollen: {roles}',
  'admin.check.noRole':
    'Keine Rolle dieser Organisation erteilt sie: Fügen Sie sie zuerst unter Admin > Rollen/Berechtigungen einer Rolle hinzu.',
  'admin.check.next':
    'Nächster Schritt: Weisen Sie {name} {count, plural, one {eine dieser Rollen} other {für jede fehlende Berechtigung eine Rolle}} zu, unter Admin > Personen > {name} > Rollen.',
  'admin.check.open': '{name} in der Genesys Cloud-Administration öffnen',
  'admin.check.noLinkDemo': 'Demomodus: Hier gibt es kein Genesys Cloud zum Öffnen.',
  'admin.check.noLinkHost':
    'Genesys Cloud hat seine Adresse (gcHostOrigin) nicht in der URL der App übergeben, daher kann die App nicht auf die Person verlinken.',

  'admin.roles.loading': 'Rollen werden gelesen…',
  'admin.roles.caption': 'Rollen, die die einzelnen Berechtigungen erteilen',
  'admin.roles.permission': 'Berechtigung',
  'admin.roles.grantedBy': 'Erteilt durch',
  'admin.roles.noRole': 'Keine Rolle erteilt sie',
  'admin.roles.roleHolders': '{role} ({count, plural, one {# Benutzer} other {# Benutzer}})',
  'admin.roles.roleHoldersLoading': '{role} (…)',
  'admin.roles.withoutBadges.heading': 'Personen, die weiterleiten, aber keine Präsenzanzeigen sehen',
  'admin.roles.withoutBadges.loading': 'Inhaber dieser Rollen werden gelesen…',
  'admin.roles.withoutBadges.none': 'Alle Personen, deren Rollen Weiterleitungen erlauben, sehen {uc}-Präsenzanzeigen.',
  'admin.roles.withoutBadges.summary':
    '{count, plural, one {# Person hat} other {# Personen haben}} eine Rolle, die Weiterleitungen erlaubt, sieht aber keine {uc}-Präsenz: Diese Personen leiten an {uc}-Personen weiter, ohne zu sehen, ob diese verfügbar sind.',
  'admin.roles.withoutBadges.more': 'und {count} weitere.',
  'admin.roles.withoutBadges.group': 'Fehlend: {labels}',
  'admin.roles.withoutBadges.groupCount': '({count, plural, one {# Person} other {# Personen}})',
  'admin.roles.withoutBadges.fix':
    'Behebung: Weisen Sie jeder dieser Personen {count, plural, one {eine dieser Rollen} other {für jede Berechtigung eine Rolle}} zu, unter Admin > Personen > die Person > Rollen.',
  'admin.roles.withoutBadges.people': 'Personen, denen {labels} fehlt',
  'admin.roles.withoutBadges.namesUnreadable': 'Ihre Namen konnten nicht gelesen werden: Jede Person wird mit ihrer Benutzer-ID angezeigt.',

  'admin.audit.heading': 'Bereitstellungsprüfung',
  'admin.audit.summary':
    'Liest alle Benutzer der Organisation im Hintergrund ({pageSize} pro Anfrage, inaktive und gelöschte eingeschlossen) und lässt dabei Raum für alles andere, was die App tut; danach die {uc}-Präsenz von bis zu {sampleSize} von ihnen.',
  'admin.audit.run': 'Prüfung starten',
  'admin.audit.runAgain': 'Erneut ausführen',
  'admin.audit.cancel': 'Abbrechen',
  'admin.audit.cancelling': 'Wird abgebrochen…',
  'admin.audit.resume': 'Fortsetzen',
  'admin.audit.threshold': 'Präsenz gilt als veraltet nach (Minuten)',
  'admin.audit.progressLabel': 'Fortschritt der Prüfung',
  'admin.audit.starting': 'Wird gestartet…',
  'admin.audit.numberRules.loading': 'Telefonnummern werden geprüft…',
  'admin.audit.numberRules.failed': 'Die Regeln für Telefonnummern wurden nicht geladen',
  'admin.audit.numberRules.failedDetail':
    'Die Ergebnisse brauchen sie. Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut; schlägt es weiter fehl, laden Sie die App neu.',
  'admin.audit.progress.nothingRead': 'Noch keine Benutzer gelesen',
  'admin.audit.progress.users':
    '{read} von {total, plural, one {# Benutzer} other {# Benutzern}} gelesen ({pages} von {pageCount, plural, one {# Seite} other {# Seiten}})',
  'admin.audit.progress.usersNoTotal':
    '{read, plural, one {# Benutzer} other {# Benutzer}} gelesen ({pages} von {pageCount, plural, one {# Seite} other {# Seiten}})',
  'admin.audit.progress.usersAndPresence':
    '{read} von {total, plural, one {# Benutzer} other {# Benutzern}} gelesen ({pages} von {pageCount, plural, one {# Seite} other {# Seiten}}), {uc}-Präsenz: {presenceRead} von {presenceCount, plural, one {# Anfrage} other {# Anfragen}}',
  'admin.audit.cancelled.title': 'Prüfung abgebrochen',
  'admin.audit.cancelled.body':
    '{pages} von {pageCount, plural, one {# Seite} other {# Seiten}} gelesen. „Fortsetzen“ macht bei Seite {nextPage} weiter; die Befunde unten umfassen die bisher gelesenen Benutzer.',
  'admin.audit.cancelled.pagesDone':
    '{pageCount, plural, one {Die Seite wurde gelesen} other {Alle # Seiten wurden gelesen}}. „Fortsetzen“ liest die noch fehlende {uc}-Präsenz.',
  'admin.audit.cancelled.nothingRead': 'Es wurde noch keine Seite gelesen. „Fortsetzen“ beginnt mit der ersten Seite.',
  'admin.audit.interrupted.title': 'Prüfung unterbrochen',
  'admin.audit.interrupted.body':
    '{reason}. {pages} von {pageCount, plural, one {# Seite bleibt} other {# Seiten bleiben}} erhalten; {resume, select, auto {die Prüfung wird automatisch fortgesetzt, sobald Genesys Cloud wieder Anfragen zulässt.} other {„Fortsetzen“ macht dort weiter, wo sie angehalten hat.}}',
  'admin.audit.interrupted.nothingRead':
    '{reason}. Es wurde noch keine Seite gelesen; {resume, select, auto {die Prüfung wird automatisch fortgesetzt, sobald Genesys Cloud wieder Anfragen zulässt.} other {„Fortsetzen“ beginnt mit der ersten Seite.}}',

  'admin.audit.ago.underMinute': 'vor weniger als einer Minute',
  'admin.audit.ago.minutes': 'vor {minutes} Min.',
  'admin.audit.ago.hours': 'vor {hours} Std.',
  'admin.audit.ago.days': '{days, plural, one {vor # Tag} other {vor # Tagen}}',

  'admin.sync.heading': 'Präsenzsynchronisierung',
  'admin.sync.none': 'Für die Stichprobe der Benutzer wurde keine {uc}-Präsenz gefunden.',
  'admin.sync.summary':
    '{uc}-Präsenz von {count, plural, one {# Benutzer} other {# Benutzern}}: letzte Änderung {newest}, Median {median}.',
  'admin.sync.stale.title': '{uc}-Präsenz wird nicht synchronisiert',
  'admin.sync.stale.problem':
    'Seit mehr als {minutes, plural, one {# Minute} other {# Minuten}} hat sich keine {uc}-Präsenz geändert (letzte Änderung {newest}): Die Präsenzanzeigen zeigen veraltete Status.',
  'admin.sync.stale.fix':
    'Prüfen Sie den Präsenz-OAuth-Client auf der {uc}-Seite (Client Credentials mit Integration > Presence > All und Presence > All): Er ist wahrscheinlich deaktiviert, abgelaufen oder hat seine Rolle verloren.',

  'admin.findings.region': 'Befunde',
  'admin.findings.heading':
    '{findings, plural, =0 {Keine Befunde} one {# Befund} other {# Befunde}} bei {users, plural, one {# Benutzer} other {# Benutzern}}',
  'admin.findings.headingSoFar':
    '{findings, plural, =0 {Keine Befunde} one {# Befund} other {# Befunde}} bei {users, plural, one {# bisher gelesenen Benutzer} other {# bisher gelesenen Benutzern}}',
  'admin.findings.export': 'CSV exportieren',
  'admin.findings.fileName': '{ucSlug}-bereitstellungsbefunde.csv',
  'admin.findings.filter': 'Anzeigen',
  'admin.findings.filterAll': 'Alle Arten ({count})',
  'admin.findings.filterKind': '{kind} ({count})',
  'admin.findings.kindCount': '({count, plural, one {# Person} other {# Personen}})',
  'admin.findings.person': 'Person',
  'admin.findings.finding': 'Befund',
  'admin.findings.problem': 'Problem',
  'admin.findings.fix': 'Behebung',
  'admin.findings.firstShown': 'Die ersten {count} werden angezeigt; die CSV-Datei enthält alle.',

  'admin.finding.noNumber.title': 'Reiner UC-Benutzer ohne {uc}-Nummer',
  'admin.finding.noNumber.emptyProblem': 'Das {uc}-Feld „Anderes Telefon“ ist leer.',
  'admin.finding.noNumber.placeholderProblem':
    'Dieses Konto hat sich nie bei Genesys Cloud angemeldet (ein von SCIM angelegter Platzhalter für einen reinen UC-Benutzer) und hat keine {uc}-Nummer: Niemand kann die Person anrufen oder an sie weiterleiten, und es kann keine Präsenzanzeige erscheinen.',
  'admin.finding.noNumber.fix':
    'Tragen Sie die telephoneNumber der Person im {uc}-Verzeichnis ein; SCIM kopiert sie in ihr Feld „Anderes Telefon“ (phoneNumbers vom Typ „{ucTag}“).',
  'admin.finding.invalidNumber.title': '{uc}-Nummer ist keine gültige E.164-Nummer',
  'admin.finding.invalidNumber.problem':
    '„{number}“ ist keine E.164-Nummer: Weiterleitungen dorthin schlagen fehl oder klingeln am falschen Ort.',
  'admin.finding.invalidNumber.fix':
    'Korrigieren Sie die Nummer im {uc}-Verzeichnis in das E.164-Format: „+“, Ländervorwahl und nur Ziffern, ohne Leerzeichen oder Durchwahl (zum Beispiel +14155550123).',
  'admin.finding.duplicateNumber.title': 'Dieselbe {uc}-Nummer bei zwei Personen',
  'admin.finding.duplicateNumber.problem':
    'Die {uc}-Nummer {number} gehört auch {others}: Eine Weiterleitung an eine der Personen lässt dasselbe Telefon klingeln.',
  'admin.finding.duplicateNumber.fix':
    'Geben Sie jeder Person im {uc}-Verzeichnis eine eigene Nummer; SCIM aktualisiert dann das Feld „Anderes Telefon“.',
  'admin.finding.notPrimary.title': '{uc}-Nummer ist nicht die primäre Telefonnummer',
  'admin.finding.notPrimary.problem':
    'Die primäre Telefonnummer ist {phones}, nicht die {uc}-Nummer {number}: Anrufe an diesen reinen UC-Benutzer klingeln in Genesys Cloud statt bei {uc}.',
  'admin.finding.notPrimary.fix':
    'Machen Sie „Anderes Telefon“ (die {uc}-Nummer) im Genesys Cloud-Profil der Person zur primären Telefonnummer, oder verhindern Sie, dass SCIM für reine UC-Benutzer weitere Nummern sendet.',
  'admin.finding.inactiveListed.title': 'Inaktiver Benutzer hat noch eine {uc}-Nummer',
  'admin.finding.inactiveListed.problem':
    'Das Konto ist inaktiv, hat aber noch die {uc}-Nummer {number}; es erscheint daher weiterhin in {uc}-Suchen und kann für Weiterleitungen ausgewählt werden.',
  'admin.finding.deletedListed.title': 'Gelöschter Benutzer hat noch eine {uc}-Nummer',
  'admin.finding.deletedListed.problem':
    'Das Konto ist gelöscht, hat aber noch die {uc}-Nummer {number}; es erscheint daher weiterhin in {uc}-Suchen und kann für Weiterleitungen ausgewählt werden.',
  'admin.finding.listed.fix':
    'Wenn die Person nicht mehr da ist, entfernen Sie sie (oder ihre Nummer) aus dem {uc}-Verzeichnis, damit SCIM die Nummer deprovisioniert; wenn sie zurück ist, reaktivieren Sie das Genesys Cloud-Konto.',

  'admin.person.unnamed': 'Unbenannter Benutzer',
  'admin.person.email': 'E-Mail',
  'admin.person.department': 'Abteilung',
  'admin.person.title': 'Position',
  'admin.person.state': 'Status',
  'admin.person.stateValue': '{state, select, active {aktiv} inactive {inaktiv} deleted {gelöscht} other {{state}}}',
  'admin.person.ucNumber': '{uc}-Nummer',
  'admin.person.emptyNumber': '(leer)',
  'admin.person.primaryPhone': 'Primäre Telefonnummer',
  'admin.person.signedIn': 'Bei Genesys Cloud angemeldet',
  'admin.person.signedInYes': 'Ja',
  'admin.person.signedInNever': 'Nie',
  'admin.person.userId': 'Benutzer-ID',
  'admin.person.close': 'Schließen',
};
