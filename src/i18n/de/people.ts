import type { AreaMessages } from '@/i18n/catalog-types';
import type { people as en } from '@/i18n/en/people';

export const people: AreaMessages<typeof en> = {
  'people.list.label': '8×8-Benutzer',
  'people.search.clear': 'Suche löschen',
  'people.badge.loading': 'Präsenz: wird geladen',
  'people.card.title': 'Titel',
  'people.card.department': 'Abteilung',
  'people.card.email': 'E-Mail',
  'people.card.number': '8×8-Nummer',
  'people.card.manager': 'Manager',
  'people.card.presence': 'Präsenz',
  'people.card.loading': 'Wird geladen…',
  'people.card.notAvailable': 'Nicht verfügbar',
  'people.card.openInGenesys': 'In Genesys Cloud öffnen',
  'people.card.close': 'Schließen',
};
