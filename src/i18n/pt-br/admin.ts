import type { AreaMessages } from '@/i18n/catalog-types';
import type { admin as en } from '@/i18n/en/admin';

export const admin: AreaMessages<typeof en> = {
  'admin.page.loadingPermissions': 'Carregando suas permissões…',
  'admin.page.loadingChecks': 'Carregando as verificações de administração…',
  'admin.page.unavailable.title': 'As verificações de administração não estão disponíveis para você',
  'admin.page.unavailable.lead': 'Suas funções do Genesys Cloud não têm o que as verificações de administração exigem:',
  'admin.page.unavailable.why.roleView': '{permission} para ler as funções, suas permissões e quem as possui',
  'admin.page.unavailable.why.grantView': '{permission} para ler as concessões de funções de outras pessoas',
  'admin.page.unavailable.howToGrant':
    'Um administrador do Genesys Cloud pode concedê-las em Admin > Funções/Permissões (a função Admin da configuração deste aplicativo tem as duas).',

  'admin.checks.title': 'Administração',
  'admin.checks.summary': 'Quem pode ver os indicadores de presença do {uc} e se o provisionamento está funcionando corretamente.',
  'admin.checks.permissionsHeading': 'Permissões dos indicadores de presença',
  'admin.checks.rolesHeading': 'Funções',

  'admin.integration.heading': 'Integração do {uc}',
  'admin.integration.missing.title': 'A integração do {uc} está ausente ou inativa',
  'admin.integration.missing.problem':
    'A lista de clientapps de UC não tem nenhuma entrada ativa do {uc} (integrationPresenceSource {ucSource}): ninguém vê os indicadores de presença do {uc}.',
  'admin.integration.missing.fix': 'Em Admin > Integrações, instale a integração de comunicações unificadas do {uc} e defina-a como Ativo.',
  'admin.integration.unchecked.title': 'Não foi possível verificar a integração do {uc}',
  'admin.integration.unchecked.body':
    'Para lê-la, é necessário {permission}, que suas funções não incluem. As verificações abaixo usam as permissões padrão documentadas.',
  'admin.integration.status': 'Status',
  'admin.integration.statusValue': 'Presente e ativa ({name})',
  'admin.integration.presence': 'Presença',
  'admin.integration.polledEvery': 'consultada a cada {interval}',
  'admin.integration.polledUnknown': 'consultada periodicamente (intervalo não declarado)',
  'admin.integration.pushed': 'enviada pelo {uc}',
  'admin.integration.pbxPermission': 'Permissão do {uc} (pbxPermission)',
  'admin.integration.notDeclared': 'não declarada',
  'admin.integration.userPermissions': 'Permissões de usuário',
  'admin.integration.noneDeclared': 'nenhuma declarada',

  'admin.capability.seeBadges': 'Ver os indicadores de presença do {uc}',
  'admin.capability.seeUcOnTransfer': 'Ver a presença do {uc} ao transferir',
  'admin.capability.searchDirectory': 'Pesquisar no diretório',
  'admin.capability.blindTransfer': 'Transferência cega',
  'admin.capability.consultTransfer': 'Transferência com consulta',
  'admin.capability.runAdminChecks': 'Executar as verificações de administração',

  'admin.matrix.loading': 'Lendo funções e concessões…',
  'admin.matrix.caption': 'Recursos de {name}',
  'admin.matrix.capability': 'Recurso',
  'admin.matrix.status': 'Status',
  'admin.matrix.needs': 'Requer',
  'admin.matrix.allowed': 'Permitido',
  'admin.matrix.notAllowed': 'Não permitido',
  'admin.matrix.notAllowedMissing': 'Não permitido · faltando: {permissions}',
  'admin.matrix.held': 'concedida',
  'admin.matrix.heldThrough': 'concedida por meio de {roles}',
  'admin.matrix.roleInDivisions': '{role} ({divisions})',
  'admin.matrix.missing': 'ausente',

  'admin.search.label': 'Verificar uma pessoa',
  'admin.search.placeholder': 'Nome ou e-mail',
  'admin.search.noMatch': 'Nenhum resultado.',
  'admin.search.results': 'Pessoas encontradas',
  'admin.check.lead':
    'Por que alguém não vê os indicadores do {uc}, ou a presença do {uc} ao transferir? Procure a pessoa por nome ou e-mail.',
  'admin.check.answer': 'Resposta para {name}',
  'admin.check.verdictAllowed': '{name} pode ver a presença do {uc}: indicadores e presença ao transferir.',
  'admin.check.verdictBlocked':
    '{name} não pode ver a presença do {uc}: {count, plural, one {falta # permissão} other {faltam # permissões}}.',
  'admin.check.capabilities': 'O que {name} pode ver',
  'admin.check.missingHeading': 'Falta no Genesys Cloud',
  'admin.check.grantedBy': 'Concedida por estas funções: {roles}',
  'admin.check.noRole': 'Nenhuma função desta organização a concede: primeiro adicione-a a uma função em Admin > Funções/Permissões.',
  'admin.check.next':
    'Próximo passo: atribua a {name} {count, plural, one {uma destas funções} other {uma função para cada permissão que falta}} em Admin > Pessoas > {name} > Funções.',
  'admin.check.open': 'Abrir {name} na administração do Genesys Cloud',
  'admin.check.noLinkDemo': 'Modo de demonstração: não há Genesys Cloud para abrir aqui.',
  'admin.check.noLinkHost':
    'O Genesys Cloud não passou seu endereço (gcHostOrigin) na URL do aplicativo, então o aplicativo não pode criar um link para a pessoa.',

  'admin.roles.loading': 'Lendo funções…',
  'admin.roles.caption': 'Funções que concedem cada permissão',
  'admin.roles.permission': 'Permissão',
  'admin.roles.grantedBy': 'Concedida por',
  'admin.roles.noRole': 'Nenhuma função a concede',
  'admin.roles.roleHolders': '{role} ({count, plural, one {# usuário} other {# usuários}})',
  'admin.roles.roleHoldersLoading': '{role} (…)',
  'admin.roles.withoutBadges.heading': 'Pessoas que transferem, mas não veem os indicadores de presença',
  'admin.roles.withoutBadges.loading': 'Lendo quem tem essas funções…',
  'admin.roles.withoutBadges.none': 'Todas as pessoas cujas funções permitem transferências podem ver os indicadores de presença do {uc}.',
  'admin.roles.withoutBadges.summary':
    '{count, plural, one {# pessoa tem} other {# pessoas têm}} uma função que permite transferências, mas não vê a presença do {uc}: transferem para pessoas do {uc} sem ver se estão disponíveis.',
  'admin.roles.withoutBadges.more': 'e mais {count}.',
  'admin.roles.withoutBadges.group': 'Falta {labels}',
  'admin.roles.withoutBadges.groupCount': '({count, plural, one {# pessoa} other {# pessoas}})',
  'admin.roles.withoutBadges.fix':
    'Correção: atribua a cada uma {count, plural, one {uma destas funções} other {uma função para cada permissão}} em Admin > Pessoas > a pessoa > Funções.',
  'admin.roles.withoutBadges.people': 'Pessoas às quais falta {labels}',
  'admin.roles.withoutBadges.namesUnreadable': 'Não foi possível ler os nomes: cada pessoa aparece com seu ID de usuário.',

  'admin.audit.heading': 'Auditoria de provisionamento',
  'admin.audit.summary':
    'Lê em segundo plano todos os usuários da organização ({pageSize} por solicitação, incluindo inativos e excluídos), deixando espaço para tudo o mais que o aplicativo faz, e depois a presença do {uc} de até {sampleSize} deles.',
  'admin.audit.run': 'Executar auditoria',
  'admin.audit.runAgain': 'Executar novamente',
  'admin.audit.cancel': 'Cancelar',
  'admin.audit.cancelling': 'Cancelando…',
  'admin.audit.resume': 'Retomar',
  'admin.audit.threshold': 'A presença fica desatualizada após (minutos)',
  'admin.audit.progressLabel': 'Progresso da auditoria',
  'admin.audit.starting': 'Iniciando…',
  'admin.audit.numberRules.loading': 'Verificando os números de telefone…',
  'admin.audit.numberRules.failed': 'As regras dos números de telefone não foram carregadas',
  'admin.audit.numberRules.failedDetail':
    'Os resultados precisam delas. Verifique a conexão de rede e tente novamente; se continuar falhando, recarregue o aplicativo.',
  'admin.audit.progress.nothingRead': 'Nenhum usuário lido ainda',
  'admin.audit.progress.users':
    '{read} de {total, plural, one {# usuário lido} other {# usuários lidos}} ({pages} de {pageCount, plural, one {# página} other {# páginas}})',
  'admin.audit.progress.usersNoTotal':
    '{read, plural, one {# usuário lido} other {# usuários lidos}} ({pages} de {pageCount, plural, one {# página} other {# páginas}})',
  'admin.audit.progress.usersAndPresence':
    '{read} de {total, plural, one {# usuário lido} other {# usuários lidos}} ({pages} de {pageCount, plural, one {# página} other {# páginas}}), presença do {uc}: {presenceRead} de {presenceCount, plural, one {# solicitação} other {# solicitações}}',
  'admin.audit.cancelled.title': 'Auditoria cancelada',
  'admin.audit.cancelled.body':
    '{pages} de {pageCount, plural, one {# página lida} other {# páginas lidas}}. Ao retomar, a auditoria continua a partir da página {nextPage}; as constatações abaixo abrangem os usuários lidos até agora.',
  'admin.audit.cancelled.pagesDone':
    '{pageCount, plural, one {A página foi lida} other {Todas as # páginas foram lidas}}. Ao retomar, a auditoria lê a presença do {uc} que ainda falta.',
  'admin.audit.cancelled.nothingRead': 'Nenhuma página foi lida ainda. Ao retomar, a auditoria começa pela primeira página.',
  'admin.audit.interrupted.title': 'Auditoria interrompida',
  'admin.audit.interrupted.body':
    '{reason}. {pages} de {pageCount, plural, one {# página foi mantida} other {# páginas foram mantidas}}; {resume, select, auto {a auditoria será retomada automaticamente quando o Genesys Cloud permitir mais solicitações.} other {ao retomar, ela continua de onde parou.}}',
  'admin.audit.interrupted.nothingRead':
    '{reason}. Nenhuma página foi lida ainda; {resume, select, auto {a auditoria será retomada automaticamente quando o Genesys Cloud permitir mais solicitações.} other {ao retomar, ela começa pela primeira página.}}',

  'admin.audit.ago.underMinute': 'há menos de um minuto',
  'admin.audit.ago.minutes': 'há {minutes} min',
  'admin.audit.ago.hours': 'há {hours} h',
  'admin.audit.ago.days': '{days, plural, one {há # dia} other {há # dias}}',

  'admin.sync.heading': 'Sincronização de presença',
  'admin.sync.none': 'Nenhuma presença do {uc} foi encontrada para os usuários da amostra.',
  'admin.sync.summary':
    'Presença do {uc} de {count, plural, one {# usuário} other {# usuários}}: alteração mais recente {newest}, mediana {median}.',
  'admin.sync.stale.title': 'A presença do {uc} não está sincronizando',
  'admin.sync.stale.problem':
    'Nenhuma presença do {uc} mudou há mais de {minutes, plural, one {# minuto} other {# minutos}} (alteração mais recente {newest}): os indicadores mostram estados antigos.',
  'admin.sync.stale.fix':
    'Verifique o cliente OAuth de presença no lado do {uc} (credenciais de cliente com Integration > Presence > All e Presence > All): provavelmente ele está desativado, expirou ou perdeu sua função.',

  'admin.findings.region': 'Constatações',
  'admin.findings.heading':
    '{findings, plural, =0 {Nenhuma constatação} one {# constatação} other {# constatações}} em {users, plural, one {# usuário} other {# usuários}}',
  'admin.findings.headingSoFar':
    '{findings, plural, =0 {Nenhuma constatação} one {# constatação} other {# constatações}} em {users, plural, one {# usuário lido} other {# usuários lidos}} até agora',
  'admin.findings.export': 'Exportar CSV',
  'admin.findings.fileName': '{ucSlug}-constatacoes-de-provisionamento.csv',
  'admin.findings.filter': 'Mostrar',
  'admin.findings.filterAll': 'Todos os tipos ({count})',
  'admin.findings.filterKind': '{kind} ({count})',
  'admin.findings.kindCount': '({count, plural, one {# pessoa} other {# pessoas}})',
  'admin.findings.person': 'Pessoa',
  'admin.findings.finding': 'Constatação',
  'admin.findings.problem': 'Problema',
  'admin.findings.fix': 'Como corrigir',
  'admin.findings.firstShown': 'As primeiras {count} são exibidas; o CSV contém todas.',

  'admin.finding.noNumber.title': 'Usuário somente UC sem número {uc}',
  'admin.finding.noNumber.emptyProblem': 'O campo Outro telefone do {uc} está vazio.',
  'admin.finding.noNumber.placeholderProblem':
    'Esta conta nunca entrou no Genesys Cloud (um espaço reservado somente UC criado pelo SCIM) e não tem número {uc}: ninguém pode ligar ou transferir para essa pessoa, e nenhum indicador pode ser exibido.',
  'admin.finding.noNumber.fix':
    'Defina o telephoneNumber da pessoa no diretório do {uc}; o SCIM o copia para o campo Outro telefone dela (phoneNumbers do tipo "{ucTag}").',
  'admin.finding.invalidNumber.title': 'O número {uc} não é um E.164 válido',
  'admin.finding.invalidNumber.problem': '“{number}” não é um número E.164: as transferências para ele falham ou tocam no lugar errado.',
  'admin.finding.invalidNumber.fix':
    'Corrija o número no diretório do {uc} para E.164: "+", código do país e somente dígitos, sem espaços nem ramal (por exemplo, +14155550123).',
  'admin.finding.duplicateNumber.title': 'O mesmo número {uc} em duas pessoas',
  'admin.finding.duplicateNumber.problem':
    'O número {uc} {number} também é de {others}: uma transferência para qualquer uma delas toca o mesmo telefone.',
  'admin.finding.duplicateNumber.fix':
    'Atribua a cada pessoa um número próprio no diretório do {uc}; o SCIM então atualiza o campo Outro telefone.',
  'admin.finding.notPrimary.title': 'O número {uc} não é o telefone principal',
  'admin.finding.notPrimary.problem':
    'O telefone principal é {phones}, não o número {uc} {number}: as chamadas para este usuário somente UC tocam no Genesys Cloud em vez de no {uc}.',
  'admin.finding.notPrimary.fix':
    'Torne o Outro telefone (número {uc}) o telefone principal no perfil do Genesys Cloud da pessoa ou impeça que o SCIM envie outros números para usuários somente UC.',
  'admin.finding.inactiveListed.title': 'Usuário inativo ainda tem um número {uc}',
  'admin.finding.inactiveListed.problem':
    'A conta está inativa, mas ainda tem o número {uc} {number}; por isso, ainda aparece nas pesquisas do {uc} e pode ser escolhida para transferências.',
  'admin.finding.deletedListed.title': 'Usuário excluído ainda tem um número {uc}',
  'admin.finding.deletedListed.problem':
    'A conta foi excluída, mas ainda tem o número {uc} {number}; por isso, ainda aparece nas pesquisas do {uc} e pode ser escolhida para transferências.',
  'admin.finding.listed.fix':
    'Se a pessoa saiu, remova-a (ou o número dela) do diretório do {uc} para que o SCIM desprovisione o número; se ela voltou, reative a conta do Genesys Cloud.',

  'admin.person.unnamed': 'Usuário sem nome',
  'admin.person.email': 'E-mail',
  'admin.person.department': 'Departamento',
  'admin.person.title': 'Cargo',
  'admin.person.state': 'Estado',
  'admin.person.stateValue': '{state, select, active {ativo} inactive {inativo} deleted {excluído} other {{state}}}',
  'admin.person.ucNumber': 'Número {uc}',
  'admin.person.emptyNumber': '(vazio)',
  'admin.person.primaryPhone': 'Telefone principal',
  'admin.person.signedIn': 'Entrou no Genesys Cloud',
  'admin.person.signedInYes': 'Sim',
  'admin.person.signedInNever': 'Nunca',
  'admin.person.userId': 'ID do usuário',
  'admin.person.close': 'Fechar',
};
