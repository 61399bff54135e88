/**
 * Dial number rules on libphonenumber-js with its `max` metadata: validation, as-you-type
 * formatting and the region list. This is the only module that imports libphonenumber-js, and
 * `<interaction-preferences>` loads it with a dynamic `import()` the first time a dial number field
 * is shown or focused, so it is its own chunk and never part of the initial bundle (issue #3). The
 * metadata itself arrives in pieces (`metadata.ts`, issue #10): the calling codes with this module,
 * each group of calling codes (`+44`, `+38x`, …) when a number needs it. A number whose metadata has not
 * arrived yet is `pending`, never refused: `missingMetadata` names what it needs, `loadMetadataFor`
 * (or `loadAndCheckDialNumber`) fetches it.
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
  isSupportedCountry,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type CountryCode,
  type MetadataJson,
} from 'libphonenumber-js/core';
import type { CountryEntry } from './countries.js';
import { cleanPhoneInput, type DialNumberReason } from './input.js';
import {
  callingCodes,
  groupOfCountry,
  groupOfDigits,
  isLoaded,
  loadGroups,
  metadata,
  regions,
  type MetadataGroup,
} from './metadata.js';

export type { MetadataGroup } from './metadata.js';

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

/** The metadata the number needs has not arrived yet: neither valid nor invalid (`loadMetadataFor`, then check again). */
export interface PendingCheck {
  readonly ok: false;
  readonly pending: readonly MetadataGroup[];
}

/** Which metadata set this module was built with (for the README's figures and the tests). */
export const METADATA = 'max';

/**
 * The dial number rules over one metadata object. The module's own functions below use the merged,
 * lazily loaded groups; the equivalence tests run the same rules over the full `max` metadata and
 * over exactly the groups `groupsFor` names, and compare.
 */
export function phoneRules(meta: MetadataJson) {
  const known = (country: string | undefined): country is CountryCode => !!country && isSupportedCountry(country as CountryCode, meta);
  const iddCache = new Map<string, RegExp>();

  function plan(country: CountryCode) {
    const m = new Metadata(meta);
    m.selectNumberingPlan(country);
    return m.numberingPlan;
  }

  function iddPattern(country: CountryCode): RegExp {
    let re = iddCache.get(country);
    if (!re) {
      re = new RegExp(`^(?:${plan(country)?.IDDPrefix() ?? '(?!)'})`);
      iddCache.set(country, re);
    }
    return re;
  }

  /**
   * The digits after the dial-out prefix of `country`, or `undefined` when `digits` does not start
   * with it. As in libphonenumber, a prefix followed by `0` is not one (no calling code starts with 0).
   */
  function stripIddPrefix(digits: string, country: string | undefined): string | undefined {
    if (!known(country)) return undefined;
    const match = iddPattern(country).exec(digits);
    if (!match) return undefined;
    const rest = digits.slice(match[0].length);
    return rest.startsWith('0') ? undefined : rest;
  }

  /** The dial-out prefix to show for a country (`011`, `00`, `0011`, `010`), when it has a single usual one. */
  function iddPrefixOf(country: string | undefined): string | undefined {
    if (!known(country)) return undefined;
    const p = plan(country);
    // The default prefix is stored with `~` (wait for a dial tone, RU `8~10`); a few regions hold a
    // stray value that is not a prefix at all (GB has `0`), hence the check against the pattern.
    const preferred = String(p?.defaultIDDPrefix() ?? '').replace(/~/g, '');
    if (preferred && iddPattern(country).test(preferred)) return preferred;
    const idd = p?.IDDPrefix();
    return idd && /^\d+$/.test(idd) ? idd : undefined;
  }

  /**
   * The metadata groups reading `raw` in `context` takes: the context country's (its IDD prefix, its
   * national numbers) and the one of the calling code the digits carry after `+` or that prefix.
   * Complete only once the context country's group is in `meta` (the prefix is read from it).
   */
  function groupsFor(raw: string, context: DialNumberContext): MetadataGroup[] {
    const { chars, junk } = cleanPhoneInput(raw);
    const groups = new Set<MetadataGroup>();
    const countryGroup = groupOfCountry(context.country);
    if (countryGroup) groups.add(countryGroup);
    if (!junk && chars) {
      const number = chars.startsWith('+') ? groupOfDigits(chars.slice(1)) : groupOfDigits(stripIddPrefix(chars, context.country));
      if (number) groups.add(number);
    }
    return [...groups];
  }

  /**
   * The region an incomplete international number belongs to, for messages ("too short for …"):
   * the one its digits point to, else the main region of its calling code (`+44` → GB).
   */
  function regionOf(international: string): string | undefined {
    const typing = new AsYouType(undefined, meta);
    typing.input(international);
    const code = typing.getCallingCode();
    const main: string | undefined = code ? callingCodes[code]?.[0] : undefined;
    // Non-geographic codes (+800, +882…) list the pseudo-region `001`: no country to name.
    return typing.getCountry() ?? (main && /^[A-Z]{2}$/.test(main) ? main : undefined);
  }

  function checkInternational(chars: string): DialNumberCheck {
    if (chars.length < 2) return { ok: false, reason: 'TOO_SHORT' };
    const length = validatePhoneNumberLength(chars, meta);
    const country = regionOf(chars);
    const where = country ? { country } : {};
    if (length) return { ok: false, reason: length, ...where };
    const number = parsePhoneNumberFromString(chars, { extract: false }, meta);
    if (!number?.isValid()) return { ok: false, reason: 'INVALID_NUMBER', ...where };
    return { ok: true, e164: number.number, ...(number.country ? { country: number.country } : {}) };
  }

  function checkNational(digits: string, country: CountryCode): DialNumberCheck {
    const length = validatePhoneNumberLength(digits, country, meta);
    if (length) return { ok: false, reason: length, country };
    const number = parsePhoneNumberFromString(digits, { defaultCountry: country, extract: false }, meta);
    if (!number?.isValid()) return { ok: false, reason: 'INVALID_NUMBER', country };
    return { ok: true, e164: number.number, country: number.country ?? country };
  }

  /** Checks a dial number as typed and returns it in E.164, or the reason it is refused. */
  function checkDialNumber(raw: string, context: DialNumberContext): DialNumberCheck {
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
  function formatAsTyped(chars: string, context: DialNumberContext): string {
    if (!chars) return '';
    if (chars.startsWith('+')) return new AsYouType(undefined, meta).input(chars);
    const country = known(context.country) ? context.country : undefined;
    if (country && (context.international || stripIddPrefix(chars, country) !== undefined)) {
      return new AsYouType(country, meta).input(chars);
    }
    return chars;
  }

  /**
   * How a stored E.164 number shows in the field: national notation when the international dialing
   * format is on (the returned `country` is then the number's own region), else international.
   */
  function displayDialNumber(e164: string, context: DialNumberContext): { value: string; country?: string } {
    const number = parsePhoneNumberFromString(e164, { extract: false }, meta);
    if (!number) return { value: e164 };
    if (context.international && number.country) return { value: number.formatNational(), country: number.country };
    return { value: number.formatInternational(), ...(number.country ? { country: number.country } : {}) };
  }

  /** An E.164 number in international notation for reading (`+44 7400 123456`); unchanged if it can't be parsed. */
  function formatInternational(e164: string): string {
    return parsePhoneNumberFromString(e164, { extract: false }, meta)?.formatInternational() ?? e164;
  }

  return { groupsFor, stripIddPrefix, iddPrefixOf, checkDialNumber, formatAsTyped, displayDialNumber, formatInternational };
}

/** The rules over the metadata loaded so far. */
const rules = phoneRules(metadata);

/** The context country's group first: the number's own group can only be told once it is there. */
function missing(raw: string, context: DialNumberContext): MetadataGroup[] {
  const country = groupOfCountry(context.country);
  if (!isLoaded(country)) return [country as MetadataGroup];
  return rules.groupsFor(raw, context).filter((g) => !isLoaded(g));
}

/**
 * The metadata groups that checking or formatting `raw` in `context` still waits for; `[]` when
 * everything it needs has arrived (the answers are then final).
 */
export function missingMetadata(raw: string, context: DialNumberContext): MetadataGroup[] {
  return missing(raw, context);
}

/**
 * Loads everything checking, formatting or showing these entries in `context` needs (the context
 * country's group, then each number's). Rejects when a group could not be fetched.
 */
export async function loadMetadataFor(raws: readonly string[], context: DialNumberContext): Promise<void> {
  for (;;) {
    const groups = new Set(raws.flatMap((raw) => missing(raw, context)));
    if (missing('', context).length) groups.add(groupOfCountry(context.country) as MetadataGroup);
    if (!groups.size) return;
    await loadGroups(groups);
  }
}

/** Loads what the number needs, then checks it: never pending. */
export async function loadAndCheckDialNumber(raw: string, context: DialNumberContext): Promise<DialNumberCheck> {
  await loadMetadataFor([raw], context);
  return rules.checkDialNumber(raw, context);
}

/** Checks a dial number as typed and returns it in E.164, the reason it is refused, or that its metadata is still on its way. */
export function checkDialNumber(raw: string, context: DialNumberContext): DialNumberCheck | PendingCheck {
  const { chars, junk } = cleanPhoneInput(raw);
  // Junk and an empty field need no metadata: say so at once.
  const pending = junk || !chars ? [] : missing(raw, context);
  return pending.length ? { ok: false, pending } : rules.checkDialNumber(raw, context);
}

/** As-you-type notation (see `phoneRules`); the characters unchanged while their metadata is on its way. */
export function formatAsTyped(chars: string, context: DialNumberContext): string {
  return missing(chars, context).length ? chars : rules.formatAsTyped(chars, context);
}

/** A stored number in the field's notation (see `phoneRules`); unchanged while its metadata is on its way. */
export function displayDialNumber(e164: string, context: DialNumberContext): { value: string; country?: string } {
  return missing(e164, context).length ? { value: e164 } : rules.displayDialNumber(e164, context);
}

/** An E.164 number in international notation (`+44 7400 123456`); unchanged if it can't be parsed or its metadata is on its way. */
export function formatInternational(e164: string): string {
  return missing(e164, { international: false }).length ? e164 : rules.formatInternational(e164);
}

/** The digits after `country`'s dial-out prefix (see `phoneRules`); `undefined` until its metadata has arrived. */
export function stripIddPrefix(digits: string, country: string | undefined): string | undefined {
  return rules.stripIddPrefix(digits, country);
}

/** The dial-out prefix to show for a country; `undefined` until its metadata has arrived. */
export function iddPrefixOf(country: string | undefined): string | undefined {
  return rules.iddPrefixOf(country);
}

/** The calling code of a region, without `+` (`BR` → `55`); `undefined` for an unknown region. */
export function callingCodeOf(country: string | undefined): string | undefined {
  return country ? regions.get(country) : undefined;
}

/** Whether libphonenumber-js knows the region (whether or not its metadata has arrived). */
export function isKnownCountry(country: string | undefined): boolean {
  return !!country && regions.has(country);
}

/** Every region libphonenumber-js knows, with its calling code; `main` marks the main region of a shared code. */
export function listCountries(): CountryEntry[] {
  // By ISO code, as libphonenumber-js's getCountries() lists them.
  return [...regions].sort(([a], [b]) => (a < b ? -1 : 1)).map(([code, callingCode]) => ({ code, callingCode, ...(callingCodes[callingCode]?.[0] === code ? { main: true } : {}) }));
}
