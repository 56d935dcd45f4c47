import type { AreaMessages } from '@/i18n/catalog-types';
import type { check as en } from '@/i18n/en/check';

export const check: AreaMessages<typeof en> = {
  'check.page.title': 'Verificação da organização',
  'check.page.summary':
    'Verifica como sua organização do Genesys Cloud responde às perguntas que o aplicativo não consegue resolver sozinho, e diz o que o aplicativo fará com cada resposta. Execute-a uma vez após a implantação, como administrador.',
  'check.page.loadingPermissions': 'Carregando suas permissões…',

  'check.run.budget':
    'Cada execução envia no máximo {budget} solicitações ao Genesys Cloud e cria um canal de notificação que o Genesys Cloud remove sozinho.',
  'check.run.start': 'Executar a verificação',
  'check.run.again': 'Executar novamente',
  'check.run.running': 'Verificando sua organização…',
  'check.run.used': '{used} de no máximo {budget} solicitações enviadas.',
  'check.run.summary':
    '{warnings, plural, =0 {Nenhum aviso} one {# aviso} other {# avisos}}, {notChecked, plural, =0 {todos os testes verificados} one {# teste não verificado} other {# testes não verificados}}.',

  'check.table.caption': 'O que a verificação encontrou',
  'check.table.probe': 'Teste',
  'check.table.found': 'Resultado',
  'check.table.action': 'O que o aplicativo fará',
  'check.table.status': 'Status',
  'check.table.fix': 'Correção:',

  'check.status.ok': 'OK',
  'check.status.warning': 'Aviso',
  'check.status.info': 'Informação',
  'check.status.notChecked': 'Não verificado',

  'check.probe.integration': 'Integração do {uc}',
  'check.probe.presenceField': 'Onde chega a presença do {uc}',
  'check.probe.numberTags': 'Etiquetas dos números do {uc}',
  'check.probe.presenceSources': 'Fontes de presença',
  'check.probe.bulkReader': 'Presença por fonte',
  'check.probe.topics': 'Atualizações de presença ao vivo',
  'check.probe.retryAfter': 'Esperas por limite de solicitações',
  'check.probe.clock': 'Relógio',
  'check.probe.scopes': 'Escopos do OAuth',

  'check.notChecked.permission': 'Não verificado: falta a você {permissions}.',
  'check.notChecked.noSample': 'Não verificado: o teste de etiquetas não encontrou nenhuma pessoa do {uc} para a amostra.',
  'check.notChecked.noSource':
    'Não tentado: nenhuma fonte de presença do {uc} está listada, e a verificação nunca adivinha um id de fonte.',
  'check.notChecked.sourcesUnread':
    'Não tentado: não foi possível ler as fontes de presença, e a verificação nunca adivinha um id de fonte.',
  'check.notChecked.noClock': 'Não verificado: não foi possível ler nem um cabeçalho Date nem a expiração de um canal de notificação.',
  'check.notChecked.budget': 'Não verificado: o orçamento de solicitações da execução se esgotou.',
  'check.notChecked.failed': 'Não foi possível verificar: {error}',
  'check.notChecked.action': 'Desconhecido até que este teste possa ser executado.',
  'check.notChecked.fix.permission': 'Execute a verificação com alguém que tenha essas permissões (Admin > Funções/Permissões).',

  'check.integration.served': 'Este app atende ao {uc}. Integrações de UC ativas nesta organização: {active}.',
  'check.integration.servedNoneActive': 'Este app atende ao {uc}. Nenhuma integração de UC desta organização está ativa.',
  'check.integration.pushed': 'A integração do {uc} está ativa; o {uc} envia a presença ao Genesys Cloud.',
  'check.integration.polled': 'A integração do {uc} está ativa; o Genesys Cloud consulta a presença no {uc} a cada {interval}.',
  'check.integration.polledUnknown': 'A integração do {uc} está ativa; o Genesys Cloud consulta a presença no {uc}.',
  'check.integration.pbx': 'Ela declara a permissão do {uc} {permission}.',
  'check.integration.noPbx': 'Ela não declara nenhuma permissão do {uc} (pbxPermission).',
  'check.integration.iconsListed': 'A resposta da lista traz os ícones de selo (sem uma segunda solicitação).',
  'check.integration.iconsEntryOnly': 'A resposta da lista não traz ícones de selo: o app lê a entrada mais uma vez para obtê-los.',
  'check.integration.missing':
    '{count, plural, =0 {Nenhuma integração de comunicações unificadas está listada.} one {# integração de comunicações unificadas está listada, não a do {uc}.} other {# integrações de comunicações unificadas estão listadas, nenhuma do {uc}.}}',
  'check.integration.action.ok': 'Mostra a presença do {uc} a quem tem {permissions}.',
  'check.integration.action.missing': 'Não mostra a presença do {uc} em lugar nenhum: os indicadores dependem desta integração.',
  'check.integration.fix.missing': 'No Genesys Cloud, Admin > Integrações: instale e ative a integração do {uc}.',
  'check.integration.fix.noPbx':
    'O aplicativo supõe {permission}, que não está confirmada: compare-a com a permissão do {uc} listada em Admin > Funções/Permissões e conceda essa.',

  'check.presenceField.found': 'A presença do {uc} chegou em {field} para {count} de {sampled} pessoas da amostra.',
  'check.presenceField.genesysOnly':
    '{count, plural, one {# pessoa voltou} other {# pessoas voltaram}} apenas com a presença do Genesys Cloud.',
  'check.presenceField.none': 'Nenhuma presença do {uc} voltou para as {sampled} pessoas da amostra.',
  'check.presenceField.action.ok':
    'Lê a presença do {uc} em {field}. Quem não tem uma aparece como Desconhecido, nunca com a presença do Genesys Cloud.',
  'check.presenceField.action.none': 'Mostra essas pessoas como Desconhecido.',
  'check.presenceField.fix':
    'Verifique se o {uc} envia a presença ao Genesys Cloud: o cliente OAuth que o {uc} usa (credenciais de cliente, com Integration > Presence > All e Presence > All) precisa estar ativo.',

  'check.numberTags.sample':
    'Amostra: {sampled, plural, one {# usuário ativo} other {# usuários ativos}}, {withOther} com um número em “Outro telefone”.',
  'check.numberTags.tags': 'Etiquetas de integração nesses números: {tags}.',
  'check.numberTags.tag': '{tag} × {count}',
  'check.numberTags.noTags': 'Nenhum número em “Outro telefone” tem etiqueta de integração.',
  'check.numberTags.untagged':
    '{count, plural, one {# número em “Outro telefone” não tem} other {# números em “Outro telefone” não têm}} etiqueta.',
  'check.numberTags.action.tagged': 'Lista as pessoas cujo “Outro telefone” está etiquetado para o {uc}: {count} nesta amostra.',
  'check.numberTags.action.otherPhone':
    'Lista também as pessoas com um “Outro telefone” sem etiqueta ({parameter}): {count} nesta amostra.',
  'check.numberTags.action.nobody':
    'Não lista ninguém: nenhum número desta amostra está etiquetado para o {uc}. O diretório informa isso e cita {parameter}.',
  'check.numberTags.action.noPhones': 'Não lista ninguém: ninguém nesta amostra tem um número em “Outro telefone”.',
  'check.numberTags.fix.otherPhone':
    'Adicione {parameter} à URL do aplicativo de cada um dos aplicativos cliente (Admin > Integrações > o aplicativo > Configuração), ou faça o SCIM gravar a etiqueta de integração do {uc}.',
  'check.numberTags.fix.noPhones':
    'Verifique o mapeamento do SCIM: o telephoneNumber do diretório precisa chegar a phoneNumbers[type eq "{ucTag}"], que o Genesys Cloud guarda como “Outro telefone”.',

  'check.presenceSources.listed':
    '{count, plural, one {# fonte de presença está listada} other {# fontes de presença estão listadas}}, incluindo a do {uc}.',
  'check.presenceSources.unlisted':
    '{count, plural, one {# fonte de presença está listada} other {# fontes de presença estão listadas}}, nenhuma do {uc}.',
  'check.presenceSources.action': 'Nada muda: o aplicativo lê a presença por pessoa e não precisa de um id de fonte.',

  'check.bulkReader.works': 'Respondeu com a presença de {answered} de {asked} pessoas.',
  'check.bulkReader.refused': 'Recusou a fonte do {uc} listada (HTTP {status}).',
  'check.bulkReader.action': 'Não usado: o aplicativo lê a presença por pessoa, 100 pessoas por solicitação em vez de 50.',

  'check.topics.accepted': 'Um canal de notificação aceitou {topic}.',
  'check.topics.refused': 'Um canal de notificação recusou {topic}.',
  'check.topics.reason': 'O Genesys Cloud diz: {reason}',
  'check.topics.missingPermissions': 'Faltando: {permissions}.',
  'check.topics.action.live': 'Mantém os indicadores do {uc} ao vivo pelo canal de notificação.',
  'check.topics.action.polled':
    'Em vez disso, consulta a presença do {uc} periodicamente, dentro do seu orçamento de solicitações, e informa na tela que a presença é consultada.',
  'check.topics.fix':
    'Conceda {permission} a quem usa o aplicativo. Se já tiverem, verifique se o cliente OAuth do aplicativo tem o escopo notifications.',

  'check.retryAfter.none': 'Nenhum 429 (solicitações demais) visto ainda nesta sessão.',
  'check.retryAfter.header': 'O último 429 pediu uma espera de {wait} no cabeçalho Retry-After.',
  'check.retryAfter.body': 'O navegador oculta o cabeçalho Retry-After; o último 429 pediu uma espera de {wait} no texto.',
  'check.retryAfter.backoff': 'O último 429 não disse nada que o aplicativo pudesse ler; ele pausou {wait}.',
  'check.retryAfter.seen': '{count, plural, one {# 429 visto} other {# 429 vistos}} nesta sessão.',
  'check.retryAfter.action.none':
    'Diante de um 429, espera o quanto o Genesys Cloud pedir: o cabeçalho, senão o texto da resposta, senão uma pausa crescente.',
  'check.retryAfter.action.ok': 'Espera o quanto o Genesys Cloud pede e envia de novo.',
  'check.retryAfter.action.backoff': 'Espera uma pausa crescente (a partir de 5 s) antes de enviar de novo.',
  'check.retryAfter.fix':
    'Não há nada a configurar no Genesys Cloud. Se continuar, mantenha menos telas do aplicativo abertas ao mesmo tempo.',

  'check.clock.behind': 'O relógio deste computador está {amount} atrás do relógio do Genesys Cloud.',
  'check.clock.ahead': 'O relógio deste computador está {amount} à frente do relógio do Genesys Cloud.',
  'check.clock.inStep': 'O relógio deste computador está igual ao do Genesys Cloud.',
  'check.clock.fromHeader': 'Medido com o cabeçalho Date de uma resposta.',
  'check.clock.fromChannel': 'Medido com a expiração de um novo canal de notificação (24 horas).',
  'check.clock.action.ok': 'Mostra o tempo em cada status como o Genesys Cloud mede.',
  'check.clock.action.skewed': 'Mostra o tempo em cada status com um desvio de cerca de {amount}.',
  'check.clock.fix':
    'Deixe este computador acertar o relógio automaticamente (Windows: Configurações > Hora e idioma; macOS: Ajustes do Sistema > Geral > Data e Hora).',

  'check.scopes.missing': 'Falta ao token {scopes}.',
  'check.scopes.complete': 'O token tem todos os escopos de que o aplicativo precisa ({count}).',
  'check.scopes.unrestricted': 'O token não lista escopos: o cliente OAuth dele não está limitado a escopos.',
  'check.scopes.action.ok': 'Todas as solicitações do aplicativo estão dentro dos escopos do token.',
  'check.scopes.action.missing':
    'O Genesys Cloud recusa as solicitações que precisam deles (403), e as partes do aplicativo que dependem delas mostram um erro.',
  'check.scopes.fix':
    'Adicione-os ao cliente OAuth do aplicativo (Admin > Integrações > OAuth > o cliente > Escopo) e abra o aplicativo de novo.',

  'check.report.copy': 'Copiar relatório',
  'check.report.copied': 'Relatório copiado. Ele contém apenas contagens e variantes: nenhum nome, número ou id.',
  'check.report.copyFailed': 'O navegador não permitiu copiar. Selecione o relatório abaixo e copie-o.',
  'check.report.label': 'Relatório (JSON)',
};
