import type { TeamTerms } from '../en/index.js';

/** <team-picker> 용어(ko). 한국어 명사에는 복수형이 필요하지 않습니다. */
export const team: TeamTerms = {
  teamLabel: '팀',
  teamPlaceholder: '팀 검색 또는 선택',
  teamListLabel: '팀 목록',
  teamShowList: '팀 표시',
  teamClear: '선택한 팀 지우기',
  teamNoMatch: (query: string) => `‘${query}’에 해당하는 팀이 없습니다`,
  teamNoMatchHint: '철자를 확인하거나 팀 이름의 일부를 입력하세요.',
  teamResults: (count: number) => `팀 ${count.toLocaleString('ko')}개를 찾았습니다`,
  teamAvailable: (count: number) =>
    count === 1
      ? `팀 ${count}개. 화살표 키로 선택하세요.`
      : `팀 ${count.toLocaleString('ko')}개. 입력하여 검색하거나 화살표 키를 사용하세요.`,
  teamNone: '소속된 팀이 없어 아직 로그인할 수 없습니다. 관리자에게 팀에 추가해 달라고 요청하세요.',
  teamRequired: '계속하려면 팀을 선택하세요.',
};
