import type { AreaMessages } from '@/i18n/catalog-types';
import type { people as en } from '@/i18n/en/people';

export const people: AreaMessages<typeof en> = {
  'people.list.label': 'Utilisateurs {uc}',
  'people.search.clear': 'Effacer la recherche',
  'people.badge.loading': 'Présence : chargement',
  'people.card.title': 'Titre',
  'people.card.department': 'Service',
  'people.card.email': 'E-mail',
  'people.card.number': 'Numéro {uc}',
  'people.card.manager': 'Responsable',
  'people.card.presence': 'Présence',
  'people.card.loading': 'Chargement…',
  'people.card.notAvailable': 'Non disponible',
  'people.card.openInGenesys': 'Ouvrir dans Genesys Cloud',
  'people.card.close': 'Fermer',
  'people.untagged.title': 'Aucun numéro n’est étiqueté pour {uc}',
  'people.untagged.body':
    '{count, plural, one {# personne a} other {# personnes ont}} un numéro « Autre téléphone » sans l’étiquette de l’intégration {uc} : l’application ne sait donc pas que ce sont des personnes {uc}. Votre provisionnement omet peut-être l’étiquette.',
  'people.untagged.fix':
    'Un administrateur peut ajouter {parameter} à l’URL de cette application cliente dans Genesys Cloud (Admin > Intégrations) pour lister toute personne ayant un numéro « Autre téléphone », ou ouvrir /check pour voir ce qu’utilise l’organisation.',
  'people.live.refused':
    '{count, plural, one {Les mises à jour en direct ont été refusées pour # personne} other {Les mises à jour en direct ont été refusées pour # personnes}} à l’écran : leur présence {uc} est actualisée toutes les {interval}.',
  'people.live.polled':
    'La présence {uc} est actualisée toutes les {interval} : l’intégration {uc} est configurée en présence interrogée périodiquement.',
  // The filters over a people list (directory and transfer picker); Alt+A toggles Available only.
  'people.filters.department': 'Service',
  'people.filters.allDepartments': 'Tous les services',
  'people.filters.presence': 'Présence',
  'people.filters.anyPresence': 'Toutes les présences',
  'people.filters.clear': 'Effacer les filtres',
  'people.sort.label': 'Trier par',
  'people.sort.name': 'Nom',
  'people.filters.label': 'Filtres',
  'people.filters.availableOnly': 'Disponibles uniquement',
  'people.filters.show': 'Afficher',
  'people.filters.everyoneByName': 'Tout le monde, par nom',
  'people.filters.fromSearch': 'Seulement les personnes en présence {presence} : votre recherche nomme cette présence.',
  'people.sort.presence': 'Disponibles d’abord',
};
