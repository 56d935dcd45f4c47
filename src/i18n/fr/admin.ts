import type { AreaMessages } from '@/i18n/catalog-types';
import type { admin as en } from '@/i18n/en/admin';

export const admin: AreaMessages<typeof en> = {
  'admin.page.loadingPermissions': 'Chargement de vos autorisations…',
  'admin.page.loadingChecks': 'Chargement des vérifications d’administration…',
  'admin.page.unavailable.title': 'Les vérifications d’administration ne vous sont pas accessibles',
  'admin.page.unavailable.lead': 'Il manque à vos rôles Genesys Cloud ce dont les vérifications d’administration ont besoin :',
  'admin.page.unavailable.why.roleView': '{permission} pour lire les rôles, leurs autorisations et leurs titulaires',
  'admin.page.unavailable.why.grantView': '{permission} pour lire les attributions de rôles des autres personnes',
  'admin.page.unavailable.howToGrant':
    'Un administrateur Genesys Cloud peut les accorder dans Admin > Rôles/Autorisations (le rôle Admin de la configuration de cette application dispose des deux).',

  'admin.checks.title': 'Administration',
  'admin.checks.summary': 'Qui peut voir les indicateurs de présence {uc}, et si le provisionnement est en bon état.',
  'admin.checks.permissionsHeading': 'Autorisations des indicateurs de présence',
  'admin.checks.rolesHeading': 'Rôles',

  'admin.integration.heading': 'Intégration {uc}',
  'admin.integration.missing.title': 'L’intégration {uc} est absente ou inactive',
  'admin.integration.missing.problem':
    'La liste clientapps UC ne contient aucune entrée {uc} active (integrationPresenceSource {ucSource}) : personne ne voit les indicateurs de présence {uc}.',
  'admin.integration.missing.fix':
    'Dans Admin > Intégrations, installez l’intégration de communications unifiées {uc} et passez-la à l’état Actif.',
  'admin.integration.unchecked.title': 'L’intégration {uc} n’a pas pu être vérifiée',
  'admin.integration.unchecked.body':
    'Sa lecture nécessite {permission}, que vos rôles n’incluent pas. Les vérifications ci-dessous utilisent les autorisations par défaut documentées.',
  'admin.integration.status': 'État',
  'admin.integration.statusValue': 'Présente et active ({name})',
  'admin.integration.presence': 'Présence',
  'admin.integration.polledEvery': 'interrogée toutes les {interval}',
  'admin.integration.polledUnknown': 'interrogée périodiquement (intervalle non déclaré)',
  'admin.integration.pushed': 'envoyée par {uc}',
  'admin.integration.pbxPermission': 'Autorisation {uc} (pbxPermission)',
  'admin.integration.notDeclared': 'non déclarée',
  'admin.integration.userPermissions': 'Autorisations utilisateur',
  'admin.integration.noneDeclared': 'aucune déclarée',

  'admin.capability.seeBadges': 'Voir les indicateurs de présence {uc}',
  'admin.capability.seeUcOnTransfer': 'Voir la présence {uc} lors d’un transfert',
  'admin.capability.searchDirectory': 'Rechercher dans l’annuaire',
  'admin.capability.blindTransfer': 'Transfert aveugle',
  'admin.capability.consultTransfer': 'Transfert avec consultation',
  'admin.capability.runAdminChecks': 'Exécuter les vérifications d’administration',

  'admin.matrix.loading': 'Lecture des rôles et des attributions…',
  'admin.matrix.caption': 'Fonctionnalités de {name}',
  'admin.matrix.capability': 'Fonctionnalité',
  'admin.matrix.status': 'État',
  'admin.matrix.needs': 'Nécessite',
  'admin.matrix.allowed': 'Autorisé',
  'admin.matrix.notAllowed': 'Non autorisé',
  'admin.matrix.notAllowedMissing': 'Non autorisé · il manque {permissions}',
  'admin.matrix.held': 'détenue',
  'admin.matrix.heldThrough': 'détenue via {roles}',
  'admin.matrix.roleInDivisions': '{role} ({divisions})',
  'admin.matrix.missing': 'manquante',

  'admin.search.label': 'Vérifier une personne',
  'admin.search.placeholder': 'Nom ou adresse e-mail',
  'admin.search.noMatch': 'Aucun résultat.',
  'admin.search.results': 'Personnes trouvées',
  'admin.check.lead':
    'Pourquoi quelqu’un ne voit-il pas les indicateurs {uc}, ni la présence {uc} lors d’un transfert ? Cherchez la personne par nom ou adresse e-mail.',
  'admin.check.answer': 'Réponse pour {name}',
  'admin.check.verdictAllowed': '{name} voit la présence {uc} : indicateurs et présence lors des transferts.',
  'admin.check.verdictBlocked':
    '{name} ne voit pas la présence {uc} : {count, plural, one {# autorisation manque} other {# autorisations manquent}}.',
  'admin.check.capabilities': 'Ce que {name} voit',
  'admin.check.missingHeading': 'Manque dans Genesys Cloud',
  'admin.check.grantedBy': 'Accordée par ces rôles : {roles}',
  'admin.check.noRole': 'Aucun rôle de cette organisation ne l’accorde : ajoutez-la d’abord à un rôle dans Admin > Rôles/Autorisations.',
  'admin.check.next':
    'Étape suivante : attribuez à {name} {count, plural, one {l’un de ces rôles} other {un rôle pour chaque autorisation manquante}} dans Admin > Personnes > {name} > Rôles.',
  'admin.check.open': 'Ouvrir {name} dans l’administration Genesys Cloud',
  'admin.check.noLinkDemo': 'Mode démo : il n’y a pas de Genesys Cloud à ouvrir ici.',
  'admin.check.noLinkHost':
    'Genesys Cloud n’a pas transmis son adresse (gcHostOrigin) dans l’URL de l’application : l’application ne peut pas créer de lien vers la personne.',

  'admin.roles.loading': 'Lecture des rôles…',
  'admin.roles.caption': 'Rôles accordant chaque autorisation',
  'admin.roles.permission': 'Autorisation',
  'admin.roles.grantedBy': 'Accordée par',
  'admin.roles.noRole': 'Aucun rôle ne l’accorde',
  'admin.roles.roleHolders': '{role} ({count, plural, one {# utilisateur} other {# utilisateurs}})',
  'admin.roles.roleHoldersLoading': '{role} (…)',
  'admin.roles.withoutBadges.heading': 'Personnes qui transfèrent sans voir les indicateurs de présence',
  'admin.roles.withoutBadges.loading': 'Lecture des titulaires de ces rôles…',
  'admin.roles.withoutBadges.none':
    'Toutes les personnes dont les rôles permettent les transferts voient les indicateurs de présence {uc}.',
  'admin.roles.withoutBadges.summary':
    '{count, plural, one {# personne a} other {# personnes ont}} un rôle qui permet les transferts mais ne voit pas la présence {uc} : elles transfèrent vers des personnes {uc} sans voir si elles sont disponibles.',
  'admin.roles.withoutBadges.more': 'et {count} de plus.',
  'admin.roles.withoutBadges.group': 'Il manque {labels}',
  'admin.roles.withoutBadges.groupCount': '({count, plural, one {# personne} other {# personnes}})',
  'admin.roles.withoutBadges.fix':
    'Correction : attribuez à chacune {count, plural, one {l’un de ces rôles} other {un rôle pour chaque autorisation}} dans Admin > Personnes > la personne > Rôles.',
  'admin.roles.withoutBadges.people': 'Personnes à qui il manque {labels}',
  'admin.roles.withoutBadges.namesUnreadable': 'Leurs noms n’ont pas pu être lus : chaque personne est indiquée par son ID utilisateur.',

  'admin.audit.heading': 'Audit du provisionnement',
  'admin.audit.summary':
    'Lit en arrière-plan tous les utilisateurs de l’organisation ({pageSize} par requête, inactifs et supprimés compris), en laissant de la marge pour tout ce que fait l’application, puis la présence {uc} de {sampleSize} d’entre eux au maximum.',
  'admin.audit.run': 'Lancer l’audit',
  'admin.audit.runAgain': 'Relancer',
  'admin.audit.cancel': 'Annuler',
  'admin.audit.cancelling': 'Annulation…',
  'admin.audit.resume': 'Reprendre',
  'admin.audit.threshold': 'Présence considérée comme obsolète après (minutes)',
  'admin.audit.progressLabel': 'Progression de l’audit',
  'admin.audit.starting': 'Démarrage…',
  'admin.audit.numberRules.loading': 'Vérification des numéros de téléphone…',
  'admin.audit.numberRules.failed': 'Les règles des numéros de téléphone ne se sont pas chargées',
  'admin.audit.numberRules.failedDetail':
    'Les constats en ont besoin. Vérifiez la connexion réseau et réessayez ; si l’échec persiste, rechargez l’application.',
  'admin.audit.progress.nothingRead': 'Aucun utilisateur lu pour l’instant',
  'admin.audit.progress.users':
    '{read} sur {total, plural, one {# utilisateur lu} other {# utilisateurs lus}} ({pages} sur {pageCount, plural, one {# page} other {# pages}})',
  'admin.audit.progress.usersNoTotal':
    '{read, plural, one {# utilisateur lu} other {# utilisateurs lus}} ({pages} sur {pageCount, plural, one {# page} other {# pages}})',
  'admin.audit.progress.usersAndPresence':
    '{read} sur {total, plural, one {# utilisateur lu} other {# utilisateurs lus}} ({pages} sur {pageCount, plural, one {# page} other {# pages}}), présence {uc} : {presenceRead} sur {presenceCount, plural, one {# requête} other {# requêtes}}',
  'admin.audit.cancelled.title': 'Audit annulé',
  'admin.audit.cancelled.body':
    '{pages} sur {pageCount, plural, one {# page lue} other {# pages lues}}. La reprise continue à partir de la page {nextPage} ; les constats ci-dessous portent sur les utilisateurs lus jusqu’ici.',
  'admin.audit.cancelled.pagesDone':
    '{pageCount, plural, one {La page a été lue} other {Les # pages ont été lues}}. La reprise lit la présence {uc} qui manque encore.',
  'admin.audit.cancelled.nothingRead': 'Aucune page n’a encore été lue. La reprise commence à la première page.',
  'admin.audit.interrupted.title': 'Audit interrompu',
  'admin.audit.interrupted.body':
    '{reason}. {pages} sur {pageCount, plural, one {# page est conservée} other {# pages sont conservées}} ; {resume, select, auto {l’audit reprendra de lui-même dès que Genesys Cloud autorisera de nouvelles requêtes.} other {la reprise continue là où l’audit s’est arrêté.}}',
  'admin.audit.interrupted.nothingRead':
    '{reason}. Aucune page n’a encore été lue ; {resume, select, auto {l’audit reprendra de lui-même dès que Genesys Cloud autorisera de nouvelles requêtes.} other {la reprise commence à la première page.}}',

  'admin.audit.ago.underMinute': 'il y a moins d’une minute',
  'admin.audit.ago.minutes': 'il y a {minutes} min',
  'admin.audit.ago.hours': 'il y a {hours} h',
  'admin.audit.ago.days': '{days, plural, one {il y a # jour} other {il y a # jours}}',

  'admin.sync.heading': 'Synchronisation de la présence',
  'admin.sync.none': 'Aucune présence {uc} n’a été trouvée pour les utilisateurs de l’échantillon.',
  'admin.sync.summary':
    'Présence {uc} de {count, plural, one {# utilisateur} other {# utilisateurs}} : dernier changement {newest}, médiane {median}.',
  'admin.sync.stale.title': 'La présence {uc} ne se synchronise pas',
  'admin.sync.stale.problem':
    'Aucune présence {uc} n’a changé depuis plus de {minutes, plural, one {# minute} other {# minutes}} (dernier changement {newest}) : les indicateurs affichent des états périmés.',
  'admin.sync.stale.fix':
    'Vérifiez le client OAuth de présence côté {uc} (identifiants client avec Integration > Presence > All et Presence > All) : il est probablement désactivé, expiré ou a perdu son rôle.',

  'admin.findings.region': 'Constats',
  'admin.findings.heading':
    '{findings, plural, =0 {Aucun constat} one {# constat} other {# constats}} sur {users, plural, one {# utilisateur} other {# utilisateurs}}',
  'admin.findings.headingSoFar':
    '{findings, plural, =0 {Aucun constat} one {# constat} other {# constats}} sur {users, plural, one {# utilisateur lu} other {# utilisateurs lus}} jusqu’ici',
  'admin.findings.export': 'Exporter en CSV',
  'admin.findings.fileName': '{ucSlug}-constats-provisionnement.csv',
  'admin.findings.filter': 'Afficher',
  'admin.findings.filterAll': 'Tous les types ({count})',
  'admin.findings.filterKind': '{kind} ({count})',
  'admin.findings.kindCount': '({count, plural, one {# personne} other {# personnes}})',
  'admin.findings.person': 'Personne',
  'admin.findings.finding': 'Constat',
  'admin.findings.problem': 'Problème',
  'admin.findings.fix': 'Comment corriger',
  'admin.findings.firstShown': 'Les {count} premiers sont affichés ; le CSV les contient tous.',

  'admin.finding.noNumber.title': 'Utilisateur UC uniquement sans numéro {uc}',
  'admin.finding.noNumber.emptyProblem': 'Le champ Autre téléphone {uc} est vide.',
  'admin.finding.noNumber.placeholderProblem':
    'Ce compte ne s’est jamais connecté à Genesys Cloud (un espace réservé UC uniquement créé par SCIM) et n’a pas de numéro {uc} : personne ne peut appeler cette personne ni lui transférer d’appel, et aucun indicateur ne peut s’afficher.',
  'admin.finding.noNumber.fix':
    'Renseignez le telephoneNumber de la personne dans l’annuaire {uc} ; SCIM le copie dans son champ Autre téléphone (phoneNumbers de type « {ucTag} »).',
  'admin.finding.invalidNumber.title': 'Le numéro {uc} n’est pas au format E.164',
  'admin.finding.invalidNumber.problem':
    '« {number} » n’est pas un numéro E.164 : les transferts vers ce numéro échouent ou sonnent au mauvais endroit.',
  'admin.finding.invalidNumber.fix':
    'Corrigez le numéro dans l’annuaire {uc} au format E.164 : « + », indicatif pays et chiffres uniquement, sans espaces ni poste (par exemple +14155550123).',
  'admin.finding.duplicateNumber.title': 'Même numéro {uc} pour deux personnes',
  'admin.finding.duplicateNumber.problem':
    'Le numéro {uc} {number} est aussi celui de {others} : un transfert vers l’une ou l’autre personne fait sonner le même téléphone.',
  'admin.finding.duplicateNumber.fix':
    'Attribuez à chaque personne son propre numéro dans l’annuaire {uc} ; SCIM met ensuite à jour le champ Autre téléphone.',
  'admin.finding.notPrimary.title': 'Le numéro {uc} n’est pas le téléphone principal',
  'admin.finding.notPrimary.problem':
    'Le téléphone principal est {phones}, et non le numéro {uc} {number} : les appels vers cet utilisateur UC uniquement sonnent dans Genesys Cloud au lieu de {uc}.',
  'admin.finding.notPrimary.fix':
    'Faites du champ Autre téléphone (numéro {uc}) le téléphone principal dans le profil Genesys Cloud de la personne, ou empêchez SCIM d’envoyer d’autres numéros pour les utilisateurs UC uniquement.',
  'admin.finding.inactiveListed.title': 'Un utilisateur inactif détient encore un numéro {uc}',
  'admin.finding.inactiveListed.problem':
    'Le compte est inactif mais porte encore le numéro {uc} {number} : il apparaît donc toujours dans les recherches {uc} et peut être choisi pour des transferts.',
  'admin.finding.deletedListed.title': 'Un utilisateur supprimé détient encore un numéro {uc}',
  'admin.finding.deletedListed.problem':
    'Le compte est supprimé mais porte encore le numéro {uc} {number} : il apparaît donc toujours dans les recherches {uc} et peut être choisi pour des transferts.',
  'admin.finding.listed.fix':
    'Si la personne est partie, retirez-la (ou son numéro) de l’annuaire {uc} pour que SCIM déprovisionne le numéro ; si elle est revenue, réactivez le compte Genesys Cloud.',

  'admin.person.unnamed': 'Utilisateur sans nom',
  'admin.person.email': 'E-mail',
  'admin.person.department': 'Service',
  'admin.person.title': 'Fonction',
  'admin.person.state': 'État',
  'admin.person.stateValue': '{state, select, active {actif} inactive {inactif} deleted {supprimé} other {{state}}}',
  'admin.person.ucNumber': 'Numéro {uc}',
  'admin.person.emptyNumber': '(vide)',
  'admin.person.primaryPhone': 'Téléphone principal',
  'admin.person.signedIn': 'Connecté à Genesys Cloud',
  'admin.person.signedInYes': 'Oui',
  'admin.person.signedInNever': 'Jamais',
  'admin.person.userId': 'ID utilisateur',
  'admin.person.close': 'Fermer',
};
