import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en/index.js';
import {
  SOURCE_LOCALE,
  SUPPORTED_LOCALES,
  directionOf,
  loadTerms,
  matchLocale,
  type Locale,
  type TermKey,
  type Terms,
} from '../../src/i18n/terms.js';

const sentinels = ['⟦a⟧', '⟦b⟧', '⟦c⟧', '⟦d⟧'];
const LRI = '\u2066';
const PDI = '\u2069';
const RTL_LOCALES: readonly Locale[] = ['ar', 'he'];
const keys = Object.keys(en) as TermKey[];
const others = SUPPORTED_LOCALES.filter((l) => l !== SOURCE_LOCALE);

/** A term as an agent reads it: placeholders filled with sentinels. */
function render(terms: Terms, key: TermKey): string {
  const term = terms[key] as unknown;
  if (typeof term !== 'function') return String(term);
  return String(term(...sentinels.slice(0, (en[key] as (...a: never[]) => string).length)));
}

async function rendered(locale: Locale): Promise<Map<TermKey, string>> {
  const terms = await loadTerms(locale);
  return new Map(keys.map((k) => [k, render(terms, k)]));
}

describe('matchLocale', () => {
  const cases: [string | null, string][] = [
    ['pt-BR', 'pt-BR'],
    ['pt-br', 'pt-BR'],
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['pt_BR', 'pt-BR'],
    ['en-GB', 'en'],
    ['es', 'es'],
    ['es-ES', 'es'],
    ['es-419', 'es'],
    ['es_MX', 'es'],
    ['fr', 'fr'],
    ['fr-CA', 'fr'],
    ['fr-BE', 'fr'],
    ['de', 'de'],
    ['de-AT', 'de'],
    ['de-CH', 'de'],
    ['it', 'it'],
    ['it-CH', 'it'],
    ['nl', 'nl'],
    ['nl-BE', 'nl'],
    ['ja', 'ja'],
    ['ja-JP', 'ja'],
    ['zh-CN', 'zh-CN'],
    ['zh-cn', 'zh-CN'],
    ['zh_CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh_Hans_SG', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['ko', 'ko'],
    ['ko-KR', 'ko'],
    ['ar', 'ar'],
    ['ar-SA', 'ar'],
    ['ar-EG', 'ar'],
    ['he', 'he'],
    ['he-IL', 'he'],
    ['iw', 'he'],
    ['iw-IL', 'he'],
    [' fr-FR ', 'fr'],
    ['xx', 'en'],
    ['constructor', 'en'],
    ['', 'en'],
    [null, 'en'],
  ];
  for (const [tag, locale] of cases) it(`maps ${String(tag)} to ${locale}`, () => expect(matchLocale(tag)).to.equal(locale));

  it('maps every supported locale to itself', () => {
    for (const locale of SUPPORTED_LOCALES) expect(matchLocale(locale)).to.equal(locale);
  });
});

describe('directionOf', () => {
  it('knows right-to-left languages', () => {
    expect(directionOf('ar')).to.equal('rtl');
    expect(directionOf('he-IL')).to.equal('rtl');
    expect(directionOf('iw')).to.equal('rtl');
    expect(directionOf('pt-BR')).to.equal('ltr');
  });

  it('reports rtl for Arabic and Hebrew and ltr for every other supported locale', () => {
    for (const locale of SUPPORTED_LOCALES) {
      expect(directionOf(locale), locale).to.equal(RTL_LOCALES.includes(locale) ? 'rtl' : 'ltr');
    }
  });
});

describe('every locale', () => {
  for (const locale of SUPPORTED_LOCALES) {
    it(`${locale} has every term of the source, with the same placeholders`, async () => {
      const terms: Terms = await loadTerms(locale);
      expect(Object.keys(terms).sort()).to.deep.equal(Object.keys(en).sort());
      for (const key of keys) {
        const source = en[key] as unknown;
        const term = terms[key] as unknown;
        expect(typeof term, key).to.equal(typeof source);
        if (typeof source === 'function' && typeof term === 'function') {
          expect(term.length, `${key} arity`).to.equal(source.length);
          const args = sentinels.slice(0, source.length);
          const out = String(term(...args));
          for (const a of args) expect(out, `${locale}.${key} uses ${a}`).to.contain(a);
        } else {
          expect(String(term).trim(), `${locale}.${key}`).not.to.equal('');
        }
      }
    });
  }

  for (const locale of SUPPORTED_LOCALES) {
    it(`${locale} puts each button's visible words in its accessible name (WCAG 2.5.3 label in name)`, async () => {
      const terms: Terms = await loadTerms(locale);
      const pairs: [TermKey, TermKey][] = [
        ['copy', 'bannerCopyLabel'],
        ['copied', 'bannerCopied'],
        ['loginShow', 'loginShowPassword'],
        ['loginHide', 'loginHidePassword'],
      ];
      for (const [visible, name] of pairs) {
        expect(render(terms, name).toLocaleLowerCase(locale), `${locale}.${name} contains ${locale}.${visible}`).to.contain(render(terms, visible).toLocaleLowerCase(locale));
      }
    });
  }

  it('loads each locale from its own catalogue', async () => {
    const catalogues = await Promise.all(SUPPORTED_LOCALES.map((l) => loadTerms(l)));
    expect(new Set(catalogues).size).to.equal(SUPPORTED_LOCALES.length);
    expect(new Set(catalogues.map((t) => t.loginSignIn)).size).to.equal(SUPPORTED_LOCALES.length);
  });
});

describe('translation coverage', () => {
  // Terms that are legitimately the same as English in some language: product words ("Desktop",
  // "Team", "Password" in de/it/nl), "Contact Center" (de, pt-BR), "Email" (pt-BR), "Error:" (es) and
  // a template without words.
  const SAME_AS_ENGLISH = new Set<TermKey>([
    'loginBrand',
    'loginEmailLabel',
    'loginPasswordLabel',
    'loginTeam',
    'teamLabel',
    'teamListLabel',
    'loginOptionBrowser',
    'prefsOptionBROWSER',
    'prefsCountryOption',
    'bannerSeverityError',
  ]);
  const MAX_SHARE = 0.15;

  for (const locale of others) {
    it(`${locale} is translated: at most ${MAX_SHARE * 100} % of its terms read as in English`, async () => {
      const [source, target] = await Promise.all([rendered(SOURCE_LOCALE), rendered(locale)]);
      const checked = keys.filter((k) => !SAME_AS_ENGLISH.has(k));
      const same = checked.filter((k) => target.get(k) === source.get(k));
      expect(same.length / checked.length, `same as English: ${same.join(', ')}`).to.be.at.most(MAX_SHARE);
    });
  }

  it('keeps the allow-list small enough that a copied catalogue fails', () => {
    const copied = keys.filter((k) => !SAME_AS_ENGLISH.has(k)).length;
    expect(copied / keys.length).to.be.greaterThan(MAX_SHARE);
  });
});

describe('right-to-left locales', () => {
  // Values that read left to right inside Arabic or Hebrew text: wrapped in LRI … PDI so a phone
  // number, an email or a shortcut keeps its order (issue 9).
  const LTR_VALUES: [TermKey, number, string][] = [
    ['trackingId', 0, '⟦a⟧'],
    ['loginShortcutHint', 0, '⟦a⟧'],
    ['loginResetIntro', 0, '⟦a⟧'],
    ['loginCodeSent', 0, '⟦a⟧'],
    ['prefsWillRing', 0, '⟦a⟧'],
    ['prefsIddHint', 0, '⟦a⟧'],
    ['prefsDnMissingCountryCode', 0, '⟦a⟧'],
    ['prefsCountryOption', 1, '+⟦b⟧'],
    ['prefsNationalHint', 1, '+⟦b⟧'],
  ];
  for (const locale of RTL_LOCALES) {
    for (const [key, , value] of LTR_VALUES) {
      it(`${locale}.${key} keeps ${value} left to right`, async () => {
        const out = render(await loadTerms(locale), key);
        expect(out).to.contain(`${LRI}${value}${PDI}`);
      });
    }

    it(`${locale} isolates the phone number examples and shortcuts it writes itself`, async () => {
      const t = await loadTerms(locale);
      expect(t.prefsE164Hint).to.match(/\u2066\+\d[\d ]+\u2069/);
      expect(t.bannerCopyFailed).to.contain(`${LRI}Ctrl+C${PDI}`);
      expect(t.errorEMAIL_INVALID).to.contain(`${LRI}name@example.com${PDI}`);
    });

    it(`${locale} starts each country option with the name, so typing selects it`, async () => {
      expect((await loadTerms(locale)).prefsCountryOption('X', '1')).to.match(/^X /);
    });

    it(`${locale} pairs every isolate with its closing mark`, async () => {
      for (const [key, out] of await rendered(locale)) {
        const opened = [...out].filter((c) => c === LRI || c === '\u2068').length;
        const closed = [...out].filter((c) => c === PDI).length;
        expect(closed, `${locale}.${key}`).to.equal(opened);
      }
    });
  }

  it('Arabic counts teams with its six plural forms', async () => {
    const t = await loadTerms('ar');
    expect([0, 1, 2, 3, 11, 100].map((n) => t.teamResults(n))).to.deep.equal([
      'لم يتم العثور على أي فريق',
      'تم العثور على فريق واحد',
      'تم العثور على فريقين',
      'تم العثور على 3 فرق',
      'تم العثور على 11 فريقًا',
      'تم العثور على 100 فريق',
    ]);
  });
});

describe('typography', () => {
  it('French puts a no-break space before : and inside « », a narrow one before ; ? !', async () => {
    const faults: [RegExp, string][] = [
      [/[^\u00a0]:(\s|$)/u, 'no-break space before :'],
      [/[^\u202f][;?!](\s|$)/u, 'narrow no-break space before ; ? !'],
      [/«(?!\u00a0)|(?<!\u00a0)»/u, 'no-break spaces inside « »'],
      [/["“”]/u, '« » rather than quotes'],
    ];
    for (const [key, out] of await rendered('fr')) {
      for (const [fault, rule] of faults) expect(out, `fr.${key}: ${rule}`).not.to.match(fault);
    }
  });

  it('German quotes with „ “', async () => {
    const t = await loadTerms('de');
    expect(t.teamNoMatch('Vertrieb')).to.equal('Kein Team entspricht „Vertrieb“');
    for (const [key, out] of await rendered('de')) expect(out, `de.${key}`).not.to.match(/["”]/);
  });

  for (const locale of ['ja', 'zh-CN'] as const) {
    it(`${locale} uses full-width punctuation next to its own script`, async () => {
      const cjk = '[\\u3040-\\u30ff\\u3400-\\u9fff]';
      const ascii = new RegExp(`${cjk}[,.:;?!()]|[,:;?!()]\\s?${cjk}`, 'u');
      for (const [key, out] of await rendered(locale)) expect(out, `${locale}.${key}`).not.to.match(ascii);
    });
  }

  it('Arabic uses Arabic commas and question marks', async () => {
    for (const [key, out] of await rendered('ar')) expect(out, `ar.${key}`).not.to.match(/[\u0600-\u06ff][,?]/u);
  });

  for (const locale of others) {
    it(`${locale} writes an ellipsis, not three dots, and no doubled spaces`, async () => {
      for (const [key, out] of await rendered(locale)) expect(out, `${locale}.${key}`).not.to.match(/\.\.\.| {2}/);
    });
  }
});
