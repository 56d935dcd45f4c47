import type { AreaMessages } from '@/i18n/catalog-types';
import type { calls as en } from '@/i18n/en/calls';

export const calls: AreaMessages<typeof en> = {
  'calls.call.consultedPerson': 'la personne consultée',
  'calls.target.label': 'Transfert vers {name}',
  'calls.target.number': '{uc} {number}',
  'calls.target.transfer': 'Transférer à {name}',
  'calls.target.consult': 'Consulter d’abord {name}',
  // The buttons' visible text; their accessible names (above) say whom.
  'calls.target.transferShort': 'Transférer',
  'calls.target.consultShort': 'Consulter',
  'calls.target.addFavorite': 'Ajouter aux favoris',
  'calls.target.removeFavorite': 'Retirer des favoris',
  'calls.target.watch': 'M’avertir quand disponible',
  'calls.target.stopWatching': 'Ne plus m’avertir',
  'calls.target.watching': 'Vous recevrez une notification lorsque {name} sera disponible.',
  'calls.target.blocked.chooseCall': 'Choisissez d’abord l’appel à transférer.',
  'calls.target.blocked.noCall': 'Il n’y a aucun appel à transférer.',
  'calls.target.blocked.ended': 'L’appel est terminé : il ne peut donc pas être transféré.',
  'calls.target.blocked.transferred': 'L’appel a déjà été transféré.',
  'calls.target.blocked.consulting': 'Une consultation est en cours : terminez-la ou annulez-la d’abord.',
  'calls.confirm.title': '{presence, select, offline {{name} est hors ligne} other {{name} a le statut « {label} »}}',
  'calls.confirm.body':
    '{presence, select, offline {Hors ligne, {name} risque de ne pas répondre} other {Avec le statut « {label} », {name} risque de ne pas répondre}} : l’appel pourrait sonner sans réponse ou aboutir sur sa messagerie vocale. {kind, select, blind {Transférer l’appel quand même ?} other {Démarrer la consultation quand même ?}}',
  'calls.confirm.transferAnyway': 'Transférer quand même',
  'calls.confirm.consultAnyway': 'Consulter quand même',
  'calls.confirm.watch': 'M’avertir quand disponible',
  'calls.confirm.cancel': 'Annuler',
  'calls.consult.label': 'Transfert avec consultation',
  'calls.consult.title': 'Consultation en cours : {destination}',
  'calls.consult.speakToLabel': 'Votre interlocuteur',
  'calls.consult.speakTo.destination': 'Uniquement {destination}',
  'calls.consult.speakTo.customer': 'Uniquement {customer}',
  'calls.consult.speakTo.both': 'Les deux, séparément',
  'calls.consult.speakTo.conference': 'Conférence : tous les trois',
  'calls.consult.complete': 'Terminer le transfert vers {destination}',
  'calls.consult.cancel': 'Annuler la consultation',
  'calls.toast.transferredTitle': 'Appel transféré',
  'calls.toast.transferredMessage': 'L’appel est maintenant pris en charge par {name}.',
  'calls.available.title': '{name} est disponible',
  'calls.available.body': 'Vous avez demandé à être averti lorsque {name} serait disponible.',
  'calls.available.transferNow': 'Transférer maintenant',
  'calls.available.dismiss': 'Ignorer',
  'calls.failure.callEnded.title': 'L’appel est terminé',
  'calls.failure.callEnded.detail':
    'Aucun appel n’est connecté : rien n’a été envoyé lorsque vous avez essayé {action, select, blind {de transférer l’appel à {name}} consult {de démarrer une consultation avec {name}} speak-to {de changer d’interlocuteur} complete {de terminer le transfert avec consultation} other {d’annuler la consultation}}.',
  'calls.failure.noNumber.title': '{name} n’a pas de numéro {uc}',
  'calls.failure.noNumber.detail':
    'Genesys Cloud n’a aucun numéro {uc} pour {name} : l’appel ne peut donc pas lui parvenir. Rien n’a été envoyé.{unchanged, select, yes { Votre appel avec {customer} reste avec vous, inchangé.} other {}} Un administrateur peut l’ajouter (le champ Autre téléphone, provisionné depuis l’annuaire).',
  'calls.failure.malformedNumber.title': 'Impossible de composer le numéro {uc} de {name}',
  'calls.failure.malformedNumber.detail':
    '« {shown} » n’est pas un numéro international complet (comme +13175550101) : l’appel n’a donc pas pu aboutir. Rien n’a été envoyé.{unchanged, select, yes { Votre appel avec {customer} reste avec vous, inchangé.} other {}} Un administrateur peut le corriger dans l’annuaire.',
  'calls.failure.unreachable.title': 'Impossible de joindre Genesys Cloud',
  'calls.failure.unreachable.detail':
    'La demande visant à {action, select, blind {transférer l’appel à {name}} consult {démarrer une consultation avec {name}} speak-to {changer d’interlocuteur} complete {terminer le transfert avec consultation} other {annuler la consultation}} est restée sans réponse. Vérifiez votre connexion et réessayez ; l’appel est affiché tel que Genesys Cloud l’indique actuellement.',
  'calls.failure.refused.title':
    'Genesys Cloud a refusé {action, select, blind {de transférer l’appel à {name}} consult {de démarrer une consultation avec {name}} speak-to {de changer d’interlocuteur} complete {de terminer le transfert avec consultation} other {d’annuler la consultation}}',
  'calls.failure.refused.detail':
    '{message}{unchanged, select, yes { Votre appel avec {customer} reste avec vous, inchangé.} other {}} Un administrateur Genesys Cloud peut accorder l’autorisation dans Admin > Rôles/Autorisations.',
  'calls.failure.rateLimited.title': 'Genesys Cloud limite les requêtes',
  'calls.failure.rateLimited.detail':
    'Trop de requêtes ont été envoyées au cours de la dernière minute : Genesys Cloud n’a donc pas pu {action, select, blind {transférer l’appel à {name}} consult {démarrer une consultation avec {name}} speak-to {changer d’interlocuteur} complete {terminer le transfert avec consultation} other {annuler la consultation}}.{unchanged, select, yes { Votre appel avec {customer} reste avec vous, inchangé.} other {}} Réessayez dans un instant.',
  'calls.failure.endedBefore.title': 'L’appel s’est terminé avant le transfert',
  'calls.failure.endedBefore.detail':
    'L’appel {status, select, transferred {avait déjà été transféré} other {s’est terminé}} pendant la tentative {action, select, blind {de transfert à {name}} consult {de consultation avec {name}} speak-to {de changement d’interlocuteur} complete {de fin du transfert avec consultation} other {d’annulation de la consultation}} : rien n’a donc été transféré.',
  'calls.failure.couldNot.title':
    'Genesys Cloud n’a pas pu {action, select, blind {transférer l’appel à {name}} consult {démarrer une consultation avec {name}} speak-to {changer d’interlocuteur} complete {terminer le transfert avec consultation} other {annuler la consultation}}',
  'calls.failure.couldNot.detail': '{message}{unchanged, select, yes { Votre appel avec {customer} reste avec vous, inchangé.} other {}}',
  'calls.failure.couldNot.detailRetry':
    '{message}{unchanged, select, yes { Votre appel avec {customer} reste avec vous, inchangé.} other {}} Réessayez.',
  'calls.failure.dismiss': 'Ignorer',

  'calls.watch.toastTitle': '{name} est disponible',
  'calls.watch.toastMessage': 'Vous avez demandé à être averti : vous pouvez maintenant lui transférer l’appel.',

  'calls.ineligible.noNumber':
    '{name} n’a aucun numéro {uc} : les appels ne peuvent donc pas lui être transférés. Un administrateur peut l’ajouter (le champ Autre téléphone, provisionné depuis l’annuaire).',
  'calls.ineligible.undialable':
    'Le numéro {uc} de {name}, « {shown} », n’est pas un numéro international complet (comme +13175550101) : les appels ne peuvent donc pas lui être transférés. Un administrateur peut le corriger dans l’annuaire.',
  'calls.ineligible.shared':
    '{name} a le même numéro {uc} que {other} : un transfert pourrait donc aboutir chez la mauvaise personne. Un administrateur peut le corriger dans l’annuaire.',
  'calls.ineligible.inactive': '{name} est inactif dans Genesys Cloud : les appels ne peuvent donc pas lui être transférés.',
};
