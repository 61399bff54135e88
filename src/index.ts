/**
 * agent-login-elements: the public API. Importing this module registers the elements.
 * Providers are defined before consumers (a consumer upgraded before its provider misses the context).
 */
export * from './contract/agent-service.js';
export * from './contract/errors.js';
export { AgentProfileSchema, TeamSchema, ServiceEventSchema, parseProfile, parseServiceEvent } from './contract/schemas.js';
export { agentLoginContext, type AgentLoginContext, type FieldError } from './context/agent-login-context.js';
export type { BannerMessage, BannerKind, BannerSeverity } from './core/session/messages.js';
export type { PreferencesPrefill } from './core/preferences/model.js';
export { SUPPORTED_LOCALES, type Locale } from './i18n/terms.js';
