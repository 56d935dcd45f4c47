import type { AreaMessages } from '@/i18n/catalog-types';
import type { directory as en } from '@/i18n/en/directory';

export const directory: AreaMessages<typeof en> = {
  'directory.heading': 'Directorio de {uc}',
  'directory.badgesHidden': 'La presencia de {uc} está oculta',
  'directory.cannotSearch': 'No puede buscar en el directorio',
  'directory.integrationInactive.title': 'La integración de {uc} no está activa',
  'directory.integrationInactive.body':
    'Genesys Cloud no tiene ninguna integración activa de comunicaciones unificadas de {uc}, por lo que no hay presencia de {uc} que mostrar. Un administrador puede instalarla o activarla en Administrador > Integraciones.',
  'directory.search.label': 'Buscar usuarios de {uc}',
  'directory.search.placeholder': 'Nombre, departamento, cargo o número',
  'directory.status.loading': 'Cargando usuarios de {uc}…',
  'directory.status.showing': 'Mostrando {shown, plural, one {# usuario de {uc}} other {# usuarios de {uc}}}',
  'directory.status.showingOf': 'Mostrando {shown} de {total, plural, one {# usuario de {uc}} other {# usuarios de {uc}}}',
  'directory.status.estimated':
    'El total se estima a partir de las páginas leídas hasta ahora, ya que Genesys Cloud también cuenta usuarios sin número de {uc}; el panel de presencia lee todas las páginas y cuenta con exactitud.',
  'directory.searching': 'Buscando en Genesys Cloud…',
  'directory.progress.sort': 'Cargando todos los usuarios para ordenar por presencia… {percent}',
  'directory.progress.filter': 'Cargando todos los usuarios para filtrar por presencia… {percent}',
  'directory.progress.sortTotal': 'Cargando {total, plural, one {# usuario} other {los # usuarios}} para ordenar por presencia… {percent}',
  'directory.progress.filterTotal':
    'Cargando {total, plural, one {# usuario} other {los # usuarios}} para filtrar por presencia… {percent}',
  'directory.unreadable.title': 'No se pudieron mostrar algunos usuarios',
  'directory.unreadable.body':
    '{count, plural, one {# entrada de Genesys Cloud estaba incompleta y se ha omitido.} other {# entradas de Genesys Cloud estaban incompletas y se han omitido.}}',
  'directory.empty.search.title': 'Ningún usuario de {uc} coincide con su búsqueda',
  'directory.empty.search.body':
    '{filtered, select, yes {Nadie coincide con “{text}” con los filtros elegidos.} other {Nadie coincide con “{text}”.}} Compruebe la ortografía o busque por otra parte del nombre, un correo electrónico, departamento, cargo o número de {uc}.',
  'directory.empty.search.clear': 'Borrar búsqueda',
  'directory.empty.filters.title': 'Ningún usuario de {uc} coincide con los filtros',
  'directory.empty.filters.presence':
    '{loading, select, yes {Entre los usuarios cargados hasta ahora, nadie tiene la presencia “{presence}”; se siguen cargando los demás.} other {Nadie tiene la presencia “{presence}”.}}',
  'directory.empty.filters.department':
    '{loading, select, yes {Entre los usuarios cargados hasta ahora, nadie está en {department}; se siguen cargando los demás.} other {Nadie está en {department}.}}',
  'directory.empty.filters.presenceDepartment':
    '{loading, select, yes {Entre los usuarios cargados hasta ahora, nadie de {department} tiene la presencia “{presence}”; se siguen cargando los demás.} other {Nadie de {department} tiene la presencia “{presence}”.}}',
  'directory.empty.filters.hint': 'Elija otra presencia u otro departamento, o borre los filtros.',
  'directory.empty.none.title': 'No hay usuarios de {uc} aprovisionados',
  'directory.empty.none.body':
    'Genesys Cloud no tiene usuarios activos con un número de {uc}. Los usuarios de {uc} llegan mediante el aprovisionamiento SCIM desde su proveedor de identidad, con su número de {uc} en el campo “Otro teléfono”; un administrador puede revisar la configuración de SCIM.',
  'directory.call.label': 'Su llamada',
  'directory.call.with': 'En una llamada con {customer}',
  'directory.call.several':
    '{count, plural, one {Tiene # llamada.} other {Tiene # llamadas.}} Para transferir una, elíjala en la vista “Transferir”.',
};
