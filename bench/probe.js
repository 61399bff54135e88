/* global window, document, performance, PerformanceObserver, MutationObserver, requestAnimationFrame */
/**
 * In-page probe of `npm run bench` (scripts/bench.mjs), loaded as a classic script in the <head> of
 * both bench pages, so it runs before the body is parsed. Everything is read back from
 * `window.__bench`; times are `performance.now()` values, i.e. milliseconds since navigation start.
 *
 * - `emailReadyAt`: the first moment an email field is present, enabled, visible and focusable, found
 *   by a MutationObserver (light-DOM renders) plus an animation-frame poll (shadow-DOM renders);
 *   `resourcesAtReady` lists every resource the page had fetched by then.
 * - `shifts`: every `layout-shift` entry (value, hadRecentInput, time, what moved).
 * - `firstInputAt`: the first keydown or pointerdown (shifts before it belong to the load).
 * - `clickAt` / `signedInAt`: the last click (capture phase on window, before any handler) and each
 *   `agent-signed-in` event, to time Save & Continue → signed in.
 */
(() => {
  'use strict';

  const bench = {
    emailReadyAt: /** @type {number | null} */ (null),
    resourcesAtReady: /** @type {string[]} */ ([]),
    shifts: /** @type {{ value: number, hadRecentInput: boolean, startTime: number, sources: string[] }[]} */ ([]),
    firstInputAt: /** @type {number | null} */ (null),
    clickAt: /** @type {number | null} */ (null),
    signedInAt: /** @type {number[]} */ ([]),
    steps: /** @type {{ step: string, at: number }[]} */ ([]),
  };
  /** @type {any} */ (window).__bench = bench;

  /** @param {Node | null | undefined} node */
  const describe = (node) => {
    // The API does not expose nodes inside shadow roots (or removed since).
    if (!node) return '(shadow DOM or removed)';
    if (!(node instanceof window.Element)) return node.nodeName.toLowerCase();
    const host = node.getRootNode() instanceof window.ShadowRoot ? `${/** @type {any} */ (node.getRootNode()).host.localName} >> ` : '';
    const cls = typeof node.className === 'string' && node.className ? `.${node.className.trim().split(/\s+/).join('.')}` : '';
    return `${host}${node.localName}${node.id ? `#${node.id}` : ''}${cls}`;
  };

  try {
    new PerformanceObserver((list) => {
      for (const entry of /** @type {any[]} */ (list.getEntries())) {
        bench.shifts.push({
          value: entry.value,
          hadRecentInput: entry.hadRecentInput,
          startTime: entry.startTime,
          sources: (entry.sources ?? []).map(
            (/** @type {any} */ s) =>
              `${describe(s.node)} y ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)} h ${Math.round(s.previousRect.height)}→${Math.round(s.currentRect.height)}`,
          ),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    // No Layout Instability API: `shifts` stays empty and the bench reports it.
  }

  const onInput = () => {
    bench.firstInputAt ??= performance.now();
  };
  window.addEventListener('keydown', onInput, { capture: true });
  window.addEventListener('pointerdown', onInput, { capture: true });
  window.addEventListener('click', () => (bench.clickAt = performance.now()), { capture: true });
  document.addEventListener('agent-signed-in', () => bench.signedInAt.push(performance.now()));
  document.addEventListener('agent-step-change', (event) => {
    bench.steps.push({ step: /** @type {any} */ (event).detail?.step ?? '?', at: performance.now() });
  });

  /** An email field an agent could type in now, or null. */
  const interactiveEmail = () => {
    for (const input of document.querySelectorAll('input[type="email"]')) {
      const field = /** @type {HTMLInputElement} */ (input);
      if (field.disabled || field.readOnly || field.tabIndex < 0 || field.closest('[inert]')) continue;
      // Unslotted or display:none content has no box; visually-hidden helpers are 1px.
      if (!field.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const box = field.getBoundingClientRect();
      if (box.width >= 24 && box.height >= 16) return field;
    }
    return null;
  };

  /** @type {MutationObserver | undefined} */
  let observer;
  const check = () => {
    if (bench.emailReadyAt !== null) return true;
    if (!interactiveEmail()) return false;
    bench.emailReadyAt = performance.now();
    bench.resourcesAtReady = performance.getEntriesByType('resource').map((entry) => entry.name);
    observer?.disconnect();
    return true;
  };
  observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
  const poll = () => {
    if (!check()) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();
