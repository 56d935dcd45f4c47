import type { AreaMessages } from '@/i18n/catalog-types';
import type { calls as en } from '@/i18n/en/calls';

export const calls: AreaMessages<typeof en> = {
  'calls.call.consultedPerson': 'la persona consultada',
  'calls.target.label': 'Transferir a {name}',
  'calls.target.number': '{uc} {number}',
  'calls.target.transfer': 'Transferir a {name}',
  'calls.target.consult': 'Consultar primero a {name}',
  // The buttons' visible text; their accessible names (above) say whom.
  'calls.target.transferShort': 'Transferir',
  'calls.target.consultShort': 'Consultar',
  'calls.target.addFavorite': 'Añadir a favoritos',
  'calls.target.removeFavorite': 'Quitar de favoritos',
  'calls.target.watch': 'Avisarme cuando esté disponible',
  'calls.target.stopWatching': 'Dejar de avisarme',
  'calls.target.watching': 'Recibirá una notificación cuando {name} esté disponible.',
  'calls.target.blocked.chooseCall': 'Primero elija la llamada que desea transferir.',
  'calls.target.blocked.noCall': 'No hay ninguna llamada que transferir.',
  'calls.target.blocked.ended': 'La llamada ha finalizado, así que no se puede transferir.',
  'calls.target.blocked.transferred': 'La llamada ya se ha transferido.',
  'calls.target.blocked.consulting': 'Hay una consulta en curso: primero complétela o cancélela.',
  'calls.confirm.title': '{presence, select, offline {{name} está sin conexión} other {{name} está en estado «{label}»}}',
  'calls.confirm.body':
    '{presence, select, offline {Mientras esté sin conexión} other {Mientras esté en estado «{label}»}}, es posible que {name} no responda: la llamada podría sonar sin respuesta o llegar a su buzón de voz. {kind, select, blind {¿Desea transferir la llamada de todos modos?} other {¿Desea iniciar la consulta de todos modos?}}',
  'calls.confirm.transferAnyway': 'Transferir de todos modos',
  'calls.confirm.consultAnyway': 'Consultar de todos modos',
  'calls.confirm.watch': 'Avisarme cuando esté disponible',
  'calls.confirm.cancel': 'Cancelar',
  'calls.consult.label': 'Transferencia consultada',
  'calls.consult.title': 'Consulta con {destination}',
  'calls.consult.speakToLabel': 'Con quién habla',
  'calls.consult.speakTo.destination': 'Solo {destination}',
  'calls.consult.speakTo.customer': 'Solo {customer}',
  'calls.consult.speakTo.both': 'Ambos, por separado',
  'calls.consult.speakTo.conference': 'Conferencia: los tres',
  'calls.consult.complete': 'Completar la transferencia a {destination}',
  'calls.consult.cancel': 'Cancelar consulta',
  'calls.toast.transferredTitle': 'Llamada transferida',
  'calls.toast.transferredMessage': 'La llamada ahora está con {name}.',
  'calls.available.title': '{name} está disponible',
  'calls.available.body': 'Pidió que se le avisara cuando {name} estuviera disponible.',
  'calls.available.transferNow': 'Transferir ahora',
  'calls.available.dismiss': 'Descartar',
  'calls.failure.callEnded.title': 'La llamada ha finalizado',
  'calls.failure.callEnded.detail':
    'No hay ninguna llamada conectada, así que no se envió nada al intentar {action, select, blind {transferir la llamada a {name}} consult {iniciar una consulta con {name}} speak-to {cambiar con quién habla} complete {completar la transferencia consultada} other {cancelar la consulta}}.',
  'calls.failure.noNumber.title': '{name} no tiene número de {uc}',
  'calls.failure.noNumber.detail':
    'Genesys Cloud no tiene ningún número de {uc} de {name}, así que la llamada no puede llegarle. No se envió nada.{unchanged, select, yes { Su llamada con {customer} sigue con usted, sin cambios.} other {}} Un administrador puede añadirlo (el campo Otro teléfono, aprovisionado desde el directorio).',
  'calls.failure.malformedNumber.title': 'No se puede marcar el número de {uc} de {name}',
  'calls.failure.malformedNumber.detail':
    '«{shown}» no es un número internacional completo (como +13175550101), así que la llamada no pudo llegarle. No se envió nada.{unchanged, select, yes { Su llamada con {customer} sigue con usted, sin cambios.} other {}} Un administrador puede corregirlo en el directorio.',
  'calls.failure.unreachable.title': 'No se pudo conectar con Genesys Cloud',
  'calls.failure.unreachable.detail':
    'La solicitud para {action, select, blind {transferir la llamada a {name}} consult {iniciar una consulta con {name}} speak-to {cambiar con quién habla} complete {completar la transferencia consultada} other {cancelar la consulta}} no obtuvo respuesta. Compruebe su conexión e inténtelo de nuevo; la llamada se muestra tal como Genesys Cloud la indica ahora.',
  'calls.failure.refused.title':
    'Genesys Cloud se negó a {action, select, blind {transferir la llamada a {name}} consult {iniciar una consulta con {name}} speak-to {cambiar con quién habla} complete {completar la transferencia consultada} other {cancelar la consulta}}',
  'calls.failure.refused.detail':
    '{message}{unchanged, select, yes { Su llamada con {customer} sigue con usted, sin cambios.} other {}} Un administrador de Genesys Cloud puede conceder el permiso en Administración > Roles/Permisos.',
  'calls.failure.rateLimited.title': 'Genesys Cloud está limitando las solicitudes',
  'calls.failure.rateLimited.detail':
    'Se hicieron demasiadas solicitudes en el último minuto, así que Genesys Cloud no llegó a {action, select, blind {transferir la llamada a {name}} consult {iniciar una consulta con {name}} speak-to {cambiar con quién habla} complete {completar la transferencia consultada} other {cancelar la consulta}}.{unchanged, select, yes { Su llamada con {customer} sigue con usted, sin cambios.} other {}} Vuelva a intentarlo en un momento.',
  'calls.failure.endedBefore.title': 'La llamada finalizó antes de la transferencia',
  'calls.failure.endedBefore.detail':
    'La llamada {status, select, transferred {ya se había transferido} other {finalizó}} al intentar {action, select, blind {transferirla a {name}} consult {iniciar una consulta con {name}} speak-to {cambiar con quién habla} complete {completar la transferencia consultada} other {cancelar la consulta}}, así que no se transfirió nada.',
  'calls.failure.couldNot.title':
    'Genesys Cloud no pudo {action, select, blind {transferir la llamada a {name}} consult {iniciar una consulta con {name}} speak-to {cambiar con quién habla} complete {completar la transferencia consultada} other {cancelar la consulta}}',
  'calls.failure.couldNot.detail': '{message}{unchanged, select, yes { Su llamada con {customer} sigue con usted, sin cambios.} other {}}',
  'calls.failure.couldNot.detailRetry':
    '{message}{unchanged, select, yes { Su llamada con {customer} sigue con usted, sin cambios.} other {}} Vuelva a intentarlo.',
  'calls.failure.dismiss': 'Descartar',

  'calls.watch.toastTitle': '{name} está disponible',
  'calls.watch.toastMessage': 'Pidió que se le avisara: ya puede transferirle la llamada.',

  'calls.ineligible.noNumber':
    '{name} no tiene número de {uc}, así que no se le pueden transferir llamadas. Un administrador puede añadirlo (el campo Otro teléfono, aprovisionado desde el directorio).',
  'calls.ineligible.undialable':
    'El número de {uc} de {name}, «{shown}», no es un número internacional completo (como +13175550101), así que no se le pueden transferir llamadas. Un administrador puede corregirlo en el directorio.',
  'calls.ineligible.shared':
    '{name} tiene el mismo número de {uc} que {other}, así que una transferencia podría llegar a la persona equivocada. Un administrador puede corregirlo en el directorio.',
  'calls.ineligible.inactive': '{name} está inactivo en Genesys Cloud, así que no se le pueden transferir llamadas.',
};
