import type { AreaMessages } from '@/i18n/catalog-types';
import type { people as en } from '@/i18n/en/people';

export const people: AreaMessages<typeof en> = {
  'people.list.label': 'Utilisateurs 8×8',
  'people.search.clear': 'Effacer la recherche',
  'people.badge.loading': 'Présence : chargement',
  'people.card.title': 'Titre',
  'people.card.department': 'Service',
  'people.card.email': 'E-mail',
  'people.card.number': 'Numéro 8×8',
  'people.card.manager': 'Responsable',
  'people.card.presence': 'Présence',
  'people.card.loading': 'Chargement…',
  'people.card.notAvailable': 'Non disponible',
  'people.card.openInGenesys': 'Ouvrir dans Genesys Cloud',
  'people.card.close': 'Fermer',
};
