/* global document, customElements, fetch */
// Smoke checks of the built artefacts, in headless Chromium (run after `npm run build` and
// `npm run build-storybook`):
// 1. examples/plain-html: the ./bundle build from a plain page with one <script type="module">
//    and <agent-login demo>, plus the host's own app.js: a demo agent signs all the way in and the
//    page shows what it got from `agent-signed-in`.
// 2. Every Storybook story renders its elements with no page error.
// 3. examples/strict-csp under a strict Content-Security-Policy header with Trusted Types required
//    (`STRICT_CSP`): the whole flow over HTTP against the reference server, with the ./bundle build,
//    and not one `securitypolicyviolation` event, page error or console error (issue #11).
// 4. The reference server's `corsOrigin`: the same page on one origin signs in against the API on
//    another (same-site: 127.0.0.1, two ports) with the session cookie, preflight included, and
//    survives a reload; any other origin is refused, and `*` is never allowed.
// 5. examples/react and examples/vue (built by `npm run examples` into examples/*/dist): a demo agent
//    signs all the way in (credentials, team, Save & Continue) and the host page shows what it got
//    from `agent-signed-in`.
// The example pages are served with `Content-Security-Policy: default-src 'self'`; a violation fails the check.
// Prints one line per check and a closing "smoke: N passed, N failed"; exits 1 on any failure.
// `node scripts/smoke.mjs strict-csp` runs only the checks whose section name contains the argument.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { parseCorsOrigin, startReferenceServer } from '../server/reference-server.mjs';

const root = process.cwd();
const only = process.argv[2] ?? '';
const section = (/** @type {string} */ name) => name.includes(only);

/**
 * The policy of the strict-CSP page. `trusted-types lit-html` allows exactly one policy: the one Lit
 * creates to write its (static, developer-authored) templates into `<template>` elements. Nothing
 * else in the bundle needs a Trusted Types policy: no `innerHTML`, no `eval`, no script URLs, and
 * dynamic `import()` of the lazy chunks is not a Trusted Types sink.
 */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.map': 'application/json', '.woff2': 'font/woff2', '.png': 'image/png' };

// The strictest policy a host page is likely to have: everything from its own origin, nothing inline,
// no eval. The plain page and the React and Vue examples are served under it.
const PAGE_CSP = { 'content-security-policy': "default-src 'self'" };

function serve(mounts, headers = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    for (const [prefix, dir] of mounts) {
      if (!path.startsWith(prefix)) continue;
      let file = normalize(join(dir, path.slice(prefix.length)));
      if (!file.startsWith(dir)) break;
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
        res.end(await readFile(file));
        return;
      } catch {
        break;
      }
    }
    res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const args = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args });
let passed = 0;
let failed = 0;
const report = (ok, name, detail = '') => {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
};

// 1. The bundle from a plain HTML page.
if (section('plain-html')) {
  const server = await serve([['/dist/', join(root, 'dist') + '/'], ['/', join(root, 'examples/plain-html') + '/']], PAGE_CSP);
  const base = `http://127.0.0.1:${server.address().port}`;
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && m.text().includes('Content Security Policy') && errors.push(m.text()));
  try {
    await page.goto(`${base}/`);
    await page.locator('agent-login input[name="username"]').fill('digital@demo.example');
    await page.keyboard.press('Enter');
    await page.locator('agent-login input[name="password"]').fill('demo1234');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('agent-login')?.step === 'preferences', null, { timeout: 15000 });
    await page.locator('agent-login team-picker [role="combobox"]').click({ timeout: 15000 });
    await page.locator('agent-login team-picker [role="option"]', { hasText: 'Billing' }).click();
    await page.getByRole('button', { name: 'Save & Continue' }).click();
    const status = page.getByTestId('host-status');
    await status.filter({ hasText: 'Signed in:' }).waitFor({ timeout: 15000 });
    const text = (await status.textContent())?.trim() ?? '';
    report(
      errors.length === 0 && text === 'Signed in: Sven Lindqvist (Billing)',
      "plain HTML page under default-src 'self': the bundle's script tag and the host's app.js, a digital-only demo agent signs in, the host shows agent-signed-in",
      errors.join(' | ') || (text.startsWith('Signed in: Sven') ? '' : `host shows "${text}"`),
    );
    // A second copy of the bundle (another URL, as when two integrations each ship it) must not break the page.
    const warnings = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.addScriptTag({ type: 'module', url: `${base}/dist/bundle/agent-login.js?second-copy` });
    await page.waitForTimeout(300);
    report(
      errors.length === 0 && warnings.some((w) => w.includes('already defined')),
      'the bundle loaded twice: no error, a warning',
      errors.join(' | ') || (warnings.length ? '' : 'no warning'),
    );
  } catch (e) {
    report(false, 'plain HTML page', String(e).split('\n')[0]);
  }
  await page.close();
  server.close();
}

// 5. The React and Vue examples, built as a consumer's app: sign in through the preferences step.
for (const name of section('examples') ? ['react', 'vue'] : []) {
  const server = await serve([['/', join(root, 'examples', name, 'dist') + '/']], PAGE_CSP);
  const base = `http://127.0.0.1:${server.address().port}`;
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e).split('\n')[0]));
  page.on('console', (m) => m.type() === 'error' && m.text().includes('Content Security Policy') && errors.push(m.text()));
  const check = `${name} example under default-src 'self': a digital-only demo agent signs in, the host shows agent-signed-in`;
  try {
    await page.goto(`${base}/`);
    await page.locator('agent-login input[name="username"]').fill('digital@demo.example');
    await page.keyboard.press('Enter');
    await page.locator('agent-login input[name="password"]').fill('demo1234');
    await page.keyboard.press('Enter');
    await page.locator('agent-login team-picker [role="combobox"]').click({ timeout: 15000 });
    await page.locator('agent-login team-picker [role="option"]', { hasText: 'Billing' }).click();
    await page.getByRole('button', { name: 'Save & Continue' }).click();
    const status = page.getByTestId('host-status');
    await status.filter({ hasText: 'Signed in:' }).waitFor({ timeout: 15000 });
    const text = (await status.textContent())?.trim() ?? '';
    report(errors.length === 0 && text === 'Signed in: Sven Lindqvist (Billing)', check, errors.join(' | ') || (text.startsWith('Signed in: Sven') ? '' : `host shows "${text}"`));
  } catch (e) {
    report(false, check, errors.join(' | ') || String(e).split('\n')[0]);
  }
  await page.close();
  server.close();
}

// 2. Every story renders.
if (section('storybook')) {
  const server = await serve([['/', join(root, 'storybook-static') + '/']]);
  const base = `http://127.0.0.1:${server.address().port}`;
  const index = JSON.parse(await readFile(join(root, 'storybook-static/index.json'), 'utf8'));
  const stories = Object.values(index.entries).filter((e) => e.type === 'story');
  const page = await browser.newPage();
  for (const story of stories) {
    const errors = [];
    const onError = (e) => errors.push(String(e).split('\n')[0]);
    page.on('pageerror', onError);
    try {
      await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
      await page.waitForFunction(
        () => {
          const root = document.querySelector('#storybook-root');
          const els = root ? [...root.querySelectorAll('*')].filter((e) => e.localName.includes('-')) : [];
          return els.length > 0 && els.every((e) => customElements.get(e.localName) && e.shadowRoot && e.shadowRoot.childNodes.length > 0);
        },
        null,
        { timeout: 10000 },
      );
      report(errors.length === 0, `story ${story.id}`, errors.join(' | '));
    } catch (e) {
      report(false, `story ${story.id}`, errors.join(' | ') || String(e).split('\n')[0]);
    }
    page.off('pageerror', onError);
  }
  server.close();
}

// 3. The whole flow under a strict CSP with Trusted Types required.
if (section('strict-csp')) {
  const { url, close } = await startReferenceServer({
    port: 0,
    staticRoots: [
      { prefix: '/dist/', dir: join(root, 'dist') },
      { prefix: '/', dir: join(root, 'examples/strict-csp') },
    ],
    contentSecurityPolicy: STRICT_CSP,
  });
  const page = await browser.newPage();
  const problems = [];
  const chunks = new Set();
  page.on('pageerror', (e) => problems.push(`page error: ${String(e).split('\n')[0]}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('request', (r) => r.url().includes('/dist/bundle/chunks/') && chunks.add(r.url().split('/').pop()));
  const widget = page.locator('agent-login');
  const step = (/** @type {string} */ name) =>
    page.waitForFunction((s) => document.querySelector('agent-login')?.step === s, name, { timeout: 15000 });
  const newPassword = 'Strict-CSP-9f3k';
  let reached = 'the page';
  try {
    const response = await page.goto(url);
    const header = response?.headers()['content-security-policy'];
    if (header !== STRICT_CSP) throw new Error(`the page was served with CSP ${header}`);

    reached = 'email';
    await widget.locator('input[name="username"]').fill('agent@demo.example');
    await page.keyboard.press('Enter');
    await step('password');

    reached = 'forgot password';
    await widget.getByRole('button', { name: 'Forgot password?' }).click();
    await step('forgot-password');
    await widget.locator('button[type="submit"]').click();
    await widget.locator('input[name="one-time-code"]').fill('123456');
    await widget.locator('input[name="new-password"]').fill(newPassword);
    await widget.locator('input[name="confirm-password"]').fill(newPassword);
    await page.keyboard.press('Enter');
    await step('password');

    reached = 'password';
    await widget.locator('input[name="password"]').fill(newPassword);
    await page.keyboard.press('Enter');
    await step('collaboration');

    reached = 'collaboration';
    await widget.locator('.provider button.primary').click();
    await step('preferences');

    reached = 'preferences (German)';
    await page.locator('#lang').selectOption('de');
    await page.waitForFunction(() => document.querySelector('agent-login')?.shadowRoot?.querySelector('h2')?.textContent?.includes('Interaktionseinstellungen'), null, { timeout: 15000 });

    reached = 'preferences (dial number)';
    const prefs = widget.locator('interaction-preferences');
    await prefs.locator('input[type="radio"][value="AGENT_DN"]').check();
    await prefs.locator('#dn').fill('+1 415 555 0142');
    await page.waitForFunction(() => {
      const p = document.querySelector('agent-login')?.shadowRoot?.querySelector('interaction-preferences');
      return p?.valid && p.value.dialNumber === '+14155550142';
    }, null, { timeout: 15000 });

    reached = 'preferences (team)';
    await widget.locator('team-picker [role="combobox"]').fill('billing');
    await page.keyboard.press('Enter');
    await widget.locator('form button[type="submit"]').click();
    await step('signed-in');

    reached = 'signed in';
    await widget.locator('.actions button').last().click();
    await step('signed-out');

    const violations = await page.evaluate(() => /** @type {any} */ (globalThis).cspViolations);
    const phone = [...chunks].some((c) => c.startsWith('phone-'));
    if (!Array.isArray(violations)) problems.push('the page script did not run');
    else problems.push(...violations.map((v) => `CSP violation: ${v}`));
    if (!phone) problems.push('the phone chunk was not loaded');
    report(
      problems.length === 0,
      `strict CSP with Trusted Types required: email, reset with a code, collaboration, German, dial number, team, signed in, signed out (${chunks.size} lazy chunks)`,
      problems.join(' | '),
    );
  } catch (e) {
    report(false, `strict CSP with Trusted Types required, at ${reached}`, [String(e).split('\n')[0], ...problems].join(' | '));
  }
  await page.close();
  await close();
}

// 4. Credentials-mode CORS for exactly one origin.
if (section('cors')) {
  const page = await startReferenceServer({
    port: 0,
    controls: false,
    // The strict policy, plus the API's origin (its port is only known once it listens).
    contentSecurityPolicy: `${STRICT_CSP}; connect-src 'self' http://127.0.0.1:*`,
    staticRoots: [
      { prefix: '/dist/', dir: join(root, 'dist') },
      { prefix: '/', dir: join(root, 'examples/strict-csp') },
    ],
  });
  const pageOrigin = page.url.replace(/\/$/, '');
  const api = await startReferenceServer({ port: 0, corsOrigin: pageOrigin });
  const apiOrigin = api.url.replace(/\/$/, '');
  const problems = [];
  try {
    const preflight = await fetch(`${api.url}api/session`, {
      method: 'OPTIONS',
      headers: { Origin: pageOrigin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    if (preflight.status !== 204 || preflight.headers.get('access-control-allow-origin') !== pageOrigin || preflight.headers.get('access-control-allow-credentials') !== 'true') {
      problems.push(`preflight from the allowed origin: ${preflight.status} ${preflight.headers.get('access-control-allow-origin')}`);
    }
    for (const origin of ['http://evil.example', 'null', `${pageOrigin}.evil.example`]) {
      const other = await fetch(`${api.url}api/session`, { headers: { Origin: origin, 'Sec-Fetch-Site': 'cross-site' } });
      const otherPreflight = await fetch(`${api.url}api/session`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' } });
      if (other.status !== 403 || other.headers.has('access-control-allow-origin') || otherPreflight.headers.has('access-control-allow-origin')) {
        problems.push(`origin ${origin} was not refused (${other.status}, preflight ${otherPreflight.status})`);
      }
    }
    for (const bad of ['*', 'null', `${pageOrigin}/path`]) {
      try {
        parseCorsOrigin(bad);
        problems.push(`corsOrigin ${bad} was accepted`);
      } catch {
        // Refused, as it must be.
      }
    }

    const tab = await browser.newPage();
    tab.on('pageerror', (e) => problems.push(`page error: ${String(e).split('\n')[0]}`));
    tab.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
    const at = `${page.url}?api=${encodeURIComponent(`${apiOrigin}/api`)}`;
    await tab.goto(at);
    await tab.locator('agent-login input[name="username"]').fill('digital@demo.example');
    await tab.keyboard.press('Enter');
    await tab.locator('agent-login input[name="password"]').fill('demo1234');
    await tab.keyboard.press('Enter');
    await tab.waitForFunction(() => document.querySelector('agent-login')?.step === 'preferences', null, { timeout: 15000 });
    await tab.reload();
    await tab.waitForFunction(() => document.querySelector('agent-login')?.step === 'preferences', null, { timeout: 15000 });
    const violations = await tab.evaluate(() => /** @type {any} */ (globalThis).cspViolations);
    problems.push(...(violations ?? ['the page script did not run']).map((v) => `CSP violation: ${v}`));
    await tab.close();
  } catch (e) {
    problems.push(String(e).split('\n')[0]);
  }
  report(
    problems.length === 0,
    'reference server --cors-origin: a page on that origin signs in with the cookie and restores it after a reload; other origins and * refused',
    problems.join(' | '),
  );
  await api.close();
  await page.close();
}

await browser.close();
console.log(`smoke: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
