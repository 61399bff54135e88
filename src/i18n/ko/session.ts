import type { SessionTerms } from '../en/index.js';

/** <session-banner> 용어(ko). */
export const session: SessionTerms = {
  bannerRegion: '세션 메시지',
  bannerSeverityError: '오류:',
  bannerSeverityWarning: '경고:',
  bannerSeverityInfo: '정보:',
  bannerSeveritySuccess: '완료:',

  bannerMultiSessionTitle: '다른 곳에 로그인되어 있습니다',
  bannerMultiSessionText:
    '여러 브라우저나 탭에서 동시에 컨택 센터에 로그인할 수 없습니다. 이 창에서 사용하려면 ‘계속’을 선택하세요. 다른 창의 세션은 종료됩니다.',
  bannerMultiSessionBusy: '통화 중에 ‘계속’을 선택하면 통화 컨트롤을 로드하는 데 몇 초가 걸립니다.',
  bannerContinue: '계속',

  bannerDegradedTitle: '일부 기능을 사용할 수 없습니다',
  bannerDegradedFeatures: '현재 사용할 수 없는 기능:',
  bannerDegradedText: '관리자가 문제를 해결하면 브라우저를 새로고침하여 모든 기능을 다시 사용하세요.',

  bannerSessionExpiredTitle: '세션이 만료되었습니다',
  bannerSessionExpiredText: '보안을 위해 로그아웃되었습니다. 계속하려면 다시 로그인하세요.',

  bannerConnectionLostTitle: '연결이 끊어졌습니다',
  bannerConnectionLostText:
    '연결 오류, 세션 만료 또는 이 브라우저의 저장소 문제로 세션을 복원할 수 없는 경우 브라우저를 새로고침하여 세션을 갱신하세요.',

  bannerRonaTitle: '응답하지 않은 통화가 있습니다',
  bannerRonaText:
    '할당된 통화에 응답이 없어 다른 상담원에게 전달되었습니다. 통화를 받을 수 없는 경우 관리자에게 문의하고 추적 ID를 알려 주세요.',

  bannerMicrophoneTitle: '브라우저에서 마이크를 차단하고 있습니다',
  bannerMicrophoneText: '데스크톱에서 통화하려면 마이크가 필요합니다.',
  bannerMicrophoneChrome: 'Chrome에서 주소 왼쪽의 사이트 설정 아이콘을 선택하고 마이크를 켠 다음 페이지를 새로고침하세요.',
  bannerMicrophoneEdge:
    'Edge에서 주소 왼쪽의 자물쇠 아이콘을 선택하고 ‘이 사이트에 대한 권한’을 선택한 다음 마이크를 ‘허용’으로 설정하고 페이지를 새로고침하세요.',
  bannerMicrophoneFirefox:
    'Firefox에서 주소 왼쪽의 권한 아이콘을 선택하고 마이크 옆의 ‘일시적으로 차단됨’ 또는 ‘차단됨’을 해제한 다음 페이지를 새로고침하세요.',
  bannerMicrophoneSafari: 'Safari에서 Safari › 이 웹 사이트에 대한 설정을 선택하고 마이크를 ‘허용’으로 설정한 다음 페이지를 새로고침하세요.',
  bannerMicrophoneOther:
    '브라우저 설정에서 이 사이트의 마이크를 허용한 다음 페이지를 새로고침하세요. 그렇게 할 수 없으면 관리자에게 문의하세요.',

  bannerCollaborationTitle: (label: string) => `${label}에 로그인하지 못했습니다`,
  bannerCollaborationTitleGeneric: '협업 도구에 로그인하지 못했습니다',
  bannerCollaborationText: '계속 작업할 수 있습니다. 나중에 프로필 설정에서 로그인하세요.',

  bannerPreferencesTitle: '기본 설정이 저장되지 않았습니다',
  bannerPreferencesText: '이 브라우저에 저장할 수 없어 다음에 로그인할 때 다시 입력해야 합니다.',

  bannerTrackingId: '추적 ID',
  bannerCopyLabel: '추적 ID 복사',
  bannerCopied: '추적 ID 복사됨',
  bannerCopyFailed: '자동으로 복사하지 못했습니다. ID가 선택되어 있으니 Ctrl+C(Mac에서는 ⌘C)를 눌러 복사하세요.',
  bannerDismissLabel: (title: string) => `닫기: ${title}`,
};
