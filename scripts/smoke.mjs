/* global document, customElements */
// Smoke checks of the built artefacts, in headless Chromium (run after `npm run build` and
// `npm run build-storybook`):
// 1. examples/plain-html: the ./bundle build from a plain page with one <script type="module">
//    and <agent-login demo> signs a demo agent in to the preferences step.
// The example pages are served with `Content-Security-Policy: default-src 'self'`; a violation fails the check.
// 2. examples/react and examples/vue (built by `npm run examples` into examples/*/dist): a demo agent
//    signs all the way in (credentials, team, Save & Continue) and the host page shows what it got
//    from `agent-signed-in`.
// 3. Every Storybook story renders its elements with no page error.
// Prints one line per check and a closing "smoke: N passed, N failed"; exits 1 on any failure.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const root = process.cwd();
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.map': 'application/json', '.woff2': 'font/woff2', '.png': 'image/png' };

// The strictest policy a host page is likely to have: everything from its own origin, nothing inline,
// no eval. The plain page and the React and Vue examples are served under it.
const STRICT_CSP = { 'content-security-policy': "default-src 'self'" };

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
{
  const server = await serve([['/dist/', join(root, 'dist') + '/'], ['/', join(root, 'examples/plain-html') + '/']], STRICT_CSP);
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
    await page.locator('agent-login team-picker [role="combobox"]').waitFor({ timeout: 15000 });
    report(errors.length === 0, "plain HTML page under default-src 'self': one script tag, <agent-login demo> signs in to the preferences step", errors.join(' | '));
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

// 2. The React and Vue examples, built as a consumer's app: sign in through the preferences step.
for (const name of ['react', 'vue']) {
  const server = await serve([['/', join(root, 'examples', name, 'dist') + '/']], STRICT_CSP);
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

// 3. Every story renders.
{
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

await browser.close();
console.log(`smoke: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
