import type { CommonTerms } from '../en/index.js';

/** 공통 용어(ko). 설명·알림은 합니다체, 안내·요청은 ‘~하세요’(한국어 소프트웨어의 표준 문체). ‘로그인’, ‘상담원’, ‘추적 ID’. */
export const common: CommonTerms = {
  required: '필수',
  trackingId: (id: string) => `추적 ID: ${id}`,
  trackingIdLabel: '추적 ID:',
  copy: '복사',
  copied: '복사됨',
  dismiss: '닫기',
  reload: '새로고침',
  loading: '로드하는 중…',
  errorINVALID_CREDENTIALS: '이메일과 비밀번호가 일치하지 않습니다. 확인한 후 다시 시도하세요.',
  errorACCOUNT_LOCKED: '계정이 잠겼습니다. 관리자에게 잠금 해제를 요청하세요.',
  errorINVALID_CODE: '코드가 올바르지 않거나 만료되었습니다. 보내 드린 이메일을 확인하거나 새 코드를 요청하세요.',
  errorDN_INVALID: '이 번호로는 통화를 받을 수 없습니다. 번호를 확인하거나 다른 통화 처리 방법을 선택하세요.',
  errorDN_IN_USE: '다른 상담원이 이 번호로 로그인되어 있습니다. 다른 번호를 사용하거나 관리자에게 문의하세요.',
  errorTEAM_INVALID: '이 팀은 더 이상 사용할 수 없습니다. 다른 팀을 선택하세요.',
  errorNOT_AUTHORIZED: '여기에 로그인할 권한이 없습니다. 관리자에게 프로필 확인을 요청하세요.',
  errorSESSION_EXPIRED: '세션이 만료되었습니다. 다시 로그인하세요.',
  errorNETWORK: '컨택 센터에 연결할 수 없습니다. 연결 상태를 확인한 후 다시 시도하세요.',
  errorTIMEOUT: '컨택 센터의 응답 시간이 초과되었습니다. 다시 시도하세요.',
  errorUNAVAILABLE: '현재 컨택 센터를 사용할 수 없습니다. 몇 분 후에 다시 시도하세요.',
  errorUNKNOWN: '문제가 발생했습니다. 다시 시도하세요. 문제가 계속되면 관리자에게 추적 ID를 알려 주세요.',
  errorBAD_RESPONSE: '컨택 센터에서 읽을 수 없는 응답을 보냈습니다. 다시 시도하거나 관리자에게 추적 ID를 알려 주세요.',
  errorNO_SERVICE:
    '이 로그인은 컨택 센터에 연결되어 있지 않습니다. 요소의 service 속성을 설정하거나, 체험해 보려면 demo 속성을 추가하세요.',
  errorNOT_SUPPORTED: '이 컨택 센터는 해당 기능을 지원하지 않습니다. 관리자에게 문의하세요.',
  errorABORTED: '요청이 취소되었습니다.',
};
