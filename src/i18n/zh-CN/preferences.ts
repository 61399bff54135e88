import type { PreferencesTerms } from '../en/index.js';

/** <interaction-preferences> 的术语（zh-CN）：“分机”“拨号号码”“国家/地区代码”。界面名称用“”标出。 */
export const preferences: PreferencesTerms = {
  handleCalls: '呼叫处理方式',
  prefsOptionBROWSER: '桌面',
  prefsOptionEXTENSION: '分机',
  prefsOptionAGENT_DN: '拨号号码',
  prefsOptionHintBROWSER: '呼叫将在此浏览器中振铃。请使用耳麦。',
  prefsOptionHintEXTENSION: '呼叫将在您的Webex Calling分机上振铃。',
  prefsOptionHintAGENT_DN: '呼叫将在您指定的电话号码上振铃。',
  prefsDigitalOnly: '您只处理数字渠道（聊天、电子邮件和消息），因此无需进行呼叫设置。',

  prefsExtensionLabel: '分机号',
  prefsExtensionHint: (min: number, max: number) => `仅限数字，${min}到${max}位。`,
  prefsExtensionListHint: '管理员为您设置的分机号。',
  prefsExtensionRestricted: '此分机号由管理员设置，无法更改。',
  prefsExtRequired: '请输入您的分机号。',
  prefsExtNotANumber: '分机号只能包含数字，不能包含字母、+或其他符号。',
  prefsExtTooShort: (min: number) => `分机号至少为${min}位。`,
  prefsExtTooLong: (max: number) => `分机号最多为${max}位。`,

  prefsDialNumberLabel: '拨号号码',
  prefsDialNumberListHint: '管理员为您设置的号码。',
  prefsDialNumberRestricted: '此号码由管理员设置，无法更改。',
  prefsInternational: '国际拨号格式',
  prefsCountryLabel: '国家/地区',
  prefsCountryChoose: '选择国家/地区',
  prefsCountrySearchLabel: '搜索国家/地区',
  prefsCountrySearchPlaceholder: '名称、代码或+86',
  prefsCountryOption: (name: string, callingCode: string) => `${name}（+${callingCode}）`,
  prefsCountryMatches: (count: number) => `找到${count}个匹配的国家/地区。`,
  prefsCountryNoMatch: (query: string) => `没有与“${query}”匹配的国家/地区。`,
  prefsCountriesLoading: '正在加载国家/地区…',
  prefsNationalHint: (country: string, callingCode: string) =>
    `请按在${country}境内拨打的方式输入号码；系统会自动添加+${callingCode}。`,
  prefsE164Hint: '请以+和国家/地区代码开头，例如+86 10 1234 5678。',
  prefsIddHint: (idd: string, country: string) =>
    `请以+和国家/地区代码开头，例如+86 10 1234 5678；也可以${idd}开头，这是从${country}拨打国际电话的前缀。`,
  prefsChecking: '正在检查号码格式…',
  prefsPhoneUnavailable: '无法加载号码检查功能。请输入带+和国家/地区代码的号码；您继续操作时，联络中心会进行检查。',
  prefsWillRing: (number: string) => `呼叫将在${number}上振铃。`,

  prefsDnRequired: '请输入接听呼叫的号码。',
  prefsDnNotANumber: '请仅使用数字。可以包含空格、连字符、句点、括号和开头的+，但不能包含字母和其他符号。',
  prefsDnMissingCountryCode: (idd: string) =>
    idd
      ? `请添加国家/地区代码：以+（或${idd}）开头，或者选中“国际拨号格式”并选择国家/地区。`
      : '请添加国家/地区代码：以+开头，或者选中“国际拨号格式”并选择国家/地区。',
  prefsDnInvalidCountry: '没有国家/地区使用此代码。请检查+或国际拨号前缀后面的数字。',
  prefsDnTooShort: (country: string) =>
    country ? `对于${country}来说，此号码太短。请检查是否缺少数字。` : '此号码太短。请检查是否缺少数字。',
  prefsDnTooLong: (country: string) =>
    country ? `对于${country}来说，此号码太长。请检查是否有多余的数字。` : '此号码太长。请检查是否有多余的数字。',
  prefsDnInvalidLength: (country: string) =>
    country ? `${country}的号码不是这个位数。请检查号码。` : '该国家/地区的号码不是这个位数。请检查号码。',
  prefsDnInvalidNumber: (country: string) =>
    country ? `此号码在${country}无效。请检查区号和数字。` : '此号码无效。请检查区号和数字。',

  prefsMicPrompt: '浏览器请求使用麦克风时，请选择“允许”。',
  prefsMicAllow: '立即允许使用麦克风',
  prefsMicGranted: '已允许使用麦克风。',
  prefsMicDeniedTitle: '浏览器已阻止麦克风',
  prefsMicDenied: '在您为此网站允许使用麦克风之前，来电者将听不到您的声音。',
  prefsMicStepsChrome:
    '选择地址左侧的图标（“查看网站信息”），开启“麦克风”，然后重新加载此页面。如果没有该选项，请打开“网站设置”›“麦克风”›“允许”。',
  prefsMicStepsEdge: '选择地址左侧的锁形图标，打开“此站点的权限”，将“麦克风”设置为“允许”，然后重新加载此页面。',
  prefsMicStepsFirefox: '选择地址栏中带斜线的麦克风图标，清除“使用麦克风”旁的“已阻止”，然后重新加载此页面。',
  prefsMicStepsSafari:
    '选择“Safari浏览器”›“此网站的设置”（或“设置”›“网站”›“麦克风”），将此网站设置为“允许”，然后重新加载此页面。',
  prefsMicStepsOther: '在浏览器中打开此网站的设置，允许使用麦克风，然后重新加载此页面。',
  prefsMicManaged: '仍然被阻止？此设置可能由您的组织管理，请联系管理员。',
  prefsMicRecheck: '重新检查',
};
