import type { AreaMessages } from '@/i18n/catalog-types';
import type { check as en } from '@/i18n/en/check';

export const check: AreaMessages<typeof en> = {
  'check.page.title': '組織チェック',
  'check.page.summary':
    'アプリだけでは判断できない点について Genesys Cloud 組織がどう応答するかを確認し、それぞれの応答に対してアプリが何をするかを示します。デプロイ後に一度、管理者として実行してください。',
  'check.page.loadingPermissions': '権限を読み込んでいます…',

  'check.run.budget':
    '1 回の実行で Genesys Cloud に送るリクエストは最大 {budget} 件です。通知チャネルを 1 つ作成しますが、Genesys Cloud が自動的に削除します。',
  'check.run.start': 'チェックを実行',
  'check.run.again': 'もう一度実行',
  'check.run.running': '組織をチェックしています…',
  'check.run.used': '最大 {budget} 件のうち {used} 件のリクエストを送信しました。',
  'check.run.summary':
    '{warnings, plural, =0 {警告なし} other {警告 # 件}}、{notChecked, plural, =0 {すべての項目を確認済み} other {未確認の項目 # 件}}。',

  'check.table.caption': 'チェックの結果',
  'check.table.probe': '項目',
  'check.table.found': '結果',
  'check.table.action': 'アプリの動作',
  'check.table.status': '状態',
  'check.table.fix': '対処:',

  'check.status.ok': 'OK',
  'check.status.warning': '警告',
  'check.status.info': '情報',
  'check.status.notChecked': '未確認',

  'check.probe.integration': '{uc} 統合',
  'check.probe.presenceField': '{uc} プレゼンスの届く場所',
  'check.probe.numberTags': '{uc} 番号のタグ',
  'check.probe.presenceSources': 'プレゼンスソース',
  'check.probe.bulkReader': 'ソース別のプレゼンス',
  'check.probe.topics': 'プレゼンスのライブ更新',
  'check.probe.retryAfter': 'レート制限の待機',
  'check.probe.clock': '時計',
  'check.probe.scopes': 'OAuth スコープ',

  'check.notChecked.permission': '未確認: {permissions} がありません。',
  'check.notChecked.noSample': '未確認: 番号タグの項目で、サンプルにする {uc} ユーザーが見つかりませんでした。',
  'check.notChecked.noSource': '未実行: {uc} のプレゼンスソースが一覧にありません。チェックがソース ID を推測することはありません。',
  'check.notChecked.sourcesUnread': '未実行: プレゼンスソースを読み取れませんでした。チェックがソース ID を推測することはありません。',
  'check.notChecked.noClock': '未確認: Date ヘッダーも通知チャネルの有効期限も読み取れませんでした。',
  'check.notChecked.budget': '未確認: この実行のリクエスト上限に達しました。',
  'check.notChecked.failed': '確認できませんでした: {error}',
  'check.notChecked.action': 'この項目を実行できるまで不明です。',
  'check.notChecked.fix.permission': 'これらの権限を持つユーザーでチェックを実行してください ([管理] > [ロール/権限])。',

  'check.integration.served': 'このアプリは {uc} を対象にしています。この組織で有効な UC 連携: {active}。',
  'check.integration.servedNoneActive': 'このアプリは {uc} を対象にしています。この組織で有効な UC 連携はありません。',
  'check.integration.pushed': '{uc} 統合は有効です。{uc} がプレゼンスを Genesys Cloud に送信しています。',
  'check.integration.polled': '{uc} 統合は有効です。Genesys Cloud が {interval} ごとに {uc} のプレゼンスを取得しています。',
  'check.integration.polledUnknown': '{uc} 統合は有効です。Genesys Cloud が {uc} のプレゼンスを定期的に取得しています。',
  'check.integration.pbx': '{uc} の権限 {permission} を宣言しています。',
  'check.integration.noPbx': '{uc} の権限 (pbxPermission) を宣言していません。',
  'check.integration.iconsListed': '一覧の応答にバッジアイコンが含まれています（2 回目のリクエストは不要）。',
  'check.integration.iconsEntryOnly':
    '一覧の応答にバッジアイコンが含まれていません。アプリはアイコンのためにエントリをもう一度読み込みます。',
  'check.integration.missing':
    '{count, plural, =0 {ユニファイドコミュニケーション統合が一覧にありません。} other {ユニファイドコミュニケーション統合が # 件ありますが、{uc} はありません。}}',
  'check.integration.action.ok': '{permissions} を持つユーザーに {uc} プレゼンスを表示します。',
  'check.integration.action.missing': '{uc} プレゼンスをどこにも表示しません。バッジはこの統合に依存します。',
  'check.integration.fix.missing': 'Genesys Cloud の [管理] > [統合] で {uc} 統合をインストールして有効にしてください。',
  'check.integration.fix.noPbx':
    'アプリは未確認の {permission} を想定しています。[管理] > [ロール/権限] に表示される {uc} の権限と比べ、そちらを付与してください。',

  'check.presenceField.found': 'サンプル {sampled} 人のうち {count} 人について、{uc} プレゼンスが {field} で届きました。',
  'check.presenceField.genesysOnly': '{count} 人は Genesys Cloud のプレゼンスのみが返されました。',
  'check.presenceField.none': 'サンプル {sampled} 人について、{uc} プレゼンスは返されませんでした。',
  'check.presenceField.action.ok':
    '{uc} プレゼンスを {field} から読み取ります。プレゼンスがないユーザーは「不明」と表示し、Genesys Cloud のプレゼンスを代わりに表示することはありません。',
  'check.presenceField.action.none': 'これらのユーザーを「不明」と表示します。',
  'check.presenceField.fix':
    '{uc} がプレゼンスを Genesys Cloud に送信していることを確認してください。{uc} が使う OAuth クライアント (Integration > Presence > All と Presence > All を持つクライアント資格情報) が有効である必要があります。',

  'check.numberTags.sample': 'サンプル: アクティブなユーザー {sampled} 人、うち [その他の電話] 番号を持つユーザー {withOther} 人。',
  'check.numberTags.tags': 'これらの番号の統合タグ: {tags}。',
  'check.numberTags.tag': '{tag} × {count}',
  'check.numberTags.noTags': '統合タグが付いた [その他の電話] 番号はありません。',
  'check.numberTags.untagged': 'タグのない [その他の電話] 番号が {count} 件あります。',
  'check.numberTags.action.tagged': '[その他の電話] に {uc} のタグがあるユーザーを表示します。このサンプルでは {count} 人です。',
  'check.numberTags.action.otherPhone':
    'タグのない [その他の電話] を持つユーザーも表示します ({parameter})。このサンプルでは {count} 人です。',
  'check.numberTags.action.nobody':
    '誰も表示しません。このサンプルに {uc} のタグが付いた番号はありません。ディレクトリはその旨を示し、{parameter} を案内します。',
  'check.numberTags.action.noPhones': '誰も表示しません。このサンプルに [その他の電話] 番号を持つユーザーはいません。',
  'check.numberTags.fix.otherPhone':
    'このアプリの各クライアントアプリのアプリケーション URL に {parameter} を追加するか ([管理] > [統合] > アプリ > [構成])、SCIM で {uc} の統合タグを書き込むようにしてください。',
  'check.numberTags.fix.noPhones':
    'SCIM のマッピングを確認してください。ディレクトリの telephoneNumber が phoneNumbers[type eq "{ucTag}"] に届く必要があり、Genesys Cloud はこれを [その他の電話] として保存します。',

  'check.presenceSources.listed': 'プレゼンスソースが {count} 件あり、{uc} も含まれています。',
  'check.presenceSources.unlisted': 'プレゼンスソースが {count} 件ありますが、{uc} は含まれていません。',
  'check.presenceSources.action': '変更はありません。アプリはユーザーごとにプレゼンスを読み取るため、ソース ID は不要です。',

  'check.bulkReader.works': '{asked} 人のうち {answered} 人のプレゼンスが返されました。',
  'check.bulkReader.refused': '一覧にある {uc} ソースは拒否されました (HTTP {status})。',
  'check.bulkReader.action':
    '使用しません。アプリはユーザーごとにプレゼンスを読み取り、1 リクエストあたり 50 人ではなく 100 人を取得します。',

  'check.topics.accepted': '通知チャネルは {topic} を受け付けました。',
  'check.topics.refused': '通知チャネルは {topic} を拒否しました。',
  'check.topics.reason': 'Genesys Cloud の応答: {reason}',
  'check.topics.missingPermissions': '不足: {permissions}。',
  'check.topics.action.live': '通知チャネルで {uc} のバッジをリアルタイムに更新します。',
  'check.topics.action.polled':
    '代わりにリクエスト上限の範囲内で {uc} プレゼンスを定期的に取得し、プレゼンスが定期取得であることを画面に表示します。',
  'check.topics.fix':
    'アプリを使うユーザーに {permission} を付与してください。すでに持っている場合は、アプリの OAuth クライアントに notifications スコープがあるか確認してください。',

  'check.retryAfter.none': 'このセッションではまだ 429 (リクエスト過多) は発生していません。',
  'check.retryAfter.header': '直近の 429 は Retry-After ヘッダーで {wait} の待機を求めました。',
  'check.retryAfter.body': 'ブラウザーが Retry-After ヘッダーを隠しています。直近の 429 は本文で {wait} の待機を求めました。',
  'check.retryAfter.backoff': '直近の 429 には、アプリが読み取れる待機時間がありませんでした。アプリは {wait} 待機しました。',
  'check.retryAfter.seen': 'このセッションで 429 を {count} 回確認しました。',
  'check.retryAfter.action.none':
    '429 のときは Genesys Cloud が求める時間だけ待ちます。ヘッダー、なければ応答本文、それもなければ徐々に長くなる待機です。',
  'check.retryAfter.action.ok': 'Genesys Cloud が求める時間だけ待ってから再送します。',
  'check.retryAfter.action.backoff': '再送の前に、徐々に長くなる待機 (5 秒から) を入れます。',
  'check.retryAfter.fix': 'Genesys Cloud 側の設定は不要です。繰り返し発生する場合は、同時に開くアプリの画面を減らしてください。',

  'check.clock.behind': 'このコンピューターの時計は Genesys Cloud より {amount} 遅れています。',
  'check.clock.ahead': 'このコンピューターの時計は Genesys Cloud より {amount} 進んでいます。',
  'check.clock.inStep': 'このコンピューターの時計は Genesys Cloud と一致しています。',
  'check.clock.fromHeader': '応答の Date ヘッダーで測定しました。',
  'check.clock.fromChannel': '新しい通知チャネルの有効期限 (24 時間) で測定しました。',
  'check.clock.action.ok': 'ステータスの経過時間を Genesys Cloud の計測どおりに表示します。',
  'check.clock.action.skewed': 'ステータスの経過時間が約 {amount} ずれて表示されます。',
  'check.clock.fix':
    'このコンピューターの時刻を自動設定にしてください (Windows: [設定] > [時刻と言語]、macOS: [システム設定] > [一般] > [日付と時刻])。',

  'check.scopes.missing': 'トークンに {scopes} がありません。',
  'check.scopes.complete': 'トークンはアプリに必要なすべてのスコープを持っています ({count})。',
  'check.scopes.unrestricted': 'トークンにスコープの一覧がありません。OAuth クライアントがスコープで制限されていません。',
  'check.scopes.action.ok': 'アプリが送るリクエストはすべてトークンのスコープ内です。',
  'check.scopes.action.missing': 'それらが必要なリクエストは Genesys Cloud に拒否され (403)、関係するアプリの部分にエラーが表示されます。',
  'check.scopes.fix':
    'アプリの OAuth クライアントに追加してから ([管理] > [統合] > [OAuth] > クライアント > [スコープ])、アプリを開き直してください。',

  'check.report.copy': 'レポートをコピー',
  'check.report.copied': 'レポートをコピーしました。件数とバリアントのみで、名前・番号・ID は含まれません。',
  'check.report.copyFailed': 'ブラウザーがコピーを許可しませんでした。下のレポートを選択してコピーしてください。',
  'check.report.label': 'レポート (JSON)',
};
