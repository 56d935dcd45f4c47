import type { AreaMessages } from '@/i18n/catalog-types';
import type { people as en } from '@/i18n/en/people';

export const people: AreaMessages<typeof en> = {
  'people.list.label': 'Usuários do 8×8',
  'people.search.clear': 'Limpar pesquisa',
  'people.badge.loading': 'Presença: carregando',
  'people.card.title': 'Cargo',
  'people.card.department': 'Departamento',
  'people.card.email': 'E-mail',
  'people.card.number': 'Número do 8×8',
  'people.card.manager': 'Gestor',
  'people.card.presence': 'Presença',
  'people.card.loading': 'Carregando…',
  'people.card.notAvailable': 'Não disponível',
  'people.card.openInGenesys': 'Abrir no Genesys Cloud',
  'people.card.close': 'Fechar',
};
