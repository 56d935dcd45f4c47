import type { AreaMessages } from '@/i18n/catalog-types';
import type { transfer as en } from '@/i18n/en/transfer';

export const transfer: AreaMessages<typeof en> = {
  'transfer.page.title': 'Transferir',
  'transfer.page.loadingPermissions': 'Carregando suas permissões…',
  'transfer.page.noBlindTransfer': 'A transferência cega não está disponível para você',
  'transfer.page.noConsultTransfer': 'A transferência com consulta não está disponível para você',
  'transfer.page.noPresence': 'A presença do {uc} fica oculta ao transferir',
  'transfer.page.noSearch': 'Você não pode pesquisar no diretório',
  'transfer.integrationInactive.title': 'A integração do {uc} não está ativa',
  'transfer.integrationInactive.body':
    'O Genesys Cloud não tem nenhuma integração ativa de comunicações unificadas do {uc}, então nenhuma presença do {uc} é mostrada aqui: não dá para saber quem está disponível. As transferências para números do {uc} continuam funcionando. Um administrador pode instalá-la ou ativá-la em Admin > Integrações.',
  'transfer.page.loadingCalls': 'Carregando suas chamadas…',
  'transfer.page.loadingCall': 'Carregando a chamada…',
  'transfer.page.hint':
    'Digite um nome e use as teclas de seta e Enter para escolher quem vai atender a chamada; pressione Enter novamente para transferi-la. Ctrl+Enter transfere imediatamente para a pessoa destacada.',

  'transfer.call.unknownCaller': 'Chamador desconhecido',
  'transfer.call.consultedPerson': 'a pessoa consultada',

  'transfer.callCard.label': 'Chamada a ser transferida',
  'transfer.callCard.status.connected': 'Em chamada',
  'transfer.callCard.status.transferred': 'Transferida',
  'transfer.callCard.status.ended': 'Chamada encerrada',
  'transfer.callCard.endedNote': 'A chamada foi encerrada: não há mais nada a transferir.',
  'transfer.callCard.transferredTo': 'A chamada agora está com {name}.',
  'transfer.callCard.transferredNote': 'A chamada não está mais com você: ela foi transferida.',
  'transfer.callChooser.legend': '{count, plural, one {Você tem # chamada.} other {Você tem # chamadas.}} Qual delas você quer transferir?',
  'transfer.noCall.title': 'Você não tem nenhuma chamada ativa',
  'transfer.noCall.body':
    'As transferências são para uma chamada em que você está. Mesmo assim, você pode procurar pessoas; quando uma chamada chegar, ela aparecerá aqui. No Genesys Cloud, o widget de transferência de uma interação abre nessa chamada.',

  'transfer.picker.searchLabel': 'Pesquisar pessoas do {uc} para quem transferir',
  'transfer.picker.placeholder': 'Nome, departamento, número ou “disponível”',
  'transfer.help.button': 'Atalhos de teclado',
  'transfer.help.available': 'Alt+A mostra somente as pessoas disponíveis; uma presença na pesquisa (“billing disp”) também.',
  'transfer.picker.order.presence': 'Disponíveis primeiro',
  'transfer.picker.order.limited': 'Por nome: pessoas demais para ordenar por presença. Pesquise ou escolha um departamento.',
  'transfer.picker.loading': 'Carregando pessoas do {uc}…',
  'transfer.picker.searching': 'Pesquisando no Genesys Cloud…',
  'transfer.picker.count': '{count, plural, one {# pessoa} other {# pessoas}}',
  'transfer.picker.noneProvisioned.title': 'Nenhuma pessoa do {uc} foi provisionada',
  'transfer.picker.noneProvisioned.body':
    'O Genesys Cloud não tem usuários ativos com um número do {uc}; um administrador pode verificar o provisionamento SCIM.',
  'transfer.picker.noMatch.title': 'Ninguém corresponde à sua pesquisa',
  'transfer.picker.noMatch.body': 'Tente outra parte do nome, um departamento, um cargo ou um número do {uc}.',
  'transfer.picker.listLabel': 'Pessoas para quem transferir',
  'transfer.picker.tag.favorite': 'Favorito',
  'transfer.picker.tag.recent': 'Recente',

  'transfer.target.label': 'Transferir para {name}',
  'transfer.target.number': '{uc} {number}',
  'transfer.target.transfer': 'Transferir para {name}',
  'transfer.target.consult': 'Consultar {name} primeiro',
  // The buttons' visible text; their accessible names (above) say whom.
  'transfer.target.transferShort': 'Transferir',
  'transfer.target.consultShort': 'Consultar',
  'transfer.target.addFavorite': 'Adicionar aos favoritos',
  'transfer.target.removeFavorite': 'Remover dos favoritos',
  'transfer.target.watch': 'Avisar-me quando estiver disponível',
  'transfer.target.stopWatching': 'Parar de me avisar',
  'transfer.target.watching': 'Você receberá uma notificação quando {name} estiver disponível.',
  'transfer.target.blocked.chooseCall': 'Primeiro escolha a chamada que você quer transferir.',
  'transfer.target.blocked.noCall': 'Não há nenhuma chamada para transferir.',
  'transfer.target.blocked.ended': 'A chamada foi encerrada, então não pode ser transferida.',
  'transfer.target.blocked.transferred': 'A chamada já foi transferida.',
  'transfer.target.blocked.consulting': 'Há uma consulta em andamento: conclua-a ou cancele-a primeiro.',

  'transfer.confirm.title': '{presence, select, offline {{name} está offline} other {{name} está com o status “{label}”}}',
  'transfer.confirm.body':
    '{presence, select, offline {Enquanto estiver offline} other {Enquanto estiver com o status “{label}”}}, {name} pode não atender: a chamada pode tocar sem resposta ou cair no correio de voz. {kind, select, blind {Transferir a chamada mesmo assim?} other {Iniciar a consulta mesmo assim?}}',
  'transfer.confirm.transferAnyway': 'Transferir mesmo assim',
  'transfer.confirm.consultAnyway': 'Consultar mesmo assim',
  'transfer.confirm.watch': 'Avisar-me quando estiver disponível',
  'transfer.confirm.cancel': 'Cancelar',

  'transfer.consult.label': 'Transferência com consulta',
  'transfer.consult.title': 'Consulta com {destination}',
  'transfer.consult.speakToLabel': 'Com quem você fala',
  'transfer.consult.speakTo.destination': 'Somente {destination}',
  'transfer.consult.speakTo.customer': 'Somente {customer}',
  'transfer.consult.speakTo.both': 'Ambos, separadamente',
  'transfer.consult.speakTo.conference': 'Conferência: os três',
  'transfer.consult.complete': 'Concluir transferência para {destination}',
  'transfer.consult.cancel': 'Cancelar consulta',

  'transfer.toast.transferredTitle': 'Chamada transferida',
  'transfer.toast.transferredMessage': 'A chamada agora está com {name}.',

  'transfer.watch.toastTitle': '{name} está disponível',
  'transfer.watch.toastMessage': 'Você pediu para ser avisado: agora você pode transferir a chamada para essa pessoa.',
  'transfer.available.title': '{name} está disponível',
  'transfer.available.body': 'Você pediu para ser avisado quando {name} estivesse disponível.',
  'transfer.available.transferNow': 'Transferir agora',
  'transfer.available.dismiss': 'Dispensar',

  'transfer.pinned.unnamedUser': 'Usuário sem nome',
  'transfer.pinned.withoutNumber.title': 'Alguns favoritos ou pessoas recentes não podem receber transferências',
  'transfer.pinned.withoutNumber.body':
    '{name} não tem mais um número do {uc} no Genesys Cloud, então não é possível transferir chamadas para essa pessoa.',
  'transfer.pinned.removeFavorite': 'Remover {name} dos favoritos',

  'transfer.ineligible.tag.noNumber': 'Sem número do {uc}',
  'transfer.ineligible.tag.undialable': 'Número não discável',
  'transfer.ineligible.tag.shared': 'Número compartilhado',
  'transfer.ineligible.tag.inactive': 'Inativo',
  'transfer.ineligible.noNumber':
    '{name} não tem número do {uc}, então não é possível transferir chamadas para essa pessoa. Um administrador pode adicioná-lo (o campo Outro telefone, provisionado a partir do diretório).',
  'transfer.ineligible.undialable':
    'O número do {uc} de {name}, “{shown}”, não é um número internacional completo (como +13175550101), então não é possível transferir chamadas para essa pessoa. Um administrador pode corrigi-lo no diretório.',
  'transfer.ineligible.shared':
    '{name} tem o mesmo número do {uc} que {other}, então uma transferência poderia chegar à pessoa errada. Um administrador pode corrigi-lo no diretório.',
  'transfer.ineligible.inactive': '{name} está inativo no Genesys Cloud, então não é possível transferir chamadas para essa pessoa.',

  'transfer.failure.callEnded.title': 'A chamada foi encerrada',
  'transfer.failure.callEnded.detail':
    'Não há nenhuma chamada conectada, então nada foi enviado quando você tentou {action, select, blind {transferir a chamada para {name}} consult {iniciar uma consulta com {name}} speak-to {mudar com quem você fala} complete {concluir a transferência com consulta} other {cancelar a consulta}}.',
  'transfer.failure.noNumber.title': '{name} não tem número do {uc}',
  'transfer.failure.noNumber.detail':
    'O Genesys Cloud não tem um número do {uc} para {name}, então a chamada não pode ser encaminhada a essa pessoa. Nada foi enviado.{unchanged, select, yes { Sua chamada com {customer} continua com você, sem alterações.} other {}} Um administrador pode adicioná-lo (o campo Outro telefone, provisionado a partir do diretório).',
  'transfer.failure.malformedNumber.title': 'Não é possível discar o número do {uc} de {name}',
  'transfer.failure.malformedNumber.detail':
    '“{shown}” não é um número internacional completo (como +13175550101), então a chamada não conseguiu chegar a essa pessoa. Nada foi enviado.{unchanged, select, yes { Sua chamada com {customer} continua com você, sem alterações.} other {}} Um administrador pode corrigi-lo no diretório.',
  'transfer.failure.unreachable.title': 'Não foi possível acessar o Genesys Cloud',
  'transfer.failure.unreachable.detail':
    'A solicitação para {action, select, blind {transferir a chamada para {name}} consult {iniciar uma consulta com {name}} speak-to {mudar com quem você fala} complete {concluir a transferência com consulta} other {cancelar a consulta}} não obteve resposta. Verifique sua conexão e tente novamente; a chamada é exibida como o Genesys Cloud a informa agora.',
  'transfer.failure.refused.title':
    'O Genesys Cloud se recusou a {action, select, blind {transferir a chamada para {name}} consult {iniciar uma consulta com {name}} speak-to {mudar com quem você fala} complete {concluir a transferência com consulta} other {cancelar a consulta}}',
  'transfer.failure.refused.detail':
    '{message}{unchanged, select, yes { Sua chamada com {customer} continua com você, sem alterações.} other {}} Um administrador do Genesys Cloud pode conceder a permissão em Admin > Funções/Permissões.',
  'transfer.failure.rateLimited.title': 'O Genesys Cloud está limitando as solicitações',
  'transfer.failure.rateLimited.detail':
    'Foram feitas solicitações demais no último minuto, então o Genesys Cloud não conseguiu {action, select, blind {transferir a chamada para {name}} consult {iniciar uma consulta com {name}} speak-to {mudar com quem você fala} complete {concluir a transferência com consulta} other {cancelar a consulta}}.{unchanged, select, yes { Sua chamada com {customer} continua com você, sem alterações.} other {}} Tente novamente em instantes.',
  'transfer.failure.endedBefore.title': 'A chamada foi encerrada antes da transferência',
  'transfer.failure.endedBefore.detail':
    'A chamada {status, select, transferred {já tinha sido transferida} other {foi encerrada}} durante a tentativa de {action, select, blind {transferi-la para {name}} consult {iniciar uma consulta com {name}} speak-to {mudar com quem você fala} complete {concluir a transferência com consulta} other {cancelar a consulta}}, então nada foi transferido.',
  'transfer.failure.couldNot.title':
    'O Genesys Cloud não conseguiu {action, select, blind {transferir a chamada para {name}} consult {iniciar uma consulta com {name}} speak-to {mudar com quem você fala} complete {concluir a transferência com consulta} other {cancelar a consulta}}',
  'transfer.failure.couldNot.detail':
    '{message}{unchanged, select, yes { Sua chamada com {customer} continua com você, sem alterações.} other {}}',
  'transfer.failure.couldNot.detailRetry':
    '{message}{unchanged, select, yes { Sua chamada com {customer} continua com você, sem alterações.} other {}} Tente novamente.',
  'transfer.failure.dismiss': 'Dispensar',
};
