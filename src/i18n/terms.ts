/**
 * The localisation layer: a typed catalogue per locale. English is the source and is bundled;
 * every other locale is a lazily imported module (its own chunk), so only the active locale is
 * downloaded. A term is a string, or a function of its placeholders, so a locale that misses a
 * term or changes a placeholder fails the type-check.
 */
import { en } from './en/index.js';

export type Terms = typeof en;
export type TermKey = keyof Terms;
/** The placeholder arguments of a term: none for a plain string. */
export type TermArgs<K extends TermKey> = Terms[K] extends (...args: infer A) => string ? A : [];

/** Locales with a complete catalogue. */
export const SUPPORTED_LOCALES = ['en', 'pt-BR', 'es', 'fr', 'de', 'it', 'nl', 'ja', 'zh-CN', 'ko', 'ar', 'he'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const SOURCE_LOCALE: Locale = 'en';

const RTL = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'ckb', 'dv', 'sd']);

/** Deprecated ISO 639 codes that old systems still send (Java and older Android say `iw` for Hebrew). */
const LEGACY_LANGUAGES: ReadonlyMap<string, string> = new Map([['iw', 'he']]);

// One dynamic import per locale: each is its own chunk, and only the active one is downloaded.
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<Terms>> = {
  'pt-BR': () => import('./pt-BR/index.js').then((m) => m.terms),
  es: () => import('./es/index.js').then((m) => m.terms),
  fr: () => import('./fr/index.js').then((m) => m.terms),
  de: () => import('./de/index.js').then((m) => m.terms),
  it: () => import('./it/index.js').then((m) => m.terms),
  nl: () => import('./nl/index.js').then((m) => m.terms),
  ja: () => import('./ja/index.js').then((m) => m.terms),
  'zh-CN': () => import('./zh-CN/index.js').then((m) => m.terms),
  ko: () => import('./ko/index.js').then((m) => m.terms),
  ar: () => import('./ar/index.js').then((m) => m.terms),
  he: () => import('./he/index.js').then((m) => m.terms),
};

/**
 * The supported locale closest to a BCP 47 tag: an exact match (case-insensitive), else the first
 * locale of the same language ("pt" and "pt-PT" → "pt-BR"; "zh", "zh-Hans" and "zh-TW" → "zh-CN";
 * "es-419" → "es"), else English. The legacy code "iw" counts as Hebrew.
 */
export function matchLocale(tag: string | null | undefined): Locale {
  if (!tag) return SOURCE_LOCALE;
  const lower = tag.trim().replaceAll('_', '-').toLowerCase();
  const exact = SUPPORTED_LOCALES.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const subtag = lower.split('-')[0];
  const language = LEGACY_LANGUAGES.get(subtag) ?? subtag;
  return SUPPORTED_LOCALES.find((l) => l.toLowerCase().split('-')[0] === language) ?? SOURCE_LOCALE;
}

/** Text direction of a locale. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RTL.has(locale.toLowerCase().split('-')[0]) ? 'rtl' : 'ltr';
}

const cache = new Map<Locale, Terms>([['en', en]]);
const pending = new Map<Locale, Promise<Terms>>();

/** The catalogue of a locale if it is already loaded. */
export function loadedTerms(locale: Locale): Terms | undefined {
  return cache.get(locale);
}

/** Loads a locale's catalogue (once); English resolves at once. */
export function loadTerms(locale: Locale): Promise<Terms> {
  const hit = cache.get(locale);
  if (hit) return Promise.resolve(hit);
  let p = pending.get(locale);
  if (!p) {
    p = loaders[locale as Exclude<Locale, 'en'>]().then((terms) => {
      cache.set(locale, terms);
      return terms;
    });
    pending.set(locale, p);
  }
  return p;
}

/** Looks a term up in a catalogue and fills its placeholders. */
export function translate<K extends TermKey>(terms: Terms, key: K, ...args: TermArgs<K>): string {
  const term = terms[key] as string | ((...a: unknown[]) => string);
  return typeof term === 'function' ? term(...args) : term;
}
