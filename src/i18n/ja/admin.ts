import type { AreaMessages } from '@/i18n/catalog-types';
import type { admin as en } from '@/i18n/en/admin';

export const admin: AreaMessages<typeof en> = {
  'admin.page.loadingPermissions': '権限を読み込んでいます…',
  'admin.page.loadingChecks': '管理者チェックを読み込んでいます…',
  'admin.page.unavailable.title': '管理者チェックを利用できません',
  'admin.page.unavailable.lead': 'お使いの Genesys Cloud のロールには、管理者チェックに必要な次の権限がありません:',
  'admin.page.unavailable.why.roleView': '{permission}（ロール、その権限、および保有者を読み取るため）',
  'admin.page.unavailable.why.grantView': '{permission}（他のユーザーのロール付与を読み取るため）',
  'admin.page.unavailable.howToGrant':
    'Genesys Cloud の管理者が [管理] > [ロール/権限] で付与できます（このアプリのセットアップにある Admin ロールには両方が含まれています）。',

  'admin.checks.title': '管理',
  'admin.checks.summary': '{uc} のプレゼンスバッジを表示できるユーザーと、プロビジョニングが正常かどうかを確認します。',
  'admin.checks.permissionsHeading': 'バッジの権限',
  'admin.checks.rolesHeading': 'ロール',

  'admin.integration.heading': '{uc} 統合',
  'admin.integration.missing.title': '{uc} 統合が存在しないか、非アクティブです',
  'admin.integration.missing.problem':
    'UC clientapps の一覧にアクティブな {uc} のエントリ（integrationPresenceSource {ucSource}）がありません。{uc} のバッジは誰にも表示されません。',
  'admin.integration.missing.fix':
    '[管理] > [統合] で {uc} のユニファイドコミュニケーション統合をインストールし、[アクティブ] に設定してください。',
  'admin.integration.unchecked.title': '{uc} 統合を確認できませんでした',
  'admin.integration.unchecked.body':
    '読み取るには {permission} が必要ですが、お使いのロールには含まれていません。以下のチェックでは、ドキュメントに記載されている既定の権限を使用します。',
  'admin.integration.status': 'ステータス',
  'admin.integration.statusValue': '存在し、アクティブです（{name}）',
  'admin.integration.presence': 'プレゼンス',
  'admin.integration.polledEvery': '{interval}ごとにポーリング',
  'admin.integration.polledUnknown': 'ポーリング（間隔は宣言されていません）',
  'admin.integration.pushed': '{uc} からプッシュ',
  'admin.integration.pbxPermission': '{uc} の権限（pbxPermission）',
  'admin.integration.notDeclared': '宣言されていません',
  'admin.integration.userPermissions': 'ユーザーの権限',
  'admin.integration.noneDeclared': '宣言されていません',

  'admin.capability.seeBadges': '{uc} のプレゼンスバッジを表示',
  'admin.capability.seeUcOnTransfer': '転送時に {uc} のプレゼンスを表示',
  'admin.capability.searchDirectory': 'ディレクトリを検索',
  'admin.capability.blindTransfer': 'ブラインド転送',
  'admin.capability.consultTransfer': '相談転送',
  'admin.capability.runAdminChecks': '管理者チェックを実行',

  'admin.matrix.loading': 'ロールと付与を読み取っています…',
  'admin.matrix.caption': '{name} の機能',
  'admin.matrix.capability': '機能',
  'admin.matrix.status': 'ステータス',
  'admin.matrix.needs': '必要な権限',
  'admin.matrix.allowed': '許可',
  'admin.matrix.notAllowed': '不許可',
  'admin.matrix.notAllowedMissing': '不許可 · {permissions} が不足',
  'admin.matrix.held': '保有',
  'admin.matrix.heldThrough': '保有（{roles} 経由）',
  'admin.matrix.roleInDivisions': '{role}（{divisions}）',
  'admin.matrix.missing': '不足',

  'admin.search.label': 'ユーザーを確認',
  'admin.search.placeholder': '名前またはメール',
  'admin.search.noMatch': '一致するユーザーはいません。',
  'admin.search.results': '見つかったユーザー',
  'admin.check.lead': '{uc} のバッジや転送時の {uc} のプレゼンスが表示されないのはなぜか。名前またはメールで検索してください。',
  'admin.check.answer': '{name} の結果',
  'admin.check.verdictAllowed': '{name} は {uc} のプレゼンスを表示できます（バッジと転送時のプレゼンス）。',
  'admin.check.verdictBlocked': '{name} は {uc} のプレゼンスを表示できません。{count} 件の権限が不足しています。',
  'admin.check.capabilities': '{name} が表示できるもの',
  'admin.check.missingHeading': 'Genesys Cloud で不足しているもの',
  'admin.check.grantedBy': 'この権限を付与するロール: {roles}',
  'admin.check.noRole': 'この組織にはこの権限を付与するロールがありません。まず [管理] > [ロール/権限] でロールに追加してください。',
  'admin.check.next':
    '次の手順: [管理] > [ユーザー] > {name} > [ロール] で、{name} に{count, plural, one {これらのロールのいずれか} other {不足している権限ごとにロール}}を割り当ててください。',
  'admin.check.open': 'Genesys Cloud の管理画面で {name} を開く',
  'admin.check.noLinkDemo': 'デモモード: 開く Genesys Cloud はありません。',
  'admin.check.noLinkHost':
    'Genesys Cloud がアプリの URL にアドレス (gcHostOrigin) を渡していないため、このユーザーへのリンクを作成できません。',

  'admin.roles.loading': 'ロールを読み取っています…',
  'admin.roles.caption': '各権限を付与するロール',
  'admin.roles.permission': '権限',
  'admin.roles.grantedBy': '付与元のロール',
  'admin.roles.noRole': 'この権限を付与するロールはありません',
  'admin.roles.roleHolders': '{role}（{count}人）',
  'admin.roles.roleHoldersLoading': '{role}（…）',
  'admin.roles.withoutBadges.heading': '転送できるがバッジを表示できないユーザー',
  'admin.roles.withoutBadges.loading': 'これらのロールの保有者を読み取っています…',
  'admin.roles.withoutBadges.none': '転送を許可するロールを持つユーザーは全員、{uc} のバッジを表示できます。',
  'admin.roles.withoutBadges.summary':
    '{count}人のユーザーが、転送を許可するロールを持っていますが、{uc} のプレゼンスを表示できません。{uc} のユーザーが対応可能かどうかを確認できないまま転送しています。',
  'admin.roles.withoutBadges.more': 'ほか {count}人。',
  'admin.roles.withoutBadges.group': '{labels} が不足',
  'admin.roles.withoutBadges.groupCount': '（{count}人）',
  'admin.roles.withoutBadges.fix':
    '対処方法: [管理] > [ユーザー] > 該当ユーザー > [ロール] で、各ユーザーに{count, plural, one {これらのロールのいずれか} other {権限ごとにロール}}を割り当ててください。',
  'admin.roles.withoutBadges.people': '{labels} が不足しているユーザー',
  'admin.roles.withoutBadges.namesUnreadable': '名前を読み取れなかったため、各ユーザーをユーザー ID で表示しています。',

  'admin.audit.heading': 'プロビジョニング監査',
  'admin.audit.summary':
    '組織のすべてのユーザー（1 リクエストあたり {pageSize}人、非アクティブおよび削除済みを含む）を、アプリの他の処理に余裕を残しながらバックグラウンドで読み取り、その後、最大 {sampleSize}人の {uc} のプレゼンスを読み取ります。',
  'admin.audit.run': '監査を実行',
  'admin.audit.runAgain': '再実行',
  'admin.audit.cancel': 'キャンセル',
  'admin.audit.cancelling': 'キャンセルしています…',
  'admin.audit.resume': '再開',
  'admin.audit.threshold': 'プレゼンスを古いとみなすまでの時間（分）',
  'admin.audit.progressLabel': '監査の進行状況',
  'admin.audit.starting': '開始しています…',
  'admin.audit.numberRules.loading': '電話番号を確認しています…',
  'admin.audit.numberRules.failed': '電話番号のルールを読み込めませんでした',
  'admin.audit.numberRules.failedDetail':
    '検出結果にはこのルールが必要です。ネットワーク接続を確認してもう一度お試しください。失敗が続く場合はアプリを再読み込みしてください。',
  'admin.audit.progress.nothingRead': 'まだユーザーを読み取っていません',
  'admin.audit.progress.users': '{total}人中 {read}人を読み取り済み（{pageCount} ページ中 {pages} ページ）',
  'admin.audit.progress.usersNoTotal': '{read}人を読み取り済み（{pageCount} ページ中 {pages} ページ）',
  'admin.audit.progress.usersAndPresence':
    '{total}人中 {read}人を読み取り済み（{pageCount} ページ中 {pages} ページ）、{uc} のプレゼンス: {presenceCount} 件のリクエスト中 {presenceRead} 件',
  'admin.audit.cancelled.title': '監査をキャンセルしました',
  'admin.audit.cancelled.body':
    '{pageCount} ページ中 {pages} ページを読み取りました。再開すると {nextPage} ページ目から続行します。以下の検出結果は、これまでに読み取ったユーザーが対象です。',
  'admin.audit.cancelled.pagesDone':
    '全 {pageCount} ページを読み取りました。再開すると、まだ読み取っていない {uc} のプレゼンスを読み取ります。',
  'admin.audit.cancelled.nothingRead': 'まだページを読み取っていません。再開すると最初のページから開始します。',
  'admin.audit.interrupted.title': '監査が中断されました',
  'admin.audit.interrupted.body':
    '{reason}。{pageCount} ページ中 {pages} ページは保持されています。{resume, select, auto {Genesys Cloud がリクエストを再び受け付けるようになると、自動的に再開します。} other {再開すると、停止した位置から続行します。}}',
  'admin.audit.interrupted.nothingRead':
    '{reason}。まだページを読み取っていません。{resume, select, auto {Genesys Cloud がリクエストを再び受け付けるようになると、自動的に再開します。} other {再開すると最初のページから開始します。}}',

  'admin.audit.ago.underMinute': '1分以内',
  'admin.audit.ago.minutes': '{minutes}分前',
  'admin.audit.ago.hours': '{hours}時間前',
  'admin.audit.ago.days': '{days}日前',

  'admin.sync.heading': 'プレゼンスの同期',
  'admin.sync.none': 'サンプルのユーザーには {uc} のプレゼンスが見つかりませんでした。',
  'admin.sync.summary': '{count}人の {uc} のプレゼンス: 最新の変更は {newest}、中央値は {median} です。',
  'admin.sync.stale.title': '{uc} のプレゼンスが同期されていません',
  'admin.sync.stale.problem':
    '{minutes}分以上、{uc} のプレゼンスが変更されていません（最新の変更は {newest}）。バッジには古い状態が表示されています。',
  'admin.sync.stale.fix':
    '{uc} 側のプレゼンス用 OAuth クライアント（Integration > Presence > All と Presence > All を持つクライアント資格情報）を確認してください。無効化されているか、期限切れになっているか、ロールを失っている可能性があります。',

  'admin.findings.region': '検出結果',
  'admin.findings.heading': '{users}人のユーザーに対する検出結果: {findings, plural, =0 {なし} other {#件}}',
  'admin.findings.headingSoFar': 'これまでに読み取った {users}人のユーザーに対する検出結果: {findings, plural, =0 {なし} other {#件}}',
  'admin.findings.export': 'CSV をエクスポート',
  'admin.findings.fileName': '{ucSlug}-プロビジョニング検出結果.csv',
  'admin.findings.filter': '表示',
  'admin.findings.filterAll': 'すべての種類（{count}）',
  'admin.findings.filterKind': '{kind}（{count}）',
  'admin.findings.kindCount': '（{count}人）',
  'admin.findings.person': 'ユーザー',
  'admin.findings.finding': '検出結果',
  'admin.findings.problem': '問題',
  'admin.findings.fix': '対処方法',
  'admin.findings.firstShown': '最初の {count} 件を表示しています。CSV にはすべて含まれます。',

  'admin.finding.noNumber.title': '{uc} 番号のない UC 専用ユーザー',
  'admin.finding.noNumber.emptyProblem': '{uc} の「その他の電話」が空です。',
  'admin.finding.noNumber.placeholderProblem':
    'このアカウントは Genesys Cloud に一度もログインしておらず（SCIM が作成した UC 専用のプレースホルダー）、{uc} 番号もありません。誰もこのユーザーに電話をかけたり転送したりできず、バッジも表示されません。',
  'admin.finding.noNumber.fix':
    '{uc} のディレクトリでこのユーザーの telephoneNumber を設定してください。SCIM がそれを「その他の電話」（phoneNumbers の type "{ucTag}"）にコピーします。',
  'admin.finding.invalidNumber.title': '{uc} 番号が有効な E.164 形式ではありません',
  'admin.finding.invalidNumber.problem':
    '「{number}」は E.164 形式の番号ではありません。この番号への転送は失敗するか、間違った場所で着信します。',
  'admin.finding.invalidNumber.fix':
    '{uc} のディレクトリで番号を E.164 形式に修正してください。「+」、国番号、数字のみで、スペースや内線番号は含めません（例: +14155550123）。',
  'admin.finding.duplicateNumber.title': '同じ {uc} 番号が 2 人に設定されています',
  'admin.finding.duplicateNumber.problem': '{uc} 番号 {number} は {others} の番号でもあります。どちらに転送しても同じ電話が鳴ります。',
  'admin.finding.duplicateNumber.fix':
    '{uc} のディレクトリで各ユーザーに固有の番号を割り当ててください。その後、SCIM が「その他の電話」を更新します。',
  'admin.finding.notPrimary.title': '{uc} 番号がメインの電話ではありません',
  'admin.finding.notPrimary.problem':
    'メインの電話は {uc} 番号 {number} ではなく {phones} です。この UC 専用ユーザーへの通話は、{uc} ではなく Genesys Cloud で着信します。',
  'admin.finding.notPrimary.fix':
    'このユーザーの Genesys Cloud プロフィールで「その他の電話」（{uc} 番号）をメインの電話にするか、UC 専用ユーザーについて SCIM が他の番号を送信しないようにしてください。',
  'admin.finding.inactiveListed.title': '非アクティブなユーザーが {uc} 番号を保持しています',
  'admin.finding.inactiveListed.problem':
    'このアカウントは非アクティブですが、{uc} 番号 {number} を保持しているため、{uc} の検索に引き続き表示され、転送先として選択できます。',
  'admin.finding.deletedListed.title': '削除済みのユーザーが {uc} 番号を保持しています',
  'admin.finding.deletedListed.problem':
    'このアカウントは削除済みですが、{uc} 番号 {number} を保持しているため、{uc} の検索に引き続き表示され、転送先として選択できます。',
  'admin.finding.listed.fix':
    'ユーザーが退職した場合は、SCIM が番号のプロビジョニングを解除するよう、{uc} のディレクトリからユーザー（またはその番号）を削除してください。戻ってきた場合は、Genesys Cloud のアカウントを再度アクティブにしてください。',

  'admin.person.unnamed': '名前のないユーザー',
  'admin.person.email': 'メール',
  'admin.person.department': '部署',
  'admin.person.title': '役職',
  'admin.person.state': '状態',
  'admin.person.stateValue': '{state, select, active {アクティブ} inactive {非アクティブ} deleted {削除済み} other {{state}}}',
  'admin.person.ucNumber': '{uc} 番号',
  'admin.person.emptyNumber': '（空）',
  'admin.person.primaryPhone': 'メインの電話',
  'admin.person.signedIn': 'Genesys Cloud へのログイン',
  'admin.person.signedInYes': 'あり',
  'admin.person.signedInNever': 'なし',
  'admin.person.userId': 'ユーザー ID',
  'admin.person.close': '閉じる',
};
