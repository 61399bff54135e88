import type { SessionTerms } from '../en/index.js';

/** בידוד קיצור מקלדת (LRI … PDI) כדי שלא יתהפך בתוך טקסט עברי. */
const ltr = (value: string) => `\u2066${value}\u2069`;
/** בידוד שם בכל כתב, למשל Microsoft Teams (FSI … PDI). */
const isolate = (value: string) => `\u2068${value}\u2069`;

/** מונחים של <session-banner> (he). */
export const session: SessionTerms = {
  bannerRegion: 'הודעות הפעלה',
  bannerSeverityError: 'שגיאה:',
  bannerSeverityWarning: 'אזהרה:',
  bannerSeverityInfo: 'מידע:',
  bannerSeveritySuccess: 'בוצע:',

  bannerMultiSessionTitle: 'התחברת במקום אחר',
  bannerMultiSessionText:
    'אי אפשר להיות מחובר/ת למרכז הקשר בכמה דפדפנים או כרטיסיות בו־זמנית. יש לבחור "המשך" כדי להשתמש בו בחלון הזה; ההפעלה בחלון האחר תיפסק.',
  bannerMultiSessionBusy: 'אם בוחרים "המשך" במהלך שיחה, טעינת פקדי השיחה תימשך כמה שניות.',
  bannerContinue: 'המשך',

  bannerDegradedTitle: 'חלק מהתכונות אינן זמינות',
  bannerDegradedFeatures: 'לא זמינות כרגע:',
  bannerDegradedText: 'אחרי שמנהל המערכת יפתור את הבעיה, יש לטעון מחדש את הדפדפן כדי לקבל בחזרה את כל התכונות.',

  bannerSessionExpiredTitle: 'תוקף ההפעלה פג',
  bannerSessionExpiredText: 'לשמירה על אבטחתך, נותקת מהמערכת. יש להתחבר מחדש כדי להמשיך.',

  bannerConnectionLostTitle: 'החיבור אבד',
  bannerConnectionLostText:
    'אם אי אפשר לשחזר את ההפעלה בגלל תקלה בחיבור, הפעלה שתוקפה פג או בעיה באחסון של הדפדפן הזה, יש לטעון מחדש את הדפדפן כדי לרענן אותה.',

  bannerRonaTitle: 'שיחה לא נענתה',
  bannerRonaText:
    'שיחה הועברה אליך ולא נענתה, ולכן היא עברה לנציג אחר. אם אין באפשרותך לקבל שיחות, יש לפנות למנהל המערכת ולמסור לו את מזהה המעקב.',

  bannerMicrophoneTitle: 'הדפדפן חוסם את המיקרופון',
  bannerMicrophoneText: 'שיחות בשולחן העבודה דורשות מיקרופון.',
  bannerMicrophoneChrome: 'ב־Chrome, יש לבחור את סמל הגדרות האתר שליד הכתובת, להפעיל את "מיקרופון" ולטעון מחדש את הדף.',
  bannerMicrophoneEdge:
    'ב־Edge, יש לבחור את סמל המנעול שליד הכתובת, לבחור "הרשאות עבור אתר זה", להגדיר את "מיקרופון" ל"לאפשר" ולטעון מחדש את הדף.',
  bannerMicrophoneFirefox:
    'ב־Firefox, יש לבחור את סמל ההרשאות שליד הכתובת, להסיר את "חסום זמנית" או "חסום" ליד המיקרופון ולטעון מחדש את הדף.',
  bannerMicrophoneSafari: 'ב־Safari, יש לבחור Safari › הגדרות עבור אתר זה, להגדיר את "מיקרופון" ל"אפשר" ולטעון מחדש את הדף.',
  bannerMicrophoneOther:
    'יש לאפשר את המיקרופון לאתר הזה בהגדרות הדפדפן ולטעון מחדש את הדף. אם אין באפשרותך לעשות זאת, יש לפנות למנהל המערכת.',

  bannerCollaborationTitle: (label: string) => `ההתחברות ל־${isolate(label)} נכשלה`,
  bannerCollaborationTitleGeneric: 'ההתחברות לאחד מכלי שיתוף הפעולה נכשלה',
  bannerCollaborationText: 'אפשר להמשיך לעבוד ולהתחבר אליו מאוחר יותר מהגדרות הפרופיל.',

  bannerPreferencesTitle: 'ההעדפות שלך לא נשמרו',
  bannerPreferencesText: 'הדפדפן הזה לא הצליח לשמור אותן, ולכן יהיה צורך להזין אותן שוב בהתחברות הבאה.',

  bannerTrackingId: 'מזהה מעקב',
  bannerCopyLabel: 'העתקה של מזהה המעקב',
  bannerCopied: 'מזהה המעקב הועתק',
  bannerCopyFailed: `לא ניתן היה להעתיק באופן אוטומטי. המזהה מסומן: יש להקיש ${ltr('Ctrl+C')} (${ltr('⌘C')} ב־Mac) כדי להעתיק אותו.`,
  bannerDismissLabel: (title: string) => `סגירה: ${isolate(title)}`,
};
