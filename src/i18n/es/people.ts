import type { AreaMessages } from '@/i18n/catalog-types';
import type { people as en } from '@/i18n/en/people';

export const people: AreaMessages<typeof en> = {
  'people.list.label': 'Usuarios de {uc}',
  'people.search.clear': 'Borrar búsqueda',
  'people.badge.loading': 'Presencia: cargando',
  'people.card.title': 'Cargo',
  'people.card.department': 'Departamento',
  'people.card.email': 'Correo electrónico',
  'people.card.number': 'Número de {uc}',
  'people.card.manager': 'Responsable',
  'people.card.presence': 'Presencia',
  'people.card.loading': 'Cargando…',
  'people.card.notAvailable': 'No disponible',
  'people.card.openInGenesys': 'Abrir en Genesys Cloud',
  'people.card.close': 'Cerrar',
  'people.untagged.title': 'Ningún número está etiquetado para {uc}',
  'people.untagged.body':
    '{count, plural, one {# persona tiene} other {# personas tienen}} un número en “Otro teléfono” sin la etiqueta de la integración {uc}, así que la aplicación no sabe que son personas de {uc}. Puede que su aprovisionamiento no escriba la etiqueta.',
  'people.untagged.fix':
    'Un administrador puede añadir {parameter} a la URL de esta aplicación cliente en Genesys Cloud (Administración > Integraciones) para listar a todos los que tienen un número en “Otro teléfono”, o abrir /check para ver qué usa la organización.',
  'people.live.refused':
    '{count, plural, one {Se rechazaron las actualizaciones en directo de # persona} other {Se rechazaron las actualizaciones en directo de # personas}} en pantalla: su presencia de {uc} se actualiza cada {interval}.',
  'people.live.polled':
    'La presencia de {uc} se actualiza cada {interval}: la integración de {uc} está configurada con presencia consultada periódicamente.',
  // The filters over a people list (directory and transfer picker); Alt+A toggles Available only.
  'people.filters.department': 'Departamento',
  'people.filters.allDepartments': 'Todos los departamentos',
  'people.filters.presence': 'Presencia',
  'people.filters.anyPresence': 'Cualquier presencia',
  'people.filters.clear': 'Borrar filtros',
  'people.sort.label': 'Ordenar por',
  'people.sort.name': 'Nombre',
  'people.filters.label': 'Filtros',
  'people.filters.availableOnly': 'Solo disponibles',
  'people.filters.show': 'Mostrar',
  'people.filters.everyoneByName': 'Todos, por nombre',
  'people.filters.fromSearch': 'Solo personas con presencia {presence}: su búsqueda nombra esa presencia.',
  'people.sort.presence': 'Disponibles primero',
};
