/**
 * agent-login-elements: the public API for bundlers (dependencies external; unused exports shake
 * out). Importing this module registers the elements.
 */
export * from './public.js';
export * from './demo.js';
export * from './webex.js';
export * from './http.js';
