import type { AreaMessages } from '@/i18n/catalog-types';
import type { people as en } from '@/i18n/en/people';

export const people: AreaMessages<typeof en> = {
  'people.list.label': 'Usuarios de 8×8',
  'people.search.clear': 'Borrar búsqueda',
  'people.badge.loading': 'Presencia: cargando',
  'people.card.title': 'Cargo',
  'people.card.department': 'Departamento',
  'people.card.email': 'Correo electrónico',
  'people.card.number': 'Número de 8×8',
  'people.card.manager': 'Responsable',
  'people.card.presence': 'Presencia',
  'people.card.loading': 'Cargando…',
  'people.card.notAvailable': 'No disponible',
  'people.card.openInGenesys': 'Abrir en Genesys Cloud',
  'people.card.close': 'Cerrar',
};
