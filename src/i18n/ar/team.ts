import type { TeamTerms } from '../en/index.js';

/** عزل اسم فريق أو نص بحث بأي كتابة (FSI … PDI) كي لا يغيّر ترتيب الجملة من حوله. */
const isolate = (value: string) => `\u2068${value}\u2069`;
const plural = new Intl.PluralRules('ar');
/** أرقام لاتينية، كما في أرقام الهواتف في الواجهة. */
const n = (count: number) => count.toLocaleString('ar-u-nu-latn');

/** مصطلحات <team-picker> (ar)، بصيغ الجمع العربية الست. */
export const team: TeamTerms = {
  teamLabel: 'الفريق',
  teamPlaceholder: 'ابحث عن فريق أو اختره',
  teamListLabel: 'الفرق',
  teamShowList: 'عرض الفرق',
  teamClear: 'مسح الفريق المحدد',
  teamNoMatch: (query: string) => `لا يوجد فريق يطابق «${isolate(query)}»`,
  teamNoMatchHint: 'تحقّق من الإملاء، أو اكتب جزءًا من اسم الفريق.',
  teamResults: (count: number) => {
    switch (plural.select(count)) {
      case 'zero':
        return 'لم يتم العثور على أي فريق';
      case 'one':
        return 'تم العثور على فريق واحد';
      case 'two':
        return 'تم العثور على فريقين';
      case 'few':
        return `تم العثور على ${n(count)} فرق`;
      case 'many':
        return `تم العثور على ${n(count)} فريقًا`;
      default:
        return `تم العثور على ${n(count)} فريق`;
    }
  },
  teamAvailable: (count: number) => {
    const hint = 'اكتب للبحث، أو استخدم مفاتيح الأسهم.';
    switch (plural.select(count)) {
      case 'zero':
        return 'لا توجد فرق.';
      case 'one':
        return 'فريق واحد. استخدم مفاتيح الأسهم لاختياره.';
      case 'two':
        return `فريقان. ${hint}`;
      case 'few':
        return `${n(count)} فرق. ${hint}`;
      case 'many':
        return `${n(count)} فريقًا. ${hint}`;
      default:
        return `${n(count)} فريق. ${hint}`;
    }
  },
  teamNone: 'لست عضوًا في أي فريق، لذا لا يمكنك تسجيل الدخول بعد. اطلب من المسؤول إضافتك إلى فريق.',
  teamRequired: 'اختر فريقًا للمتابعة.',
};
