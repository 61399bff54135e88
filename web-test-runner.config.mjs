// @ts-check
// Web Test Runner: every test runs in a real Chromium (Debian's `chromium` package; no browser download).
import { accessSync, constants, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { createReferenceHandler } from './server/reference-server.mjs';

const isExecutable = (/** @type {string} */ p) => {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** CHROME_PATH, else Debian's chromium (apt-get install chromium). */
function findChromium() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  for (const p of ['/usr/bin/chromium', '/usr/lib/chromium/chromium']) if (isExecutable(p)) return p;
  throw new Error('No Chromium found: apt-get install chromium, or set CHROME_PATH.');
}

/**
 * Prints one plain closing line, "wtr: N passed, N failed", after the default report, for CI log
 * parsers. A test file that failed to load counts as one failure.
 * @returns {import('@web/test-runner').Reporter}
 */
function plainSummaryReporter() {
  return {
    stop({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      /** @param {import('@web/test-runner').TestSuiteResult} suite */
      const walk = (suite) => {
        for (const t of suite.tests) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        suite.suites.forEach(walk);
      };
      for (const s of sessions) {
        if (s.testResults) walk(s.testResults);
        if (s.errors.length > 0) failed++;
      }
      const line = `wtr: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
      process.once('exit', () => console.log(line));
    },
  };
}

/**
 * `emulateMediaFeatures({ features })`: emulates CSS media features through the DevTools protocol,
 * e.g. `forced-colors: active` (Windows high contrast) with `prefers-color-scheme`. The built-in
 * `emulateMedia` command sends only the colour scheme and reduced motion to a Chrome launcher
 * (forced colours are Playwright-only there). Each call replaces every emulated feature; `[]` resets.
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
function emulateMediaFeaturesPlugin() {
  return {
    name: 'emulate-media-features-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const features = /** @type {{ features?: { name: string; value: string }[] }} */ (payload)?.features;
      if (!Array.isArray(features)) throw new Error('emulate-media-features takes { features: [{ name, value }] }');
      if (session.browser.type !== 'puppeteer') throw new Error(`emulate-media-features needs a Chrome launcher, not ${session.browser.type}`);
      const page = /** @type {import('@web/test-runner-chrome').ChromeLauncher} */ (session.browser).getPage(session.id);
      await page.emulateMediaFeatures(features);
      return true;
    },
  };
}

/** The reference server (issue #7), in memory, for test/e2e: the tests reset it through `/api/__reset`. */
const referenceApi = createReferenceHandler({ prefix: '/api' });

/**
 * A second reference server under `/api-data`, keeping its state in a temporary file (`--data`):
 * the `reference-data-restart` command replaces it with a fresh one that reads that file back, as
 * a server restart would, and answers the file's contents (test/e2e/reference-persistence.test.ts).
 */
const dataDir = mkdtempSync(join(tmpdir(), 'agent-login-reference-'));
process.once('exit', () => rmSync(dataDir, { recursive: true, force: true }));
const dataOptions = { prefix: '/api-data', dataFile: join(dataDir, 'state.json') };
let persistentApi = createReferenceHandler(dataOptions);

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
function referenceRestartPlugin() {
  return {
    name: 'reference-data-restart-command',
    executeCommand({ command }) {
      if (command !== 'reference-data-restart') return undefined;
      persistentApi.close();
      persistentApi = createReferenceHandler(dataOptions);
      return JSON.parse(readFileSync(dataOptions.dataFile, 'utf8'));
    },
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: 'test/**/*.test.ts',
  middleware: [
    // The node handler answers `/api/*` itself (including the event stream); Koa stays out of it.
    // Settling on `close` lets the runner see the real status (it reports 404s). Koa presets 404:
    // a request a fault leaves unanswered (a timeout, a dropped stream) is not a missing file.
    async function reference(ctx, next) {
      const handler = ctx.path.startsWith('/api/') ? referenceApi : ctx.path.startsWith('/api-data/') ? persistentApi : null;
      if (!handler) return next();
      ctx.respond = false;
      ctx.res.statusCode = 200;
      await new Promise((done) => {
        ctx.res.once('close', done);
        handler(ctx.req, ctx.res);
      });
    },
  ],
  nodeResolve: { exportConditions: ['development'] },
  // esbuild only strips types; it needs the tsconfig to honour experimentalDecorators. `json`
  // serves imported .json files (the demo seed, the phone metadata groups) as JS modules.
  plugins: [
    esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    emulateMediaFeaturesPlugin(),
    referenceRestartPlugin(),
    // The accessibility tree Chromium gives a screen reader: role and name of the focused control (issue #9).
    a11ySnapshotPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChromium(),
        headless: true,
        // Puppeteer hides scrollbars in headless mode; a user on Windows or Linux sees classic ones,
        // which take room from the box they scroll (a layout shift when one appears). Draw them.
        ignoreDefaultArgs: ['--hide-scrollbars'],
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
        ],
      },
    }),
  ],
  concurrency: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  // Generous: a loaded 2-core CI machine transforms the phone metadata slowly on first use.
  testFramework: { config: { timeout: 30000 } },
  staticLogging: !process.stdout.isTTY,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), plainSummaryReporter()],
  coverageConfig: {
    include: ['src/**/*.ts'],
    reportDir: 'coverage',
  },
};
