import type { AreaMessages } from '@/i18n/catalog-types';
import type { directory as en } from '@/i18n/en/directory';

export const directory: AreaMessages<typeof en> = {
  'directory.heading': '{uc} ディレクトリ',
  'directory.badgesHidden': '{uc} プレゼンスは表示されません',
  'directory.cannotSearch': 'ディレクトリを検索する権限がありません',
  'directory.integrationInactive.title': '{uc} 統合が有効になっていません',
  'directory.integrationInactive.body':
    'Genesys Cloud に有効な {uc} ユニファイド コミュニケーション統合がないため、表示する {uc} プレゼンスがありません。管理者が [管理] > [統合] でインストールまたは有効化できます。',
  'directory.search.label': '{uc} ユーザーを検索',
  'directory.search.placeholder': '名前、部署、役職、番号',
  'directory.status.loading': '{uc} ユーザーを読み込んでいます…',
  'directory.status.showing': '{shown, plural, other {# 人}}の {uc} ユーザーを表示しています',
  'directory.status.showingOf': '{uc} ユーザー {total, plural, other {# 人}}中 {shown} 人を表示しています',
  'directory.status.estimated':
    'Genesys Cloud は {uc} 番号のないユーザーも数えるため、合計はこれまでに読み込んだページからの推定です。プレゼンスボードはすべてのページを読み込んで正確に数えます。',
  'directory.searching': 'Genesys Cloud を検索しています…',
  'directory.progress.sort': 'プレゼンスで並べ替えるため、すべてのユーザーを読み込んでいます… {percent}',
  'directory.progress.filter': 'プレゼンスで絞り込むため、すべてのユーザーを読み込んでいます… {percent}',
  'directory.progress.sortTotal': 'プレゼンスで並べ替えるため、全 {total, plural, other {# 人}}のユーザーを読み込んでいます… {percent}',
  'directory.progress.filterTotal': 'プレゼンスで絞り込むため、全 {total, plural, other {# 人}}のユーザーを読み込んでいます… {percent}',
  'directory.unreadable.title': '一部のユーザーを表示できませんでした',
  'directory.unreadable.body': '{count, plural, other {Genesys Cloud からの # 件のエントリが不完全なため、表示から除外しています。}}',
  'directory.empty.search.title': '検索に一致する {uc} ユーザーはいません',
  'directory.empty.search.body':
    '{filtered, select, yes {選択したフィルターでは、「{text}」に一致するユーザーはいません。} other {「{text}」に一致するユーザーはいません。}}スペルを確認するか、名前の別の部分、メール、部署、役職、{uc} 番号で検索してください。',
  'directory.empty.search.clear': '検索をクリア',
  'directory.empty.filters.title': 'フィルターに一致する {uc} ユーザーはいません',
  'directory.empty.filters.presence':
    '{loading, select, yes {これまでに読み込んだユーザーの中に、プレゼンスが「{presence}」のユーザーはいません。残りを読み込んでいます。} other {プレゼンスが「{presence}」のユーザーはいません。}}',
  'directory.empty.filters.department':
    '{loading, select, yes {これまでに読み込んだユーザーの中に、{department} のユーザーはいません。残りを読み込んでいます。} other {{department} のユーザーはいません。}}',
  'directory.empty.filters.presenceDepartment':
    '{loading, select, yes {これまでに読み込んだユーザーの中に、{department} でプレゼンスが「{presence}」のユーザーはいません。残りを読み込んでいます。} other {{department} でプレゼンスが「{presence}」のユーザーはいません。}}',
  'directory.empty.filters.hint': '別のプレゼンスまたは部署を選択するか、フィルターをクリアしてください。',
  'directory.empty.none.title': 'プロビジョニングされた {uc} ユーザーはいません',
  'directory.empty.none.body':
    'Genesys Cloud に {uc} 番号を持つアクティブなユーザーがいません。{uc} ユーザーは ID プロバイダーからの SCIM プロビジョニングで追加され、{uc} 番号は [その他の電話] フィールドに入ります。管理者が SCIM の設定を確認できます。',
  'directory.call.label': 'あなたの通話',
  'directory.call.with': '{customer} と通話中',
  'directory.call.several': '{count, plural, other {通話が # 件あります。}}転送するには、[転送] ビューで通話を選んでください。',
};
