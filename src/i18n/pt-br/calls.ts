import type { AreaMessages } from '@/i18n/catalog-types';
import type { calls as en } from '@/i18n/en/calls';

export const calls: AreaMessages<typeof en> = {
  'calls.call.consultedPerson': 'a pessoa consultada',
  'calls.target.label': 'Transferir para {name}',
  'calls.target.number': '{uc} {number}',
  'calls.target.transfer': 'Transferir para {name}',
  'calls.target.consult': 'Consultar {name} primeiro',
  // The buttons' visible text; their accessible names (above) say whom.
  'calls.target.transferShort': 'Transferir',
  'calls.target.consultShort': 'Consultar',
  'calls.target.addFavorite': 'Adicionar aos favoritos',
  'calls.target.removeFavorite': 'Remover dos favoritos',
  'calls.target.watch': 'Avisar-me quando estiver disponível',
  'calls.target.stopWatching': 'Parar de me avisar',
  'calls.target.watching': 'Você receberá uma notificação quando {name} estiver disponível.',
  'calls.target.blocked.chooseCall': 'Primeiro escolha a chamada que você quer transferir.',
  'calls.target.blocked.noCall': 'Não há nenhuma chamada para transferir.',
  'calls.target.blocked.ended': 'A chamada foi encerrada, então não pode ser transferida.',
  'calls.target.blocked.transferred': 'A chamada já foi transferida.',
  'calls.target.blocked.consulting': 'Há uma consulta em andamento: conclua-a ou cancele-a primeiro.',
  'calls.confirm.title': '{presence, select, offline {{name} está offline} other {{name} está com o status “{label}”}}',
  'calls.confirm.body':
    '{presence, select, offline {Enquanto estiver offline} other {Enquanto estiver com o status “{label}”}}, {name} pode não atender: a chamada pode tocar sem resposta ou cair no correio de voz. {kind, select, blind {Transferir a chamada mesmo assim?} other {Iniciar a consulta mesmo assim?}}',
  'calls.confirm.transferAnyway': 'Transferir mesmo assim',
  'calls.confirm.consultAnyway': 'Consultar mesmo assim',
  'calls.confirm.watch': 'Avisar-me quando estiver disponível',
  'calls.confirm.cancel': 'Cancelar',
  'calls.consult.label': 'Transferência com consulta',
  'calls.consult.title': 'Consulta com {destination}',
  'calls.consult.speakToLabel': 'Com quem você fala',
  'calls.consult.speakTo.destination': 'Somente {destination}',
  'calls.consult.speakTo.customer': 'Somente {customer}',
  'calls.consult.speakTo.both': 'Ambos, separadamente',
  'calls.consult.speakTo.conference': 'Conferência: os três',
  'calls.consult.complete': 'Concluir transferência para {destination}',
  'calls.consult.cancel': 'Cancelar consulta',
  'calls.toast.transferredTitle': 'Chamada transferida',
  'calls.toast.transferredMessage': 'A chamada agora está com {name}.',
  'calls.available.title': '{name} está disponível',
  'calls.available.body': 'Você pediu para ser avisado quando {name} estivesse disponível.',
  'calls.available.transferNow': 'Transferir agora',
  'calls.available.dismiss': 'Dispensar',
  'calls.failure.callEnded.title': 'A chamada foi encerrada',
  'calls.failure.callEnded.detail':
    'Não há nenhuma chamada conectada, então nada foi enviado quando você tentou {action, select, blind {transferir a chamada para {name}} consult {iniciar uma consulta com {name}} speak-to {mudar com quem você fala} complete {concluir a transferência com consulta} other {cancelar a consulta}}.',
  'calls.failure.noNumber.title': '{name} não tem número do {uc}',
  'calls.failure.noNumber.detail':
    'O Genesys Cloud não tem um número do {uc} para {name}, então a chamada não pode ser encaminhada a essa pessoa. Nada foi enviado.{unchanged, select, yes { Sua chamada com {customer} continua com você, sem alterações.} other {}} Um administrador pode adicioná-lo (o campo Outro telefone, provisionado a partir do diretório).',
  'calls.failure.malformedNumber.title': 'Não é possível discar o número do {uc} de {name}',
  'calls.failure.malformedNumber.detail':
    '“{shown}” não é um número internacional completo (como +13175550101), então a chamada não conseguiu chegar a essa pessoa. Nada foi enviado.{unchanged, select, yes { Sua chamada com {customer} continua com você, sem alterações.} other {}} Um administrador pode corrigi-lo no diretório.',
  'calls.failure.unreachable.title': 'Não foi possível acessar o Genesys Cloud',
  'calls.failure.unreachable.detail':
    'A solicitação para {action, select, blind {transferir a chamada para {name}} consult {iniciar uma consulta com {name}} speak-to {mudar com quem você fala} complete {concluir a transferência com consulta} other {cancelar a consulta}} não obteve resposta. Verifique sua conexão e tente novamente; a chamada é exibida como o Genesys Cloud a informa agora.',
  'calls.failure.refused.title':
    'O Genesys Cloud se recusou a {action, select, blind {transferir a chamada para {name}} consult {iniciar uma consulta com {name}} speak-to {mudar com quem você fala} complete {concluir a transferência com consulta} other {cancelar a consulta}}',
  'calls.failure.refused.detail':
    '{message}{unchanged, select, yes { Sua chamada com {customer} continua com você, sem alterações.} other {}} Um administrador do Genesys Cloud pode conceder a permissão em Admin > Funções/Permissões.',
  'calls.failure.rateLimited.title': 'O Genesys Cloud está limitando as solicitações',
  'calls.failure.rateLimited.detail':
    'Foram feitas solicitações demais no último minuto, então o Genesys Cloud não conseguiu {action, select, blind {transferir a chamada para {name}} consult {iniciar uma consulta com {name}} speak-to {mudar com quem você fala} complete {concluir a transferência com consulta} other {cancelar a consulta}}.{unchanged, select, yes { Sua chamada com {customer} continua com você, sem alterações.} other {}} Tente novamente em instantes.',
  'calls.failure.endedBefore.title': 'A chamada foi encerrada antes da transferência',
  'calls.failure.endedBefore.detail':
    'A chamada {status, select, transferred {já tinha sido transferida} other {foi encerrada}} durante a tentativa de {action, select, blind {transferi-la para {name}} consult {iniciar uma consulta com {name}} speak-to {mudar com quem você fala} complete {concluir a transferência com consulta} other {cancelar a consulta}}, então nada foi transferido.',
  'calls.failure.couldNot.title':
    'O Genesys Cloud não conseguiu {action, select, blind {transferir a chamada para {name}} consult {iniciar uma consulta com {name}} speak-to {mudar com quem você fala} complete {concluir a transferência com consulta} other {cancelar a consulta}}',
  'calls.failure.couldNot.detail':
    '{message}{unchanged, select, yes { Sua chamada com {customer} continua com você, sem alterações.} other {}}',
  'calls.failure.couldNot.detailRetry':
    '{message}{unchanged, select, yes { Sua chamada com {customer} continua com você, sem alterações.} other {}} Tente novamente.',
  'calls.failure.dismiss': 'Dispensar',

  'calls.watch.toastTitle': '{name} está disponível',
  'calls.watch.toastMessage': 'Você pediu para ser avisado: agora você pode transferir a chamada para essa pessoa.',

  'calls.ineligible.noNumber':
    '{name} não tem número do {uc}, então não é possível transferir chamadas para essa pessoa. Um administrador pode adicioná-lo (o campo Outro telefone, provisionado a partir do diretório).',
  'calls.ineligible.undialable':
    'O número do {uc} de {name}, “{shown}”, não é um número internacional completo (como +13175550101), então não é possível transferir chamadas para essa pessoa. Um administrador pode corrigi-lo no diretório.',
  'calls.ineligible.shared':
    '{name} tem o mesmo número do {uc} que {other}, então uma transferência poderia chegar à pessoa errada. Um administrador pode corrigi-lo no diretório.',
  'calls.ineligible.inactive': '{name} está inativo no Genesys Cloud, então não é possível transferir chamadas para essa pessoa.',
};
