import type { AreaMessages } from '@/i18n/catalog-types';
import type { people as en } from '@/i18n/en/people';

export const people: AreaMessages<typeof en> = {
  'people.list.label': '{uc} ユーザー',
  'people.search.clear': '検索をクリア',
  'people.badge.loading': 'プレゼンス: 読み込み中',
  'people.card.title': '役職',
  'people.card.department': '部署',
  'people.card.email': 'メール',
  'people.card.number': '{uc} 番号',
  'people.card.manager': 'マネージャー',
  'people.card.presence': 'プレゼンス',
  'people.card.loading': '読み込み中…',
  'people.card.notAvailable': '利用できません',
  'people.card.openInGenesys': 'Genesys Cloud で開く',
  'people.card.close': '閉じる',
  'people.untagged.title': '{uc} のタグが付いた番号がありません',
  'people.untagged.body':
    '{count, plural, other {# 人}}に {uc} 連携のタグがない [その他の電話] 番号があるため、アプリはその人たちが {uc} ユーザーだと判断できません。プロビジョニングでタグが設定されていない可能性があります。',
  'people.untagged.fix':
    '管理者は Genesys Cloud (管理 > 統合) でこのクライアントアプリの URL に {parameter} を追加すると、[その他の電話] 番号を持つ全員を表示できます。組織が何を使っているかは /check で確認できます。',
  'people.live.refused':
    '画面上の {count, plural, other {# 人}}のライブ更新が拒否されました。{uc} プレゼンスは {interval} ごとに更新されます。',
  'people.live.polled': '{uc} プレゼンスは {interval} ごとに更新されます。{uc} 連携はポーリングによるプレゼンスに設定されています。',
  // The filters over a people list (directory and transfer picker); Alt+A toggles Available only.
  'people.filters.department': '部署',
  'people.filters.allDepartments': 'すべての部署',
  'people.filters.presence': 'プレゼンス',
  'people.filters.anyPresence': 'すべてのプレゼンス',
  'people.filters.clear': 'フィルターをクリア',
  'people.sort.label': '並べ替え',
  'people.sort.name': '名前',
  'people.filters.label': 'フィルター',
  'people.filters.availableOnly': '連絡可能のみ',
  'people.filters.show': '表示',
  'people.filters.everyoneByName': '全員（名前順）',
  'people.filters.fromSearch': 'プレゼンスが {presence} の人のみ: 検索語にこのプレゼンスが含まれています。',
  'people.sort.presence': '連絡可能を先に',
};
