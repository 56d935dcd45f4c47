import type { AreaMessages } from '@/i18n/catalog-types';
import type { people as en } from '@/i18n/en/people';

export const people: AreaMessages<typeof en> = {
  'people.list.label': '8×8 ユーザー',
  'people.search.clear': '検索をクリア',
  'people.badge.loading': 'プレゼンス: 読み込み中',
  'people.card.title': '役職',
  'people.card.department': '部署',
  'people.card.email': 'メール',
  'people.card.number': '8×8 番号',
  'people.card.manager': 'マネージャー',
  'people.card.presence': 'プレゼンス',
  'people.card.loading': '読み込み中…',
  'people.card.notAvailable': '利用できません',
  'people.card.openInGenesys': 'Genesys Cloud で開く',
  'people.card.close': '閉じる',
};
