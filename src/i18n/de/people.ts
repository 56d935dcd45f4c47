import type { AreaMessages } from '@/i18n/catalog-types';
import type { people as en } from '@/i18n/en/people';

export const people: AreaMessages<typeof en> = {
  'people.list.label': '{uc}-Benutzer',
  'people.search.clear': 'Suche löschen',
  'people.badge.loading': 'Präsenz: wird geladen',
  'people.card.title': 'Titel',
  'people.card.department': 'Abteilung',
  'people.card.email': 'E-Mail',
  'people.card.number': '{uc}-Nummer',
  'people.card.manager': 'Manager',
  'people.card.presence': 'Präsenz',
  'people.card.loading': 'Wird geladen…',
  'people.card.notAvailable': 'Nicht verfügbar',
  'people.card.openInGenesys': 'In Genesys Cloud öffnen',
  'people.card.close': 'Schließen',
  'people.untagged.title': 'Keine Nummer ist für {uc} gekennzeichnet',
  'people.untagged.body':
    '{count, plural, one {# Person hat} other {# Personen haben}} eine Nummer unter „Anderes Telefon“ ohne die Kennzeichnung der {uc}-Integration, daher weiß die App nicht, dass es {uc}-Personen sind. Ihre Bereitstellung lässt die Kennzeichnung möglicherweise weg.',
  'people.untagged.fix':
    'Ein Administrator kann {parameter} zur URL dieser Client-App in Genesys Cloud (Admin > Integrationen) hinzufügen, um alle mit einer Nummer unter „Anderes Telefon“ aufzulisten, oder /check öffnen, um zu sehen, was die Organisation verwendet.',
  'people.live.refused':
    '{count, plural, one {Live-Aktualisierungen wurden für # Person} other {Live-Aktualisierungen wurden für # Personen}} auf dem Bildschirm abgelehnt: ihre {uc}-Präsenz wird alle {interval} aktualisiert.',
  'people.live.polled': 'Die {uc}-Präsenz wird alle {interval} aktualisiert: Die {uc}-Integration ist auf abgefragte Präsenz eingestellt.',
  // The filters over a people list (directory and transfer picker); Alt+A toggles Available only.
  'people.filters.department': 'Abteilung',
  'people.filters.allDepartments': 'Alle Abteilungen',
  'people.filters.presence': 'Präsenz',
  'people.filters.anyPresence': 'Beliebige Präsenz',
  'people.filters.clear': 'Filter zurücksetzen',
  'people.sort.label': 'Sortieren nach',
  'people.sort.name': 'Name',
  'people.filters.label': 'Filter',
  'people.filters.availableOnly': 'Nur verfügbare',
  'people.filters.show': 'Anzeigen',
  'people.filters.everyoneByName': 'Alle, nach Name',
  'people.filters.fromSearch': 'Nur Personen mit Präsenz {presence}: Ihre Suche nennt diese Präsenz.',
  'people.sort.presence': 'Verfügbare zuerst',
};
