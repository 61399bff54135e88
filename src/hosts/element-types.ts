/**
 * What a host template may set on each element and which events it may listen to, shared by the
 * React JSX (`agent-login-elements/jsx`) and Vue (`agent-login-elements/vue`) declarations. Types
 * only: this module emits no code.
 *
 * The properties are derived from the element classes (their public, writable, non-method members
 * that `LitElement` does not already have), so a property added to an element shows up here too.
 */
import type { LitElement } from 'lit';
import type { AgentLogin, StepChangeEvent, SignedInEvent, SignedOutEvent, AgentErrorEvent } from '../elements/agent-login/agent-login.js';
import type { InteractionPreferences } from '../elements/interaction-preferences/interaction-preferences.js';
import type { PreferencesChangeEvent } from '../elements/interaction-preferences/interaction-preferences.events.js';
import type { TeamPicker } from '../elements/team-picker/team-picker.js';
import type { TeamChangeEvent } from '../elements/team-picker/team-picker.events.js';
import type { SessionBanner, SessionTakeoverEvent, BannerDismissEvent } from '../elements/session-banner/session-banner.js';

type IfEquals<X, Y, A, B> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? A : B;
type WritableKeys<T> = { [K in keyof T]-?: IfEquals<{ [Q in K]: T[K] }, { -readonly [Q in K]: T[K] }, K, never> }[keyof T];
type DataKeys<T> = { [K in keyof T]-?: T[K] extends (...args: never[]) => unknown ? never : K }[keyof T];
type OwnKeys<E> = Exclude<keyof E, keyof LitElement>;

/** The element's own public, writable properties (e.g. `service`, `demo`, `teams`), all optional. */
export type ElementProperties<E> = Partial<Pick<E, Extract<OwnKeys<E>, WritableKeys<E> & DataKeys<E>>>>;

/** `<team-picker>`'s event. */
export interface TeamPickerEventMap {
  'agent-team-change': TeamChangeEvent;
}
/** `<interaction-preferences>`'s event. */
export interface InteractionPreferencesEventMap {
  'agent-preferences-change': PreferencesChangeEvent;
}
/** `<session-banner>`'s events (both cancelable). */
export interface SessionBannerEventMap {
  'agent-session-takeover': SessionTakeoverEvent;
  'agent-banner-dismiss': BannerDismissEvent;
}
/** `<agent-login>`'s events, and those of the elements in its shadow root (they bubble out, composed). */
export interface AgentLoginEventMap extends InteractionPreferencesEventMap, TeamPickerEventMap, SessionBannerEventMap {
  'agent-step-change': StepChangeEvent;
  'agent-signed-in': SignedInEvent;
  'agent-signed-out': SignedOutEvent;
  'agent-error': AgentErrorEvent;
}

/** The attributes (as written in HTML) of each element, for templates that set attributes rather than properties. */
export interface AgentLoginAttributes {
  demo?: boolean;
  busy?: boolean;
  autofocus?: boolean;
  'color-scheme'?: 'light' | 'dark';
}
export interface InteractionPreferencesAttributes {
  /** Space- or comma-separated, e.g. `"BROWSER AGENT_DN"`. */
  'login-options'?: string;
  extensions?: string;
  'dial-numbers'?: string;
  'default-dial-number'?: string;
  'dial-number-restricted'?: boolean;
  'default-country'?: string;
  disabled?: boolean;
}
export interface TeamPickerAttributes {
  'team-id'?: string;
  disabled?: boolean;
  /** `"false"` turns it off. */
  required?: boolean | 'true' | 'false';
}
export type SessionBannerAttributes = object;

/** Tag name → element, its attributes and its events. */
export interface AgentLoginElements {
  'agent-login': { element: AgentLogin; attributes: AgentLoginAttributes; events: AgentLoginEventMap };
  'interaction-preferences': { element: InteractionPreferences; attributes: InteractionPreferencesAttributes; events: InteractionPreferencesEventMap };
  'team-picker': { element: TeamPicker; attributes: TeamPickerAttributes; events: TeamPickerEventMap };
  'session-banner': { element: SessionBanner; attributes: SessionBannerAttributes; events: SessionBannerEventMap };
}
