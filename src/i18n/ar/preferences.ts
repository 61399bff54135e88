import type { PreferencesTerms } from '../en/index.js';

/** عزل أرقام الهواتف ورموز الدول (LRI … PDI) كي لا ينقلب ترتيبها داخل النص العربي. */
const ltr = (value: string) => `\u2066${value}\u2069`;
/** عزل اسم أو نص بحث بأي كتابة (FSI … PDI) كي لا يغيّر ترتيب الجملة من حوله. */
const isolate = (value: string) => `\u2068${value}\u2069`;
const plural = new Intl.PluralRules('ar');
const EXAMPLE = ltr('+966 11 234 5678');

/** مصطلحات <interaction-preferences> (ar): «الرقم الداخلي»، «رقم الاتصال»، «رمز الدولة». */
export const preferences: PreferencesTerms = {
  handleCalls: 'تلقّي المكالمات',
  prefsOptionBROWSER: 'سطح المكتب',
  prefsOptionEXTENSION: 'الرقم الداخلي',
  prefsOptionAGENT_DN: 'رقم الاتصال',
  prefsOptionHintBROWSER: 'ترنّ المكالمات في هذا المتصفح. استخدم سماعة رأس.',
  prefsOptionHintEXTENSION: 'ترنّ المكالمات على رقمك الداخلي في Webex Calling.',
  prefsOptionHintAGENT_DN: 'ترنّ المكالمات على رقم هاتف تختاره.',
  prefsDigitalOnly:
    'أنت تتعامل مع القنوات الرقمية فقط (الدردشة والبريد الإلكتروني والرسائل)، لذا لا يلزم إعداد أي شيء للمكالمات.',

  prefsExtensionLabel: 'الرقم الداخلي',
  prefsExtensionHint: (min: number, max: number) => `أرقام فقط، وعدد الخانات من ${min} إلى ${max}.`,
  prefsExtensionListHint: 'الأرقام الداخلية التي أعدّها المسؤول لك.',
  prefsExtensionRestricted: 'حدّد المسؤول هذا الرقم الداخلي، لذا لا يمكن تغييره.',
  prefsExtRequired: 'أدخل رقمك الداخلي.',
  prefsExtNotANumber: 'يتكوّن الرقم الداخلي من أرقام فقط، بلا حروف أو علامة + أو رموز أخرى.',
  prefsExtTooShort: (min: number) => `يجب ألا يقل عدد خانات الرقم الداخلي عن ${min}.`,
  prefsExtTooLong: (max: number) => `يجب ألا يزيد عدد خانات الرقم الداخلي على ${max}.`,

  prefsDialNumberLabel: 'رقم الاتصال',
  prefsDialNumberListHint: 'الأرقام التي أعدّها المسؤول لك.',
  prefsDialNumberRestricted: 'حدّد المسؤول هذا الرقم، لذا لا يمكن تغييره.',
  prefsInternational: 'تنسيق الاتصال الدولي',
  prefsCountryLabel: 'الدولة',
  prefsCountryChoose: 'اختر دولة',
  prefsCountrySearchLabel: 'البحث عن دولة',
  prefsCountrySearchPlaceholder: `الاسم أو الرمز أو ${ltr('+966')}`,
  // The name starts the option: no isolate before it, so typing a letter still selects it in a <select>.
  prefsCountryOption: (name: string, callingCode: string) => `${name} (${ltr(`+${callingCode}`)})`,
  prefsCountryMatches: (count: number) => {
    switch (plural.select(count)) {
      case 'zero':
        return 'لا توجد دول مطابقة.';
      case 'one':
        return 'دولة واحدة مطابقة.';
      case 'two':
        return 'دولتان مطابقتان.';
      case 'few':
        return `${count} دول مطابقة.`;
      default:
        return `${count} دولة مطابقة.`;
    }
  },
  prefsCountryNoMatch: (query: string) => `لا توجد دولة تطابق «${isolate(query)}».`,
  prefsCountriesLoading: 'جارٍ تحميل الدول…',
  prefsNationalHint: (country: string, callingCode: string) =>
    `اكتب الرقم كما تطلبه داخل الدولة (${isolate(country)})؛ تُضاف ${ltr(`+${callingCode}`)} تلقائيًا.`,
  prefsE164Hint: `ابدأ بعلامة + ورمز الدولة، مثل ${EXAMPLE}.`,
  prefsIddHint: (idd: string, country: string) =>
    `ابدأ بعلامة + ورمز الدولة، مثل ${EXAMPLE}، أو ببادئة الاتصال الدولي ${ltr(idd)} المستخدمة في ${isolate(country)}.`,
  prefsChecking: 'جارٍ التحقق من تنسيق الرقم…',
  prefsPhoneUnavailable:
    'تعذّر تحميل أداة التحقق من الأرقام. أدخل الرقم مع علامة + ورمز الدولة، وسيتحقق منه مركز الاتصال عند المتابعة.',
  prefsWillRing: (number: string) => `سترنّ المكالمات على الرقم ${ltr(number)}.`,

  prefsDnRequired: 'أدخل الرقم الذي يجب أن ترنّ عليه المكالمات.',
  prefsDnNotANumber:
    'استخدم الأرقام فقط. يُسمح بالمسافات والشرطات والنقاط والأقواس وعلامة + في البداية، ولا يُسمح بالحروف والرموز الأخرى.',
  prefsDnMissingCountryCode: (idd: string) =>
    idd
      ? `أضف رمز الدولة: ابدأ بعلامة + (أو ${ltr(idd)})، أو حدّد «تنسيق الاتصال الدولي» واختر الدولة.`
      : 'أضف رمز الدولة: ابدأ بعلامة +، أو حدّد «تنسيق الاتصال الدولي» واختر الدولة.',
  prefsDnInvalidCountry: 'لا توجد دولة تستخدم رمز الدولة هذا. تحقّق من الأرقام بعد علامة + أو بعد بادئة الاتصال الدولي.',
  prefsDnTooShort: (country: string) =>
    country
      ? `هذا الرقم قصير جدًا بالنسبة إلى ${isolate(country)}. تحقّق من عدم نقص أي أرقام.`
      : 'هذا الرقم قصير جدًا. تحقّق من عدم نقص أي أرقام.',
  prefsDnTooLong: (country: string) =>
    country
      ? `هذا الرقم طويل جدًا بالنسبة إلى ${isolate(country)}. تحقّق من عدم وجود أرقام زائدة.`
      : 'هذا الرقم طويل جدًا. تحقّق من عدم وجود أرقام زائدة.',
  prefsDnInvalidLength: (country: string) =>
    country
      ? `لا تتكوّن الأرقام في ${isolate(country)} من هذا العدد من الخانات. تحقّق من الرقم.`
      : 'لا تتكوّن الأرقام في تلك الدولة من هذا العدد من الخانات. تحقّق من الرقم.',
  prefsDnInvalidNumber: (country: string) =>
    country
      ? `هذا الرقم غير صالح في ${isolate(country)}. تحقّق من رمز المنطقة والأرقام.`
      : 'هذا الرقم غير صالح. تحقّق من رمز المنطقة والأرقام.',

  prefsMicPrompt: 'عندما يطلب المتصفح استخدام الميكروفون، اختر «السماح».',
  prefsMicAllow: 'السماح بالميكروفون الآن',
  prefsMicGranted: 'تم السماح بالميكروفون.',
  prefsMicDeniedTitle: 'المتصفح يحظر الميكروفون',
  prefsMicDenied: 'لن يسمعك المتصلون حتى تسمح بالميكروفون لهذا الموقع.',
  prefsMicStepsChrome:
    'اختر الرمز الموجود بجانب العنوان (عرض معلومات الموقع)، وفعّل «الميكروفون»، ثم أعد تحميل هذه الصفحة. إذا لم يظهر الخيار، فافتح إعدادات الموقع › الميكروفون › السماح.',
  prefsMicStepsEdge:
    'اختر رمز القفل بجانب العنوان، وافتح «أذونات هذا الموقع»، واضبط «الميكروفون» على «السماح»، ثم أعد تحميل هذه الصفحة.',
  prefsMicStepsFirefox:
    'اختر رمز الميكروفون المشطوب في شريط العنوان، وأزل «محجوب» بجانب «استخدام الميكروفون»، ثم أعد تحميل هذه الصفحة.',
  prefsMicStepsSafari:
    'اختر Safari › إعدادات موقع الويب هذا (أو الإعدادات › مواقع الويب › الميكروفون)، واضبط هذا الموقع على «السماح»، ثم أعد تحميل هذه الصفحة.',
  prefsMicStepsOther: 'افتح إعدادات هذا الموقع في المتصفح، واسمح بالميكروفون، ثم أعد تحميل هذه الصفحة.',
  prefsMicManaged: 'هل لا يزال محظورًا؟ قد تدير مؤسستك هذا الإعداد، لذا تواصل مع المسؤول.',
  prefsMicRecheck: 'التحقق مرة أخرى',
};
