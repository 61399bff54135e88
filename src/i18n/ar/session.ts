import type { SessionTerms } from '../en/index.js';

/** عزل اختصار لوحة المفاتيح (LRI … PDI) كي لا ينقلب داخل النص العربي. */
const ltr = (value: string) => `\u2066${value}\u2069`;
/** عزل اسم بأي كتابة، مثل Microsoft Teams (FSI … PDI). */
const isolate = (value: string) => `\u2068${value}\u2069`;

/** مصطلحات <session-banner> (ar). */
export const session: SessionTerms = {
  bannerRegion: 'رسائل الجلسة',
  bannerSeverityError: 'خطأ:',
  bannerSeverityWarning: 'تحذير:',
  bannerSeverityInfo: 'معلومات:',
  bannerSeveritySuccess: 'تم:',

  bannerMultiSessionTitle: 'أنت مسجّل الدخول في مكان آخر',
  bannerMultiSessionText:
    'لا يمكنك تسجيل الدخول إلى مركز الاتصال في عدة متصفحات أو علامات تبويب في الوقت نفسه. اختر «متابعة» لاستخدامه في هذه النافذة، وستنتهي الجلسة الأخرى.',
  bannerMultiSessionBusy: 'إذا اخترت «متابعة» أثناء مكالمة، فستستغرق عناصر التحكم في المكالمة بضع ثوانٍ حتى يتم تحميلها.',
  bannerContinue: 'متابعة',

  bannerDegradedTitle: 'بعض الميزات غير متاحة',
  bannerDegradedFeatures: 'غير متاحة حاليًا:',
  bannerDegradedText: 'بعد أن يحل المسؤول المشكلة، أعد تحميل المتصفح لاستعادة جميع الميزات.',

  bannerSessionExpiredTitle: 'انتهت صلاحية جلستك',
  bannerSessionExpiredText: 'حرصًا على أمانك، تم تسجيل خروجك. سجّل الدخول مرة أخرى للمتابعة.',

  bannerConnectionLostTitle: 'انقطع الاتصال',
  bannerConnectionLostText:
    'إذا تعذّرت استعادة جلستك بسبب انقطاع الاتصال أو انتهاء صلاحية الجلسة أو مشكلة في تخزين هذا المتصفح، فأعد تحميل المتصفح لتحديثها.',

  bannerRonaTitle: 'لم يتم الرد على مكالمة',
  bannerRonaText:
    'وُجّهت إليك مكالمة ولم يتم الرد عليها، فانتقلت إلى وكيل آخر. إذا لم تتمكن من تلقّي المكالمات، فتواصل مع المسؤول وشارك معه معرّف التتبع.',

  bannerMicrophoneTitle: 'المتصفح يحظر الميكروفون',
  bannerMicrophoneText: 'تحتاج المكالمات على سطح المكتب إلى الميكروفون.',
  bannerMicrophoneChrome: 'في Chrome، اختر رمز إعدادات الموقع بجانب العنوان، وفعّل «الميكروفون»، ثم أعد تحميل الصفحة.',
  bannerMicrophoneEdge:
    'في Edge، اختر رمز القفل بجانب العنوان، ثم «أذونات هذا الموقع»، واضبط «الميكروفون» على «السماح»، ثم أعد تحميل الصفحة.',
  bannerMicrophoneFirefox:
    'في Firefox، اختر رمز الأذونات بجانب العنوان، وأزل «محجوب مؤقتًا» أو «محجوب» بجانب الميكروفون، ثم أعد تحميل الصفحة.',
  bannerMicrophoneSafari: 'في Safari، اختر Safari › إعدادات موقع الويب هذا، واضبط «الميكروفون» على «السماح»، ثم أعد تحميل الصفحة.',
  bannerMicrophoneOther:
    'اسمح بالميكروفون لهذا الموقع من إعدادات المتصفح، ثم أعد تحميل الصفحة. إذا تعذّر عليك ذلك، فتواصل مع المسؤول.',

  bannerCollaborationTitle: (label: string) => `تعذّر تسجيل الدخول إلى ${isolate(label)}`,
  bannerCollaborationTitleGeneric: 'تعذّر تسجيل الدخول إلى إحدى أدوات التعاون',
  bannerCollaborationText: 'يمكنك مواصلة العمل، وتسجيل الدخول إليها لاحقًا من إعدادات الملف الشخصي.',

  bannerPreferencesTitle: 'لم يتم حفظ تفضيلاتك',
  bannerPreferencesText: 'تعذّر على هذا المتصفح تخزينها، لذا سيُطلب منك إدخالها مرة أخرى عند تسجيل الدخول في المرة القادمة.',

  bannerTrackingId: 'معرّف التتبع',
  bannerCopyLabel: 'نسخ معرّف التتبع',
  bannerCopied: 'تم النسخ: معرّف التتبع',
  bannerCopyFailed: `تعذّر النسخ تلقائيًا. المعرّف محدّد: اضغط على ${ltr('Ctrl+C')} (أو ${ltr('⌘C')} على Mac) لنسخه.`,
  bannerDismissLabel: (title: string) => `إغلاق: ${isolate(title)}`,
};
