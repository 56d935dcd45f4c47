import type { AreaMessages } from '@/i18n/catalog-types';
import type { transfer as en } from '@/i18n/en/transfer';

export const transfer: AreaMessages<typeof en> = {
  'transfer.page.title': 'Transferir',
  'transfer.page.loadingPermissions': 'Cargando sus permisos…',
  'transfer.page.noBlindTransfer': 'La transferencia ciega no está disponible para usted',
  'transfer.page.noConsultTransfer': 'La transferencia consultada no está disponible para usted',
  'transfer.page.noPresence': 'La presencia de {uc} se oculta al transferir',
  'transfer.page.noSearch': 'No puede buscar en el directorio',
  'transfer.integrationInactive.title': 'La integración de {uc} no está activa',
  'transfer.integrationInactive.body':
    'Genesys Cloud no tiene ninguna integración activa de comunicaciones unificadas de {uc}, por lo que aquí no se muestra presencia de {uc}: no puede saber quién está disponible. Las transferencias a números de {uc} siguen funcionando. Un administrador puede instalarla o activarla en Administrador > Integraciones.',
  'transfer.page.loadingCalls': 'Cargando sus llamadas…',
  'transfer.page.loadingCall': 'Cargando la llamada…',
  'transfer.page.hint':
    'Escriba un nombre y, a continuación, use las teclas de flecha e Intro para elegir quién atiende la llamada; al pulsar Intro de nuevo, se transfiere. Ctrl+Intro la transfiere de inmediato a la persona resaltada.',

  'transfer.call.unknownCaller': 'Llamante desconocido',
  'transfer.call.consultedPerson': 'la persona consultada',

  'transfer.callCard.label': 'Llamada que se va a transferir',
  'transfer.callCard.status.connected': 'En llamada',
  'transfer.callCard.status.transferred': 'Transferida',
  'transfer.callCard.status.ended': 'Llamada finalizada',
  'transfer.callCard.endedNote': 'La llamada ha finalizado: no queda nada que transferir.',
  'transfer.callCard.transferredTo': 'La llamada ahora está con {name}.',
  'transfer.callCard.transferredNote': 'La llamada ya no está con usted: se ha transferido.',
  'transfer.callChooser.legend': '{count, plural, one {Tiene # llamada.} other {Tiene # llamadas.}} ¿Cuál desea transferir?',
  'transfer.noCall.title': 'No tiene ninguna llamada activa',
  'transfer.noCall.body':
    'Las transferencias son para una llamada en la que usted está. Aun así, puede buscar personas; cuando entre una llamada, aparecerá aquí. En Genesys Cloud, el widget de transferencia de una interacción se abre con esa llamada.',

  'transfer.picker.searchLabel': 'Buscar personas de {uc} a las que transferir',
  'transfer.picker.placeholder': 'Nombre, departamento, número o «disponible»',
  'transfer.help.button': 'Atajos de teclado',
  'transfer.help.available': 'Alt+A muestra solo a las personas disponibles; una presencia en la búsqueda («billing disp») también.',
  'transfer.picker.order.presence': 'Disponibles primero',
  'transfer.picker.order.limited': 'Por nombre: demasiadas personas para ordenar por presencia. Busque o elija un departamento.',
  'transfer.picker.loading': 'Cargando personas de {uc}…',
  'transfer.picker.searching': 'Buscando en Genesys Cloud…',
  'transfer.picker.count': '{count, plural, one {# persona} other {# personas}}',
  'transfer.picker.noneProvisioned.title': 'No hay personas de {uc} aprovisionadas',
  'transfer.picker.noneProvisioned.body':
    'Genesys Cloud no tiene usuarios activos con un número de {uc}; un administrador puede revisar el aprovisionamiento SCIM.',
  'transfer.picker.noMatch.title': 'Nadie coincide con su búsqueda',
  'transfer.picker.noMatch.body': 'Pruebe con otra parte del nombre, un departamento, un cargo o un número de {uc}.',
  'transfer.picker.listLabel': 'Personas a las que transferir',
  'transfer.picker.tag.favorite': 'Favorito',
  'transfer.picker.tag.recent': 'Reciente',

  'transfer.target.label': 'Transferir a {name}',
  'transfer.target.number': '{uc} {number}',
  'transfer.target.transfer': 'Transferir a {name}',
  'transfer.target.consult': 'Consultar primero a {name}',
  // The buttons' visible text; their accessible names (above) say whom.
  'transfer.target.transferShort': 'Transferir',
  'transfer.target.consultShort': 'Consultar',
  'transfer.target.addFavorite': 'Añadir a favoritos',
  'transfer.target.removeFavorite': 'Quitar de favoritos',
  'transfer.target.watch': 'Avisarme cuando esté disponible',
  'transfer.target.stopWatching': 'Dejar de avisarme',
  'transfer.target.watching': 'Recibirá una notificación cuando {name} esté disponible.',
  'transfer.target.blocked.chooseCall': 'Primero elija la llamada que desea transferir.',
  'transfer.target.blocked.noCall': 'No hay ninguna llamada que transferir.',
  'transfer.target.blocked.ended': 'La llamada ha finalizado, así que no se puede transferir.',
  'transfer.target.blocked.transferred': 'La llamada ya se ha transferido.',
  'transfer.target.blocked.consulting': 'Hay una consulta en curso: primero complétela o cancélela.',

  'transfer.confirm.title': '{presence, select, offline {{name} está sin conexión} other {{name} está en estado «{label}»}}',
  'transfer.confirm.body':
    '{presence, select, offline {Mientras esté sin conexión} other {Mientras esté en estado «{label}»}}, es posible que {name} no responda: la llamada podría sonar sin respuesta o llegar a su buzón de voz. {kind, select, blind {¿Desea transferir la llamada de todos modos?} other {¿Desea iniciar la consulta de todos modos?}}',
  'transfer.confirm.transferAnyway': 'Transferir de todos modos',
  'transfer.confirm.consultAnyway': 'Consultar de todos modos',
  'transfer.confirm.watch': 'Avisarme cuando esté disponible',
  'transfer.confirm.cancel': 'Cancelar',

  'transfer.consult.label': 'Transferencia consultada',
  'transfer.consult.title': 'Consulta con {destination}',
  'transfer.consult.speakToLabel': 'Con quién habla',
  'transfer.consult.speakTo.destination': 'Solo {destination}',
  'transfer.consult.speakTo.customer': 'Solo {customer}',
  'transfer.consult.speakTo.both': 'Ambos, por separado',
  'transfer.consult.speakTo.conference': 'Conferencia: los tres',
  'transfer.consult.complete': 'Completar la transferencia a {destination}',
  'transfer.consult.cancel': 'Cancelar consulta',

  'transfer.toast.transferredTitle': 'Llamada transferida',
  'transfer.toast.transferredMessage': 'La llamada ahora está con {name}.',

  'transfer.watch.toastTitle': '{name} está disponible',
  'transfer.watch.toastMessage': 'Pidió que se le avisara: ya puede transferirle la llamada.',
  'transfer.available.title': '{name} está disponible',
  'transfer.available.body': 'Pidió que se le avisara cuando {name} estuviera disponible.',
  'transfer.available.transferNow': 'Transferir ahora',
  'transfer.available.dismiss': 'Descartar',

  'transfer.pinned.unnamedUser': 'Usuario sin nombre',
  'transfer.pinned.withoutNumber.title': 'Algunos favoritos o personas recientes no pueden recibir transferencias',
  'transfer.pinned.withoutNumber.body':
    '{name} ya no tiene un número de {uc} en Genesys Cloud, así que no se le pueden transferir llamadas.',
  'transfer.pinned.removeFavorite': 'Quitar a {name} de favoritos',

  'transfer.ineligible.tag.noNumber': 'Sin número de {uc}',
  'transfer.ineligible.tag.undialable': 'No se puede marcar el número',
  'transfer.ineligible.tag.shared': 'Número compartido',
  'transfer.ineligible.tag.inactive': 'Inactivo',
  'transfer.ineligible.noNumber':
    '{name} no tiene número de {uc}, así que no se le pueden transferir llamadas. Un administrador puede añadirlo (el campo Otro teléfono, aprovisionado desde el directorio).',
  'transfer.ineligible.undialable':
    'El número de {uc} de {name}, «{shown}», no es un número internacional completo (como +13175550101), así que no se le pueden transferir llamadas. Un administrador puede corregirlo en el directorio.',
  'transfer.ineligible.shared':
    '{name} tiene el mismo número de {uc} que {other}, así que una transferencia podría llegar a la persona equivocada. Un administrador puede corregirlo en el directorio.',
  'transfer.ineligible.inactive': '{name} está inactivo en Genesys Cloud, así que no se le pueden transferir llamadas.',

  'transfer.failure.callEnded.title': 'La llamada ha finalizado',
  'transfer.failure.callEnded.detail':
    'No hay ninguna llamada conectada, así que no se envió nada al intentar {action, select, blind {transferir la llamada a {name}} consult {iniciar una consulta con {name}} speak-to {cambiar con quién habla} complete {completar la transferencia consultada} other {cancelar la consulta}}.',
  'transfer.failure.noNumber.title': '{name} no tiene número de {uc}',
  'transfer.failure.noNumber.detail':
    'Genesys Cloud no tiene ningún número de {uc} de {name}, así que la llamada no puede llegarle. No se envió nada.{unchanged, select, yes { Su llamada con {customer} sigue con usted, sin cambios.} other {}} Un administrador puede añadirlo (el campo Otro teléfono, aprovisionado desde el directorio).',
  'transfer.failure.malformedNumber.title': 'No se puede marcar el número de {uc} de {name}',
  'transfer.failure.malformedNumber.detail':
    '«{shown}» no es un número internacional completo (como +13175550101), así que la llamada no pudo llegarle. No se envió nada.{unchanged, select, yes { Su llamada con {customer} sigue con usted, sin cambios.} other {}} Un administrador puede corregirlo en el directorio.',
  'transfer.failure.unreachable.title': 'No se pudo conectar con Genesys Cloud',
  'transfer.failure.unreachable.detail':
    'La solicitud para {action, select, blind {transferir la llamada a {name}} consult {iniciar una consulta con {name}} speak-to {cambiar con quién habla} complete {completar la transferencia consultada} other {cancelar la consulta}} no obtuvo respuesta. Compruebe su conexión e inténtelo de nuevo; la llamada se muestra tal como Genesys Cloud la indica ahora.',
  'transfer.failure.refused.title':
    'Genesys Cloud se negó a {action, select, blind {transferir la llamada a {name}} consult {iniciar una consulta con {name}} speak-to {cambiar con quién habla} complete {completar la transferencia consultada} other {cancelar la consulta}}',
  'transfer.failure.refused.detail':
    '{message}{unchanged, select, yes { Su llamada con {customer} sigue con usted, sin cambios.} other {}} Un administrador de Genesys Cloud puede conceder el permiso en Administración > Roles/Permisos.',
  'transfer.failure.rateLimited.title': 'Genesys Cloud está limitando las solicitudes',
  'transfer.failure.rateLimited.detail':
    'Se hicieron demasiadas solicitudes en el último minuto, así que Genesys Cloud no llegó a {action, select, blind {transferir la llamada a {name}} consult {iniciar una consulta con {name}} speak-to {cambiar con quién habla} complete {completar la transferencia consultada} other {cancelar la consulta}}.{unchanged, select, yes { Su llamada con {customer} sigue con usted, sin cambios.} other {}} Vuelva a intentarlo en un momento.',
  'transfer.failure.endedBefore.title': 'La llamada finalizó antes de la transferencia',
  'transfer.failure.endedBefore.detail':
    'La llamada {status, select, transferred {ya se había transferido} other {finalizó}} al intentar {action, select, blind {transferirla a {name}} consult {iniciar una consulta con {name}} speak-to {cambiar con quién habla} complete {completar la transferencia consultada} other {cancelar la consulta}}, así que no se transfirió nada.',
  'transfer.failure.couldNot.title':
    'Genesys Cloud no pudo {action, select, blind {transferir la llamada a {name}} consult {iniciar una consulta con {name}} speak-to {cambiar con quién habla} complete {completar la transferencia consultada} other {cancelar la consulta}}',
  'transfer.failure.couldNot.detail':
    '{message}{unchanged, select, yes { Su llamada con {customer} sigue con usted, sin cambios.} other {}}',
  'transfer.failure.couldNot.detailRetry':
    '{message}{unchanged, select, yes { Su llamada con {customer} sigue con usted, sin cambios.} other {}} Vuelva a intentarlo.',
  'transfer.failure.dismiss': 'Descartar',
};
