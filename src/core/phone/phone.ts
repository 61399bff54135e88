/**
 * Dial number rules on libphonenumber-js with its `max` metadata: validation, as-you-type
 * formatting and the region list. This is the only module that imports libphonenumber-js, and
 * `<interaction-preferences>` loads it with a dynamic `import()` the first time a dial number field
 * is shown or focused, so the metadata (~145 kB raw, ~36 kB gzip) is its own chunk and never part
 * of the initial bundle (issue #3).
 *
 * Why `max` and not the default `min`: `min` only knows lengths, so `isValid()` behaves like
 * `isPossible()` and a number with a right length but impossible digits (an unassigned area code,
 * `+1 123 555 1234`) passes. Such numbers are exactly what makes calls ring nowhere (RONA). The
 * measured accuracy and byte figures are in the README.
 *
 * How a number is read (strict, never guessed):
 * - `+` first: E.164 or any international notation (`+44 (0)20 7946 0000`).
 * - Starting with the dial-out (IDD) prefix of the origin country, read from the metadata (US/CA
 *   `011`, most of Europe `00`, Australia `0011`, Japan `010`, …): the rest is international.
 * - With the international dialing format on and a country chosen: a national number of that
 *   country (with or without its trunk prefix); `+` and IDD still work.
 * - Anything else lacks a country code: `MISSING_COUNTRY_CODE`, never a guess.
 * Valid numbers always come out as E.164.
 */
import {
  AsYouType,
  Metadata,
  getCountries,
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type CountryCode,
} from 'libphonenumber-js/max';
import metadataJson from 'libphonenumber-js/max/metadata';
import type { CountryEntry } from './countries.js';
import { cleanPhoneInput, type DialNumberReason } from './input.js';

/** How to read the digits: the international-format checkbox and the chosen (or origin) country. */
export interface DialNumberContext {
  /** The "international dialing format" checkbox: national numbers of `country` are accepted. */
  readonly international: boolean;
  /** ISO 3166-1 alpha-2: the chosen country, or (checkbox off) where the agent dials from, for IDD prefixes. */
  readonly country?: string;
}

/** The outcome of checking a dial number. */
export type DialNumberCheck =
  | { readonly ok: true; readonly e164: string; readonly country?: string }
  | { readonly ok: false; readonly reason: DialNumberReason; readonly country?: string };

/** Which metadata set this module was built with (for the README's figures and the tests). */
export const METADATA = 'max';

const known = (country: string | undefined): country is CountryCode => !!country && isSupportedCountry(country);

const metadata = new Metadata();
const iddCache = new Map<string, RegExp>();

function iddPattern(country: CountryCode): RegExp {
  let re = iddCache.get(country);
  if (!re) {
    metadata.selectNumberingPlan(country);
    re = new RegExp(`^(?:${metadata.numberingPlan?.IDDPrefix() ?? '(?!)'})`);
    iddCache.set(country, re);
  }
  return re;
}

/**
 * The digits after the dial-out prefix of `country`, or `undefined` when `digits` does not start
 * with it. As in libphonenumber, a prefix followed by `0` is not one (no calling code starts with 0).
 */
export function stripIddPrefix(digits: string, country: string | undefined): string | undefined {
  if (!known(country)) return undefined;
  const match = iddPattern(country).exec(digits);
  if (!match) return undefined;
  const rest = digits.slice(match[0].length);
  return rest.startsWith('0') ? undefined : rest;
}

/** The dial-out prefix to show for a country (`011`, `00`, `0011`, `010`), when it has a single usual one. */
export function iddPrefixOf(country: string | undefined): string | undefined {
  if (!known(country)) return undefined;
  metadata.selectNumberingPlan(country);
  const plan = metadata.numberingPlan;
  // The default prefix is stored with `~` (wait for a dial tone, RU `8~10`); a few regions hold a
  // stray value that is not a prefix at all (GB has `0`), hence the check against the pattern.
  const preferred = String(plan?.defaultIDDPrefix() ?? '').replace(/~/g, '');
  if (preferred && iddPattern(country).test(preferred)) return preferred;
  const idd = plan?.IDDPrefix();
  return idd && /^\d+$/.test(idd) ? idd : undefined;
}

/** The calling code of a region, without `+` (`BR` → `55`); `undefined` for an unknown region. */
export function callingCodeOf(country: string | undefined): string | undefined {
  return known(country) ? getCountryCallingCode(country) : undefined;
}

/** Whether libphonenumber-js knows the region. */
export function isKnownCountry(country: string | undefined): boolean {
  return known(country);
}

/** Every region libphonenumber-js knows, with its calling code; `main` marks the main region of a shared code. */
export function listCountries(): CountryEntry[] {
  return getCountries().map((code) => {
    const callingCode = getCountryCallingCode(code);
    return { code, callingCode, ...(metadataJson.country_calling_codes[callingCode]?.[0] === code ? { main: true } : {}) };
  });
}

/**
 * The region an incomplete international number belongs to, for messages ("too short for …"):
 * the one its digits point to, else the main region of its calling code (`+44` → GB).
 */
function regionOf(international: string): string | undefined {
  const typing = new AsYouType();
  typing.input(international);
  const code = typing.getCallingCode();
  const main: string | undefined = code ? metadataJson.country_calling_codes[code]?.[0] : undefined;
  // Non-geographic codes (+800, +882…) list the pseudo-region `001`: no country to name.
  return typing.getCountry() ?? (main && /^[A-Z]{2}$/.test(main) ? main : undefined);
}

function checkInternational(chars: string): DialNumberCheck {
  if (chars.length < 2) return { ok: false, reason: 'TOO_SHORT' };
  const length = validatePhoneNumberLength(chars);
  const country = regionOf(chars);
  const where = country ? { country } : {};
  if (length) return { ok: false, reason: length, ...where };
  const number = parsePhoneNumberFromString(chars, { extract: false });
  if (!number?.isValid()) return { ok: false, reason: 'INVALID_NUMBER', ...where };
  return { ok: true, e164: number.number, ...(number.country ? { country: number.country } : {}) };
}

function checkNational(digits: string, country: CountryCode): DialNumberCheck {
  const length = validatePhoneNumberLength(digits, country);
  if (length) return { ok: false, reason: length, country };
  const number = parsePhoneNumberFromString(digits, { defaultCountry: country, extract: false });
  if (!number?.isValid()) return { ok: false, reason: 'INVALID_NUMBER', country };
  return { ok: true, e164: number.number, country: number.country ?? country };
}

/** Checks a dial number as typed and returns it in E.164, or the reason it is refused. */
export function checkDialNumber(raw: string, context: DialNumberContext): DialNumberCheck {
  const { chars, junk } = cleanPhoneInput(raw);
  if (junk) return { ok: false, reason: 'NOT_A_NUMBER' };
  if (!chars) return { ok: false, reason: 'REQUIRED' };
  if (chars.startsWith('+')) return checkInternational(chars);

  const country = known(context.country) ? context.country : undefined;
  const afterIdd = stripIddPrefix(chars, country);
  if (context.international && country) {
    // The agent said "national number of this country": read it so first, IDD second.
    const national = checkNational(chars, country);
    if (national.ok || afterIdd === undefined) return national;
    const viaIdd = checkInternational(`+${afterIdd}`);
    return viaIdd.ok ? viaIdd : national;
  }
  if (afterIdd !== undefined) return afterIdd ? checkInternational(`+${afterIdd}`) : { ok: false, reason: 'TOO_SHORT' };
  return { ok: false, reason: 'MISSING_COUNTRY_CODE' };
}

/**
 * Formats cleaned characters (`+` and digits) as the agent types: international notation after a
 * `+`, the origin country's notation after its IDD prefix, the chosen country's national notation
 * with the international dialing format on; otherwise the digits are left alone.
 */
export function formatAsTyped(chars: string, context: DialNumberContext): string {
  if (!chars) return '';
  if (chars.startsWith('+')) return new AsYouType().input(chars);
  const country = known(context.country) ? context.country : undefined;
  if (country && (context.international || stripIddPrefix(chars, country) !== undefined)) {
    return new AsYouType(country).input(chars);
  }
  return chars;
}

/**
 * How a stored E.164 number shows in the field: national notation when the international dialing
 * format is on (the returned `country` is then the number's own region), else international.
 */
export function displayDialNumber(e164: string, context: DialNumberContext): { value: string; country?: string } {
  const number = parsePhoneNumberFromString(e164, { extract: false });
  if (!number) return { value: e164 };
  if (context.international && number.country) return { value: number.formatNational(), country: number.country };
  return { value: number.formatInternational(), ...(number.country ? { country: number.country } : {}) };
}

/** An E.164 number in international notation for reading (`+44 7400 123456`); unchanged if it can't be parsed. */
export function formatInternational(e164: string): string {
  return parsePhoneNumberFromString(e164, { extract: false })?.formatInternational() ?? e164;
}
