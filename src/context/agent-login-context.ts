/**
 * The context `<agent-login>` provides to the elements in its flow. Children consume it with
 * `subscribe: true`; a property the host sets on a child wins over the context, so every child also
 * works standalone. The value is read-only and replaced on every change.
 */
import { createContext } from '@lit/context';
import type { AgentProfile } from '../contract/agent-service.js';
import type { AgentErrorCode } from '../contract/errors.js';
import type { PreferencesPrefill } from '../core/preferences/model.js';
import type { BannerMessage } from '../core/session/messages.js';

/** A station-login error shown at the field it concerns. */
export interface FieldError {
  readonly code: AgentErrorCode;
  readonly trackingId?: string;
}

export interface AgentLoginContext {
  /** The signed-in agent's profile; `null` before sign-in. */
  readonly profile: AgentProfile | null;
  /** Saved preferences to pre-fill the preferences step (they beat the admin default). */
  readonly saved: PreferencesPrefill | null;
  /** Station-login errors by field: `dialNumber` (DN_INVALID, DN_IN_USE) and `team` (TEAM_INVALID). */
  readonly errors: { readonly dialNumber?: FieldError; readonly team?: FieldError };
  /** A request is in flight: inputs are read-only meanwhile. */
  readonly disabled: boolean;
  /** The agent is on a conversation or monitoring task. */
  readonly busy: boolean;
  /** Banner messages for `<session-banner>`. */
  readonly messages: readonly BannerMessage[];
}

export const agentLoginContext = createContext<AgentLoginContext>(Symbol('agent-login'));
