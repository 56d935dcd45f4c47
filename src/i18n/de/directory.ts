import type { AreaMessages } from '@/i18n/catalog-types';
import type { directory as en } from '@/i18n/en/directory';

export const directory: AreaMessages<typeof en> = {
  'directory.heading': '{uc}-Verzeichnis',
  'directory.badgesHidden': '{uc}-Präsenz ist ausgeblendet',
  'directory.cannotSearch': 'Sie können das Verzeichnis nicht durchsuchen',
  'directory.integrationInactive.title': 'Die {uc}-Integration ist nicht aktiv',
  'directory.integrationInactive.body':
    'Genesys Cloud hat keine aktive {uc}-Integration für Unified Communications, daher gibt es keine {uc}-Präsenz anzuzeigen. Ein Administrator kann sie unter Admin > Integrationen installieren oder aktivieren.',
  'directory.search.label': '{uc}-Benutzer suchen',
  'directory.search.placeholder': 'Name, Abteilung, Titel oder Nummer',
  'directory.status.loading': '{uc}-Benutzer werden geladen…',
  'directory.status.showing': 'Angezeigt: {shown, plural, one {# {uc}-Benutzer} other {# {uc}-Benutzer}}',
  'directory.status.showingOf': 'Angezeigt: {shown} von {total, plural, one {# {uc}-Benutzer} other {# {uc}-Benutzern}}',
  'directory.status.estimated':
    'Die Gesamtzahl ist aus den bisher gelesenen Seiten geschätzt, da Genesys Cloud auch Benutzer ohne {uc}-Nummer mitzählt; die Präsenzübersicht liest jede Seite und zählt genau.',
  'directory.searching': 'Genesys Cloud wird durchsucht…',
  'directory.progress.sort': 'Alle Benutzer werden geladen, um nach Präsenz zu sortieren… {percent}',
  'directory.progress.filter': 'Alle Benutzer werden geladen, um nach Präsenz zu filtern… {percent}',
  'directory.progress.sortTotal':
    '{total, plural, one {# Benutzer wird} other {Alle # Benutzer werden}} geladen, um nach Präsenz zu sortieren… {percent}',
  'directory.progress.filterTotal':
    '{total, plural, one {# Benutzer wird} other {Alle # Benutzer werden}} geladen, um nach Präsenz zu filtern… {percent}',
  'directory.unreadable.title': 'Einige Benutzer konnten nicht angezeigt werden',
  'directory.unreadable.body':
    '{count, plural, one {# Eintrag aus Genesys Cloud war unvollständig und wird ausgelassen.} other {# Einträge aus Genesys Cloud waren unvollständig und werden ausgelassen.}}',
  'directory.empty.search.title': 'Keine {uc}-Benutzer entsprechen Ihrer Suche',
  'directory.empty.search.body':
    '{filtered, select, yes {Keine Treffer für „{text}“ mit den gewählten Filtern.} other {Keine Treffer für „{text}“.}} Prüfen Sie die Schreibweise, oder suchen Sie nach einem anderen Teil des Namens, einer E-Mail-Adresse, Abteilung, einem Titel oder einer {uc}-Nummer.',
  'directory.empty.search.clear': 'Suche löschen',
  'directory.empty.filters.title': 'Keine {uc}-Benutzer entsprechen den Filtern',
  'directory.empty.filters.presence':
    '{loading, select, yes {Unter den bisher geladenen Benutzern hat niemand die Präsenz „{presence}“; die übrigen werden noch geladen.} other {Niemand hat die Präsenz „{presence}“.}}',
  'directory.empty.filters.department':
    '{loading, select, yes {Unter den bisher geladenen Benutzern gehört niemand zu {department}; die übrigen werden noch geladen.} other {Niemand gehört zu {department}.}}',
  'directory.empty.filters.presenceDepartment':
    '{loading, select, yes {Unter den bisher geladenen Benutzern hat niemand in {department} die Präsenz „{presence}“; die übrigen werden noch geladen.} other {Niemand in {department} hat die Präsenz „{presence}“.}}',
  'directory.empty.filters.hint': 'Wählen Sie eine andere Präsenz oder Abteilung, oder setzen Sie die Filter zurück.',
  'directory.empty.none.title': 'Es sind keine {uc}-Benutzer bereitgestellt',
  'directory.empty.none.body':
    'Genesys Cloud hat keine aktiven Benutzer mit einer {uc}-Nummer. {uc}-Benutzer kommen per SCIM-Bereitstellung von Ihrem Identitätsanbieter, mit ihrer {uc}-Nummer im Feld „Anderes Telefon“; ein Administrator kann die SCIM-Einrichtung prüfen.',
  'directory.call.label': 'Ihr Anruf',
  'directory.call.with': 'Im Gespräch mit {customer}',
  'directory.call.several':
    '{count, plural, one {Sie haben # Anruf.} other {Sie haben # Anrufe.}} Um einen weiterzuleiten, wählen Sie ihn in der Ansicht „Weiterleiten“.',
};
