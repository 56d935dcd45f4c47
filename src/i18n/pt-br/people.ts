import type { AreaMessages } from '@/i18n/catalog-types';
import type { people as en } from '@/i18n/en/people';

export const people: AreaMessages<typeof en> = {
  'people.list.label': 'Usuários do {uc}',
  'people.search.clear': 'Limpar pesquisa',
  'people.badge.loading': 'Presença: carregando',
  'people.card.title': 'Cargo',
  'people.card.department': 'Departamento',
  'people.card.email': 'E-mail',
  'people.card.number': 'Número do {uc}',
  'people.card.manager': 'Gestor',
  'people.card.presence': 'Presença',
  'people.card.loading': 'Carregando…',
  'people.card.notAvailable': 'Não disponível',
  'people.card.openInGenesys': 'Abrir no Genesys Cloud',
  'people.card.close': 'Fechar',
  'people.untagged.title': 'Nenhum número está marcado para o {uc}',
  'people.untagged.body':
    '{count, plural, one {# pessoa tem} other {# pessoas têm}} um número em “Outro telefone” sem a marcação da integração do {uc}, então o aplicativo não sabe que são pessoas do {uc}. Seu provisionamento pode estar deixando a marcação de fora.',
  'people.untagged.fix':
    'Um administrador pode adicionar {parameter} à URL deste aplicativo cliente no Genesys Cloud (Admin > Integrações) para listar todos com um número em “Outro telefone”, ou abrir /check para ver o que a organização usa.',
  'people.live.refused':
    '{count, plural, one {As atualizações ao vivo foram recusadas para # pessoa} other {As atualizações ao vivo foram recusadas para # pessoas}} na tela: a presença do {uc} delas é atualizada a cada {interval}.',
  'people.live.polled':
    'A presença do {uc} é atualizada a cada {interval}: a integração do {uc} está configurada com presença consultada periodicamente.',
  // The filters over a people list (directory and transfer picker); Alt+A toggles Available only.
  'people.filters.department': 'Departamento',
  'people.filters.allDepartments': 'Todos os departamentos',
  'people.filters.presence': 'Presença',
  'people.filters.anyPresence': 'Qualquer presença',
  'people.filters.clear': 'Limpar filtros',
  'people.sort.label': 'Ordenar por',
  'people.sort.name': 'Nome',
  'people.filters.label': 'Filtros',
  'people.filters.availableOnly': 'Somente disponíveis',
  'people.filters.show': 'Mostrar',
  'people.filters.everyoneByName': 'Todos, por nome',
  'people.filters.fromSearch': 'Somente pessoas com presença {presence}: sua pesquisa cita essa presença.',
  'people.sort.presence': 'Disponíveis primeiro',
};
