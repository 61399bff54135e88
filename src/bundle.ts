/**
 * Entry of the browser-ready `./bundle` build: everything inlined, no bare imports.
 * It registers <agent-login> and <session-banner> at once, and <interaction-preferences> and
 * <team-picker> as soon as the browser is idle (their chunk is also what <agent-login> loads while
 * the agent types the password), so the bytes needed to show the email step stay small. Hosts that
 * use those two elements standalone can `await customElements.whenDefined('team-picker')`.
 * The adapters are their own entries (`demo.js`, `http.js`, `webex.js`); phone metadata and
 * locales load as lazy chunks from `chunks/`.
 */
export * from './public.js';

const registerPreferenceElements = () =>
  Promise.all([import('./elements/interaction-preferences/interaction-preferences.js'), import('./elements/team-picker/team-picker.js')]);

if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void registerPreferenceElements(), { timeout: 2000 });
else setTimeout(() => void registerPreferenceElements(), 200);
