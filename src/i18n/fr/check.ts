import type { AreaMessages } from '@/i18n/catalog-types';
import type { check as en } from '@/i18n/en/check';

export const check: AreaMessages<typeof en> = {
  'check.page.title': 'Vérification de l’organisation',
  'check.page.summary':
    'Vérifie comment votre organisation Genesys Cloud répond aux questions que l’application ne peut pas trancher seule, et indique ce que l’application fera de chaque réponse. Lancez-la une fois après le déploiement, en tant qu’administrateur.',
  'check.page.loadingPermissions': 'Chargement de vos autorisations…',

  'check.run.budget':
    'Une exécution envoie au plus {budget} requêtes à Genesys Cloud et crée un canal de notification que Genesys Cloud supprime de lui-même.',
  'check.run.start': 'Lancer la vérification',
  'check.run.again': 'Relancer',
  'check.run.running': 'Vérification de votre organisation…',
  'check.run.used': '{used} requêtes envoyées sur {budget} au plus.',
  'check.run.summary':
    '{warnings, plural, =0 {Aucun avertissement} one {# avertissement} other {# avertissements}}, {notChecked, plural, =0 {tous les tests effectués} one {# test non effectué} other {# tests non effectués}}.',

  'check.table.caption': 'Ce que la vérification a trouvé',
  'check.table.probe': 'Test',
  'check.table.found': 'Constat',
  'check.table.action': 'Ce que fera l’application',
  'check.table.status': 'État',
  'check.table.fix': 'Correction :',

  'check.status.ok': 'OK',
  'check.status.warning': 'Avertissement',
  'check.status.info': 'Info',
  'check.status.notChecked': 'Non vérifié',

  'check.probe.integration': 'Intégration {uc}',
  'check.probe.presenceField': 'Où arrive la présence {uc}',
  'check.probe.numberTags': 'Étiquettes des numéros {uc}',
  'check.probe.presenceSources': 'Sources de présence',
  'check.probe.bulkReader': 'Présence par source',
  'check.probe.topics': 'Mises à jour de présence en direct',
  'check.probe.retryAfter': 'Attentes dues aux limites de débit',
  'check.probe.clock': 'Horloge',
  'check.probe.scopes': 'Portées OAuth',

  'check.notChecked.permission': 'Non vérifié : il vous manque {permissions}.',
  'check.notChecked.noSample': 'Non vérifié : le test des étiquettes n’a trouvé aucune personne {uc} à échantillonner.',
  'check.notChecked.noSource':
    'Non tenté : aucune source de présence {uc} n’est listée, et la vérification ne devine jamais un id de source.',
  'check.notChecked.sourcesUnread':
    'Non tenté : les sources de présence n’ont pas pu être lues, et la vérification ne devine jamais un id de source.',
  'check.notChecked.noClock': 'Non vérifié : ni un en-tête Date ni l’expiration d’un canal de notification n’ont pu être lus.',
  'check.notChecked.budget': 'Non vérifié : le budget de requêtes de l’exécution est épuisé.',
  'check.notChecked.failed': 'Vérification impossible : {error}',
  'check.notChecked.action': 'Inconnu tant que ce test ne peut pas s’exécuter.',
  'check.notChecked.fix.permission': 'Lancez la vérification avec un compte qui détient ces autorisations (Admin > Rôles/Autorisations).',

  'check.integration.served': 'Cette application sert {uc}. Intégrations UC actives dans cette organisation : {active}.',
  'check.integration.servedNoneActive': 'Cette application sert {uc}. Aucune intégration UC de cette organisation n’est active.',
  'check.integration.pushed': 'L’intégration {uc} est active ; {uc} envoie la présence à Genesys Cloud.',
  'check.integration.polled': 'L’intégration {uc} est active ; Genesys Cloud interroge {uc} sur la présence toutes les {interval}.',
  'check.integration.polledUnknown': 'L’intégration {uc} est active ; Genesys Cloud interroge {uc} sur la présence.',
  'check.integration.pbx': 'Elle déclare l’autorisation {uc} {permission}.',
  'check.integration.noPbx': 'Elle ne déclare aucune autorisation {uc} (pbxPermission).',
  'check.integration.iconsListed': 'La réponse de la liste contient les icônes de badge (pas de seconde requête).',
  'check.integration.iconsEntryOnly':
    'La réponse de la liste ne contient pas d’icônes de badge : l’application relit l’entrée pour les obtenir.',
  'check.integration.missing':
    '{count, plural, =0 {Aucune intégration de communications unifiées n’est listée.} one {# intégration de communications unifiées est listée, pas celle de {uc}.} other {# intégrations de communications unifiées sont listées, aucune de {uc}.}}',
  'check.integration.action.ok': 'Affiche la présence {uc} aux personnes qui détiennent {permissions}.',
  'check.integration.action.missing': 'N’affiche la présence {uc} nulle part : les badges dépendent de cette intégration.',
  'check.integration.fix.missing': 'Dans Genesys Cloud, Admin > Intégrations : installez et activez l’intégration {uc}.',
  'check.integration.fix.noPbx':
    'L’application suppose {permission}, qui n’est pas vérifiée : comparez-la à l’autorisation {uc} listée dans Admin > Rôles/Autorisations, et accordez celle-ci.',

  'check.presenceField.found': 'La présence {uc} est arrivée dans {field} pour {count} des {sampled} personnes de l’échantillon.',
  'check.presenceField.genesysOnly':
    '{count, plural, one {# personne est revenue} other {# personnes sont revenues}} avec seulement leur présence Genesys Cloud.',
  'check.presenceField.none': 'Aucune présence {uc} n’est revenue pour les {sampled} personnes de l’échantillon.',
  'check.presenceField.action.ok':
    'Lit la présence {uc} dans {field}. Les personnes qui n’en ont pas s’affichent comme Inconnu, jamais avec leur présence Genesys Cloud.',
  'check.presenceField.action.none': 'Affiche ces personnes comme Inconnu.',
  'check.presenceField.fix':
    'Vérifiez que {uc} envoie la présence à Genesys Cloud : le client OAuth qu’utilise {uc} (identifiants client, avec Integration > Presence > All et Presence > All) doit être actif.',

  'check.numberTags.sample':
    'Échantillon : {sampled, plural, one {# utilisateur actif} other {# utilisateurs actifs}}, dont {withOther} avec un numéro « Autre téléphone ».',
  'check.numberTags.tags': 'Étiquettes d’intégration sur ces numéros : {tags}.',
  'check.numberTags.tag': '{tag} × {count}',
  'check.numberTags.noTags': 'Aucun numéro « Autre téléphone » ne porte d’étiquette d’intégration.',
  'check.numberTags.untagged':
    '{count, plural, one {# numéro « Autre téléphone » n’a} other {# numéros « Autre téléphone » n’ont}} pas d’étiquette.',
  'check.numberTags.action.tagged': 'Liste les personnes dont l’« Autre téléphone » est étiqueté {uc} : {count} dans cet échantillon.',
  'check.numberTags.action.otherPhone':
    'Liste aussi les personnes dont l’« Autre téléphone » n’a pas d’étiquette ({parameter}) : {count} dans cet échantillon.',
  'check.numberTags.action.nobody':
    'Ne liste personne : aucun numéro de cet échantillon n’est étiqueté {uc}. L’annuaire le dit et nomme {parameter}.',
  'check.numberTags.action.noPhones': 'Ne liste personne : personne dans cet échantillon n’a de numéro « Autre téléphone ».',
  'check.numberTags.fix.otherPhone':
    'Ajoutez {parameter} à l’URL d’application de chacune des applications clientes de l’application (Admin > Intégrations > l’application > Configuration), ou faites écrire l’étiquette d’intégration {uc} par SCIM.',
  'check.numberTags.fix.noPhones':
    'Vérifiez le mappage SCIM : le telephoneNumber de l’annuaire doit aboutir à phoneNumbers[type eq "{ucTag}"], que Genesys Cloud enregistre comme « Autre téléphone ».',

  'check.presenceSources.listed':
    '{count, plural, one {# source de présence est listée} other {# sources de présence sont listées}}, dont celle de {uc}.',
  'check.presenceSources.unlisted':
    '{count, plural, one {# source de présence est listée} other {# sources de présence sont listées}}, aucune de {uc}.',
  'check.presenceSources.action': 'Rien ne change : l’application lit la présence par personne et n’a besoin d’aucun id de source.',

  'check.bulkReader.works': 'Il a répondu avec la présence de {answered} personnes sur {asked}.',
  'check.bulkReader.refused': 'Il a refusé la source {uc} listée (HTTP {status}).',
  'check.bulkReader.action': 'Non utilisé : l’application lit la présence par personne, 100 personnes par requête au lieu de 50.',

  'check.topics.accepted': 'Un canal de notification a accepté {topic}.',
  'check.topics.refused': 'Un canal de notification a refusé {topic}.',
  'check.topics.reason': 'Genesys Cloud indique : {reason}',
  'check.topics.missingPermissions': 'Manquant : {permissions}.',
  'check.topics.action.live': 'Garde les badges {uc} à jour en direct par le canal de notification.',
  'check.topics.action.polled':
    'Interroge plutôt la présence {uc} à intervalles, dans son budget de requêtes, et indique à l’écran que la présence est interrogée.',
  'check.topics.fix':
    'Accordez {permission} aux personnes qui utilisent l’application. Si elles l’ont déjà, vérifiez que le client OAuth de l’application a la portée notifications.',

  'check.retryAfter.none': 'Aucun 429 (trop de requêtes) vu pour l’instant dans cette session.',
  'check.retryAfter.header': 'Le dernier 429 demandait une attente de {wait} dans son en-tête Retry-After.',
  'check.retryAfter.body': 'Le navigateur masque l’en-tête Retry-After ; le dernier 429 demandait une attente de {wait} dans son texte.',
  'check.retryAfter.backoff': 'Le dernier 429 n’indiquait rien que l’application puisse lire ; elle a fait une pause de {wait}.',
  'check.retryAfter.seen': '{count, plural, one {# 429 vu} other {# 429 vus}} dans cette session.',
  'check.retryAfter.action.none':
    'Sur un 429, elle attend autant que Genesys Cloud le demande : l’en-tête, sinon le texte de la réponse, sinon une pause croissante.',
  'check.retryAfter.action.ok': 'Attend autant que Genesys Cloud le demande, puis renvoie.',
  'check.retryAfter.action.backoff': 'Attend une pause croissante (à partir de 5 s) avant de renvoyer.',
  'check.retryAfter.fix': 'Rien à régler dans Genesys Cloud. Si cela se répète, gardez moins de vues de l’application ouvertes à la fois.',

  'check.clock.behind': 'L’horloge de cet ordinateur retarde de {amount} sur celle de Genesys Cloud.',
  'check.clock.ahead': 'L’horloge de cet ordinateur avance de {amount} sur celle de Genesys Cloud.',
  'check.clock.inStep': 'L’horloge de cet ordinateur est à l’heure de Genesys Cloud.',
  'check.clock.fromHeader': 'Mesuré avec l’en-tête Date d’une réponse.',
  'check.clock.fromChannel': 'Mesuré avec l’expiration d’un nouveau canal de notification (24 heures).',
  'check.clock.action.ok': 'Affiche les durées de statut telles que Genesys Cloud les mesure.',
  'check.clock.action.skewed': 'Affiche les durées de statut décalées d’environ {amount}.',
  'check.clock.fix':
    'Laissez cet ordinateur régler son horloge automatiquement (Windows : Paramètres > Heure et langue ; macOS : Réglages Système > Général > Date et heure).',

  'check.scopes.missing': 'Il manque au jeton {scopes}.',
  'check.scopes.complete': 'Le jeton a toutes les portées dont l’application a besoin ({count}).',
  'check.scopes.unrestricted': 'Le jeton ne liste aucune portée : son client OAuth n’est pas limité à des portées.',
  'check.scopes.action.ok': 'Chaque requête de l’application reste dans les portées du jeton.',
  'check.scopes.action.missing':
    'Genesys Cloud refuse les requêtes qui en ont besoin (403), et les parties de l’application qui en dépendent affichent une erreur.',
  'check.scopes.fix':
    'Ajoutez-les au client OAuth de l’application (Admin > Intégrations > OAuth > le client > Portée), puis rouvrez l’application.',

  'check.report.copy': 'Copier le rapport',
  'check.report.copied': 'Rapport copié. Il ne contient que des comptes et des variantes : aucun nom, numéro ni id.',
  'check.report.copyFailed': 'Le navigateur n’a pas autorisé la copie. Sélectionnez le rapport ci-dessous et copiez-le.',
  'check.report.label': 'Rapport (JSON)',
};
