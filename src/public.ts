/**
 * The public API of the elements, without the demo service (see `index.ts` and `demo.ts`).
 * Importing this module registers the elements; providers are defined before consumers (a consumer
 * upgraded before its provider would miss the context).
 */
export * from './contract/agent-service.js';
export * from './contract/errors.js';
export { AgentProfileSchema, TeamSchema, ServiceEventSchema, parseProfile, parseServiceEvent } from './contract/schemas.js';
export { agentLoginContext, type AgentLoginContext, type FieldError } from './context/agent-login-context.js';
export type { PreferencesPrefill } from './core/preferences/model.js';
export { createPreferencesStore, type PreferencesStore, type SavedPreferences } from './core/preferences/storage.js';
export { SUPPORTED_LOCALES, type Locale } from './i18n/terms.js';
export type { Step, SignOutReason, SignedInDetail } from './core/flow/states.js';

export * from './elements/agent-login/agent-login.js';
export { InteractionPreferences, type PreferencesValue, type PhoneModule } from './elements/interaction-preferences/interaction-preferences.js';
export { PreferencesChangeEvent, type PreferencesChangeDetail } from './elements/interaction-preferences/interaction-preferences.events.js';
export type { DialNumberReason, ExtensionReason } from './core/phone/input.js';
export type { MicrophonePermission, MicrophoneState } from './elements/interaction-preferences/microphone.js';
export { TeamPicker } from './elements/team-picker/team-picker.js';
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
