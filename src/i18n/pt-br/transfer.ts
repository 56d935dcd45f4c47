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
  'transfer.page.loadingActions': 'Carregando as ações de transferência…',
  'transfer.page.hint':
    'Digite um nome e use as teclas de seta e Enter para escolher quem vai atender a chamada; pressione Enter novamente para transferi-la. Ctrl+Enter transfere imediatamente para a pessoa destacada.',

  'transfer.call.unknownCaller': 'Chamador desconhecido',

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

  'transfer.pinned.unnamedUser': 'Usuário sem nome',
  'transfer.pinned.withoutNumber.title': 'Alguns favoritos ou pessoas recentes não podem receber transferências',
  'transfer.pinned.withoutNumber.body':
    '{name} não tem mais um número do {uc} no Genesys Cloud, então não é possível transferir chamadas para essa pessoa.',
  'transfer.pinned.removeFavorite': 'Remover {name} dos favoritos',

  'transfer.ineligible.tag.noNumber': 'Sem número do {uc}',
  'transfer.ineligible.tag.undialable': 'Número não discável',
  'transfer.ineligible.tag.shared': 'Número compartilhado',
  'transfer.ineligible.tag.inactive': 'Inativo',
};
