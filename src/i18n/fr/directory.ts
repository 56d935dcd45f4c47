import type { AreaMessages } from '@/i18n/catalog-types';
import type { directory as en } from '@/i18n/en/directory';

export const directory: AreaMessages<typeof en> = {
  'directory.heading': 'Annuaire {uc}',
  'directory.badgesHidden': 'La présence {uc} est masquée',
  'directory.cannotSearch': 'Vous ne pouvez pas effectuer de recherche dans l’annuaire',
  'directory.integrationInactive.title': 'L’intégration {uc} n’est pas active',
  'directory.integrationInactive.body':
    'Genesys Cloud n’a aucune intégration de communications unifiées {uc} active : il n’y a donc aucune présence {uc} à afficher. Un administrateur peut l’installer ou l’activer dans Admin > Intégrations.',
  'directory.search.label': 'Rechercher des utilisateurs {uc}',
  'directory.search.placeholder': 'Nom, service, fonction ou numéro',
  'directory.status.loading': 'Chargement des utilisateurs {uc}…',
  'directory.status.showing': '{shown, plural, one {# utilisateur {uc} affiché} other {# utilisateurs {uc} affichés}}',
  'directory.status.showingOf': '{shown} affichés sur {total, plural, one {# utilisateur {uc}} other {# utilisateurs {uc}}}',
  'directory.status.estimated':
    'Le total est estimé à partir des pages lues jusqu’ici, car Genesys Cloud compte aussi les utilisateurs sans numéro {uc} ; le tableau de présence lit toutes les pages et compte exactement.',
  'directory.searching': 'Recherche dans Genesys Cloud…',
  'directory.progress.sort': 'Chargement de tous les utilisateurs pour trier par présence… {percent}',
  'directory.progress.filter': 'Chargement de tous les utilisateurs pour filtrer par présence… {percent}',
  'directory.progress.sortTotal':
    'Chargement {total, plural, one {de # utilisateur} other {des # utilisateurs}} pour trier par présence… {percent}',
  'directory.progress.filterTotal':
    'Chargement {total, plural, one {de # utilisateur} other {des # utilisateurs}} pour filtrer par présence… {percent}',
  'directory.unreadable.title': 'Certains utilisateurs n’ont pas pu être affichés',
  'directory.unreadable.body':
    '{count, plural, one {# entrée de Genesys Cloud était incomplète et a été ignorée.} other {# entrées de Genesys Cloud étaient incomplètes et ont été ignorées.}}',
  'directory.empty.search.title': 'Aucun utilisateur {uc} ne correspond à votre recherche',
  'directory.empty.search.body':
    '{filtered, select, yes {Personne ne correspond à « {text} » avec les filtres choisis.} other {Personne ne correspond à « {text} ».}} Vérifiez l’orthographe, ou recherchez une autre partie du nom, une adresse e-mail, un service, un titre ou un numéro {uc}.',
  'directory.empty.search.clear': 'Effacer la recherche',
  'directory.empty.filters.title': 'Aucun utilisateur {uc} ne correspond aux filtres',
  'directory.empty.filters.presence':
    '{loading, select, yes {Parmi les utilisateurs chargés jusqu’ici, personne n’a la présence « {presence} » ; le chargement des autres se poursuit.} other {Personne n’a la présence « {presence} ».}}',
  'directory.empty.filters.department':
    '{loading, select, yes {Parmi les utilisateurs chargés jusqu’ici, personne n’appartient au service {department} ; le chargement des autres se poursuit.} other {Personne n’appartient au service {department}.}}',
  'directory.empty.filters.presenceDepartment':
    '{loading, select, yes {Parmi les utilisateurs chargés jusqu’ici, personne du service {department} n’a la présence « {presence} » ; le chargement des autres se poursuit.} other {Personne du service {department} n’a la présence « {presence} ».}}',
  'directory.empty.filters.hint': 'Choisissez une autre présence ou un autre service, ou effacez les filtres.',
  'directory.empty.none.title': 'Aucun utilisateur {uc} n’est provisionné',
  'directory.empty.none.body':
    'Genesys Cloud n’a aucun utilisateur actif avec un numéro {uc}. Les utilisateurs {uc} arrivent par le provisionnement SCIM depuis votre fournisseur d’identité, avec leur numéro {uc} dans le champ « Autre téléphone » ; un administrateur peut vérifier la configuration SCIM.',
  'directory.call.label': 'Votre appel',
  'directory.call.with': 'En appel avec {customer}',
  'directory.call.several':
    '{count, plural, one {Vous avez # appel.} other {Vous avez # appels.}} Pour en transférer un, choisissez-le dans la vue « Transférer ».',
};
