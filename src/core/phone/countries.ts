/**
 * The country drop-down of the international dialing format: every region libphonenumber-js knows,
 * named in the agent's language (`Intl.DisplayNames`), sorted the way that language sorts
 * (`Intl.Collator`), and searchable by name (anywhere, ignoring case and accents), by ISO code
 * (`br`) or by calling code (`+55`, `55`). The region list itself comes from the lazily loaded
 * phone module; everything here is synchronous and metadata-free.
 */

/** A region and its calling code, as the phone module lists them. */
export interface CountryEntry {
  /** ISO 3166-1 alpha-2, e.g. `BR`. */
  readonly code: string;
  /** Digits without `+`, e.g. `55`. */
  readonly callingCode: string;
  /** The main region of a shared calling code (US for +1, GB for +44): listed first when searching by code. */
  readonly main?: boolean;
}

/** A region ready for the drop-down. */
export interface CountryOption extends CountryEntry {
  /** Localised name, e.g. `Brasil` in pt-BR. */
  readonly name: string;
}

const namers = new Map<string, Intl.DisplayNames | null>();

/** The name of a region in a language; the ISO code when the browser has no name for it. */
export function countryName(code: string, locale: string): string {
  let namer = namers.get(locale);
  if (namer === undefined) {
    try {
      namer = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' });
    } catch {
      namer = null;
    }
    namers.set(locale, namer);
  }
  try {
    return namer?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Lower case without accents, for matching "brasil" against "Brasíl" or "côte" against "Cote". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}

/** The regions with their localised names, sorted by name in that language. */
export function countryOptions(entries: readonly CountryEntry[], locale: string): CountryOption[] {
  const collator = new Intl.Collator([locale, 'en'], { sensitivity: 'base' });
  return entries
    .map((e) => ({ ...e, name: countryName(e.code, locale) }))
    .sort((a, b) => collator.compare(a.name, b.name) || a.code.localeCompare(b.code));
}

/**
 * The regions that match a search: `+55` or `55` match calling codes starting with those digits;
 * two letters match an ISO code exactly and names containing them; anything else matches names
 * containing it. Exact ISO and calling-code matches come first.
 */
export function filterCountries(options: readonly CountryOption[], query: string): CountryOption[] {
  const q = fold(query.trim());
  if (!q) return [...options];
  const digits = /^\+?\s*(\d{1,4})$/.exec(q);
  if (digits) {
    const code = digits[1];
    const hits = options.filter((o) => o.callingCode.startsWith(code));
    const exact = hits.filter((o) => o.callingCode === code);
    return [...exact.filter((o) => o.main), ...exact.filter((o) => !o.main), ...hits.filter((o) => o.callingCode !== code)];
  }
  const iso = /^[a-z]{2}$/.test(q) ? q.toUpperCase() : '';
  const exact = options.filter((o) => o.code === iso);
  const byName = options.filter((o) => o.code !== iso && fold(o.name).includes(q));
  return [...exact, ...byName];
}

/**
 * The region of a BCP 47 language tag: its own region (`pt-BR` → `BR`), else the likely region of
 * the language (`ja` → `JP`, via `Intl.Locale#maximize`). `undefined` when there is none.
 */
export function regionOfLocale(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    const locale = new Intl.Locale(tag.replace('_', '-'));
    const region = locale.region ?? locale.maximize().region;
    return region && /^[A-Z]{2}$/.test(region) ? region : undefined;
  } catch {
    return undefined;
  }
}
