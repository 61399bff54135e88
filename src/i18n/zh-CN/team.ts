import type { TeamTerms } from '../en/index.js';

/** <team-picker> 的术语（zh-CN）。中文没有单复数之分。 */
export const team: TeamTerms = {
  teamLabel: '团队',
  teamPlaceholder: '搜索或选择团队',
  teamListLabel: '团队列表',
  teamShowList: '显示团队',
  teamClear: '清除所选团队',
  teamNoMatch: (query: string) => `没有与“${query}”匹配的团队`,
  teamNoMatchHint: '请检查拼写，或输入团队名称的一部分。',
  teamResults: (count: number) => `找到${count.toLocaleString('zh-CN')}个团队`,
  teamAvailable: (count: number) =>
    count === 1
      ? `${count}个团队。请使用方向键进行选择。`
      : `${count.toLocaleString('zh-CN')}个团队。输入内容进行搜索，或使用方向键。`,
  teamNone: '您不属于任何团队，因此暂时无法登录。请联系管理员将您添加到团队中。',
  teamRequired: '请选择团队以继续。',
};
