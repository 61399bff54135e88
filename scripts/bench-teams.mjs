// @ts-check
/* global window, document, performance, requestAnimationFrame, customElements -- the page-side helpers run in the browser */
/**
 * Keystroke-to-render benchmark of <team-picker> (issue #4), in headless Chromium.
 *
 * For 10, 1,000 and 10,000 teams it opens the list, types "niv" and erases it again with real key
 * presses, and measures for every keystroke the time from the keydown being dispatched (a
 * capture listener on window, so before any handler of the element) to the next animation frame
 * after the listbox re-rendered: what an agent waits for before the list reflects the key. It also
 * reports the time to hand the element a new team list (index + sort) and to open the list.
 * Medians over several runs (first run discarded as warm-up); p95 and max show the tail.
 *
 * Standalone: `node scripts/bench-teams.mjs [--runs=7] [--json]` after `npm run build`; it serves
 * dist/ (or $BENCH_DIST) on 127.0.0.1 at an ephemeral port and launches /usr/bin/chromium
 * (or $CHROME_PATH). From another script: `await benchTeams(browser, baseUrl)` with a
 * playwright-core Browser and the URL of a server that serves dist/.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Team counts measured. */
export const TEAM_COUNTS = [10, 1_000, 10_000];
/** What the agent types ("Suporte Nível 2" is in every list); it is then erased key by key. */
export const QUERY = 'niv';

/** Chromium flags for a quiet, sandbox-less headless run on CI machines (see TOOLCHAIN.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const PAGE = (/** @type {string} */ bundle) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>team-picker bench</title></head>
  <body style="margin: 0; padding: 16px">
    <main style="inline-size: 320px"><team-picker></team-picker></main>
    <script type="module" src="${bundle}"></script>
  </body>
</html>`;

const TYPES = /** @type {Record<string, string>} */ ({
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
});

/**
 * Serves a directory (and the bench page at `/`) on 127.0.0.1 at an ephemeral port.
 * @param {string} root
 * @param {string} [bundlePath]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveDirectory(root, bundlePath = '/bundle/agent-login.js') {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (path === '/') {
      res.writeHead(200, { 'content-type': TYPES['.html'] }).end(PAGE(bundlePath));
      return;
    }
    const file = join(base, path);
    if (!file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((ok) => server.close(() => ok(undefined))),
  };
}

/** @param {number[]} values @param {number} q */
function quantile(values, q) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

const round = (/** @type {number} */ n) => Math.round(n * 100) / 100;

/**
 * In the page: helpers that build team lists and time one keystroke.
 * Runs in the browser (serialised by playwright), so it must be self-contained.
 */
function installPageHelpers() {
  const DEPARTMENTS = ['Atendimento', 'Vendas', 'Cobrança', 'Retenção', 'Backoffice', 'Ouvidoria', 'Faturamento', 'Logística', 'Qualidade'];
  const REGIONS = ['Norte', 'Sul', 'Leste', 'Oeste', 'Centro', 'São Paulo', 'Recife', 'Curitiba'];
  const w = /** @type {any} */ (window);
  w.__picker = () => /** @type {any} */ (document.querySelector('team-picker'));
  w.__setTeams = async (/** @type {number} */ count) => {
    const teams = Array.from({ length: count }, (_, i) => ({
      id: `team-${i}`,
      name: `${DEPARTMENTS[i % DEPARTMENTS.length]} ${REGIONS[(i * 7) % REGIONS.length]} ${String(i).padStart(5, '0')}`,
    }));
    teams[Math.floor(count * 0.61)] = { id: 'target', name: 'Suporte Nível 2' };
    const picker = w.__picker();
    picker.teamId = '';
    const t0 = performance.now();
    picker.teams = teams; // a new array each run: no memoised index to reuse
    await picker.updateComplete;
    return performance.now() - t0;
  };
  /**
   * Starts timing the next keystroke; `await window.__sample` gives `{ render, frame }` in ms.
   * A typed key re-renders on `input`; a key that moves or opens the list, in its keydown handler.
   */
  w.__arm = (/** @type {boolean} */ typing) => {
    const picker = w.__picker();
    const input = picker.shadowRoot.querySelector('input');
    w.__sample = new Promise((done) => {
      let t0 = 0;
      const settle = async () => {
        await picker.updateComplete;
        const render = performance.now() - t0;
        requestAnimationFrame(() => done({ render, frame: performance.now() - t0 }));
      };
      window.addEventListener('keydown', () => (t0 = performance.now()), { capture: true, once: true });
      if (typing) input.addEventListener('input', settle, { once: true });
      else window.addEventListener('keydown', settle, { once: true });
    });
  };
}

/**
 * Measures <team-picker> at 10 / 1,000 / 10,000 teams in a page of `baseUrl`, which must serve the
 * built bundle at `bundlePath`. Prints a table (unless `log` is null) and returns the figures.
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 * @param {{ runs?: number, counts?: number[], bundlePath?: string, log?: ((line: string) => void) | null }} [options]
 */
export async function benchTeams(browser, baseUrl, options = {}) {
  const { runs = 7, counts = TEAM_COUNTS, bundlePath = '/bundle/agent-login.js', log = console.log } = options;
  if (runs < 5) throw new Error('benchTeams: use at least 5 runs for a meaningful median.');
  const page = await browser.newPage({ viewport: { width: 480, height: 800 } });
  try {
    await page.goto(new URL('/', baseUrl).href);
    await page.setContent(PAGE(bundlePath), { waitUntil: 'load' });
    await page
      .waitForFunction(() => customElements.get('team-picker') !== undefined, null, { timeout: 15_000 })
      .catch(() => {
        throw new Error(`${bundlePath} did not register <team-picker>: run \`npm run build\` (and export the element from src/index.ts).`);
      });
    await page.evaluate(installPageHelpers);
    const input = page.locator('team-picker input[role="combobox"]');

    /** @param {string} key */
    const timeKey = async (key) => {
      await page.evaluate((typing) => /** @type {any} */ (window).__arm(typing), key.length === 1 || key === 'Backspace');
      await page.keyboard.press(key);
      return /** @type {{ render: number, frame: number }} */ (await page.evaluate(() => /** @type {any} */ (window).__sample));
    };

    const results = [];
    for (const count of counts) {
      /** @type {{ render: number[], frame: number[], index: number[], open: number[] }} */
      const samples = { render: [], frame: [], index: [], open: [] };
      for (let run = 0; run <= runs; run++) {
        const warmUp = run === 0;
        await page.keyboard.press('Escape').catch(() => undefined);
        const index = await page.evaluate((n) => /** @type {any} */ (window).__setTeams(n), count);
        await input.focus();
        const open = await timeKey('ArrowDown');
        const keys = [...QUERY, ...Array.from(QUERY, () => 'Backspace')];
        const typed = [];
        for (const key of keys) typed.push(await timeKey(key));
        const found = await page.evaluate(() =>
          [.../** @type {any} */ (window).__picker().shadowRoot.querySelectorAll('[role="option"]')].length,
        );
        if (found === 0) throw new Error(`benchTeams: the list is empty after typing at ${count} teams.`);
        await page.keyboard.press('Escape');
        await page.evaluate(() => /** @type {HTMLElement} */ (document.activeElement)?.blur());
        if (warmUp) continue;
        samples.index.push(index);
        samples.open.push(open.frame);
        for (const s of typed) {
          samples.render.push(s.render);
          samples.frame.push(s.frame);
        }
      }
      results.push({
        teams: count,
        keystrokes: samples.frame.length,
        renderMedianMs: round(quantile(samples.render, 0.5)),
        frameMedianMs: round(quantile(samples.frame, 0.5)),
        frameP95Ms: round(quantile(samples.frame, 0.95)),
        frameMinMs: round(Math.min(...samples.frame)),
        frameMaxMs: round(Math.max(...samples.frame)),
        setTeamsMedianMs: round(quantile(samples.index, 0.5)),
        openMedianMs: round(quantile(samples.open, 0.5)),
      });
    }

    const report = {
      benchmark: 'team-picker keystroke-to-render',
      query: QUERY,
      runs,
      browser: `Chromium ${browser.version()}`,
      results,
    };
    if (log) printTable(report, log);
    return report;
  } finally {
    await page.close();
  }
}

/**
 * @param {{ query: string, runs: number, browser: string, results: Record<string, number>[] }} report
 * @param {(line: string) => void} log
 */
function printTable(report, log) {
  const head = ['teams', 'keys', 'render p50', 'frame p50', 'frame p95', 'frame max', 'set teams', 'open'];
  const rows = report.results.map((r) => [
    r.teams.toLocaleString('en'),
    String(r.keystrokes),
    ...[r.renderMedianMs, r.frameMedianMs, r.frameP95Ms, r.frameMaxMs, r.setTeamsMedianMs, r.openMedianMs].map((n) => `${n.toFixed(1)} ms`),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (/** @type {string[]} */ cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  log(`<team-picker>: type "${report.query}" and erase it, ${report.runs} runs per size, ${report.browser}`);
  log(line(head));
  log(`|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const r of rows) log(line(r));
  log('render: keydown to the listbox updated; frame: keydown to the next animation frame after it (what the agent sees).');
}

async function main() {
  const args = process.argv.slice(2);
  const runsArg = args.find((a) => a.startsWith('--runs='));
  const runs = runsArg ? Number(runsArg.slice('--runs='.length)) : 7;
  const root = process.env.BENCH_DIST ?? fileURLToPath(new URL('../dist/', import.meta.url));
  const { chromium } = await import('playwright-core');
  const server = await serveDirectory(root);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const report = await benchTeams(browser, server.url, { runs });
    if (args.includes('--json')) console.log(JSON.stringify(report, null, 2));
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
