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
  'transfer.page.hint':
    'Saisissez un nom, puis utilisez les touches fléchées et Entrée pour choisir qui prend l’appel ; appuyez de nouveau sur Entrée pour le transférer. Ctrl+Entrée transfère immédiatement à la personne en surbrillance.',

  'transfer.call.unknownCaller': 'Appelant inconnu',
  'transfer.call.consultedPerson': 'la personne consultée',

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

  'transfer.target.label': 'Transfert vers {name}',
  'transfer.target.number': '{uc} {number}',
  'transfer.target.transfer': 'Transférer à {name}',
  'transfer.target.consult': 'Consulter d’abord {name}',
  // The buttons' visible text; their accessible names (above) say whom.
  'transfer.target.transferShort': 'Transférer',
  'transfer.target.consultShort': 'Consulter',
  'transfer.target.addFavorite': 'Ajouter aux favoris',
  'transfer.target.removeFavorite': 'Retirer des favoris',
  'transfer.target.watch': 'M’avertir quand disponible',
  'transfer.target.stopWatching': 'Ne plus m’avertir',
  'transfer.target.watching': 'Vous recevrez une notification lorsque {name} sera disponible.',
  'transfer.target.blocked.chooseCall': 'Choisissez d’abord l’appel à transférer.',
  'transfer.target.blocked.noCall': 'Il n’y a aucun appel à transférer.',
  'transfer.target.blocked.ended': 'L’appel est terminé : il ne peut donc pas être transféré.',
  'transfer.target.blocked.transferred': 'L’appel a déjà été transféré.',
  'transfer.target.blocked.consulting': 'Une consultation est en cours : terminez-la ou annulez-la d’abord.',

  'transfer.confirm.title': '{presence, select, offline {{name} est hors ligne} other {{name} a le statut « {label} »}}',
  'transfer.confirm.body':
    '{presence, select, offline {Hors ligne, {name} risque de ne pas répondre} other {Avec le statut « {label} », {name} risque de ne pas répondre}} : l’appel pourrait sonner sans réponse ou aboutir sur sa messagerie vocale. {kind, select, blind {Transférer l’appel quand même ?} other {Démarrer la consultation quand même ?}}',
  'transfer.confirm.transferAnyway': 'Transférer quand même',
  'transfer.confirm.consultAnyway': 'Consulter quand même',
  'transfer.confirm.watch': 'M’avertir quand disponible',
  'transfer.confirm.cancel': 'Annuler',

  'transfer.consult.label': 'Transfert avec consultation',
  'transfer.consult.title': 'Consultation en cours : {destination}',
  'transfer.consult.speakToLabel': 'Votre interlocuteur',
  'transfer.consult.speakTo.destination': 'Uniquement {destination}',
  'transfer.consult.speakTo.customer': 'Uniquement {customer}',
  'transfer.consult.speakTo.both': 'Les deux, séparément',
  'transfer.consult.speakTo.conference': 'Conférence : tous les trois',
  'transfer.consult.complete': 'Terminer le transfert vers {destination}',
  'transfer.consult.cancel': 'Annuler la consultation',

  'transfer.toast.transferredTitle': 'Appel transféré',
  'transfer.toast.transferredMessage': 'L’appel est maintenant pris en charge par {name}.',

  'transfer.watch.toastTitle': '{name} est disponible',
  'transfer.watch.toastMessage': 'Vous avez demandé à être averti : vous pouvez maintenant lui transférer l’appel.',
  'transfer.available.title': '{name} est disponible',
  'transfer.available.body': 'Vous avez demandé à être averti lorsque {name} serait disponible.',
  'transfer.available.transferNow': 'Transférer maintenant',
  'transfer.available.dismiss': 'Ignorer',

  'transfer.pinned.unnamedUser': 'Utilisateur sans nom',
  'transfer.pinned.withoutNumber.title': 'Certains favoris ou personnes récentes ne peuvent pas recevoir de transferts',
  'transfer.pinned.withoutNumber.body':
    '{name} n’a plus de numéro {uc} dans Genesys Cloud : les appels ne peuvent donc plus lui être transférés.',
  'transfer.pinned.removeFavorite': 'Retirer {name} des favoris',

  'transfer.ineligible.tag.noNumber': 'Aucun numéro {uc}',
  'transfer.ineligible.tag.undialable': 'Numéro impossible à composer',
  'transfer.ineligible.tag.shared': 'Numéro partagé',
  'transfer.ineligible.tag.inactive': 'Inactif',
  'transfer.ineligible.noNumber':
    '{name} n’a aucun numéro {uc} : les appels ne peuvent donc pas lui être transférés. Un administrateur peut l’ajouter (le champ Autre téléphone, provisionné depuis l’annuaire).',
  'transfer.ineligible.undialable':
    'Le numéro {uc} de {name}, « {shown} », n’est pas un numéro international complet (comme +13175550101) : les appels ne peuvent donc pas lui être transférés. Un administrateur peut le corriger dans l’annuaire.',
  'transfer.ineligible.shared':
    '{name} a le même numéro {uc} que {other} : un transfert pourrait donc aboutir chez la mauvaise personne. Un administrateur peut le corriger dans l’annuaire.',
  'transfer.ineligible.inactive': '{name} est inactif dans Genesys Cloud : les appels ne peuvent donc pas lui être transférés.',

  'transfer.failure.callEnded.title': 'L’appel est terminé',
  'transfer.failure.callEnded.detail':
    'Aucun appel n’est connecté : rien n’a été envoyé lorsque vous avez essayé {action, select, blind {de transférer l’appel à {name}} consult {de démarrer une consultation avec {name}} speak-to {de changer d’interlocuteur} complete {de terminer le transfert avec consultation} other {d’annuler la consultation}}.',
  'transfer.failure.noNumber.title': '{name} n’a pas de numéro {uc}',
  'transfer.failure.noNumber.detail':
    'Genesys Cloud n’a aucun numéro {uc} pour {name} : l’appel ne peut donc pas lui parvenir. Rien n’a été envoyé.{unchanged, select, yes { Votre appel avec {customer} reste avec vous, inchangé.} other {}} Un administrateur peut l’ajouter (le champ Autre téléphone, provisionné depuis l’annuaire).',
  'transfer.failure.malformedNumber.title': 'Impossible de composer le numéro {uc} de {name}',
  'transfer.failure.malformedNumber.detail':
    '« {shown} » n’est pas un numéro international complet (comme +13175550101) : l’appel n’a donc pas pu aboutir. Rien n’a été envoyé.{unchanged, select, yes { Votre appel avec {customer} reste avec vous, inchangé.} other {}} Un administrateur peut le corriger dans l’annuaire.',
  'transfer.failure.unreachable.title': 'Impossible de joindre Genesys Cloud',
  'transfer.failure.unreachable.detail':
    'La demande visant à {action, select, blind {transférer l’appel à {name}} consult {démarrer une consultation avec {name}} speak-to {changer d’interlocuteur} complete {terminer le transfert avec consultation} other {annuler la consultation}} est restée sans réponse. Vérifiez votre connexion et réessayez ; l’appel est affiché tel que Genesys Cloud l’indique actuellement.',
  'transfer.failure.refused.title':
    'Genesys Cloud a refusé {action, select, blind {de transférer l’appel à {name}} consult {de démarrer une consultation avec {name}} speak-to {de changer d’interlocuteur} complete {de terminer le transfert avec consultation} other {d’annuler la consultation}}',
  'transfer.failure.refused.detail':
    '{message}{unchanged, select, yes { Votre appel avec {customer} reste avec vous, inchangé.} other {}} Un administrateur Genesys Cloud peut accorder l’autorisation dans Admin > Rôles/Autorisations.',
  'transfer.failure.rateLimited.title': 'Genesys Cloud limite les requêtes',
  'transfer.failure.rateLimited.detail':
    'Trop de requêtes ont été envoyées au cours de la dernière minute : Genesys Cloud n’a donc pas pu {action, select, blind {transférer l’appel à {name}} consult {démarrer une consultation avec {name}} speak-to {changer d’interlocuteur} complete {terminer le transfert avec consultation} other {annuler la consultation}}.{unchanged, select, yes { Votre appel avec {customer} reste avec vous, inchangé.} other {}} Réessayez dans un instant.',
  'transfer.failure.endedBefore.title': 'L’appel s’est terminé avant le transfert',
  'transfer.failure.endedBefore.detail':
    'L’appel {status, select, transferred {avait déjà été transféré} other {s’est terminé}} pendant la tentative {action, select, blind {de transfert à {name}} consult {de consultation avec {name}} speak-to {de changement d’interlocuteur} complete {de fin du transfert avec consultation} other {d’annulation de la consultation}} : rien n’a donc été transféré.',
  'transfer.failure.couldNot.title':
    'Genesys Cloud n’a pas pu {action, select, blind {transférer l’appel à {name}} consult {démarrer une consultation avec {name}} speak-to {changer d’interlocuteur} complete {terminer le transfert avec consultation} other {annuler la consultation}}',
  'transfer.failure.couldNot.detail':
    '{message}{unchanged, select, yes { Votre appel avec {customer} reste avec vous, inchangé.} other {}}',
  'transfer.failure.couldNot.detailRetry':
    '{message}{unchanged, select, yes { Votre appel avec {customer} reste avec vous, inchangé.} other {}} Réessayez.',
  'transfer.failure.dismiss': 'Ignorer',
};
