import type { AreaMessages } from '@/i18n/catalog-types';
import type { admin as en } from '@/i18n/en/admin';

export const admin: AreaMessages<typeof en> = {
  'admin.page.loadingPermissions': 'Cargando sus permisos…',
  'admin.page.loadingChecks': 'Cargando las comprobaciones de administración…',
  'admin.page.unavailable.title': 'Las comprobaciones de administración no están disponibles para usted',
  'admin.page.unavailable.lead': 'A sus roles de Genesys Cloud les falta lo que necesitan las comprobaciones de administración:',
  'admin.page.unavailable.why.roleView': '{permission} para leer los roles, sus permisos y quién los tiene',
  'admin.page.unavailable.why.grantView': '{permission} para leer las asignaciones de roles de otras personas',
  'admin.page.unavailable.howToGrant':
    'Un administrador de Genesys Cloud puede concederlos en Administración > Roles/Permisos (el rol Admin de la configuración de esta aplicación tiene ambos).',

  'admin.checks.title': 'Administración',
  'admin.checks.summary': 'Quién puede ver los indicadores de presencia de {uc} y si el aprovisionamiento funciona correctamente.',
  'admin.checks.permissionsHeading': 'Permisos de los indicadores de presencia',
  'admin.checks.rolesHeading': 'Roles',

  'admin.integration.heading': 'Integración de {uc}',
  'admin.integration.missing.title': 'Falta la integración de {uc} o está inactiva',
  'admin.integration.missing.problem':
    'La lista de clientapps de UC no tiene ninguna entrada activa de {uc} (integrationPresenceSource {ucSource}): nadie ve los indicadores de presencia de {uc}.',
  'admin.integration.missing.fix':
    'En Administración > Integraciones, instale la integración de comunicaciones unificadas de {uc} y establézcala en Activo.',
  'admin.integration.unchecked.title': 'No se pudo comprobar la integración de {uc}',
  'admin.integration.unchecked.body':
    'Para leerla se necesita {permission}, que sus roles no incluyen. Las comprobaciones siguientes usan los permisos predeterminados documentados.',
  'admin.integration.status': 'Estado',
  'admin.integration.statusValue': 'Presente y activa ({name})',
  'admin.integration.presence': 'Presencia',
  'admin.integration.polledEvery': 'consultada cada {interval}',
  'admin.integration.polledUnknown': 'consultada periódicamente (intervalo no declarado)',
  'admin.integration.pushed': 'enviada por {uc}',
  'admin.integration.pbxPermission': 'Permiso de {uc} (pbxPermission)',
  'admin.integration.notDeclared': 'no declarado',
  'admin.integration.userPermissions': 'Permisos de usuario',
  'admin.integration.noneDeclared': 'ninguno declarado',

  'admin.capability.seeBadges': 'Ver los indicadores de presencia de {uc}',
  'admin.capability.seeUcOnTransfer': 'Ver la presencia de {uc} al transferir',
  'admin.capability.searchDirectory': 'Buscar en el directorio',
  'admin.capability.blindTransfer': 'Transferencia ciega',
  'admin.capability.consultTransfer': 'Transferencia consultada',
  'admin.capability.runAdminChecks': 'Ejecutar las comprobaciones de administración',

  'admin.matrix.loading': 'Leyendo roles y asignaciones…',
  'admin.matrix.caption': 'Capacidades de {name}',
  'admin.matrix.capability': 'Capacidad',
  'admin.matrix.status': 'Estado',
  'admin.matrix.needs': 'Requiere',
  'admin.matrix.allowed': 'Permitido',
  'admin.matrix.notAllowed': 'No permitido',
  'admin.matrix.notAllowedMissing': 'No permitido · falta: {permissions}',
  'admin.matrix.held': 'concedido',
  'admin.matrix.heldThrough': 'concedido mediante {roles}',
  'admin.matrix.roleInDivisions': '{role} ({divisions})',
  'admin.matrix.missing': 'falta',

  'admin.search.label': 'Comprobar a una persona',
  'admin.search.placeholder': 'Nombre o correo electrónico',
  'admin.search.noMatch': 'No hay coincidencias.',
  'admin.search.results': 'Personas encontradas',
  'admin.check.lead':
    '¿Por qué alguien no ve los indicadores de {uc} ni la presencia de {uc} al transferir? Búsquelo por nombre o correo electrónico.',
  'admin.check.answer': 'Respuesta para {name}',
  'admin.check.verdictAllowed': '{name} puede ver la presencia de {uc}: indicadores y presencia al transferir.',
  'admin.check.verdictBlocked':
    '{name} no puede ver la presencia de {uc}: {count, plural, one {falta # permiso} other {faltan # permisos}}.',
  'admin.check.capabilities': 'Qué puede ver {name}',
  'admin.check.missingHeading': 'Falta en Genesys Cloud',
  'admin.check.grantedBy': 'Lo conceden estos roles: {roles}',
  'admin.check.noRole': 'Ningún rol de esta organización lo concede: primero agréguelo a un rol en Administración > Roles/Permisos.',
  'admin.check.next':
    'Siguiente paso: asigne a {name} {count, plural, one {uno de estos roles} other {un rol para cada permiso que falta}} en Administración > Personas > {name} > Roles.',
  'admin.check.open': 'Abrir {name} en la administración de Genesys Cloud',
  'admin.check.noLinkDemo': 'Modo de demostración: aquí no hay Genesys Cloud que abrir.',
  'admin.check.noLinkHost':
    'Genesys Cloud no pasó su dirección (gcHostOrigin) en la URL de la aplicación, así que la aplicación no puede enlazar a la persona.',

  'admin.roles.loading': 'Leyendo roles…',
  'admin.roles.caption': 'Roles que conceden cada permiso',
  'admin.roles.permission': 'Permiso',
  'admin.roles.grantedBy': 'Concedido por',
  'admin.roles.noRole': 'Ningún rol lo concede',
  'admin.roles.roleHolders': '{role} ({count, plural, one {# usuario} other {# usuarios}})',
  'admin.roles.roleHoldersLoading': '{role} (…)',
  'admin.roles.withoutBadges.heading': 'Personas que transfieren pero no pueden ver los indicadores de presencia',
  'admin.roles.withoutBadges.loading': 'Leyendo quién tiene estos roles…',
  'admin.roles.withoutBadges.none': 'Todas las personas cuyos roles permiten transferir pueden ver los indicadores de presencia de {uc}.',
  'admin.roles.withoutBadges.summary':
    '{count, plural, one {# persona tiene} other {# personas tienen}} un rol que permite transferir pero no ve la presencia de {uc}: transfieren a personas de {uc} sin ver si están disponibles.',
  'admin.roles.withoutBadges.more': 'y {count} más.',
  'admin.roles.withoutBadges.group': 'Falta {labels}',
  'admin.roles.withoutBadges.groupCount': '({count, plural, one {# persona} other {# personas}})',
  'admin.roles.withoutBadges.fix':
    'Solución: asigne a cada una {count, plural, one {uno de estos roles} other {un rol para cada permiso}} en Administración > Personas > la persona > Roles.',
  'admin.roles.withoutBadges.people': 'Personas a las que les falta {labels}',
  'admin.roles.withoutBadges.namesUnreadable': 'No se pudieron leer sus nombres: cada persona se muestra con su ID de usuario.',

  'admin.audit.heading': 'Auditoría de aprovisionamiento',
  'admin.audit.summary':
    'Lee en segundo plano todos los usuarios de la organización ({pageSize} por solicitud, incluidos los inactivos y eliminados), dejando margen para todo lo demás que hace la aplicación, y después la presencia de {uc} de hasta {sampleSize} de ellos.',
  'admin.audit.run': 'Ejecutar auditoría',
  'admin.audit.runAgain': 'Ejecutar de nuevo',
  'admin.audit.cancel': 'Cancelar',
  'admin.audit.cancelling': 'Cancelando…',
  'admin.audit.resume': 'Reanudar',
  'admin.audit.threshold': 'La presencia se considera desactualizada después de (minutos)',
  'admin.audit.progressLabel': 'Progreso de la auditoría',
  'admin.audit.starting': 'Iniciando…',
  'admin.audit.numberRules.loading': 'Comprobando los números de teléfono…',
  'admin.audit.numberRules.failed': 'No se cargaron las reglas de los números de teléfono',
  'admin.audit.numberRules.failedDetail':
    'Los hallazgos las necesitan. Compruebe la conexión de red y vuelva a intentarlo; si sigue fallando, vuelva a cargar la aplicación.',
  'admin.audit.progress.nothingRead': 'Aún no se ha leído ningún usuario',
  'admin.audit.progress.users':
    'Leídos {read} de {total, plural, one {# usuario} other {# usuarios}} ({pages} de {pageCount, plural, one {# página} other {# páginas}})',
  'admin.audit.progress.usersNoTotal':
    '{read, plural, one {# usuario leído} other {# usuarios leídos}} ({pages} de {pageCount, plural, one {# página} other {# páginas}})',
  'admin.audit.progress.usersAndPresence':
    'Leídos {read} de {total, plural, one {# usuario} other {# usuarios}} ({pages} de {pageCount, plural, one {# página} other {# páginas}}), presencia de {uc}: {presenceRead} de {presenceCount, plural, one {# solicitud} other {# solicitudes}}',
  'admin.audit.cancelled.title': 'Auditoría cancelada',
  'admin.audit.cancelled.body':
    '{pages} de {pageCount, plural, one {# página leída} other {# páginas leídas}}. Al reanudar, la auditoría continúa desde la página {nextPage}; los hallazgos siguientes abarcan los usuarios leídos hasta ahora.',
  'admin.audit.cancelled.pagesDone':
    '{pageCount, plural, one {Se leyó # página} other {Se leyeron las # páginas}}. Al reanudar, se lee la presencia de {uc} que aún falta.',
  'admin.audit.cancelled.nothingRead': 'Aún no se ha leído ninguna página. Al reanudar, se empieza por la primera página.',
  'admin.audit.interrupted.title': 'Auditoría interrumpida',
  'admin.audit.interrupted.body':
    '{reason}. Se conservan {pages} de {pageCount, plural, one {# página} other {# páginas}}; {resume, select, auto {la auditoría se reanudará sola cuando Genesys Cloud permita más solicitudes.} other {al reanudar, continúa donde se detuvo.}}',
  'admin.audit.interrupted.nothingRead':
    '{reason}. Aún no se ha leído ninguna página; {resume, select, auto {la auditoría se reanudará sola cuando Genesys Cloud permita más solicitudes.} other {al reanudar, se empieza por la primera página.}}',

  'admin.audit.ago.underMinute': 'hace menos de un minuto',
  'admin.audit.ago.minutes': 'hace {minutes} min',
  'admin.audit.ago.hours': 'hace {hours} h',
  'admin.audit.ago.days': '{days, plural, one {hace # día} other {hace # días}}',

  'admin.sync.heading': 'Sincronización de presencia',
  'admin.sync.none': 'No se encontró presencia de {uc} para los usuarios de la muestra.',
  'admin.sync.summary':
    'Presencia de {uc} de {count, plural, one {# usuario} other {# usuarios}}: último cambio {newest}, mediana {median}.',
  'admin.sync.stale.title': 'La presencia de {uc} no se está sincronizando',
  'admin.sync.stale.problem':
    'Ninguna presencia de {uc} ha cambiado en más de {minutes, plural, one {# minuto} other {# minutos}} (último cambio {newest}): los indicadores muestran estados antiguos.',
  'admin.sync.stale.fix':
    'Compruebe el cliente OAuth de presencia en el lado de {uc} (credenciales de cliente con Integration > Presence > All y Presence > All): probablemente está deshabilitado, ha caducado o ha perdido su rol.',

  'admin.findings.region': 'Hallazgos',
  'admin.findings.heading':
    '{findings, plural, =0 {Ningún hallazgo} one {# hallazgo} other {# hallazgos}} en {users, plural, one {# usuario} other {# usuarios}}',
  'admin.findings.headingSoFar':
    '{findings, plural, =0 {Ningún hallazgo} one {# hallazgo} other {# hallazgos}} en {users, plural, one {# usuario leído} other {# usuarios leídos}} hasta ahora',
  'admin.findings.export': 'Exportar CSV',
  'admin.findings.fileName': '{ucSlug}-hallazgos-de-aprovisionamiento.csv',
  'admin.findings.filter': 'Mostrar',
  'admin.findings.filterAll': 'Todos los tipos ({count})',
  'admin.findings.filterKind': '{kind} ({count})',
  'admin.findings.kindCount': '({count, plural, one {# persona} other {# personas}})',
  'admin.findings.person': 'Persona',
  'admin.findings.finding': 'Hallazgo',
  'admin.findings.problem': 'Problema',
  'admin.findings.fix': 'Cómo solucionarlo',
  'admin.findings.firstShown': 'Se muestran los primeros {count}; el CSV los incluye todos.',

  'admin.finding.noNumber.title': 'Usuario solo de UC sin número de {uc}',
  'admin.finding.noNumber.emptyProblem': 'El campo Otro teléfono de {uc} está vacío.',
  'admin.finding.noNumber.placeholderProblem':
    'Esta cuenta nunca ha iniciado sesión en Genesys Cloud (un marcador de posición solo de UC creado por SCIM) y no tiene número de {uc}: nadie puede llamar a esta persona ni transferirle llamadas, y no se puede mostrar ningún indicador.',
  'admin.finding.noNumber.fix':
    'Establezca el telephoneNumber de la persona en el directorio de {uc}; SCIM lo copia en su campo Otro teléfono (phoneNumbers de tipo "{ucTag}").',
  'admin.finding.invalidNumber.title': 'El número de {uc} no es un E.164 válido',
  'admin.finding.invalidNumber.problem':
    '“{number}” no es un número E.164: las transferencias a este número fallan o suenan en el lugar equivocado.',
  'admin.finding.invalidNumber.fix':
    'Corrija el número en el directorio de {uc} al formato E.164: "+", código de país y solo dígitos, sin espacios ni extensión (por ejemplo, +14155550123).',
  'admin.finding.duplicateNumber.title': 'El mismo número de {uc} en dos personas',
  'admin.finding.duplicateNumber.problem':
    'El número de {uc} {number} también es de {others}: una transferencia a cualquiera de ellos suena en el mismo teléfono.',
  'admin.finding.duplicateNumber.fix':
    'Asigne a cada persona su propio número en el directorio de {uc}; SCIM actualiza después el campo Otro teléfono.',
  'admin.finding.notPrimary.title': 'El número de {uc} no es el teléfono principal',
  'admin.finding.notPrimary.problem':
    'El teléfono principal es {phones}, no el número de {uc} {number}: las llamadas a este usuario solo de UC suenan en Genesys Cloud en lugar de en {uc}.',
  'admin.finding.notPrimary.fix':
    'Establezca Otro teléfono (el número de {uc}) como teléfono principal en el perfil de Genesys Cloud de la persona, o evite que SCIM envíe otros números para los usuarios solo de UC.',
  'admin.finding.inactiveListed.title': 'Un usuario inactivo aún tiene un número de {uc}',
  'admin.finding.inactiveListed.problem':
    'La cuenta está inactiva, pero aún tiene el número de {uc} {number}, por lo que sigue apareciendo en las búsquedas de {uc} y se puede elegir para transferencias.',
  'admin.finding.deletedListed.title': 'Un usuario eliminado aún tiene un número de {uc}',
  'admin.finding.deletedListed.problem':
    'La cuenta está eliminada, pero aún tiene el número de {uc} {number}, por lo que sigue apareciendo en las búsquedas de {uc} y se puede elegir para transferencias.',
  'admin.finding.listed.fix':
    'Si la persona se ha ido, quítela (o quite su número) del directorio de {uc} para que SCIM desaprovisione el número; si ha vuelto, reactive la cuenta de Genesys Cloud.',

  'admin.person.unnamed': 'Usuario sin nombre',
  'admin.person.email': 'Correo electrónico',
  'admin.person.department': 'Departamento',
  'admin.person.title': 'Cargo',
  'admin.person.state': 'Estado',
  'admin.person.stateValue': '{state, select, active {activo} inactive {inactivo} deleted {eliminado} other {{state}}}',
  'admin.person.ucNumber': 'Número de {uc}',
  'admin.person.emptyNumber': '(vacío)',
  'admin.person.primaryPhone': 'Teléfono principal',
  'admin.person.signedIn': 'Ha iniciado sesión en Genesys Cloud',
  'admin.person.signedInYes': 'Sí',
  'admin.person.signedInNever': 'Nunca',
  'admin.person.userId': 'ID de usuario',
  'admin.person.close': 'Cerrar',
};
