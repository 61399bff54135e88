import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en/index.js';
import { SUPPORTED_LOCALES, directionOf, loadTerms, matchLocale, type Terms } from '../../src/i18n/terms.js';

describe('matchLocale', () => {
  const cases: [string | null, string][] = [
    ['pt-BR', 'pt-BR'],
    ['pt-br', 'pt-BR'],
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['pt_BR', 'pt-BR'],
    ['en-GB', 'en'],
    ['xx', 'en'],
    ['', 'en'],
    [null, 'en'],
  ];
  for (const [tag, locale] of cases) it(`maps ${String(tag)} to ${locale}`, () => expect(matchLocale(tag)).to.equal(locale));
});

describe('directionOf', () => {
  it('knows right-to-left languages', () => {
    expect(directionOf('ar')).to.equal('rtl');
    expect(directionOf('he-IL')).to.equal('rtl');
    expect(directionOf('pt-BR')).to.equal('ltr');
  });
});

describe('every locale', () => {
  const sentinels = ['⟦a⟧', '⟦b⟧', '⟦c⟧', '⟦d⟧'];
  for (const locale of SUPPORTED_LOCALES) {
    it(`${locale} has every term of the source, with the same placeholders`, async () => {
      const terms: Terms = await loadTerms(locale);
      expect(Object.keys(terms).sort()).to.deep.equal(Object.keys(en).sort());
      for (const key of Object.keys(en) as (keyof Terms)[]) {
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
});
