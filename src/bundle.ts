/**
 * Entry of the browser-ready `./bundle` build: the elements and the public API, everything inlined.
 * The demo service is its own entry (`dist/bundle/demo.js`); the preferences step, phone metadata
 * and locales load as lazy chunks from `dist/bundle/chunks/`.
 */
export * from './public.js';
