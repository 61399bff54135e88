import type { TeamTerms } from '../en/index.js';

/** בידוד שם צוות או טקסט חיפוש בכל כתב (FSI … PDI) כדי שלא ישנה את סדר המשפט סביבו. */
const isolate = (value: string) => `\u2068${value}\u2069`;

/** מונחים של <team-picker> (he). */
export const team: TeamTerms = {
  teamLabel: 'צוות',
  teamPlaceholder: 'חיפוש או בחירה של צוות',
  teamListLabel: 'צוותים',
  teamShowList: 'הצגת הצוותים',
  teamClear: 'ניקוי בחירת הצוות',
  teamNoMatch: (query: string) => `לא נמצא צוות התואם את "${isolate(query)}"`,
  teamNoMatchHint: 'יש לבדוק את האיות, או להקליד חלק משם הצוות.',
  teamResults: (count: number) => (count === 1 ? 'נמצא צוות אחד' : `נמצאו ${count.toLocaleString('he')} צוותים`),
  teamAvailable: (count: number) =>
    count === 1
      ? 'צוות אחד. אפשר לבחור בו בעזרת מקשי החצים.'
      : `${count.toLocaleString('he')} צוותים. אפשר להקליד כדי לחפש, או להשתמש במקשי החצים.`,
  teamNone: 'אינך חבר/ה באף צוות, ולכן עדיין אי אפשר להתחבר. יש לבקש ממנהל המערכת להוסיף אותך לצוות.',
  teamRequired: 'כדי להמשיך, יש לבחור צוות.',
};
