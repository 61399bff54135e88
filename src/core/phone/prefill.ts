/**
 * What the interaction preferences start with, from the agent's profile and saved preferences.
 *
 * The rules follow the Agent Desktop guide: the choices are the profile's login options (none for a
 * digital-only agent); one pre-validated extension or dial number is pre-filled, several give a
 * drop-down of exactly those; the administrator's default DN is pre-filled, unless saved
 * preferences exist: they win and the default shows as the placeholder; a restricted default makes
 * both fields read-only. The saved country, else the profile's, else the browser's region is the
 * preselected country (and the origin for reading dial-out prefixes).
 */
import * as z from 'zod/mini';
import type { AgentProfile, LoginOption } from '../../contract/agent-service.js';
import { AgentProfileSchema } from '../../contract/schemas.js';
import type { PreferencesPrefill } from '../preferences/model.js';
import { isE164Shape } from './input.js';

/** The part of the profile that decides how calls can be handled. */
export type TelephonyProfile = Pick<
  AgentProfile,
  'loginOptions' | 'defaultDialNumber' | 'dialNumberRestricted' | 'extensions' | 'dialNumbers' | 'defaultCountry'
>;

/** Validates a host-set profile (or its telephony fields set one by one) at the element's boundary. */
export const TelephonyProfileSchema = z.pick(AgentProfileSchema, {
  loginOptions: true,
  defaultDialNumber: true,
  dialNumberRestricted: true,
  extensions: true,
  dialNumbers: true,
  defaultCountry: true,
});

/** How a number field is offered. */
export type FieldMode =
  /** The administrator's default only: read-only. */
  | 'restricted'
  /** A drop-down of the profile's pre-validated values. */
  | 'list'
  /** Free entry (possibly pre-filled). */
  | 'free';

/** The starting state of the extension or dial number field. */
export interface FieldPrefill {
  readonly mode: FieldMode;
  /** The pre-filled or preselected value (E.164 for dial numbers, digits for extensions); `''` for none. */
  readonly value: string;
  /** The drop-down's values (`list` mode). */
  readonly choices: readonly string[];
  /** The administrator's default, shown as the placeholder when a saved value replaced it. */
  readonly placeholder?: string;
  /** Values known to be valid without checking them (pre-validated by the backend). */
  readonly trusted: readonly string[];
}

/** The starting state of the whole element. */
export interface Prefill {
  readonly options: readonly LoginOption[];
  readonly option: LoginOption | null;
  readonly extension: FieldPrefill;
  readonly dialNumber: FieldPrefill;
  readonly international: boolean;
  /** Preselected country (ISO 3166-1 alpha-2), when one is known. */
  readonly country?: string;
}

const ORDER: readonly LoginOption[] = ['BROWSER', 'EXTENSION', 'AGENT_DN'];
const DIGITS = /^\d{1,20}$/;

function unique(values: readonly string[] | undefined, keep: (v: string) => boolean): string[] {
  return [...new Set((values ?? []).map((v) => v.trim()).filter(keep))];
}

function field(
  restricted: string | undefined,
  choices: string[],
  saved: string | undefined,
  fallback: string | undefined,
): FieldPrefill {
  if (restricted !== undefined) return { mode: 'restricted', value: restricted, choices: [restricted], trusted: [restricted] };
  if (choices.length > 1) {
    const value = [saved, fallback].find((v) => v !== undefined && choices.includes(v)) ?? choices[0];
    return { mode: 'list', value, choices, trusted: choices };
  }
  const value = saved ?? choices[0] ?? fallback ?? '';
  const placeholder = saved !== undefined && fallback !== undefined && fallback !== saved ? fallback : undefined;
  return { mode: 'free', value, choices: [], trusted: choices, ...(placeholder ? { placeholder } : {}) };
}

/** The element's starting state. `browserRegion` is the region of the browser's language, if any. */
export function resolvePrefill(
  profile: TelephonyProfile | undefined | null,
  saved: PreferencesPrefill | undefined | null,
  browserRegion?: string,
): Prefill {
  const options = ORDER.filter((o) => profile?.loginOptions.includes(o));
  const option = saved?.loginOption && options.includes(saved.loginOption) ? saved.loginOption : (options[0] ?? null);

  const admin = profile?.defaultDialNumber?.trim() || undefined;
  const restricted = profile?.dialNumberRestricted && admin ? admin : undefined;
  const savedNumber = typeof saved?.dialNumber === 'string' ? saved.dialNumber.trim() : undefined;
  const savedExt = saved?.loginOption === 'EXTENSION' && savedNumber && DIGITS.test(savedNumber) ? savedNumber : undefined;
  const savedDn = saved?.loginOption === 'AGENT_DN' && savedNumber && isE164Shape(savedNumber) ? savedNumber : undefined;

  // The default DN goes into the field it fits: digits into Extension, an E.164 number into Dial number.
  const extension = field(restricted, unique(profile?.extensions, (v) => DIGITS.test(v)), savedExt, admin && DIGITS.test(admin) ? admin : undefined);
  const dialNumber = field(restricted, unique(profile?.dialNumbers, isE164Shape), savedDn, admin && isE164Shape(admin) ? admin : undefined);

  const region = (c: unknown) => (typeof c === 'string' && /^[A-Z]{2}$/.test(c) ? c : undefined);
  const country = region(saved?.country) ?? region(profile?.defaultCountry) ?? region(browserRegion);
  const international = dialNumber.mode === 'free' && saved?.international === true;
  return { options, option, extension, dialNumber, international, ...(country ? { country } : {}) };
}
