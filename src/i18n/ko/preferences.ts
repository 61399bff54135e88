import type { PreferencesTerms } from '../en/index.js';

/** <interaction-preferences> 용어(ko): ‘내선’, ‘다이얼 번호’, ‘국가 번호’. */
export const preferences: PreferencesTerms = {
  handleCalls: '통화 처리 방법',
  prefsOptionBROWSER: '데스크톱',
  prefsOptionEXTENSION: '내선',
  prefsOptionAGENT_DN: '다이얼 번호',
  prefsOptionHintBROWSER: '이 브라우저에서 전화가 울립니다. 헤드셋을 사용하세요.',
  prefsOptionHintEXTENSION: 'Webex Calling 내선에서 전화가 울립니다.',
  prefsOptionHintAGENT_DN: '선택한 전화번호에서 전화가 울립니다.',
  prefsDigitalOnly: '디지털 채널(채팅, 이메일, 메시지)만 처리하므로 통화 설정이 필요하지 않습니다.',

  prefsExtensionLabel: '내선 번호',
  prefsExtensionHint: (min: number, max: number) => `숫자만 ${min}~${max}자리.`,
  prefsExtensionListHint: '관리자가 설정한 내선 번호입니다.',
  prefsExtensionRestricted: '관리자가 설정한 내선 번호이므로 변경할 수 없습니다.',
  prefsExtRequired: '내선 번호를 입력하세요.',
  prefsExtNotANumber: '내선 번호는 숫자로만 이루어집니다. 문자, + 또는 기타 기호는 사용할 수 없습니다.',
  prefsExtTooShort: (min: number) => `내선 번호는 ${min}자리 이상입니다.`,
  prefsExtTooLong: (max: number) => `내선 번호는 ${max}자리 이하입니다.`,

  prefsDialNumberLabel: '다이얼 번호',
  prefsDialNumberListHint: '관리자가 설정한 번호입니다.',
  prefsDialNumberRestricted: '관리자가 설정한 번호이므로 변경할 수 없습니다.',
  prefsInternational: '국제 전화 형식',
  prefsCountryLabel: '국가/지역',
  prefsCountryChoose: '국가/지역 선택',
  prefsCountrySearchLabel: '국가/지역 검색',
  prefsCountrySearchPlaceholder: '이름, 코드 또는 +82',
  prefsCountryOption: (name: string, callingCode: string) => `${name} (+${callingCode})`,
  prefsCountryMatches: (count: number) => `일치하는 국가/지역: ${count}개.`,
  prefsCountryNoMatch: (query: string) => `‘${query}’에 해당하는 국가/지역이 없습니다.`,
  prefsCountriesLoading: '국가/지역을 로드하는 중…',
  prefsNationalHint: (country: string, callingCode: string) =>
    `${country} 국내에서 거는 방식으로 번호를 입력하세요. 국가 번호(+${callingCode})는 자동으로 추가됩니다.`,
  prefsE164Hint: '+와 국가 번호부터 입력하세요(예: +82 2 1234 5678).',
  prefsIddHint: (idd: string, country: string) =>
    `+와 국가 번호부터 입력하거나(예: +82 2 1234 5678), ${country}의 국제 전화 식별 번호인 ${idd}부터 입력하세요.`,
  prefsChecking: '번호 형식을 확인하는 중…',
  prefsPhoneUnavailable:
    '번호 확인 기능을 로드하지 못했습니다. +와 국가 번호를 포함해 번호를 입력하세요. 계속하면 컨택 센터에서 번호를 확인합니다.',
  prefsWillRing: (number: string) => `${number}에서 전화가 울립니다.`,

  prefsDnRequired: '전화를 받을 번호를 입력하세요.',
  prefsDnNotANumber:
    '숫자만 사용하세요. 공백, 하이픈, 마침표, 괄호, 맨 앞의 +는 사용할 수 있지만 문자와 기타 기호는 사용할 수 없습니다.',
  prefsDnMissingCountryCode: (idd: string) =>
    idd
      ? `국가 번호를 추가하세요. +(또는 ${idd})부터 입력하거나 ‘국제 전화 형식’을 선택한 후 국가/지역을 고르세요.`
      : '국가 번호를 추가하세요. +부터 입력하거나 ‘국제 전화 형식’을 선택한 후 국가/지역을 고르세요.',
  prefsDnInvalidCountry: '이 국가 번호를 사용하는 국가/지역이 없습니다. + 또는 국제 전화 식별 번호 뒤의 숫자를 확인하세요.',
  prefsDnTooShort: (country: string) =>
    country
      ? `${country} 번호로는 너무 짧습니다. 빠진 숫자가 없는지 확인하세요.`
      : '번호가 너무 짧습니다. 빠진 숫자가 없는지 확인하세요.',
  prefsDnTooLong: (country: string) =>
    country
      ? `${country} 번호로는 너무 깁니다. 불필요한 숫자가 없는지 확인하세요.`
      : '번호가 너무 깁니다. 불필요한 숫자가 없는지 확인하세요.',
  prefsDnInvalidLength: (country: string) =>
    country
      ? `${country}의 번호는 이 자릿수가 아닙니다. 번호를 확인하세요.`
      : '해당 국가/지역의 번호는 이 자릿수가 아닙니다. 번호를 확인하세요.',
  prefsDnInvalidNumber: (country: string) =>
    country
      ? `${country}에서 유효한 번호가 아닙니다. 지역 번호와 숫자를 확인하세요.`
      : '유효한 번호가 아닙니다. 지역 번호와 숫자를 확인하세요.',

  prefsMicPrompt: '브라우저에서 마이크 사용 권한을 요청하면 ‘허용’을 선택하세요.',
  prefsMicAllow: '지금 마이크 허용',
  prefsMicGranted: '마이크가 허용되었습니다.',
  prefsMicDeniedTitle: '브라우저에서 마이크를 차단하고 있습니다',
  prefsMicDenied: '이 사이트에 마이크를 허용하기 전까지는 상대방이 내 목소리를 들을 수 없습니다.',
  prefsMicStepsChrome:
    '주소 왼쪽의 아이콘(사이트 정보 보기)을 선택하고 마이크를 켠 다음 이 페이지를 새로고침하세요. 해당 항목이 없으면 사이트 설정 › 마이크 › 허용을 여세요.',
  prefsMicStepsEdge:
    '주소 왼쪽의 자물쇠 아이콘을 선택하고 ‘이 사이트에 대한 권한’을 연 다음 마이크를 ‘허용’으로 설정하고 이 페이지를 새로고침하세요.',
  prefsMicStepsFirefox:
    '주소 표시줄에서 줄이 그어진 마이크 아이콘을 선택하고 ‘마이크 사용’ 옆의 ‘차단됨’을 해제한 다음 이 페이지를 새로고침하세요.',
  prefsMicStepsSafari:
    'Safari › 이 웹 사이트에 대한 설정(또는 설정 › 웹 사이트 › 마이크)을 선택하고 이 사이트를 ‘허용’으로 설정한 다음 이 페이지를 새로고침하세요.',
  prefsMicStepsOther: '브라우저에서 이 사이트의 설정을 열고 마이크를 허용한 다음 이 페이지를 새로고침하세요.',
  prefsMicManaged: '여전히 차단되어 있나요? 조직에서 이 설정을 관리하고 있을 수 있습니다. 관리자에게 문의하세요.',
  prefsMicRecheck: '다시 확인',
};
