import type { AreaMessages } from '@/i18n/catalog-types';
import type { check as en } from '@/i18n/en/check';

export const check: AreaMessages<typeof en> = {
  'check.page.title': 'Comprobación de la organización',
  'check.page.summary':
    'Comprueba cómo responde su organización de Genesys Cloud a las preguntas que la aplicación no puede resolver sola, y dice qué hará la aplicación con cada respuesta. Ejecútela una vez tras la implementación, como administrador.',
  'check.page.loadingPermissions': 'Cargando sus permisos…',

  'check.run.budget':
    'Cada ejecución envía como máximo {budget} solicitudes a Genesys Cloud y crea un canal de notificaciones que Genesys Cloud elimina por sí solo.',
  'check.run.start': 'Ejecutar la comprobación',
  'check.run.again': 'Volver a ejecutar',
  'check.run.running': 'Comprobando su organización…',
  'check.run.used': '{used} de {budget} solicitudes como máximo enviadas.',
  'check.run.summary':
    '{warnings, plural, =0 {Sin advertencias} one {# advertencia} other {# advertencias}}, {notChecked, plural, =0 {todas las pruebas comprobadas} one {# prueba sin comprobar} other {# pruebas sin comprobar}}.',

  'check.table.caption': 'Lo que encontró la comprobación',
  'check.table.probe': 'Prueba',
  'check.table.found': 'Resultado',
  'check.table.action': 'Qué hará la aplicación',
  'check.table.status': 'Estado',
  'check.table.fix': 'Solución:',

  'check.status.ok': 'Correcto',
  'check.status.warning': 'Advertencia',
  'check.status.info': 'Información',
  'check.status.notChecked': 'Sin comprobar',

  'check.probe.integration': 'Integración de {uc}',
  'check.probe.presenceField': 'Dónde llega la presencia de {uc}',
  'check.probe.numberTags': 'Etiquetas de los números de {uc}',
  'check.probe.presenceSources': 'Fuentes de presencia',
  'check.probe.bulkReader': 'Presencia por fuente',
  'check.probe.topics': 'Actualizaciones de presencia en directo',
  'check.probe.retryAfter': 'Esperas por límite de solicitudes',
  'check.probe.clock': 'Reloj',
  'check.probe.scopes': 'Ámbitos de OAuth',

  'check.notChecked.permission': 'Sin comprobar: le falta {permissions}.',
  'check.notChecked.noSample': 'Sin comprobar: la prueba de etiquetas no encontró ninguna persona de {uc} para la muestra.',
  'check.notChecked.noSource':
    'No se intentó: no figura ninguna fuente de presencia de {uc}, y la comprobación nunca adivina un id de fuente.',
  'check.notChecked.sourcesUnread':
    'No se intentó: no se pudieron leer las fuentes de presencia, y la comprobación nunca adivina un id de fuente.',
  'check.notChecked.noClock': 'Sin comprobar: no se pudo leer ni un encabezado Date ni la caducidad de un canal de notificaciones.',
  'check.notChecked.budget': 'Sin comprobar: se agotó el presupuesto de solicitudes de la ejecución.',
  'check.notChecked.failed': 'No se pudo comprobar: {error}',
  'check.notChecked.action': 'Se desconoce hasta que esta prueba pueda ejecutarse.',
  'check.notChecked.fix.permission': 'Ejecute la comprobación como alguien que tenga estos permisos (Administración > Roles/Permisos).',

  'check.integration.served': 'Esta aplicación atiende a {uc}. Integraciones de UC activas en esta organización: {active}.',
  'check.integration.servedNoneActive': 'Esta aplicación atiende a {uc}. Ninguna integración de UC de esta organización está activa.',
  'check.integration.pushed': 'La integración de {uc} está activa; {uc} envía la presencia a Genesys Cloud.',
  'check.integration.polled': 'La integración de {uc} está activa; Genesys Cloud consulta la presencia a {uc} cada {interval}.',
  'check.integration.polledUnknown': 'La integración de {uc} está activa; Genesys Cloud consulta la presencia a {uc}.',
  'check.integration.pbx': 'Declara el permiso de {uc} {permission}.',
  'check.integration.noPbx': 'No declara ningún permiso de {uc} (pbxPermission).',
  'check.integration.iconsListed': 'La respuesta de la lista incluye los iconos de insignia (sin una segunda solicitud).',
  'check.integration.iconsEntryOnly':
    'La respuesta de la lista no incluye iconos de insignia: la aplicación vuelve a leer la entrada para obtenerlos.',
  'check.integration.missing':
    '{count, plural, =0 {No figura ninguna integración de comunicaciones unificadas.} one {Figura # integración de comunicaciones unificadas, que no es de {uc}.} other {Figuran # integraciones de comunicaciones unificadas, ninguna de {uc}.}}',
  'check.integration.action.ok': 'Muestra la presencia de {uc} a quienes tienen {permissions}.',
  'check.integration.action.missing': 'No muestra la presencia de {uc} en ningún sitio: los indicadores dependen de esta integración.',
  'check.integration.fix.missing': 'En Genesys Cloud, Administración > Integraciones: instale y active la integración de {uc}.',
  'check.integration.fix.noPbx':
    'La aplicación supone {permission}, que no está verificado: compárelo con el permiso de {uc} que figura en Administración > Roles/Permisos y conceda ese.',

  'check.presenceField.found': 'La presencia de {uc} llegó en {field} para {count} de {sampled} personas de la muestra.',
  'check.presenceField.genesysOnly':
    '{count, plural, one {# persona llegó} other {# personas llegaron}} solo con su presencia de Genesys Cloud.',
  'check.presenceField.none': 'No llegó ninguna presencia de {uc} para las {sampled} personas de la muestra.',
  'check.presenceField.action.ok':
    'Lee la presencia de {uc} de {field}. Quien no tenga una aparece como Desconocido, nunca con su presencia de Genesys Cloud.',
  'check.presenceField.action.none': 'Muestra a estas personas como Desconocido.',
  'check.presenceField.fix':
    'Compruebe que {uc} envía la presencia a Genesys Cloud: el cliente OAuth que usa {uc} (credenciales de cliente, con Integration > Presence > All y Presence > All) debe estar activo.',

  'check.numberTags.sample':
    'Muestra: {sampled, plural, one {# usuario activo} other {# usuarios activos}}, {withOther} con un número en “Otro teléfono”.',
  'check.numberTags.tags': 'Etiquetas de integración en esos números: {tags}.',
  'check.numberTags.tag': '{tag} × {count}',
  'check.numberTags.noTags': 'Ningún número de “Otro teléfono” lleva una etiqueta de integración.',
  'check.numberTags.untagged':
    '{count, plural, one {# número de “Otro teléfono” no tiene} other {# números de “Otro teléfono” no tienen}} etiqueta.',
  'check.numberTags.action.tagged': 'Muestra a las personas cuyo “Otro teléfono” está etiquetado para {uc}: {count} en esta muestra.',
  'check.numberTags.action.otherPhone':
    'Muestra también a las personas con un “Otro teléfono” sin etiqueta ({parameter}): {count} en esta muestra.',
  'check.numberTags.action.nobody':
    'No muestra a nadie: ningún número de esta muestra está etiquetado para {uc}. El directorio lo indica y nombra {parameter}.',
  'check.numberTags.action.noPhones': 'No muestra a nadie: nadie en esta muestra tiene un número en “Otro teléfono”.',
  'check.numberTags.fix.otherPhone':
    'Añada {parameter} a la URL de la aplicación de cada una de sus aplicaciones cliente (Administración > Integraciones > la aplicación > Configuración), o haga que SCIM escriba la etiqueta de integración de {uc}.',
  'check.numberTags.fix.noPhones':
    'Compruebe la asignación de SCIM: el telephoneNumber del directorio debe llegar a phoneNumbers[type eq "{ucTag}"], que Genesys Cloud guarda como “Otro teléfono”.',

  'check.presenceSources.listed':
    '{count, plural, one {Figura # fuente de presencia} other {Figuran # fuentes de presencia}}, entre ellas la de {uc}.',
  'check.presenceSources.unlisted':
    '{count, plural, one {Figura # fuente de presencia} other {Figuran # fuentes de presencia}}, ninguna de {uc}.',
  'check.presenceSources.action': 'No cambia nada: la aplicación lee la presencia por persona y no necesita un id de fuente.',

  'check.bulkReader.works': 'Respondió con la presencia de {answered} de {asked} personas.',
  'check.bulkReader.refused': 'Rechazó la fuente de {uc} que figura en la lista (HTTP {status}).',
  'check.bulkReader.action': 'No se usa: la aplicación lee la presencia por persona, 100 personas por solicitud en lugar de 50.',

  'check.topics.accepted': 'Un canal de notificaciones aceptó {topic}.',
  'check.topics.refused': 'Un canal de notificaciones rechazó {topic}.',
  'check.topics.reason': 'Genesys Cloud dice: {reason}',
  'check.topics.missingPermissions': 'Falta: {permissions}.',
  'check.topics.action.live': 'Mantiene en directo los indicadores de {uc} a través del canal de notificaciones.',
  'check.topics.action.polled':
    'En su lugar consulta la presencia de {uc} periódicamente, dentro de su presupuesto de solicitudes, e indica en pantalla que la presencia se consulta.',
  'check.topics.fix':
    'Conceda {permission} a quienes usan la aplicación. Si ya lo tienen, compruebe que el cliente OAuth de la aplicación tiene el ámbito notifications.',

  'check.retryAfter.none': 'Aún no se ha visto ningún 429 (demasiadas solicitudes) en esta sesión.',
  'check.retryAfter.header': 'El último 429 pidió una espera de {wait} en su encabezado Retry-After.',
  'check.retryAfter.body': 'El navegador oculta el encabezado Retry-After; el último 429 pidió una espera de {wait} en su texto.',
  'check.retryAfter.backoff': 'El último 429 no dijo nada que la aplicación pudiera leer; hizo una pausa de {wait}.',
  'check.retryAfter.seen': '{count, plural, one {# 429 visto} other {# 429 vistos}} en esta sesión.',
  'check.retryAfter.action.none':
    'Ante un 429 espera lo que pida Genesys Cloud: el encabezado, si no el texto de la respuesta, y si no una pausa creciente.',
  'check.retryAfter.action.ok': 'Espera lo que pide Genesys Cloud y vuelve a enviar.',
  'check.retryAfter.action.backoff': 'Espera una pausa creciente (desde 5 s) antes de volver a enviar.',
  'check.retryAfter.fix':
    'No hay nada que configurar en Genesys Cloud. Si se repite, tenga menos vistas de la aplicación abiertas a la vez.',

  'check.clock.behind': 'El reloj de este equipo va {amount} por detrás del de Genesys Cloud.',
  'check.clock.ahead': 'El reloj de este equipo va {amount} por delante del de Genesys Cloud.',
  'check.clock.inStep': 'El reloj de este equipo coincide con el de Genesys Cloud.',
  'check.clock.fromHeader': 'Medido con el encabezado Date de una respuesta.',
  'check.clock.fromChannel': 'Medido con la caducidad de un canal de notificaciones nuevo (24 horas).',
  'check.clock.action.ok': 'Muestra el tiempo en cada estado tal como lo mide Genesys Cloud.',
  'check.clock.action.skewed': 'Muestra el tiempo en cada estado desviado unos {amount}.',
  'check.clock.fix':
    'Deje que este equipo ajuste la hora automáticamente (Windows: Configuración > Hora e idioma; macOS: Ajustes del Sistema > General > Fecha y hora).',

  'check.scopes.missing': 'Al token le falta {scopes}.',
  'check.scopes.complete': 'El token tiene todos los ámbitos que necesita la aplicación ({count}).',
  'check.scopes.unrestricted': 'El token no indica ámbitos: su cliente OAuth no está limitado a ámbitos.',
  'check.scopes.action.ok': 'Todas las solicitudes de la aplicación están dentro de los ámbitos del token.',
  'check.scopes.action.missing':
    'Genesys Cloud rechaza las solicitudes que los necesitan (403), y las partes de la aplicación que dependen de ellas muestran un error.',
  'check.scopes.fix':
    'Añádalos al cliente OAuth de la aplicación (Administración > Integraciones > OAuth > el cliente > Ámbito) y vuelva a abrir la aplicación.',

  'check.report.copy': 'Copiar informe',
  'check.report.copied': 'Informe copiado. Solo contiene recuentos y variantes: ningún nombre, número ni id.',
  'check.report.copyFailed': 'El navegador no permitió copiar. Seleccione el informe de abajo y cópielo.',
  'check.report.label': 'Informe (JSON)',
};
