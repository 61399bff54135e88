import type { LoginOption } from '../../contract/agent-service.js';

/** What `agent-preferences-change` carries: how the agent will handle calls, and whether that is complete. */
export interface PreferencesChangeDetail {
  /** The chosen option; `null` for a digital-only agent (or before a profile arrives). */
  readonly loginOption: LoginOption | null;
  /** E.164 for `AGENT_DN`, digits for `EXTENSION`; present only when the entry is valid. */
  readonly dialNumber?: string;
  /** The "international dialing format" checkbox. */
  readonly international: boolean;
  /** ISO 3166-1 alpha-2 of the country drop-down, when the international dialing format is on. */
  readonly country?: string;
  /** Whether the preferences can be submitted as they are. */
  readonly valid: boolean;
}

/**
 * The agent's preferences changed: an option, a listed number or extension, the international
 * format or the country was chosen, or a typed entry became valid (or stopped being valid).
 * Also fired once the element has applied a profile, so the host knows the initial state.
 */
export class PreferencesChangeEvent extends Event {
  readonly detail: PreferencesChangeDetail;

  constructor(detail: PreferencesChangeDetail) {
    super('agent-preferences-change', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'agent-preferences-change': PreferencesChangeEvent;
  }
  interface GlobalEventHandlersEventMap {
    'agent-preferences-change': PreferencesChangeEvent;
  }
}
