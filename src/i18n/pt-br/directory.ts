import type { AreaMessages } from '@/i18n/catalog-types';
import type { directory as en } from '@/i18n/en/directory';

export const directory: AreaMessages<typeof en> = {
  'directory.heading': 'Diretório do 8×8',
  'directory.badgesHidden': 'A presença do 8×8 está oculta',
  'directory.cannotSearch': 'Você não pode pesquisar no diretório',
  'directory.integrationInactive.title': 'A integração do 8×8 não está ativa',
  'directory.integrationInactive.body':
    'O Genesys Cloud não tem nenhuma integração ativa de comunicações unificadas do 8×8, então não há presença do 8×8 para mostrar. Um administrador pode instalá-la ou ativá-la em Admin > Integrações.',
  'directory.search.label': 'Pesquisar usuários do 8×8',
  'directory.search.placeholder': 'Nome, departamento, cargo ou número',
  'directory.status.loading': 'Carregando usuários do 8×8…',
  'directory.status.showing': 'Mostrando {shown, plural, one {# usuário do 8×8} other {# usuários do 8×8}}',
  'directory.status.showingOf': 'Mostrando {shown} de {total, plural, one {# usuário do 8×8} other {# usuários do 8×8}}',
  'directory.status.estimated':
    'O total é estimado a partir das páginas lidas até agora, pois o Genesys Cloud também conta usuários sem número 8×8; o painel de presença lê todas as páginas e conta com exatidão.',
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
  'directory.empty.search.title': 'Nenhum usuário do 8×8 corresponde à sua pesquisa',
  'directory.empty.search.body':
    '{filtered, select, yes {Ninguém corresponde a “{text}” com os filtros escolhidos.} other {Ninguém corresponde a “{text}”.}} Verifique a ortografia ou pesquise por outra parte do nome, um e-mail, departamento, cargo ou número do 8×8.',
  'directory.empty.search.clear': 'Limpar pesquisa',
  'directory.empty.filters.title': 'Nenhum usuário do 8×8 corresponde aos filtros',
  'directory.empty.filters.presence':
    '{loading, select, yes {Entre os usuários carregados até agora, ninguém tem a presença “{presence}”; o restante ainda está sendo carregado.} other {Ninguém tem a presença “{presence}”.}}',
  'directory.empty.filters.department':
    '{loading, select, yes {Entre os usuários carregados até agora, ninguém está em {department}; o restante ainda está sendo carregado.} other {Ninguém está em {department}.}}',
  'directory.empty.filters.presenceDepartment':
    '{loading, select, yes {Entre os usuários carregados até agora, ninguém de {department} tem a presença “{presence}”; o restante ainda está sendo carregado.} other {Ninguém de {department} tem a presença “{presence}”.}}',
  'directory.empty.filters.hint': 'Escolha outra presença ou departamento, ou limpe os filtros.',
  'directory.empty.none.title': 'Nenhum usuário do 8×8 foi provisionado',
  'directory.empty.none.body':
    'O Genesys Cloud não tem usuários ativos com um número do 8×8. Os usuários do 8×8 chegam pelo provisionamento SCIM do seu provedor de identidade, com o número do 8×8 no campo “Outro telefone”; um administrador pode verificar a configuração do SCIM.',
  'directory.call.label': 'Sua chamada',
  'directory.call.with': 'Em uma chamada com {customer}',
  'directory.call.several':
    '{count, plural, one {Você tem # chamada.} other {Você tem # chamadas.}} Para transferir uma, escolha-a na visualização “Transferir”.',
};
