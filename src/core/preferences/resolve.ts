/**
 * Saved preferences meet the profile the backend returned (issue #5): what pre-fills the
 * preferences step, and whether the saved automatic sign-in can run.
 *
 * The profile is the truth and the saved record only a wish: the admin may have removed a team, a
 * login option or restricted the dial number since it was saved. Saved values beat the admin
 * default dial number; a saved value the profile no longer allows is dropped from the pre-fill,
 * and when "Don't show this again" was on, the reason it cannot run is returned so the flow can
 * show the preferences step with a message instead of a station login that would fail.
 */
import type { AgentProfile, LoginOption, StationLoginRequest } from '../../contract/agent-service.js';
import type { PreferencesPrefill } from './model.js';
import type { SavedPreferences } from './storage.js';

/** Why the saved automatic sign-in does not run. */
export type AutoLoginBlock = 'NOT_REQUESTED' | 'TEAM_INVALID' | 'OPTION_UNAVAILABLE' | 'DN_INVALID';

export interface ResolvedPreferences {
  /** Values for the preferences step (any of them may be missing). */
  readonly prefill: PreferencesPrefill;
  /** The station login to run without asking, or why it cannot run. */
  readonly autoLogin: { readonly request: StationLoginRequest } | { readonly reason: AutoLoginBlock };
}

const E164 = /^\+[1-9]\d{6,14}$/;
const EXTENSION = /^\d{2,15}$/;

/** Options that are handled with a number (an extension or a dial number). */
const needsNumber = (option: LoginOption | undefined): option is 'EXTENSION' | 'AGENT_DN' =>
  option === 'EXTENSION' || option === 'AGENT_DN';

/** Why `number` cannot be used with `option` on this profile, or `null` when it can. */
function numberProblem(profile: AgentProfile, option: 'EXTENSION' | 'AGENT_DN', number: string | undefined): 'DN_INVALID' | null {
  const fallback = profile.defaultDialNumber;
  if (profile.dialNumberRestricted) return number === undefined || number === fallback ? null : 'DN_INVALID';
  if (number === undefined) return 'DN_INVALID';
  // A list of several pre-validated values is a drop-down of exactly those.
  const listed = option === 'EXTENSION' ? profile.extensions : profile.dialNumbers;
  if (listed && listed.length > 1) return listed.includes(number) ? null : 'DN_INVALID';
  if (number === fallback || listed?.includes(number)) return null;
  return (option === 'AGENT_DN' ? E164 : EXTENSION).test(number) ? null : 'DN_INVALID';
}

/**
 * The pre-fill and the automatic sign-in for `profile`, given what was saved (`null`: nothing).
 * Pure: the same inputs always give the same answer.
 */
export function resolvePreferences(profile: AgentProfile, saved: SavedPreferences | null): ResolvedPreferences {
  const digitalOnly = profile.loginOptions.length === 0;
  const teamOk = !!saved && profile.teams.some((t) => t.id === saved.teamId);
  const optionOk = !!saved?.loginOption && profile.loginOptions.includes(saved.loginOption);
  const option = optionOk ? saved?.loginOption : undefined;

  // The saved number only goes with the saved option; when that option is gone, so is the number.
  let dialNumber: string | undefined;
  let numberBlocked = false;
  if (needsNumber(option)) {
    numberBlocked = numberProblem(profile, option, saved?.dialNumber) !== null;
    dialNumber = numberBlocked || saved?.dialNumber === undefined ? undefined : saved.dialNumber;
  }
  // Saved beats the admin default; without a usable saved number the default still pre-fills.
  if (profile.dialNumberRestricted) dialNumber = profile.defaultDialNumber;
  dialNumber ??= digitalOnly ? undefined : profile.defaultDialNumber;

  const prefill: PreferencesPrefill = {
    ...(option && !digitalOnly ? { loginOption: option } : {}),
    ...(dialNumber !== undefined ? { dialNumber } : {}),
    ...(saved?.international !== undefined && !digitalOnly ? { international: saved.international } : {}),
    ...(saved?.country !== undefined && !digitalOnly ? { country: saved.country } : {}),
    ...(teamOk && saved ? { teamId: saved.teamId } : {}),
    ...(saved ? { autoLogin: saved.autoLogin } : {}),
    ...(saved?.skipped ? { skipped: saved.skipped } : {}),
  };

  const block = ((): AutoLoginBlock | null => {
    if (!saved?.autoLogin) return 'NOT_REQUESTED';
    if (!teamOk) return 'TEAM_INVALID';
    if (digitalOnly) return null;
    if (!optionOk) return 'OPTION_UNAVAILABLE';
    if (numberBlocked) return 'DN_INVALID';
    return null;
  })();
  if (block || !saved) return { prefill, autoLogin: { reason: block ?? 'NOT_REQUESTED' } };

  const request: StationLoginRequest = {
    teamId: saved.teamId,
    ...(option && !digitalOnly ? { loginOption: option } : {}),
    ...(needsNumber(option) && dialNumber !== undefined ? { dialNumber } : {}),
  };
  return { prefill, autoLogin: { request } };
}
