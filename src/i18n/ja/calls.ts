import type { AreaMessages } from '@/i18n/catalog-types';
import type { calls as en } from '@/i18n/en/calls';

export const calls: AreaMessages<typeof en> = {
  'calls.call.consultedPerson': '相談先',
  'calls.target.label': '{name}への転送',
  'calls.target.number': '{uc} {number}',
  'calls.target.transfer': '{name}に転送',
  'calls.target.consult': '先に{name}に相談',
  // The buttons' visible text; their accessible names (above) say whom.
  'calls.target.transferShort': '転送',
  'calls.target.consultShort': '相談',
  'calls.target.addFavorite': 'お気に入りに追加',
  'calls.target.removeFavorite': 'お気に入りから削除',
  'calls.target.watch': '連絡可能になったら通知',
  'calls.target.stopWatching': '通知を停止',
  'calls.target.watching': '{name}が連絡可能になると通知が届きます。',
  'calls.target.blocked.chooseCall': '先に転送する通話を選択してください。',
  'calls.target.blocked.noCall': '転送できる通話はありません。',
  'calls.target.blocked.ended': '通話が終了したため、転送できません。',
  'calls.target.blocked.transferred': '通話はすでに転送されています。',
  'calls.target.blocked.consulting': '相談中です。先に相談を完了するかキャンセルしてください。',
  'calls.confirm.title':
    '{presence, select, offline {{name}はオフラインです} busy {{name}は取り込み中です} away {{name}は退席中です} other {{name}は「{label}」です}}',
  'calls.confirm.body':
    '{presence, select, offline {オフライン} busy {取り込み中} away {退席中} other {「{label}」}}のため、{name}は応答しない可能性があります。呼び出しが応答されないまま終わるか、ボイスメールにつながることがあります。{kind, select, blind {このまま通話を転送しますか？} other {このまま相談を開始しますか？}}',
  'calls.confirm.transferAnyway': 'このまま転送',
  'calls.confirm.consultAnyway': 'このまま相談',
  'calls.confirm.watch': '連絡可能になったら通知',
  'calls.confirm.cancel': 'キャンセル',
  'calls.consult.label': '相談転送',
  'calls.consult.title': '{destination}に相談中',
  'calls.consult.speakToLabel': '通話相手',
  'calls.consult.speakTo.destination': '{destination}のみ',
  'calls.consult.speakTo.customer': '{customer}のみ',
  'calls.consult.speakTo.both': '両方（個別に）',
  'calls.consult.speakTo.conference': '会議（3 者全員）',
  'calls.consult.complete': '{destination}への転送を完了',
  'calls.consult.cancel': '相談をキャンセル',
  'calls.toast.transferredTitle': '通話を転送しました',
  'calls.toast.transferredMessage': '通話は{name}に転送されました。',
  'calls.available.title': '{name}が連絡可能になりました',
  'calls.available.body': '{name}が連絡可能になったら通知するよう設定されていました。',
  'calls.available.transferNow': '今すぐ転送',
  'calls.available.dismiss': '閉じる',
  'calls.failure.callEnded.title': '通話は終了しました',
  'calls.failure.callEnded.detail':
    '接続中の通話がないため、{action, select, blind {{name}への通話の転送} consult {{name}との相談の開始} speak-to {通話相手の切り替え} complete {相談転送の完了} other {相談のキャンセル}}を試みた際に何も送信されませんでした。',
  'calls.failure.noNumber.title': '{name}には {uc} の番号がありません',
  'calls.failure.noNumber.detail':
    'Genesys Cloud に{name}の {uc} の番号がないため、通話を転送できません。何も送信されていません。{unchanged, select, yes {{customer}との通話はそのままです。} other {}}管理者が番号を追加できます（ディレクトリからプロビジョニングされる「その他の電話」フィールド）。',
  'calls.failure.malformedNumber.title': '{name}の {uc} の番号に発信できません',
  'calls.failure.malformedNumber.detail':
    '「{shown}」は完全な国際番号（+13175550101 など）ではないため、通話をつなぐことができませんでした。何も送信されていません。{unchanged, select, yes {{customer}との通話はそのままです。} other {}}管理者がディレクトリで修正できます。',
  'calls.failure.unreachable.title': 'Genesys Cloud に接続できませんでした',
  'calls.failure.unreachable.detail':
    '{action, select, blind {{name}への通話の転送} consult {{name}との相談の開始} speak-to {通話相手の切り替え} complete {相談転送の完了} other {相談のキャンセル}}のリクエストに応答がありませんでした。接続を確認して、もう一度お試しください。通話は Genesys Cloud が現在報告している状態で表示されています。',
  'calls.failure.refused.title':
    'Genesys Cloud が{action, select, blind {{name}への通話の転送} consult {{name}との相談の開始} speak-to {通話相手の切り替え} complete {相談転送の完了} other {相談のキャンセル}}を拒否しました',
  'calls.failure.refused.detail':
    '{message} {unchanged, select, yes {{customer}との通話はそのままです。} other {}}Genesys Cloud の管理者が［管理］>［ロール/権限］で権限を付与できます。',
  'calls.failure.rateLimited.title': 'Genesys Cloud がリクエストを制限しています',
  'calls.failure.rateLimited.detail':
    '直前の 1 分間のリクエストが多すぎたため、Genesys Cloud は{action, select, blind {{name}への通話の転送} consult {{name}との相談の開始} speak-to {通話相手の切り替え} complete {相談転送の完了} other {相談のキャンセル}}を実行しませんでした。{unchanged, select, yes {{customer}との通話はそのままです。} other {}}しばらくしてからもう一度お試しください。',
  'calls.failure.endedBefore.title': '転送の前に通話が終了しました',
  'calls.failure.endedBefore.detail':
    '{action, select, blind {{name}への通話の転送} consult {{name}との相談の開始} speak-to {通話相手の切り替え} complete {相談転送の完了} other {相談のキャンセル}}を試みている間に通話が{status, select, transferred {すでに転送されていた} other {終了した}}ため、何も転送されませんでした。',
  'calls.failure.couldNot.title':
    'Genesys Cloud は{action, select, blind {{name}への通話の転送} consult {{name}との相談の開始} speak-to {通話相手の切り替え} complete {相談転送の完了} other {相談のキャンセル}}を実行できませんでした',
  'calls.failure.couldNot.detail': '{message}{unchanged, select, yes { {customer}との通話はそのままです。} other {}}',
  'calls.failure.couldNot.detailRetry':
    '{message} {unchanged, select, yes {{customer}との通話はそのままです。} other {}}もう一度お試しください。',
  'calls.failure.dismiss': '閉じる',

  'calls.watch.toastTitle': '{name}が連絡可能になりました',
  'calls.watch.toastMessage': '通知のご依頼に基づくお知らせです。今すぐこのユーザーに通話を転送できます。',

  'calls.ineligible.noNumber':
    '{name}には {uc} の番号がないため、通話を転送できません。管理者が番号を追加できます（ディレクトリからプロビジョニングされる「その他の電話」フィールド）。',
  'calls.ineligible.undialable':
    '{name}の {uc} の番号「{shown}」は完全な国際番号（+13175550101 など）ではないため、通話を転送できません。管理者がディレクトリで修正できます。',
  'calls.ineligible.shared':
    '{name}の {uc} の番号は{other}と同じため、転送が別の人につながるおそれがあります。管理者がディレクトリで修正できます。',
  'calls.ineligible.inactive': '{name}は Genesys Cloud で無効になっているため、通話を転送できません。',
};
