import type { AreaMessages } from '@/i18n/catalog-types';
import type { directory as en } from '@/i18n/en/directory';

export const directory: AreaMessages<typeof en> = {
  'directory.heading': 'Diretório do {uc}',
  'directory.badgesHidden': 'A presença do {uc} está oculta',
  'directory.cannotSearch': 'Você não pode pesquisar no diretório',
  'directory.integrationInactive.title': 'A integração do {uc} não está ativa',
  'directory.integrationInactive.body':
    'O Genesys Cloud não tem nenhuma integração ativa de comunicações unificadas do {uc}, então não há presença do {uc} para mostrar. Um administrador pode instalá-la ou ativá-la em Admin > Integrações.',
  'directory.search.label': 'Pesquisar usuários do {uc}',
  'directory.search.placeholder': 'Nome, departamento, cargo ou número',
  'directory.status.loading': 'Carregando usuários do {uc}…',
  'directory.status.showing': 'Mostrando {shown, plural, one {# usuário do {uc}} other {# usuários do {uc}}}',
  'directory.status.showingOf': 'Mostrando {shown} de {total, plural, one {# usuário do {uc}} other {# usuários do {uc}}}',
  'directory.status.estimated':
    'O total é estimado a partir das páginas lidas até agora, pois o Genesys Cloud também conta usuários sem número {uc}; o painel de presença lê todas as páginas e conta com exatidão.',
  'directory.searching': 'Pesquisando no Genesys Cloud…',
  'directory.progress.sort': 'Carregando todos os usuários para ordenar por presença… {percent}',
  'directory.progress.filter': 'Carregando todos os usuários para filtrar por presença… {percent}',
  'directory.progress.sortTotal':
    'Carregando {total, plural, one {# usuário} other {todos os # usuários}} para ordenar por presença… {percent}',
  'directory.progress.filterTotal':
    'Carregando {total, plural, one {# usuário} other {todos os # usuários}} para filtrar por presença… {percent}',
  'directory.unreadable.title': 'Não foi possível mostrar alguns usuários',
  'directory.unreadable.body':
    '{count, plural, one {# entrada do Genesys Cloud estava incompleta e foi omitida.} other {# entradas do Genesys Cloud estavam incompletas e foram omitidas.}}',
  'directory.empty.search.title': 'Nenhum usuário do {uc} corresponde à sua pesquisa',
  'directory.empty.search.body':
    '{filtered, select, yes {Ninguém corresponde a “{text}” com os filtros escolhidos.} other {Ninguém corresponde a “{text}”.}} Verifique a ortografia ou pesquise por outra parte do nome, um e-mail, departamento, cargo ou número do {uc}.',
  'directory.empty.search.clear': 'Limpar pesquisa',
  'directory.empty.filters.title': 'Nenhum usuário do {uc} corresponde aos filtros',
  'directory.empty.filters.presence':
    '{loading, select, yes {Entre os usuários carregados até agora, ninguém tem a presença “{presence}”; o restante ainda está sendo carregado.} other {Ninguém tem a presença “{presence}”.}}',
  'directory.empty.filters.department':
    '{loading, select, yes {Entre os usuários carregados até agora, ninguém está em {department}; o restante ainda está sendo carregado.} other {Ninguém está em {department}.}}',
  'directory.empty.filters.presenceDepartment':
    '{loading, select, yes {Entre os usuários carregados até agora, ninguém de {department} tem a presença “{presence}”; o restante ainda está sendo carregado.} other {Ninguém de {department} tem a presença “{presence}”.}}',
  'directory.empty.filters.hint': 'Escolha outra presença ou departamento, ou limpe os filtros.',
  'directory.empty.none.title': 'Nenhum usuário do {uc} foi provisionado',
  'directory.empty.none.body':
    'O Genesys Cloud não tem usuários ativos com um número do {uc}. Os usuários do {uc} chegam pelo provisionamento SCIM do seu provedor de identidade, com o número do {uc} no campo “Outro telefone”; um administrador pode verificar a configuração do SCIM.',
  'directory.call.label': 'Sua chamada',
  'directory.call.with': 'Em uma chamada com {customer}',
  'directory.call.several':
    '{count, plural, one {Você tem # chamada.} other {Você tem # chamadas.}} Para transferir uma, escolha-a na visualização “Transferir”.',
};
