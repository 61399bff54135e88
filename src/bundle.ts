/** Entry of the browser-ready `./bundle` build: everything inlined, lazily split chunks for the rest. */
export * from './index.js';
