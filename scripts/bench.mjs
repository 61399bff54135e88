// @ts-check
/* global window, document, performance -- page-side callbacks run in the browser */
/**
 * `npm run bench` (issue #10): loads the `./bundle` build in headless Chromium from a plain host page
 * and prints medians over several runs (a fresh browser context each run, after one discarded
 * warm-up) of:
 *
 * 1. brotli bytes needed to show the email step (every JS/CSS file of dist/ fetched until the
 *    email field is interactive), 2. brotli bytes once Dial number is chosen (phone rules and the
 *    metadata group of the agent's calling code loaded), 3. navigation start → interactive email field, 4. Save & Continue → `agent-signed-in`
 *    with a zero-latency demo service, 5. JS heap after sign-in (after forced GCs), 6. keystroke →
 *    render of the team filter at 10 / 1,000 / 10,000 teams (scripts/bench-teams.mjs), 7. layout
 *    shift (CLS) across the whole flow, 8. the same page without the widget as the baseline, 9. JS
 *    heap (after a forced GC) and DOM counters after 1, 50 and 100 sign-in/sign-out cycles in one page.
 *
 * Bytes are brotli quality 11 (node:zlib) of each response body, like a CDN serving
 * pre-compressed files; gzip -9 is given next to it for comparison with other widgets. Times are
 * measured inside the page with performance.now() (bench/probe.js), never asserted: the machine
 * may be busy. Everything stays on 127.0.0.1; a request to any other host is reported.
 *
 * Usage: `npm run bench` (builds first), or `node scripts/bench.mjs [--runs=5] [--no-teams]` after
 * `npm run build`. Writes bench-results.json at the repository root. `$CHROME_PATH` overrides
 * /usr/bin/chromium; `$BENCH_DIST` measures another build directory instead of dist/.
 */
import { createServer } from 'node:http';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus } from 'node:os';
import { basename, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { benchTeams, CHROMIUM_ARGS } from './bench-teams.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The build to measure, served at /dist/ (default: the repository's dist/). */
const DIST = resolve(process.env.BENCH_DIST ?? join(ROOT, 'dist'));
const OUTPUT = join(ROOT, 'bench-results.json');
const BUNDLE = '/dist/bundle/agent-login.js';
/** Cisco's station-login widget with its store and React, in a host bundle (issue #10). */
const CISCO_GZIP_BYTES = 1.41 * 1000 * 1000;
const VIEWPORT = { width: 1280, height: 800 };
/** Generous: the machine has 2 cores and other jobs may run. */
const TIMEOUT = 60_000;
const AGENT = { email: 'agent@demo.example', password: 'demo1234' };
const DIGITAL = { email: 'digital@demo.example', password: 'demo1234' };

const TYPES = /** @type {Record<string, string>} */ ({
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
});

// ——— server: dist/ and bench/ only, on 127.0.0.1 ———

/**
 * Serves `/dist/**` and `/bench/**` of the repository (and a blank page at `/`, where
 * benchTeams starts) on 127.0.0.1 at an ephemeral port.
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
async function serveBench() {
  const mounts = [
    { prefix: '/dist/', base: DIST },
    { prefix: '/bench/', base: resolve(ROOT, 'bench') },
  ];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (path === '/') {
      res.writeHead(200, { 'content-type': TYPES['.html'] }).end('<!doctype html><title>bench</title>');
      return;
    }
    const mount = mounts.find((m) => path.startsWith(m.prefix));
    const file = mount ? join(mount.base, path.slice(mount.prefix.length)) : '';
    if (!mount || !file.startsWith(mount.base + sep)) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      res
        .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' })
        .end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(() => ok(undefined))) };
}

// ——— sizes ———

/** @type {Map<string, { raw: number, gzip: number, brotli: number }>} */
const sizeCache = new Map();

/** @param {Buffer} body */
function sizesOf(body) {
  const key = `${body.length}:${body.subarray(0, 64).toString('base64')}:${body.subarray(-64).toString('base64')}`;
  let sizes = sizeCache.get(key);
  if (!sizes) {
    sizes = {
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, {
        params: {
          [zlib.BROTLI_PARAM_QUALITY]: 11,
          [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
          [zlib.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }).length,
    };
    sizeCache.set(key, sizes);
  }
  return sizes;
}

/** Uncaught errors of any bench page, reported at the end. @type {Set<string>} */
const pageErrors = new Set();

/** The demo adapter's own files (its entry and chunk): an integrator's adapter replaces them. */
const isDemoFile = (/** @type {string} */ path) => /^demo(\.js|-service-[^/]*\.js)$/.test(basename(path));

/**
 * Records every response of a page and turns a list of resource URLs into sizes.
 * @param {import('playwright-core').Page} page
 * @param {string} origin
 */
function watchNetwork(page, origin) {
  /** @type {Map<string, import('playwright-core').Response>} */
  const responses = new Map();
  /** @type {string[]} */
  const external = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('about:')) external.push(url);
  });
  page.on('response', (response) => responses.set(response.url(), response));
  page.on('pageerror', (error) => pageErrors.add(error.message));

  /** @param {string} url */
  const responseOf = async (url) => {
    for (let waited = 0; waited < TIMEOUT; waited += 20) {
      const response = responses.get(url);
      if (response) return response;
      await new Promise((ok) => setTimeout(ok, 20));
    }
    throw new Error(`No response recorded for ${url}`);
  };

  return {
    external,
    /** @param {(url: string) => boolean} match */
    has: (match) => [...responses.keys()].some(match),
    /**
     * Sizes of the JS/CSS files under /dist/ among `urls` (resource-timing names, in fetch order).
     * @param {string[]} urls
     */
    async files(urls) {
      const ours = [...new Set(urls)].filter((url) => {
        const { pathname } = new URL(url);
        return url.startsWith(origin) && pathname.startsWith('/dist/') && /\.(m?js|css)$/.test(pathname);
      });
      return Promise.all(
        ours.map(async (url) => {
          const path = new URL(url).pathname.replace(/^\/dist\//, '');
          const body = await (await responseOf(url)).body();
          return { path, demo: isDemoFile(path), ...sizesOf(body) };
        }),
      );
    },
  };
}

/** @param {{ brotli: number, demo: boolean }[]} files */
const widgetBrotli = (files) => files.filter((f) => !f.demo).reduce((sum, f) => sum + f.brotli, 0);
/** @param {{ brotli: number, demo: boolean }[]} files */
const demoBrotli = (files) => files.filter((f) => f.demo).reduce((sum, f) => sum + f.brotli, 0);
/** @param {{ gzip: number, demo: boolean }[]} files */
const widgetGzip = (files) => files.filter((f) => !f.demo).reduce((sum, f) => sum + f.gzip, 0);

// ——— page helpers ———

/** @param {import('playwright-core').Page} page */
const emailReady = async (page) => {
  await page.waitForFunction(() => /** @type {any} */ (window).__bench?.emailReadyAt != null, null, { timeout: TIMEOUT });
  return /** @type {{ at: number, resources: string[] }} */ (
    await page.evaluate(() => ({ at: /** @type {any} */ (window).__bench.emailReadyAt, resources: /** @type {any} */ (window).__bench.resourcesAtReady }))
  );
};

/** @param {import('playwright-core').Page} page */
const resourceNames = (page) => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));

/** @param {import('playwright-core').Page} page @param {string} step */
const waitStep = (page, step) =>
  page
    .waitForFunction((s) => /** @type {any} */ (document.querySelector('agent-login'))?.step === s, step, { timeout: TIMEOUT })
    .catch(async () => {
      const current = await page.evaluate(() => /** @type {any} */ (document.querySelector('agent-login'))?.step);
      throw new Error(`The widget did not reach the "${step}" step (it is on "${current}").`);
    });

/** Waits for layout-shift entries of the last frames to be reported. @param {import('playwright-core').Page} page */
const settle = (page) =>
  page.evaluate(
    () =>
      new Promise((done) =>
        window.requestAnimationFrame(() => window.requestAnimationFrame(() => window.setTimeout(done, 250))),
      ),
  );

/** `usedJSHeapSize` after forced garbage collections (needs --expose-gc). @param {import('playwright-core').Page} page */
const heapAfterGc = (page) =>
  page.evaluate(async () => {
    const w = /** @type {any} */ (window);
    for (let i = 0; i < 4; i++) {
      w.gc();
      await new Promise((done) => window.setTimeout(done, 40));
    }
    return /** @type {any} */ (performance).memory.usedJSHeapSize;
  });

/** @param {import('playwright-core').Page} page */
const loadEventEnd = async (page) => {
  await page.waitForLoadState('load', { timeout: TIMEOUT });
  await page.waitForFunction(() => /** @type {any} */ (performance.getEntriesByType('navigation')[0])?.loadEventEnd > 0, null, {
    timeout: TIMEOUT,
  });
  return page.evaluate(() => /** @type {any} */ (performance.getEntriesByType('navigation')[0]).loadEventEnd);
};

/**
 * Layout shift so far: CLS as the Layout Instability API defines it (shifts with no input in the
 * last 500 ms), every shift including input-driven ones (what steps changing would cost), and the
 * shifts before the first input (page load).
 * @param {import('playwright-core').Page} page
 */
const layoutShift = async (page) => {
  await settle(page);
  /** @type {{ shifts: { value: number, hadRecentInput: boolean, startTime: number, sources: string[] }[], firstInputAt: number | null, steps: { step: string, at: number }[] }} */
  const { shifts, firstInputAt, steps } = await page.evaluate(() => {
    const b = /** @type {any} */ (window).__bench;
    return { shifts: b.shifts, firstInputAt: b.firstInputAt, steps: b.steps };
  });
  const sum = (/** @type {typeof shifts} */ list) => list.reduce((total, s) => total + s.value, 0);
  const load = sum(shifts.filter((s) => firstInputAt === null || s.startTime < firstInputAt));
  return {
    cls: sum(shifts.filter((s) => !s.hadRecentInput)),
    all: sum(shifts),
    load,
    afterLoad: sum(shifts) - load,
    // Each shift with the step the widget was on (the last step change before the shift's frame).
    entries: shifts.map((s) => ({
      ...s,
      value: Math.round(s.value * 1e5) / 1e5,
      startTime: Math.round(s.startTime),
      step:
        firstInputAt === null || s.startTime < firstInputAt
          ? '(page load)'
          : (steps.filter((c) => c.at <= s.startTime).at(-1)?.step ?? '(page load)'),
    })),
  };
};

/** @param {import('playwright-core').Page} page @param {{ email: string, password: string }} account */
async function signIn(page, account) {
  const email = page.locator('agent-login input[type="email"]:not(.visually-hidden)');
  await email.fill(account.email);
  await email.press('Enter');
  await waitStep(page, 'password');
  const password = page.locator('agent-login input[type="password"]');
  await password.fill(account.password);
  await password.press('Enter');
}

/** Picks the Billing team in the combobox. @param {import('playwright-core').Page} page */
async function pickTeam(page) {
  const combobox = page.locator('team-picker [role="combobox"]');
  await combobox.click();
  await page.keyboard.type('bill');
  await page.keyboard.press('Enter');
}

/**
 * Clicks Save & Continue once it is enabled; returns click → `agent-signed-in` in ms, both
 * timestamps taken in the page (the click in the capture phase on window, before any handler).
 * @param {import('playwright-core').Page} page
 */
async function saveAndContinue(page) {
  await page.waitForFunction(
    () => {
      const button = document.querySelector('agent-login')?.shadowRoot?.querySelector('form button[type="submit"]');
      return !!button && !(/** @type {HTMLButtonElement} */ (button).disabled) && button.getAttribute('aria-disabled') !== 'true';
    },
    null,
    { timeout: TIMEOUT },
  );
  await page.evaluate(() => {
    const b = /** @type {any} */ (window).__bench;
    b.clickAt = null;
    b.signedInAt = [];
  });
  await page.locator('agent-login form button[type="submit"]').click();
  await page.waitForFunction(() => /** @type {any} */ (window).__bench.signedInAt.length > 0, null, { timeout: TIMEOUT });
  await waitStep(page, 'signed-in');
  return /** @type {number} */ (
    await page.evaluate(() => {
      const b = /** @type {any} */ (window).__bench;
      return b.signedInAt[0] - b.clickAt;
    })
  );
}

// ——— one run of each page ———

/** @param {import('playwright-core').Browser} browser */
async function newPage(browser) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  const page = await context.newPage();
  return { context, page };
}

/**
 * The dial-number path: agent@demo.example, skip Microsoft Teams, choose Dial number, pick a team,
 * save. Gives the email-step and dial-number bytes, the time to an interactive email field, CLS.
 * @param {import('playwright-core').Browser} browser @param {string} origin
 */
async function runDialNumberFlow(browser, origin) {
  const { context, page } = await newPage(browser);
  try {
    const net = watchNetwork(page, origin);
    await page.goto(`${origin}/bench/page.html`, { waitUntil: 'commit' });
    const ready = await emailReady(page);
    const emailFiles = await net.files(ready.resources);
    const load = await loadEventEnd(page);

    await signIn(page, AGENT);
    await waitStep(page, 'collaboration');
    await page.locator('agent-login .provider button.secondary').click();
    await waitStep(page, 'preferences');
    await page.locator('interaction-preferences label[data-option="AGENT_DN"]').click();
    // The phone chunk (libphonenumber-js and the calling codes) arrives, then the metadata group of
    // the agent's country (and of the pre-filled number), and the field shows the number checked.
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('phone')), null, {
      timeout: TIMEOUT,
    });
    await page.locator('interaction-preferences input[type="tel"], interaction-preferences select').first().waitFor({ timeout: TIMEOUT });
    await page.waitForFunction(
      () => {
        const prefs = document.querySelector('agent-login')?.shadowRoot?.querySelector('interaction-preferences');
        const loaded = performance.getEntriesByType('resource').some((e) => /\/metadata-\d+-/.test(e.name));
        return loaded && !prefs?.shadowRoot?.querySelector('#dn-status .busy');
      },
      null,
      { timeout: TIMEOUT },
    );
    const dialFiles = await net.files(await resourceNames(page));
    if (!dialFiles.some((f) => f.path.includes('phone'))) throw new Error('The phone chunk was not among the files fetched.');
    if (!dialFiles.some((f) => /(^|\/)metadata-\d+-/.test(f.path))) throw new Error('No phone metadata group was among the files fetched.');

    await pickTeam(page);
    const saveToSignedIn = await saveAndContinue(page);
    const shift = await layoutShift(page);
    const heap = await heapAfterGc(page);
    return { emailReadyMs: ready.at, loadMs: load, emailFiles, dialFiles, saveToSignedIn, shift, heap, external: net.external };
  } finally {
    await context.close();
  }
}

/**
 * The digital path: digital@demo.example, pick a team, save. Gives Save & Continue → signed in
 * (only the team to pick) and the heap after sign-in without the phone chunk.
 * @param {import('playwright-core').Browser} browser @param {string} origin
 */
async function runDigitalFlow(browser, origin) {
  const { context, page } = await newPage(browser);
  try {
    const net = watchNetwork(page, origin);
    await page.goto(`${origin}/bench/page.html`, { waitUntil: 'commit' });
    await emailReady(page);
    await signIn(page, DIGITAL);
    await waitStep(page, 'preferences');
    await pickTeam(page);
    const saveToSignedIn = await saveAndContinue(page);
    const shift = await layoutShift(page);
    const heap = await heapAfterGc(page);
    const messages = await messagesShift(page);
    return { saveToSignedIn, shift, heap, messages, external: net.external };
  } finally {
    await context.close();
  }
}

/**
 * Layout shift while session messages come and go on the signed-in step, pushed by the service
 * with no input (so every shift counts): in the orders that move the messages already shown
 * (errors are listed first), one at a time and then faster than they glide.
 * @param {import('playwright-core').Page} page
 */
const messagesShift = async (page) => {
  // Past the 500 ms in which shifts count as answers to the last click.
  await page.waitForTimeout(600);
  const from = await page.evaluate(() => /** @type {any} */ (window).__bench.shifts.length);
  await page.evaluate(async () => {
    const el = /** @type {any} */ (document.querySelector('agent-login'));
    const banner = () => el.shadowRoot.querySelector('session-banner');
    const ids = () => [...banner().shadowRoot.querySelectorAll('.banner')].map((b) => b.dataset.id).join();
    const pause = (/** @type {number} */ ms) => new Promise((done) => window.setTimeout(done, ms));
    const until = async (/** @type {string} */ want) => {
      const start = performance.now();
      while (ids() !== want) {
        if (performance.now() - start > 10_000) throw new Error(`Messages "${ids()}", expected "${want}".`);
        await pause(5);
      }
      await Promise.all(banner().shadowRoot.getAnimations().map((/** @type {Animation} */ a) => a.finished));
    };
    const emit = (/** @type {object} */ event) => el.service.emit(event);
    const sequence = async (/** @type {number} */ gap) => {
      emit({ type: 'degraded', features: ['Reports'] });
      await pause(gap);
      emit({ type: 'session-conflict' });
      await pause(gap);
      emit({ type: 'rona', trackingId: 'bench' });
      await pause(gap);
      emit({ type: 'restored' });
      await pause(gap);
      window.dispatchEvent(new window.Event('offline'));
      await until('rona,multi-session,connection-lost');
      window.dispatchEvent(new window.Event('online'));
      el.shadowRoot.querySelector('session-banner').shadowRoot.querySelector('.banner[data-id="rona"] .dismiss')?.click();
    };
    await sequence(400);
    await pause(600);
    await sequence(40);
    await pause(600);
  });
  await settle(page);
  const shifts = await page.evaluate((n) => /** @type {any} */ (window).__bench.shifts.slice(n), from);
  return { cls: shifts.filter((/** @type {any} */ s) => !s.hadRecentInput).reduce((t, /** @type {any} */ s) => t + s.value, 0) };
};

/**
 * One full cycle in the page, driven from inside it (fast and deterministic): sign in as the
 * digital agent, pick a team, save, sign out, then "Sign in again" back to the email step.
 * @param {import('playwright-core').Page} page
 */
const signInAndOut = (page) =>
  page.evaluate(async (account) => {
    const el = /** @type {any} */ (document.querySelector('agent-login'));
    const until = async (/** @type {() => unknown} */ check) => {
      const start = performance.now();
      while (!check()) {
        if (performance.now() - start > 30_000) throw new Error(`The widget stayed on "${el.step}".`);
        await new Promise((done) => window.setTimeout(done, 5));
      }
    };
    const submit = (/** @type {string} */ name, /** @type {string} */ value) => {
      const input = el.querySelector(`input[name="${name}"]:not([aria-hidden])`);
      input.value = value;
      input.form.requestSubmit();
    };
    await until(() => el.step === 'email' && el.querySelector('input[name="username"]'));
    submit('username', account.email);
    await until(() => el.step === 'password' && el.querySelector('input[name="password"]'));
    submit('password', account.password);
    await until(() => el.step === 'preferences' && el.shadowRoot.querySelector('team-picker'));
    const picker = el.shadowRoot.querySelector('team-picker');
    await picker.updateComplete;
    const combobox = picker.shadowRoot.querySelector('[role="combobox"]');
    combobox.focus();
    combobox.value = 'bill';
    combobox.dispatchEvent(new window.InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: 'bill' }));
    await picker.updateComplete;
    combobox.dispatchEvent(new window.KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
    await until(() => el.shadowRoot.querySelector('form button[type="submit"]')?.getAttribute('aria-disabled') === 'false');
    el.shadowRoot.querySelector('form button[type="submit"]').click();
    await until(() => el.step === 'signed-in');
    await el.updateComplete;
    el.shadowRoot.querySelector('.actions button').click();
    await until(() => el.step === 'signed-out');
    await el.updateComplete;
    el.shadowRoot.querySelector('.center button').click();
    await until(() => el.step === 'email');
    await el.updateComplete;
  }, DIGITAL);

/**
 * Signs in and out 50 times in one page: JS heap after a forced GC (CDP HeapProfiler.collectGarbage)
 * and the DOM counters (CDP Memory.getDOMCounters) after the 1st and the 50th cycle.
 * @param {import('playwright-core').Browser} browser @param {string} origin
 */
async function runCycles(browser, origin) {
  const { context, page } = await newPage(browser);
  try {
    const net = watchNetwork(page, origin);
    const cdp = await context.newCDPSession(page);
    await page.goto(`${origin}/bench/page.html`, { waitUntil: 'commit' });
    await emailReady(page);
    const measure = async () => {
      await settle(page);
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const counters = await cdp.send('Memory.getDOMCounters');
      return { heap: usedSize, documents: counters.documents, nodes: counters.nodes, jsEventListeners: counters.jsEventListeners };
    };
    await signInAndOut(page);
    const first = await measure();
    for (let i = 2; i <= 50; i++) await signInAndOut(page);
    const fiftieth = await measure();
    // Fifty more: a leak keeps growing at the same rate, warm-up costs (compiled code, caches) do not.
    for (let i = 51; i <= 100; i++) await signInAndOut(page);
    const hundredth = await measure();
    return { first, fiftieth, hundredth, external: net.external };
  } finally {
    await context.close();
  }
}

/** The same host page with a bare email form instead of the widget. @param {import('playwright-core').Browser} browser @param {string} origin */
async function runBaseline(browser, origin) {
  const { context, page } = await newPage(browser);
  try {
    const net = watchNetwork(page, origin);
    await page.goto(`${origin}/bench/baseline.html`, { waitUntil: 'commit' });
    const ready = await emailReady(page);
    const load = await loadEventEnd(page);
    const shift = await layoutShift(page);
    const heap = await heapAfterGc(page);
    return { emailReadyMs: ready.at, loadMs: load, shift, heap, external: net.external };
  } finally {
    await context.close();
  }
}

// ——— statistics and output ———

/** @param {number[]} values */
function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], samples: values };
}

const KIB = 1024;
const MIB = 1024 * 1024;
const UNITS = /** @type {const} */ ({
  KiB: { scale: KIB, digits: 1 },
  ms: { scale: 1, digits: 1 },
  MiB: { scale: MIB, digits: 2 },
  score: { scale: 1, digits: 4 },
  count: { scale: 1, digits: 0 },
});

/**
 * @param {string} label
 * @param {number[]} values raw values (bytes, ms, score)
 * @param {keyof typeof UNITS} unit
 */
const row = (label, values, unit) => ({ label, unit, ...stats(values) });

/** @param {ReturnType<typeof row>[]} rows @param {(line: string) => void} log */
function printTable(rows, log) {
  const head = ['', 'median', 'min', 'max', 'unit'];
  const cells = rows.map((r) => {
    const { scale, digits } = UNITS[/** @type {keyof typeof UNITS} */ (r.unit)];
    const f = (/** @type {number} */ n) => (n / scale).toFixed(digits);
    return [r.label, f(r.median), f(r.min), f(r.max), r.unit];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (/** @type {string[]} */ c) =>
    c.map((cell, i) => (i === 0 || i === 4 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd();
  log(line(head));
  log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) log(line(c));
}

/** @param {number} bytes */
const kib = (bytes) => `${(bytes / KIB).toFixed(1)} KiB`;

/** @param {{ path: string, raw: number, gzip: number, brotli: number, demo: boolean }[]} files @param {(line: string) => void} log */
function printFiles(files, log) {
  const width = Math.max(...files.map((f) => f.path.length));
  for (const f of files) {
    log(`  ${f.path.padEnd(width)}  ${kib(f.raw).padStart(10)} raw  ${kib(f.gzip).padStart(9)} gzip  ${kib(f.brotli).padStart(9)} br${f.demo ? '  (demo adapter)' : ''}`);
  }
}

/** Every JS file of the ./bundle build on disk, with its sizes (what a budget may count). */
async function bundleFiles() {
  const dir = join(DIST, 'bundle');
  const names = [
    ...(await readdir(dir)).filter((n) => n.endsWith('.js')),
    ...(await readdir(join(dir, 'chunks'))).filter((n) => n.endsWith('.js')).map((n) => `chunks/${n}`),
  ];
  return Promise.all(
    names.map(async (name) => ({ path: `bundle/${name}`, demo: isDemoFile(name), ...sizesOf(await readFile(join(dir, name))) })),
  );
}

// ——— main ———

async function main() {
  const args = process.argv.slice(2);
  const runsArg = args.find((a) => a.startsWith('--runs='));
  const runs = runsArg ? Number(runsArg.slice('--runs='.length)) : 5;
  if (!Number.isInteger(runs) || runs < 5) throw new Error('Use --runs=N with N >= 5 for a meaningful median.');
  const withTeams = !args.includes('--no-teams');
  const log = (/** @type {string} */ line) => console.log(line);

  try {
    await readFile(join(DIST, 'bundle', 'agent-login.js'));
  } catch {
    throw new Error('dist/bundle/agent-login.js is missing: run `npm run build` (or `npm run bench`, which builds first).');
  }

  const { chromium } = await import('playwright-core');
  const server = await serveBench();
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    // Classic scrollbars, as on Windows and Linux: one appearing takes room (and can shift layout).
    ignoreDefaultArgs: ['--hide-scrollbars'],
    args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
  const started = Date.now();
  try {
    /** @type {Awaited<ReturnType<typeof runDialNumberFlow>>[]} */
    const dial = [];
    /** @type {Awaited<ReturnType<typeof runDigitalFlow>>[]} */
    const digital = [];
    /** @type {Awaited<ReturnType<typeof runBaseline>>[]} */
    const baseline = [];
    // Interleaved, so a burst of load on the machine hits every page alike; run 0 warms up.
    for (let run = 0; run <= runs; run++) {
      process.stderr.write(run === 0 ? 'warm-up' : ` ${run}/${runs}`);
      const b = await runBaseline(browser, server.url);
      const a = await runDialNumberFlow(browser, server.url);
      const d = await runDigitalFlow(browser, server.url);
      if (run === 0) continue;
      baseline.push(b);
      dial.push(a);
      digital.push(d);
    }
    process.stderr.write('\n');

    process.stderr.write('sign in and out 100 times…\n');
    const cycles = await runCycles(browser, server.url);

    const teams = withTeams ? await benchTeams(browser, server.url, { runs, bundlePath: BUNDLE, log: null }) : null;
    const external = [...new Set([...dial, ...digital, ...baseline, cycles].flatMap((r) => r.external))];

    const rows = {
      emailStepBrotli: row('Email step: widget JS (brotli)', dial.map((r) => widgetBrotli(r.emailFiles)), 'KiB'),
      emailStepDemoBrotli: row('  + demo adapter, bench only (brotli)', dial.map((r) => demoBrotli(r.emailFiles)), 'KiB'),
      dialNumberBrotli: row('After Dial number: widget JS (brotli)', dial.map((r) => widgetBrotli(r.dialFiles)), 'KiB'),
      dialNumberGzip: row('After Dial number: widget JS (gzip -9)', dial.map((r) => widgetGzip(r.dialFiles)), 'KiB'),
      emailReady: row('Navigation → interactive email field', dial.map((r) => r.emailReadyMs), 'ms'),
      loadEvent: row('Navigation → load event end', dial.map((r) => r.loadMs), 'ms'),
      saveDigital: row('Save & Continue → agent-signed-in (team only)', digital.map((r) => r.saveToSignedIn), 'ms'),
      saveDialNumber: row('Save & Continue → agent-signed-in (dial number)', dial.map((r) => r.saveToSignedIn), 'ms'),
      heapDigital: row('JS heap after sign-in (team only)', digital.map((r) => r.heap), 'MiB'),
      heapDialNumber: row('JS heap after sign-in (dial number, phone loaded)', dial.map((r) => r.heap), 'MiB'),
      cls: row('CLS, load → signed in (dial number path)', dial.map((r) => r.shift.cls), 'score'),
      shiftAll: row('  every shift incl. input-driven', dial.map((r) => r.shift.all), 'score'),
      shiftLoad: row('  shift before the first input (page load)', dial.map((r) => r.shift.load), 'score'),
      shiftSteps: row('  shift after it (steps, banners), incl. input-driven', dial.map((r) => r.shift.afterLoad), 'score'),
      clsDigital: row('CLS, load → signed in (team only path)', digital.map((r) => r.shift.cls), 'score'),
      clsMessages: row('CLS, session messages coming and going (signed in)', digital.map((r) => r.messages.cls), 'score'),
      cyclesHeap1: row('Sign in/out: JS heap after cycle 1 (after GC)', [cycles.first.heap], 'MiB'),
      cyclesHeap50: row('Sign in/out: JS heap after cycle 50 (after GC)', [cycles.fiftieth.heap], 'MiB'),
      cyclesHeap100: row('Sign in/out: JS heap after cycle 100 (after GC)', [cycles.hundredth.heap], 'MiB'),
      cyclesNodes1: row('Sign in/out: DOM nodes after cycle 1', [cycles.first.nodes], 'count'),
      cyclesNodes50: row('Sign in/out: DOM nodes after cycle 50', [cycles.fiftieth.nodes], 'count'),
      cyclesNodes100: row('Sign in/out: DOM nodes after cycle 100', [cycles.hundredth.nodes], 'count'),
      cyclesListeners1: row('Sign in/out: JS event listeners after cycle 1', [cycles.first.jsEventListeners], 'count'),
      cyclesListeners50: row('Sign in/out: JS event listeners after cycle 50', [cycles.fiftieth.jsEventListeners], 'count'),
      cyclesListeners100: row('Sign in/out: JS event listeners after cycle 100', [cycles.hundredth.jsEventListeners], 'count'),
      cyclesDocuments1: row('Sign in/out: documents after cycle 1', [cycles.first.documents], 'count'),
      cyclesDocuments50: row('Sign in/out: documents after cycle 50', [cycles.fiftieth.documents], 'count'),
      baselineEmailReady: row('Baseline: navigation → interactive email field', baseline.map((r) => r.emailReadyMs), 'ms'),
      baselineLoadEvent: row('Baseline: navigation → load event end', baseline.map((r) => r.loadMs), 'ms'),
      baselineHeap: row('Baseline: JS heap', baseline.map((r) => r.heap), 'MiB'),
      baselineCls: row('Baseline: CLS', baseline.map((r) => r.shift.cls), 'score'),
    };

    /** @type {Record<string, ReturnType<typeof row>>} */
    const teamRows = {};
    for (const r of teams?.results ?? []) {
      teamRows[`teamFilter${r.teams}`] = {
        label: `Team filter, ${r.teams.toLocaleString('en')} teams: keydown → frame`,
        unit: 'ms',
        median: r.frameMedianMs,
        min: r.frameMinMs,
        max: r.frameMaxMs,
        samples: [],
      };
    }
    Object.assign(rows, teamRows);

    const all = await bundleFiles();
    const phone = all.find((f) => /(^|\/)phone-/.test(basename(f.path)));
    const emailFiles = dial[0].emailFiles;
    const dialFiles = dial[0].dialFiles;
    const dialBrotli = rows.dialNumberBrotli.median;
    const ratios = {
      emailReadyVsBaseline: rows.emailReady.median / rows.baselineEmailReady.median,
      emailReadyOverBaselineMs: rows.emailReady.median - rows.baselineEmailReady.median,
      loadEventVsBaseline: rows.loadEvent.median / rows.baselineLoadEvent.median,
      heapOverBaselineBytes: rows.heapDialNumber.median - rows.baselineHeap.median,
      heapVsBaseline: rows.heapDialNumber.median / rows.baselineHeap.median,
      ciscoGzipBytes: CISCO_GZIP_BYTES,
      ciscoOverOurs: CISCO_GZIP_BYTES / rows.dialNumberGzip.median,
    };

    log('');
    log(`agent-login-elements bench: ${runs} runs (+1 warm-up), ${browser.version() ? `Chromium ${browser.version()}` : 'Chromium'}, ${availableParallelism()} CPU (${cpus()[0]?.model ?? '?'})`);
    log('');
    printTable(Object.values(rows), log);
    log('');
    log('Ratios (medians):');
    log(`  interactive email field: ${ratios.emailReadyVsBaseline.toFixed(2)}× the baseline page (+${ratios.emailReadyOverBaselineMs.toFixed(1)} ms)`);
    log(`  load event end:          ${ratios.loadEventVsBaseline.toFixed(2)}× the baseline page`);
    log(`  JS heap after sign-in:   ${ratios.heapVsBaseline.toFixed(2)}× the baseline page (+${(ratios.heapOverBaselineBytes / MIB).toFixed(2)} MiB)`);
    log(`  bytes: Cisco's station-login widget ≈ 1.41 MB gzipped in a host bundle; ours after Dial number ${kib(rows.dialNumberGzip.median)} gzipped = 1/${ratios.ciscoOverOurs.toFixed(0)} of it`);
    log('');
    log(`Files fetched until the email field was interactive (widget ${kib(rows.emailStepBrotli.median)} brotli):`);
    printFiles(emailFiles, log);
    log(`Files fetched once Dial number was chosen (widget ${kib(dialBrotli)} brotli):`);
    printFiles(dialFiles, log);
    log('Every JS file of the ./bundle build:');
    printFiles(all, log);
    if (teams) {
      log('');
      log(`<team-picker> keystroke → render (type "${teams.query}" and erase it, ${runs} runs per size):`);
      const width = Math.max(...teams.results.map((r) => r.teams.toLocaleString('en').length));
      log(`  ${'teams'.padEnd(width)}  render p50  frame p50  frame p95  frame max  set teams`);
      for (const r of teams.results) {
        const ms = (/** @type {number} */ n) => `${n.toFixed(1)} ms`.padStart(9);
        log(`  ${r.teams.toLocaleString('en').padEnd(width)}  ${ms(r.renderMedianMs)}  ${ms(r.frameMedianMs)}  ${ms(r.frameP95Ms)}  ${ms(r.frameMaxMs)}  ${ms(r.setTeamsMedianMs)}`);
      }
      log('  render: keydown → listbox updated; frame: keydown → the next animation frame after it (what the agent sees).');
    }
    log('');
    /** @type {Map<string, number>} */
    const byStep = new Map();
    for (const e of dial[0].shift.entries) byStep.set(e.step, (byStep.get(e.step) ?? 0) + e.value);
    log(
      `Layout shift by step (run 1, dial number path; input-driven included): ${
        [...byStep].map(([step, value]) => `${step} ${value.toFixed(4)}`).join(', ') || 'none'
      }. Entries in ${basename(OUTPUT)}.`,
    );
    if (pageErrors.size) log(`WARNING: uncaught errors in the page: ${[...pageErrors].join(' | ')}`);
    log(external.length ? `WARNING: requests left 127.0.0.1: ${external.join(', ')}` : 'Network: every request stayed on 127.0.0.1.');

    const report = {
      benchmark: 'agent-login-elements',
      generatedAt: new Date().toISOString(),
      browser: `Chromium ${browser.version()}`,
      node: process.version,
      cpus: availableParallelism(),
      runs,
      viewport: VIEWPORT,
      durationMs: Date.now() - started,
      units: { KiB: 'bytes', ms: 'milliseconds', MiB: 'bytes', score: 'layout shift score', count: 'count' },
      metrics: rows,
      ratios,
      files: {
        emailStep: emailFiles,
        dialNumber: dialFiles,
        bundle: all,
        phoneChunk: phone ?? null,
      },
      layoutShiftEntries: dial.map((r) => r.shift.entries),
      signInOutCycles: { afterCycle1: cycles.first, afterCycle50: cycles.fiftieth, afterCycle100: cycles.hundredth },
      teams,
      externalRequests: external,
      pageErrors: [...pageErrors],
      notes: [
        'Bytes: brotli quality 11 and gzip -9 of each JS/CSS file under dist/ the page fetched; "widget" excludes the demo adapter (dist/bundle/demo.js and its chunk), which an integrator replaces with their own.',
        'Times: performance.now() in the page (ms since navigation start); medians over fresh browser contexts after one warm-up run.',
        'Heap: performance.memory.usedJSHeapSize after window.gc() (--expose-gc, --enable-precise-memory-info).',
        'CLS: layout-shift entries without recent input, summed from load to signed in; "every shift" also counts input-driven shifts.',
        'Sign in/out: one page, 100 cycles (digital agent, zero latency, driven inside the page); heap is Runtime.getHeapUsage after HeapProfiler.collectGarbage; nodes, listeners and documents are Memory.getDOMCounters; one run, not a median.',
      ],
    };
    await writeFile(OUTPUT, `${JSON.stringify(report, null, 2)}\n`);
    log(`Wrote ${OUTPUT.replace(ROOT, '')} (${((Date.now() - started) / 1000).toFixed(0)} s).`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
