/* global URLSearchParams */
// The page's own script, a file on this origin (no inline script is allowed): it counts every
// Content-Security-Policy violation (Trusted Types ones included) and hands the widget an HTTP
// service on the reference server. It writes text only: never HTML.
import '/dist/bundle/agent-login.js';
import { createHttpService } from '/dist/bundle/http.js';

/** Every violation this page saw, for scripts/smoke.mjs to read. */
const violations = [];
globalThis.cspViolations = violations;
const counter = document.querySelector('#violations');
document.addEventListener('securitypolicyviolation', (e) => {
  violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`);
  counter.textContent = String(violations.length);
});

const widget = document.querySelector('agent-login');
// `?api=<url>`: an API on another origin (the smoke test's CORS check); the page's CSP must allow it.
const api = new URLSearchParams(location.search).get('api') ?? '/api';
widget.service = createHttpService({ baseUrl: api });

document.querySelector('#lang').addEventListener('change', (e) => {
  widget.lang = e.target.value;
});
