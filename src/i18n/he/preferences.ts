import type { PreferencesTerms } from '../en/index.js';

/** בידוד מספרי טלפון וקידומות (LRI … PDI) כדי שסדר הספרות לא יתהפך בתוך טקסט עברי. */
const ltr = (value: string) => `\u2066${value}\u2069`;
/** בידוד שם או טקסט חיפוש בכל כתב (FSI … PDI) כדי שלא ישנה את סדר המשפט סביבו. */
const isolate = (value: string) => `\u2068${value}\u2069`;
const EXAMPLE = ltr('+972 3 123 4567');

/** מונחים של <interaction-preferences> (he): "שלוחה", "מספר חיוג", "קידומת המדינה". */
export const preferences: PreferencesTerms = {
  handleCalls: 'קבלת שיחות',
  prefsOptionBROWSER: 'שולחן עבודה',
  prefsOptionEXTENSION: 'שלוחה',
  prefsOptionAGENT_DN: 'מספר חיוג',
  prefsOptionHintBROWSER: 'השיחות יצלצלו בדפדפן הזה. מומלץ להשתמש באוזניות.',
  prefsOptionHintEXTENSION: 'השיחות יצלצלו בשלוחת Webex Calling שלך.',
  prefsOptionHintAGENT_DN: 'השיחות יצלצלו במספר טלפון לבחירתך.',
  prefsDigitalOnly: 'הטיפול שלך הוא בערוצים דיגיטליים בלבד (צ׳אט, דוא״ל והודעות), ולכן אין צורך בהגדרות לשיחות.',

  prefsExtensionLabel: 'שלוחה',
  prefsExtensionHint: (min: number, max: number) => `ספרות בלבד, ${min} עד ${max}.`,
  prefsExtensionListHint: 'שלוחות שמנהל המערכת הגדיר עבורך.',
  prefsExtensionRestricted: 'מנהל המערכת הגדיר את השלוחה הזו, ולכן אי אפשר לשנות אותה.',
  prefsExtRequired: 'יש להזין את מספר השלוחה.',
  prefsExtNotANumber: 'שלוחה מורכבת מספרות בלבד, ללא אותיות, + או סימנים אחרים.',
  prefsExtTooShort: (min: number) => `שלוחה מורכבת מ־${min} ספרות לפחות.`,
  prefsExtTooLong: (max: number) => `שלוחה מורכבת מ־${max} ספרות לכל היותר.`,

  prefsDialNumberLabel: 'מספר חיוג',
  prefsDialNumberListHint: 'מספרים שמנהל המערכת הגדיר עבורך.',
  prefsDialNumberRestricted: 'מנהל המערכת הגדיר את המספר הזה, ולכן אי אפשר לשנות אותו.',
  prefsInternational: 'פורמט חיוג בינלאומי',
  prefsCountryLabel: 'מדינה',
  prefsCountryChoose: 'בחירת מדינה',
  prefsCountrySearchLabel: 'חיפוש מדינה',
  prefsCountrySearchPlaceholder: `שם, קוד או ${ltr('+972')}`,
  // The name starts the option: no isolate before it, so typing a letter still selects it in a <select>.
  prefsCountryOption: (name: string, callingCode: string) => `${name} (${ltr(`+${callingCode}`)})`,
  prefsCountryMatches: (count: number) => (count === 1 ? 'נמצאה מדינה אחת תואמת.' : `נמצאו ${count} מדינות תואמות.`),
  prefsCountryNoMatch: (query: string) => `לא נמצאה מדינה התואמת את "${isolate(query)}".`,
  prefsCountriesLoading: 'רשימת המדינות נטענת…',
  prefsNationalHint: (country: string, callingCode: string) =>
    `יש להקליד את המספר כפי שמחייגים אותו בתוך המדינה (${isolate(country)}); הקידומת ${ltr(`+${callingCode}`)} תתווסף אוטומטית.`,
  prefsE164Hint: `יש להתחיל בסימן + ובקידומת המדינה, לדוגמה ${EXAMPLE}.`,
  prefsIddHint: (idd: string, country: string) =>
    `יש להתחיל בסימן + ובקידומת המדינה, לדוגמה ${EXAMPLE}, או בקידומת החיוג הבינלאומי ${ltr(idd)} (${isolate(country)}).`,
  prefsChecking: 'בודקים את פורמט המספר…',
  prefsPhoneUnavailable:
    'לא ניתן היה לטעון את בדיקת המספרים. יש להזין את המספר עם סימן + וקידומת המדינה; מרכז הקשר יבדוק אותו בשלב הבא.',
  prefsWillRing: (number: string) => `השיחות יצלצלו במספר ${ltr(number)}.`,

  prefsDnRequired: 'יש להזין את המספר שבו השיחות יצלצלו.',
  prefsDnNotANumber:
    'יש להשתמש בספרות בלבד. מותר להשתמש ברווחים, מקפים, נקודות, סוגריים וסימן + בהתחלה; אסור להשתמש באותיות ובסימנים אחרים.',
  prefsDnMissingCountryCode: (idd: string) =>
    idd
      ? `יש להוסיף את קידומת המדינה: להתחיל בסימן + (או ב־${ltr(idd)}), או לסמן "פורמט חיוג בינלאומי" ולבחור את המדינה.`
      : 'יש להוסיף את קידומת המדינה: להתחיל בסימן +, או לסמן "פורמט חיוג בינלאומי" ולבחור את המדינה.',
  prefsDnInvalidCountry: 'אין מדינה שמשתמשת בקידומת הזו. יש לבדוק את הספרות שאחרי סימן ה־+ או אחרי קידומת החיוג הבינלאומי.',
  prefsDnTooShort: (country: string) =>
    country
      ? `המספר קצר מדי עבור ${isolate(country)}. יש לבדוק אם חסרות ספרות.`
      : 'המספר קצר מדי. יש לבדוק אם חסרות ספרות.',
  prefsDnTooLong: (country: string) =>
    country
      ? `המספר ארוך מדי עבור ${isolate(country)}. יש לבדוק אם יש ספרות מיותרות.`
      : 'המספר ארוך מדי. יש לבדוק אם יש ספרות מיותרות.',
  prefsDnInvalidLength: (country: string) =>
    country
      ? `מספרי טלפון במדינה (${isolate(country)}) אינם באורך הזה. יש לבדוק את המספר.`
      : 'מספרי טלפון במדינה הזו אינם באורך הזה. יש לבדוק את המספר.',
  prefsDnInvalidNumber: (country: string) =>
    country
      ? `המספר אינו תקין במדינה (${isolate(country)}). יש לבדוק את קידומת האזור ואת הספרות.`
      : 'המספר אינו תקין. יש לבדוק את קידומת האזור ואת הספרות.',

  prefsMicPrompt: 'כשהדפדפן יבקש גישה למיקרופון, יש לאשר אותה.',
  prefsMicAllow: 'מתן גישה למיקרופון עכשיו',
  prefsMicGranted: 'הגישה למיקרופון אושרה.',
  prefsMicDeniedTitle: 'הדפדפן חוסם את המיקרופון',
  prefsMicDenied: 'המתקשרים לא ישמעו אותך עד שתינתן לאתר הזה גישה למיקרופון.',
  prefsMicStepsChrome:
    'יש לבחור את הסמל שליד הכתובת (הצגת פרטי האתר), להפעיל את "מיקרופון" ולטעון מחדש את הדף. אם האפשרות לא מופיעה, יש לפתוח את הגדרות אתר › מיקרופון › לאפשר.',
  prefsMicStepsEdge:
    'יש לבחור את סמל המנעול שליד הכתובת, לפתוח את "הרשאות עבור אתר זה", להגדיר את "מיקרופון" ל"לאפשר" ולטעון מחדש את הדף.',
  prefsMicStepsFirefox:
    'יש לבחור את סמל המיקרופון המחוק בשורת הכתובת, להסיר את "חסום" ליד "שימוש במיקרופון" ולטעון מחדש את הדף.',
  prefsMicStepsSafari:
    'יש לבחור Safari › הגדרות עבור אתר זה (או הגדרות › אתרים › מיקרופון), להגדיר את האתר הזה ל"אפשר" ולטעון מחדש את הדף.',
  prefsMicStepsOther: 'יש לפתוח את הגדרות האתר הזה בדפדפן, לאפשר את המיקרופון ולטעון מחדש את הדף.',
  prefsMicManaged: 'עדיין חסום? ייתכן שהארגון שלך מנהל את ההגדרה הזו. יש לפנות למנהל המערכת.',
  prefsMicRecheck: 'בדיקה חוזרת',
};
