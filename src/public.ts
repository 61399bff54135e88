/**
 * The public API shared by both builds, without the adapters (see `index.ts`, `demo.ts`,
 * `http.ts`, `webex.ts`). Importing this module registers <agent-login> and <session-banner>;
 * the classes of <interaction-preferences> and <team-picker> are exported by `index.ts` (bundlers)
 * and registered at idle by `bundle.ts`, so the email step never waits for them (issue #10).
 * Providers are defined before consumers (a consumer upgraded before its provider would miss the
 * context).
 */
export * from './contract/agent-service.js';
export * from './contract/errors.js';
export { agentLoginContext, type AgentLoginContext, type FieldError } from './context/agent-login-context.js';
export type { PreferencesPrefill } from './core/preferences/model.js';
export type { PreferencesStore, SavedPreferences } from './core/preferences/storage.js';
export { SUPPORTED_LOCALES, type Locale } from './i18n/terms.js';
export type { Step, SignOutReason, SignedInDetail } from './core/flow/states.js';

export * from './elements/agent-login/agent-login.js';
export type { PreferencesValue, PhoneModule } from './elements/interaction-preferences/interaction-preferences.js';
export { PreferencesChangeEvent, type PreferencesChangeDetail } from './elements/interaction-preferences/interaction-preferences.events.js';
export type { DialNumberReason, ExtensionReason } from './core/phone/input.js';
export type { MicrophonePermission, MicrophoneState } from './elements/interaction-preferences/microphone.js';
export { TeamChangeEvent, type TeamChangeDetail } from './elements/team-picker/team-picker.events.js';
export { SessionBanner, SessionTakeoverEvent, BannerDismissEvent, type SessionTakeoverDetail, type BannerDismissDetail } from './elements/session-banner/session-banner.js';
export {
  createTabGuard,
  type TabGuard,
  type TabGuardOptions,
  type TabGuardState,
  type BroadcastChannelLike,
  type LockManagerLike,
} from './core/session/tab-guard.js';
export {
  sortMessages,
  upsertMessage,
  removeMessage,
  type BannerAction,
  type BannerMessage,
  type BannerKind,
  type BannerSeverity,
} from './core/session/messages.js';
