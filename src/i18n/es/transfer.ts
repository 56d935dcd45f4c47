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
  'transfer.page.loadingActions': 'Cargando las acciones de transferencia…',
  'transfer.page.hint':
    'Escriba un nombre y, a continuación, use las teclas de flecha e Intro para elegir quién atiende la llamada; al pulsar Intro de nuevo, se transfiere. Ctrl+Intro la transfiere de inmediato a la persona resaltada.',

  'transfer.call.unknownCaller': 'Llamante desconocido',

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

  'transfer.pinned.unnamedUser': 'Usuario sin nombre',
  'transfer.pinned.withoutNumber.title': 'Algunos favoritos o personas recientes no pueden recibir transferencias',
  'transfer.pinned.withoutNumber.body':
    '{name} ya no tiene un número de {uc} en Genesys Cloud, así que no se le pueden transferir llamadas.',
  'transfer.pinned.removeFavorite': 'Quitar a {name} de favoritos',

  'transfer.ineligible.tag.noNumber': 'Sin número de {uc}',
  'transfer.ineligible.tag.undialable': 'No se puede marcar el número',
  'transfer.ineligible.tag.shared': 'Número compartido',
  'transfer.ineligible.tag.inactive': 'Inactivo',
};
