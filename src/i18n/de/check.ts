import type { AreaMessages } from '@/i18n/catalog-types';
import type { check as en } from '@/i18n/en/check';

export const check: AreaMessages<typeof en> = {
  'check.page.title': 'Organisationsprüfung',
  'check.page.summary':
    'Prüft, wie Ihre Genesys Cloud-Organisation die Fragen beantwortet, die die App nicht allein klären kann, und sagt, was die App mit jeder Antwort tun wird. Führen Sie sie nach der Bereitstellung einmal als Administrator aus.',
  'check.page.loadingPermissions': 'Ihre Berechtigungen werden geladen…',

  'check.run.budget':
    'Ein Durchlauf sendet höchstens {budget} Anfragen an Genesys Cloud und legt einen Benachrichtigungskanal an, den Genesys Cloud selbst wieder entfernt.',
  'check.run.start': 'Prüfung starten',
  'check.run.again': 'Erneut prüfen',
  'check.run.running': 'Ihre Organisation wird geprüft…',
  'check.run.used': '{used} von höchstens {budget} Anfragen gesendet.',
  'check.run.summary':
    '{warnings, plural, =0 {Keine Warnungen} one {# Warnung} other {# Warnungen}}, {notChecked, plural, =0 {alle Tests geprüft} one {# Test nicht geprüft} other {# Tests nicht geprüft}}.',

  'check.table.caption': 'Was die Prüfung gefunden hat',
  'check.table.probe': 'Test',
  'check.table.found': 'Befund',
  'check.table.action': 'Was die App tun wird',
  'check.table.status': 'Status',
  'check.table.fix': 'Abhilfe:',

  'check.status.ok': 'OK',
  'check.status.warning': 'Warnung',
  'check.status.info': 'Info',
  'check.status.notChecked': 'Nicht geprüft',

  'check.probe.integration': '{uc}-Integration',
  'check.probe.presenceField': 'Wo die {uc}-Präsenz ankommt',
  'check.probe.numberTags': 'Kennzeichnung der {uc}-Nummern',
  'check.probe.presenceSources': 'Präsenzquellen',
  'check.probe.bulkReader': 'Präsenz nach Quelle',
  'check.probe.topics': 'Live-Präsenzaktualisierungen',
  'check.probe.retryAfter': 'Wartezeiten bei Ratenlimits',
  'check.probe.clock': 'Uhr',
  'check.probe.scopes': 'OAuth-Bereiche',

  'check.notChecked.permission': 'Nicht geprüft: Ihnen fehlt {permissions}.',
  'check.notChecked.noSample': 'Nicht geprüft: Der Test der Kennzeichnungen fand keine {uc}-Person für die Stichprobe.',
  'check.notChecked.noSource': 'Nicht versucht: Es ist keine {uc}-Präsenzquelle aufgeführt, und die Prüfung errät nie eine Quell-ID.',
  'check.notChecked.sourcesUnread':
    'Nicht versucht: Die Präsenzquellen konnten nicht gelesen werden, und die Prüfung errät nie eine Quell-ID.',
  'check.notChecked.noClock': 'Nicht geprüft: Weder ein Date-Header noch der Ablauf eines Benachrichtigungskanals war lesbar.',
  'check.notChecked.budget': 'Nicht geprüft: Das Anfragebudget des Durchlaufs ist aufgebraucht.',
  'check.notChecked.failed': 'Konnte nicht geprüft werden: {error}',
  'check.notChecked.action': 'Unbekannt, bis dieser Test laufen kann.',
  'check.notChecked.fix.permission':
    'Führen Sie die Prüfung mit einem Konto aus, das diese Berechtigungen hat (Admin > Rollen/Berechtigungen).',

  'check.integration.served': 'Diese App dient {uc}. Aktive UC-Integrationen dieser Organisation: {active}.',
  'check.integration.servedNoneActive': 'Diese App dient {uc}. Keine UC-Integration dieser Organisation ist aktiv.',
  'check.integration.pushed': 'Die {uc}-Integration ist aktiv; {uc} überträgt die Präsenz an Genesys Cloud.',
  'check.integration.polled': 'Die {uc}-Integration ist aktiv; Genesys Cloud fragt die Präsenz alle {interval} bei {uc} ab.',
  'check.integration.polledUnknown': 'Die {uc}-Integration ist aktiv; Genesys Cloud fragt die Präsenz bei {uc} ab.',
  'check.integration.pbx': 'Sie deklariert die {uc}-Berechtigung {permission}.',
  'check.integration.noPbx': 'Sie deklariert keine {uc}-Berechtigung (pbxPermission).',
  'check.integration.iconsListed': 'Die Listenantwort enthält die Badge-Symbole (keine zweite Anfrage).',
  'check.integration.iconsEntryOnly': 'Die Listenantwort enthält keine Badge-Symbole: Die App liest den Eintrag dafür noch einmal.',
  'check.integration.missing':
    '{count, plural, =0 {Es ist keine Unified-Communications-Integration aufgeführt.} one {# Unified-Communications-Integration ist aufgeführt, nicht die von {uc}.} other {# Unified-Communications-Integrationen sind aufgeführt, keine davon von {uc}.}}',
  'check.integration.action.ok': 'Zeigt die {uc}-Präsenz allen, die {permissions} haben.',
  'check.integration.action.missing': 'Zeigt nirgends {uc}-Präsenz: Die Badges hängen von dieser Integration ab.',
  'check.integration.fix.missing': 'In Genesys Cloud unter Admin > Integrationen: Installieren und aktivieren Sie die {uc}-Integration.',
  'check.integration.fix.noPbx':
    'Die App nimmt {permission} an, was nicht bestätigt ist: Vergleichen Sie sie mit der {uc}-Berechtigung unter Admin > Rollen/Berechtigungen und erteilen Sie diese.',

  'check.presenceField.found': 'Die {uc}-Präsenz kam für {count} von {sampled} Personen der Stichprobe in {field}.',
  'check.presenceField.genesysOnly':
    '{count, plural, one {# Person kam} other {# Personen kamen}} nur mit ihrer Genesys Cloud-Präsenz zurück.',
  'check.presenceField.none': 'Für die {sampled} Personen der Stichprobe kam keine {uc}-Präsenz zurück.',
  'check.presenceField.action.ok':
    'Liest die {uc}-Präsenz aus {field}. Wer keine hat, wird als Unbekannt angezeigt, nie mit seiner Genesys Cloud-Präsenz.',
  'check.presenceField.action.none': 'Zeigt diese Personen als Unbekannt an.',
  'check.presenceField.fix':
    'Prüfen Sie, dass {uc} die Präsenz an Genesys Cloud überträgt: Der OAuth-Client, den {uc} nutzt (Client Credentials mit Integration > Presence > All und Presence > All), muss aktiv sein.',

  'check.numberTags.sample':
    'Stichprobe: {sampled, plural, one {# aktiver Benutzer} other {# aktive Benutzer}}, {withOther} mit einer Nummer unter „Anderes Telefon“.',
  'check.numberTags.tags': 'Integrationskennzeichen auf diesen Nummern: {tags}.',
  'check.numberTags.tag': '{tag} × {count}',
  'check.numberTags.noTags': 'Keine Nummer unter „Anderes Telefon“ trägt ein Integrationskennzeichen.',
  'check.numberTags.untagged':
    '{count, plural, one {# Nummer unter „Anderes Telefon“ hat} other {# Nummern unter „Anderes Telefon“ haben}} kein Kennzeichen.',
  'check.numberTags.action.tagged': 'Listet Personen, deren „Anderes Telefon“ für {uc} gekennzeichnet ist: {count} in dieser Stichprobe.',
  'check.numberTags.action.otherPhone':
    'Listet auch Personen mit ungekennzeichnetem „Anderes Telefon“ ({parameter}): {count} in dieser Stichprobe.',
  'check.numberTags.action.nobody':
    'Listet niemanden: Keine Nummer dieser Stichprobe ist für {uc} gekennzeichnet. Das Verzeichnis sagt das und nennt {parameter}.',
  'check.numberTags.action.noPhones': 'Listet niemanden: Niemand in dieser Stichprobe hat eine Nummer unter „Anderes Telefon“.',
  'check.numberTags.fix.otherPhone':
    'Fügen Sie {parameter} zur Anwendungs-URL jeder Client-App der App hinzu (Admin > Integrationen > die App > Konfiguration), oder lassen Sie SCIM das {uc}-Integrationskennzeichen schreiben.',
  'check.numberTags.fix.noPhones':
    'Prüfen Sie die SCIM-Zuordnung: Die telephoneNumber des Verzeichnisses muss phoneNumbers[type eq "{ucTag}"] erreichen, das Genesys Cloud als „Anderes Telefon“ speichert.',

  'check.presenceSources.listed':
    '{count, plural, one {# Präsenzquelle ist aufgeführt} other {# Präsenzquellen sind aufgeführt}}, {uc} darunter.',
  'check.presenceSources.unlisted':
    '{count, plural, one {# Präsenzquelle ist aufgeführt} other {# Präsenzquellen sind aufgeführt}}, keine davon von {uc}.',
  'check.presenceSources.action': 'Nichts ändert sich: Die App liest die Präsenz pro Person und braucht keine Quell-ID.',

  'check.bulkReader.works': 'Er antwortete mit der Präsenz von {answered} von {asked} Personen.',
  'check.bulkReader.refused': 'Er lehnte die aufgeführte {uc}-Quelle ab (HTTP {status}).',
  'check.bulkReader.action': 'Nicht verwendet: Die App liest die Präsenz pro Person, 100 Personen pro Anfrage statt 50.',

  'check.topics.accepted': 'Ein Benachrichtigungskanal hat {topic} angenommen.',
  'check.topics.refused': 'Ein Benachrichtigungskanal hat {topic} abgelehnt.',
  'check.topics.reason': 'Genesys Cloud meldet: {reason}',
  'check.topics.missingPermissions': 'Fehlt: {permissions}.',
  'check.topics.action.live': 'Hält die {uc}-Badges über den Benachrichtigungskanal live aktuell.',
  'check.topics.action.polled':
    'Fragt die {uc}-Präsenz stattdessen regelmäßig ab, im Rahmen ihres Anfragebudgets, und zeigt an, dass die Präsenz abgefragt wird.',
  'check.topics.fix':
    'Erteilen Sie den Personen, die die App nutzen, {permission}. Haben sie die Berechtigung bereits, prüfen Sie, ob der OAuth-Client der App den Bereich notifications hat.',

  'check.retryAfter.none': 'In dieser Sitzung wurde noch kein 429 (zu viele Anfragen) gesehen.',
  'check.retryAfter.header': 'Der letzte 429 verlangte in seinem Retry-After-Header eine Wartezeit von {wait}.',
  'check.retryAfter.body':
    'Der Browser verbirgt den Retry-After-Header; der letzte 429 verlangte in seinem Text eine Wartezeit von {wait}.',
  'check.retryAfter.backoff': 'Der letzte 429 enthielt nichts, was die App lesen konnte; sie pausierte {wait}.',
  'check.retryAfter.seen': '{count, plural, one {# 429 gesehen} other {# 429 gesehen}} in dieser Sitzung.',
  'check.retryAfter.action.none':
    'Bei einem 429 wartet sie so lange, wie Genesys Cloud verlangt: laut Header, sonst laut Antworttext, sonst eine wachsende Pause.',
  'check.retryAfter.action.ok': 'Wartet so lange, wie Genesys Cloud verlangt, und sendet dann erneut.',
  'check.retryAfter.action.backoff': 'Wartet eine wachsende Pause (ab 5 s), bevor sie erneut sendet.',
  'check.retryAfter.fix':
    'In Genesys Cloud ist nichts einzustellen. Wenn es sich wiederholt, halten Sie weniger Ansichten der App gleichzeitig offen.',

  'check.clock.behind': 'Die Uhr dieses Computers geht {amount} hinter der von Genesys Cloud nach.',
  'check.clock.ahead': 'Die Uhr dieses Computers geht {amount} gegenüber der von Genesys Cloud vor.',
  'check.clock.inStep': 'Die Uhr dieses Computers stimmt mit der von Genesys Cloud überein.',
  'check.clock.fromHeader': 'Gemessen am Date-Header einer Antwort.',
  'check.clock.fromChannel': 'Gemessen am Ablauf eines neuen Benachrichtigungskanals (24 Stunden).',
  'check.clock.action.ok': 'Zeigt die Zeit im Status so, wie Genesys Cloud sie misst.',
  'check.clock.action.skewed': 'Zeigt die Zeit im Status um etwa {amount} verschoben.',
  'check.clock.fix':
    'Lassen Sie diesen Computer seine Uhrzeit automatisch stellen (Windows: Einstellungen > Zeit und Sprache; macOS: Systemeinstellungen > Allgemein > Datum & Uhrzeit).',

  'check.scopes.missing': 'Dem Token fehlt {scopes}.',
  'check.scopes.complete': 'Das Token hat alle Bereiche, die die App braucht ({count}).',
  'check.scopes.unrestricted': 'Das Token nennt keine Bereiche: Sein OAuth-Client ist nicht auf Bereiche beschränkt.',
  'check.scopes.action.ok': 'Jede Anfrage der App liegt innerhalb der Bereiche des Tokens.',
  'check.scopes.action.missing':
    'Genesys Cloud lehnt die Anfragen ab, die sie brauchen (403), und die Teile der App, die davon abhängen, zeigen einen Fehler.',
  'check.scopes.fix':
    'Fügen Sie sie dem OAuth-Client der App hinzu (Admin > Integrationen > OAuth > der Client > Bereich) und öffnen Sie die App dann erneut.',

  'check.report.copy': 'Bericht kopieren',
  'check.report.copied': 'Bericht kopiert. Er enthält nur Anzahlen und Varianten: keine Namen, Nummern oder IDs.',
  'check.report.copyFailed': 'Der Browser hat das Kopieren nicht erlaubt. Markieren Sie den Bericht unten und kopieren Sie ihn.',
  'check.report.label': 'Bericht (JSON)',
};
