/**
 * React components for the four elements (`agent-login-elements/react`), made with `@lit/react`'s
 * `createComponent`: props set the elements' properties (objects such as `service` or `teams`
 * included, which plain JSX on a custom element cannot do before React 19), and every public
 * `agent-*` event has a typed `on…` prop. Importing this module registers the elements.
 *
 * ```tsx
 * import { AgentLogin } from 'agent-login-elements/react';
 * <AgentLogin demo onAgentSignedIn={(e) => setAgent(e.detail.displayName)} />
 * ```
 *
 * React is an optional peer dependency: only this entry needs it.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import {
  AgentLogin as AgentLoginElement,
  StepChangeEvent,
  SignedInEvent,
  SignedOutEvent,
  AgentErrorEvent,
} from './elements/agent-login/agent-login.js';
import { InteractionPreferences as InteractionPreferencesElement } from './elements/interaction-preferences/interaction-preferences.js';
import type { PreferencesChangeEvent } from './elements/interaction-preferences/interaction-preferences.events.js';
import { TeamPicker as TeamPickerElement } from './elements/team-picker/team-picker.js';
import type { TeamChangeEvent } from './elements/team-picker/team-picker.events.js';
import { SessionBanner as SessionBannerElement, type SessionTakeoverEvent, type BannerDismissEvent } from './elements/session-banner/session-banner.js';

export type { AgentLoginElement, InteractionPreferencesElement, TeamPickerElement, SessionBannerElement };

const preferencesEvents = {
  onAgentPreferencesChange: 'agent-preferences-change' as EventName<PreferencesChangeEvent>,
};
const teamEvents = {
  onAgentTeamChange: 'agent-team-change' as EventName<TeamChangeEvent>,
};
const bannerEvents = {
  onAgentSessionTakeover: 'agent-session-takeover' as EventName<SessionTakeoverEvent>,
  onAgentBannerDismiss: 'agent-banner-dismiss' as EventName<BannerDismissEvent>,
};

/**
 * `<agent-login>`. Besides its own events it offers those of the elements inside it, which bubble
 * out of its shadow root: the host can follow the team choice, or veto a takeover with
 * `preventDefault()` in `onAgentSessionTakeover`.
 */
export const AgentLogin = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'agent-login',
  elementClass: AgentLoginElement,
  displayName: 'AgentLogin',
  events: {
    onAgentStepChange: StepChangeEvent.type as EventName<StepChangeEvent>,
    onAgentSignedIn: SignedInEvent.type as EventName<SignedInEvent>,
    onAgentSignedOut: SignedOutEvent.type as EventName<SignedOutEvent>,
    onAgentError: AgentErrorEvent.type as EventName<AgentErrorEvent>,
    ...preferencesEvents,
    ...teamEvents,
    ...bannerEvents,
  },
});

/** `<interaction-preferences>`, standalone (inside `<AgentLogin>` it is already rendered). */
export const InteractionPreferences = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'interaction-preferences',
  elementClass: InteractionPreferencesElement,
  displayName: 'InteractionPreferences',
  events: preferencesEvents,
});

/** `<team-picker>`, standalone. */
export const TeamPicker = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'team-picker',
  elementClass: TeamPickerElement,
  displayName: 'TeamPicker',
  events: teamEvents,
});

/** `<session-banner>`, standalone. */
export const SessionBanner = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'session-banner',
  elementClass: SessionBannerElement,
  displayName: 'SessionBanner',
  events: bannerEvents,
});
