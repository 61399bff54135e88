import type { TeamTerms } from '../en/index.js';

/** <team-picker> の用語（ja）。日本語に単数・複数の区別はありません。 */
export const team: TeamTerms = {
  teamLabel: 'チーム',
  teamPlaceholder: 'チームを検索または選択',
  teamListLabel: 'チーム一覧',
  teamShowList: 'チームを表示',
  teamClear: 'チームをクリア',
  teamNoMatch: (query: string) => `「${query}」に一致するチームはありません`,
  teamNoMatchHint: 'つづりを確認するか、チーム名の一部を入力してください。',
  teamResults: (count: number) => `${count.toLocaleString('ja')}件のチームが見つかりました`,
  teamAvailable: (count: number) =>
    count === 1
      ? `${count}件のチーム。矢印キーで選択してください。`
      : `${count.toLocaleString('ja')}件のチーム。入力して検索するか、矢印キーを使用してください。`,
  teamNone: 'どのチームにも所属していないため、まだサインインできません。管理者にチームへの追加を依頼してください。',
  teamRequired: '続行するにはチームを選択してください。',
};
