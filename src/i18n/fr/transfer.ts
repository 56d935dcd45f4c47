import type { AreaMessages } from '@/i18n/catalog-types';
import type { transfer as en } from '@/i18n/en/transfer';

// Where an {action} follows « de », the branches carry the preposition (de transférer, d’annuler).
export const transfer: AreaMessages<typeof en> = {
  'transfer.page.title': 'Transférer',
  'transfer.page.loadingPermissions': 'Chargement de vos autorisations…',
  'transfer.page.noBlindTransfer': 'Le transfert aveugle n’est pas disponible pour vous',
  'transfer.page.noConsultTransfer': 'Le transfert avec consultation n’est pas disponible pour vous',
  'transfer.page.noPresence': 'La présence {uc} est masquée lors des transferts',
  'transfer.page.noSearch': 'Vous ne pouvez pas effectuer de recherche dans l’annuaire',
  'transfer.integrationInactive.title': 'L’intégration {uc} n’est pas active',
  'transfer.integrationInactive.body':
    'Genesys Cloud n’a aucune intégration de communications unifiées {uc} active : aucune présence {uc} n’est donc affichée ici et vous ne pouvez pas savoir qui est disponible. Les transferts vers les numéros {uc} fonctionnent toujours. Un administrateur peut l’installer ou l’activer dans Admin > Intégrations.',
  'transfer.page.loadingCalls': 'Chargement de vos appels…',
  'transfer.page.loadingCall': 'Chargement de l’appel…',
  'transfer.page.loadingActions': 'Chargement des actions de transfert…',
  'transfer.page.hint':
    'Saisissez un nom, puis utilisez les touches fléchées et Entrée pour choisir qui prend l’appel ; appuyez de nouveau sur Entrée pour le transférer. Ctrl+Entrée transfère immédiatement à la personne en surbrillance.',

  'transfer.call.unknownCaller': 'Appelant inconnu',

  'transfer.callCard.label': 'Appel à transférer',
  'transfer.callCard.status.connected': 'En communication',
  'transfer.callCard.status.transferred': 'Transféré',
  'transfer.callCard.status.ended': 'Appel terminé',
  'transfer.callCard.endedNote': 'L’appel est terminé : il n’y a plus rien à transférer.',
  'transfer.callCard.transferredTo': 'L’appel est maintenant pris en charge par {name}.',
  'transfer.callCard.transferredNote': 'L’appel ne vous est plus attribué : il a été transféré.',
  'transfer.callChooser.legend': '{count, plural, one {Vous avez # appel.} other {Vous avez # appels.}} Lequel voulez-vous transférer ?',
  'transfer.noCall.title': 'Vous n’avez aucun appel actif',
  'transfer.noCall.body':
    'Les transferts concernent un appel en cours. Vous pouvez tout de même rechercher des personnes ; lorsqu’un appel arrive, il s’affiche ici. Dans Genesys Cloud, le widget de transfert d’une interaction s’ouvre sur cet appel.',

  'transfer.picker.searchLabel': 'Rechercher des personnes {uc} vers qui transférer',
  'transfer.picker.placeholder': 'Nom, service, numéro ou « disponible »',
  'transfer.help.button': 'Raccourcis clavier',
  'transfer.help.available': 'Alt+A n’affiche que les personnes disponibles ; une présence dans la recherche (« billing dispo ») aussi.',
  'transfer.picker.order.presence': 'Disponibles d’abord',
  'transfer.picker.order.limited': 'Par nom : trop de personnes pour trier par présence. Recherchez ou choisissez un service.',
  'transfer.picker.loading': 'Chargement des personnes {uc}…',
  'transfer.picker.searching': 'Recherche dans Genesys Cloud…',
  'transfer.picker.count': '{count, plural, one {# personne} other {# personnes}}',
  'transfer.picker.noneProvisioned.title': 'Aucune personne {uc} n’est provisionnée',
  'transfer.picker.noneProvisioned.body':
    'Genesys Cloud n’a aucun utilisateur actif avec un numéro {uc} ; un administrateur peut vérifier le provisionnement SCIM.',
  'transfer.picker.noMatch.title': 'Personne ne correspond à votre recherche',
  'transfer.picker.noMatch.body': 'Essayez une autre partie du nom, un service, une fonction ou un numéro {uc}.',
  'transfer.picker.listLabel': 'Personnes vers qui transférer',
  'transfer.picker.tag.favorite': 'Favori',
  'transfer.picker.tag.recent': 'Récent',

  'transfer.pinned.unnamedUser': 'Utilisateur sans nom',
  'transfer.pinned.withoutNumber.title': 'Certains favoris ou personnes récentes ne peuvent pas recevoir de transferts',
  'transfer.pinned.withoutNumber.body':
    '{name} n’a plus de numéro {uc} dans Genesys Cloud : les appels ne peuvent donc plus lui être transférés.',
  'transfer.pinned.removeFavorite': 'Retirer {name} des favoris',

  'transfer.ineligible.tag.noNumber': 'Aucun numéro {uc}',
  'transfer.ineligible.tag.undialable': 'Numéro impossible à composer',
  'transfer.ineligible.tag.shared': 'Numéro partagé',
  'transfer.ineligible.tag.inactive': 'Inactif',
};
