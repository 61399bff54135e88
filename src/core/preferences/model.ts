/**
 * What the agent chose on the preferences step, as it is saved and as it pre-fills the step.
 */
import type { LoginOption } from '../../contract/agent-service.js';

/** The preferences step's values (everything optional: any of them may be missing). */
export interface PreferencesPrefill {
  readonly loginOption?: LoginOption;
  /** E.164 dial number, or the extension's digits. */
  readonly dialNumber?: string;
  /** The "international format" checkbox. */
  readonly international?: boolean;
  /** ISO 3166-1 alpha-2 of the country drop-down. */
  readonly country?: string;
  readonly teamId?: string;
  /** "Don't show this again": sign in automatically next time. */
  readonly autoLogin?: boolean;
  /** Collaboration sign-ins the agent skipped: an automatic sign-in leaves them alone. */
  readonly skipped?: readonly string[];
}
