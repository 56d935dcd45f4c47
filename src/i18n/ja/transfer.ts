import type { AreaMessages } from '@/i18n/catalog-types';
import type { transfer as en } from '@/i18n/en/transfer';

export const transfer: AreaMessages<typeof en> = {
  'transfer.page.title': '転送',
  'transfer.page.loadingPermissions': '権限を読み込んでいます…',
  'transfer.page.noBlindTransfer': 'ブラインド転送は利用できません',
  'transfer.page.noConsultTransfer': '相談転送は利用できません',
  'transfer.page.noPresence': '転送時に {uc} のプレゼンスは表示されません',
  'transfer.page.noSearch': 'ディレクトリを検索できません',
  'transfer.integrationInactive.title': '{uc} 統合が有効になっていません',
  'transfer.integrationInactive.body':
    'Genesys Cloud に有効な {uc} ユニファイド コミュニケーション統合がないため、ここには {uc} プレゼンスが表示されず、誰が連絡可能かわかりません。{uc} の番号への転送は引き続き行えます。管理者が [管理] > [統合] でインストールまたは有効化できます。',
  'transfer.page.loadingCalls': '通話を読み込んでいます…',
  'transfer.page.loadingCall': '通話を読み込んでいます…',
  'transfer.page.loadingActions': '転送の操作を読み込んでいます…',
  'transfer.page.hint':
    '名前を入力し、矢印キーと Enter で通話を受ける人を選択します。もう一度 Enter を押すと転送されます。Ctrl+Enter を押すと、強調表示されている人にすぐに転送されます。',

  'transfer.call.unknownCaller': '不明な発信者',

  'transfer.callCard.label': '転送する通話',
  'transfer.callCard.status.connected': '通話中',
  'transfer.callCard.status.transferred': '転送済み',
  'transfer.callCard.status.ended': '通話終了',
  'transfer.callCard.endedNote': '通話は終了しました。転送できるものはありません。',
  'transfer.callCard.transferredTo': '通話は{name}に転送されました。',
  'transfer.callCard.transferredNote': '通話は転送され、すでにお手元にはありません。',
  'transfer.callChooser.legend': '{count, plural, other {通話が # 件あります。}}どの通話を転送しますか？',
  'transfer.noCall.title': 'アクティブな通話はありません',
  'transfer.noCall.body':
    '転送は、参加中の通話が対象です。ユーザーの検索は引き続き行えます。通話が着信すると、ここに表示されます。Genesys Cloud では、インタラクションの転送ウィジェットがその通話を対象に開きます。',

  'transfer.picker.searchLabel': '転送先の {uc} ユーザーを検索',
  'transfer.picker.placeholder': '名前、部署、番号、または「連絡可能」',
  'transfer.help.button': 'キーボード ショートカット',
  'transfer.help.available': 'Alt+A で連絡可能な人だけを表示します。検索語にプレゼンスを含めても同じです（「billing 連絡可能」）。',
  'transfer.picker.order.presence': '連絡可能を先に',
  'transfer.picker.order.limited': '名前順: プレゼンスで並べ替えるには人数が多すぎます。検索するか部署を選んでください。',
  'transfer.picker.loading': '{uc} ユーザーを読み込んでいます…',
  'transfer.picker.searching': 'Genesys Cloud を検索しています…',
  'transfer.picker.count': '{count, plural, other {# 人}}',
  'transfer.picker.noneProvisioned.title': 'プロビジョニングされた {uc} ユーザーがいません',
  'transfer.picker.noneProvisioned.body':
    'Genesys Cloud に {uc} の番号を持つアクティブなユーザーがいません。管理者が SCIM のプロビジョニングを確認できます。',
  'transfer.picker.noMatch.title': '検索に一致するユーザーはいません',
  'transfer.picker.noMatch.body': '名前の別の部分、部署、役職、または {uc} の番号で検索してください。',
  'transfer.picker.listLabel': '転送先のユーザー',
  'transfer.picker.tag.favorite': 'お気に入り',
  'transfer.picker.tag.recent': '最近',

  'transfer.pinned.unnamedUser': '名前のないユーザー',
  'transfer.pinned.withoutNumber.title': '一部のお気に入りまたは最近のユーザーは転送を受けられません',
  'transfer.pinned.withoutNumber.body': '{name}には Genesys Cloud の {uc} の番号がなくなったため、通話を転送できません。',
  'transfer.pinned.removeFavorite': '{name}をお気に入りから削除',

  'transfer.ineligible.tag.noNumber': '{uc} の番号なし',
  'transfer.ineligible.tag.undialable': '発信できない番号',
  'transfer.ineligible.tag.shared': '共有されている番号',
  'transfer.ineligible.tag.inactive': '無効',
};
