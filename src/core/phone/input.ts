/**
 * What the agent typed in a dial number or extension field, before any phone metadata is loaded.
 *
 * This module is tiny and synchronous, so `<interaction-preferences>` can clean and check input at
 * once; the libphonenumber-js rules (`phone.ts`) arrive later in their own chunk. It models three
 * things: the characters a phone number may be written with (digits, one leading `+`, and the
 * separators people paste: spaces, dashes, dots, slashes, parentheses, a `tel:` prefix), the
 * extension rules (digits only), and where the caret belongs after the field is re-formatted, so it
 * never jumps while the agent types. Letters and other symbols are never stripped silently: the
 * input is kept as typed and reported as `NOT_A_NUMBER` (issue #3: `abc12125551234xyz` is junk, not
 * a US number).
 */

/** Why a dial number is not accepted; each reason has its own message next to the field. */
export type DialNumberReason =
  | 'REQUIRED'
  /** Letters or symbols that are not part of a phone number. */
  | 'NOT_A_NUMBER'
  /** Neither `+`, nor the dial-out (IDD) prefix, nor the international-format country: the country is unknown. */
  | 'MISSING_COUNTRY_CODE'
  /** No country has that calling code. */
  | 'INVALID_COUNTRY'
  | 'TOO_SHORT'
  | 'TOO_LONG'
  /** The country has shorter and longer numbers, but none of this length. */
  | 'INVALID_LENGTH'
  /** The length is possible, but the digits are not a number of that country. */
  | 'INVALID_NUMBER';

/** Why an extension is not accepted. */
export type ExtensionReason = 'REQUIRED' | 'NOT_A_NUMBER' | 'TOO_SHORT' | 'TOO_LONG';

/** Fewest and most digits of an extension (Webex Calling extensions and enterprise short numbers). */
export const EXTENSION_MIN_DIGITS = 2;
export const EXTENSION_MAX_DIGITS = 15;

/** A cleaned phone entry: `chars` is an optional leading `+` and ASCII digits, nothing else. */
export interface CleanedInput {
  /** `+` and digits, e.g. `+447400123456` or `011447400123456`; `''` when nothing was typed. */
  readonly chars: string;
  /** The input holds characters no phone number is written with. */
  readonly junk: boolean;
}

// Separators people type or paste: spaces (incl. no-break and thin), dashes (incl. Unicode dashes and
// minus), dots, slashes, parentheses. They carry no meaning and are dropped.
const SEPARATORS = /[\s\u00a0\u2007\u202f\-\u2010-\u2015\u2212.\\/()[\]]/g;
const TEL_PREFIX = /^\s*tel:\s*/i;
const PLUS = /^[+\uff0b]/;

// Decimal digit blocks whose zero is at these code points: ASCII, Arabic-Indic, Extended
// Arabic-Indic, Devanagari, Bengali, Thai, fullwidth. A pasted "＋８１…" reads as "+81…".
const DIGIT_ZEROS = [0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0xff10];

function asciiDigit(ch: string): string | undefined {
  const cp = ch.codePointAt(0) ?? 0;
  for (const zero of DIGIT_ZEROS) if (cp >= zero && cp <= zero + 9) return String(cp - zero);
  return undefined;
}

/**
 * Cleans what the agent typed or pasted: drops a `tel:` prefix and separators, converts Unicode
 * digits to ASCII and keeps a single leading `+`. Anything else (letters, `#`, `*`, `;ext=`, a `+`
 * in the middle) marks the input as junk: it must be rejected, not guessed at.
 */
export function cleanPhoneInput(raw: string): CleanedInput {
  let rest = raw.replace(TEL_PREFIX, '').replace(SEPARATORS, '');
  let chars = '';
  if (PLUS.test(rest)) {
    chars = '+';
    rest = rest.slice(1);
  }
  let junk = false;
  for (const ch of rest) {
    const digit = asciiDigit(ch);
    if (digit === undefined) junk = true;
    else chars += digit;
  }
  return { chars, junk };
}

/** True when a string is a complete E.164 number in shape: `+`, a non-zero digit, 7 to 15 digits in all. */
export function isE164Shape(value: string): boolean {
  return /^\+[1-9]\d{6,14}$/.test(value);
}

/** An extension as digits, or why it is not one. Separators pasted with it are dropped. */
export function checkExtension(raw: string): { ok: true; value: string } | { ok: false; reason: ExtensionReason } {
  const { chars, junk } = cleanPhoneInput(raw);
  if (junk || chars.startsWith('+')) return { ok: false, reason: 'NOT_A_NUMBER' };
  if (!chars) return { ok: false, reason: 'REQUIRED' };
  if (chars.length < EXTENSION_MIN_DIGITS) return { ok: false, reason: 'TOO_SHORT' };
  if (chars.length > EXTENSION_MAX_DIGITS) return { ok: false, reason: 'TOO_LONG' };
  return { ok: true, value: chars };
}

/** Shows a cleaned extension: the digits, or the input as typed when it holds junk (so the agent sees it). */
export function displayExtension(raw: string): string {
  const { chars, junk } = cleanPhoneInput(raw);
  return junk || chars.startsWith('+') ? raw : chars;
}

// ---------------------------------------------------------------------------------------------
// Caret handling. Formatting inserts and removes separators; the caret follows the digits instead:
// it stays after the same number of significant characters (digits and the leading `+`).

const SIGNIFICANT = /[0-9+]/;

/** How many significant characters (digits, `+`) come before `caret` in `value`. */
export function significantBefore(value: string, caret: number): number {
  return cleanPhoneInput(value.slice(0, Math.max(0, caret))).chars.length;
}

/** The caret position right after the `count`-th significant character of `value` (0 → start). */
export function caretAfterSignificant(value: string, count: number): number {
  if (count <= 0) return 0;
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    if (SIGNIFICANT.test(value[i]) && ++n === count) return i + 1;
  }
  return value.length;
}

/** A value with its caret, as the field should show it after an edit. */
export interface Edit {
  readonly value: string;
  readonly caret: number;
}

/**
 * Re-formats `value` and keeps the caret after the same digit. `format` receives the cleaned
 * characters; junk input is left exactly as typed.
 */
export function reformat(value: string, caret: number, format: (chars: string) => string): Edit {
  const { chars, junk } = cleanPhoneInput(value);
  if (junk) return { value, caret };
  const before = significantBefore(value, caret);
  const next = format(chars);
  return { value: next, caret: caretAfterSignificant(next, before) };
}

/**
 * Backspace (or Delete, `forward`) with a collapsed caret next to a separator: a formatted field
 * would put the separator straight back, so the keystroke removes the nearest digit instead.
 * Returns `null` when the character next to the caret is significant (the browser's own edit is right).
 */
export function deleteAcrossSeparator(value: string, caret: number, forward: boolean): Edit | null {
  const step = forward ? 1 : -1;
  let i = forward ? caret : caret - 1;
  if (i < 0 || i >= value.length || SIGNIFICANT.test(value[i])) return null;
  while (i >= 0 && i < value.length && !SIGNIFICANT.test(value[i])) i += step;
  if (i < 0 || i >= value.length) return null;
  return { value: value.slice(0, i) + value.slice(i + 1), caret: forward ? caret : i };
}

/**
 * The fallback when the phone rules could not load (their chunk failed): a number in E.164 shape
 * is accepted and the contact center checks the rest; anything else says what is missing.
 */
export function checkE164Shape(raw: string): { ok: true; e164: string } | { ok: false; reason: DialNumberReason } {
  const { chars, junk } = cleanPhoneInput(raw);
  if (junk) return { ok: false, reason: 'NOT_A_NUMBER' };
  if (!chars) return { ok: false, reason: 'REQUIRED' };
  if (!chars.startsWith('+')) return { ok: false, reason: 'MISSING_COUNTRY_CODE' };
  if (chars[1] === '0') return { ok: false, reason: 'INVALID_COUNTRY' };
  if (chars.length < 8) return { ok: false, reason: 'TOO_SHORT' };
  if (chars.length > 16) return { ok: false, reason: 'TOO_LONG' };
  return { ok: true, e164: chars };
}
