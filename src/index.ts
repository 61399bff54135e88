/**
 * agent-login-elements: the public API for bundlers (dependencies external; unused exports shake
 * out). Importing this module registers the elements.
 */
export * from './public.js';
export { createPreferencesStore } from './core/preferences/storage.js';
export { AgentProfileSchema, TeamSchema, ServiceEventSchema, parseProfile, parseServiceEvent } from './contract/schemas.js';
export { InteractionPreferences } from './elements/interaction-preferences/interaction-preferences.js';
export { TeamPicker } from './elements/team-picker/team-picker.js';
export * from './demo.js';
export * from './webex.js';
export * from './http.js';
