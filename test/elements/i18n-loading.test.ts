import { expect, fixture, html } from '@open-wc/testing';
import { createDemoService } from '../../src/adapters/demo-service.js';
import type { AgentLogin } from '../../src/elements/agent-login/agent-login.js';
import { en } from '../../src/i18n/en/index.js';
import { loadedTerms, SUPPORTED_LOCALES } from '../../src/i18n/terms.js';
import { settle, untilStep } from '../helpers/agent-login.js';

async function until(check: () => boolean, what: string, timeoutMs = 4000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** The locale folders under src/i18n/ this page fetched a module from, e.g. ["de", "en"]. */
function fetchedLocales(): string[] {
  const found = new Set<string>();
  for (const entry of performance.getEntriesByType('resource')) {
    const match = /\/src\/i18n\/([^/?#]+)\/[^/?#]+\.(?:ts|js)/.exec(new URL(entry.name).pathname);
    if (match) found.add(match[1]);
  }
  return [...found].sort();
}

const title = (el: AgentLogin) => el.querySelector('h2')?.textContent ?? '';

describe('locale catalogues are downloaded on demand', () => {
  let bufferFull = false;
  before(() => {
    performance.setResourceTimingBufferSize(100000);
    performance.addEventListener('resourcetimingbufferfull', () => (bufferFull = true));
  });

  it('fetches only English (bundled) until another language is asked for, then only that one', async () => {
    expect(bufferFull, 'every request was recorded').to.equal(false);
    expect(fetchedLocales()).to.deep.equal(['en']);

    const el = await fixture<AgentLogin>(html`<agent-login lang="en" .service=${createDemoService()}></agent-login>`);
    await untilStep(el, 'email');
    expect(title(el)).to.equal(en.loginEmailTitle);
    expect(fetchedLocales()).to.deep.equal(['en']);

    el.lang = 'de';
    await until(() => !!loadedTerms('de') && title(el) === loadedTerms('de')!.loginEmailTitle, 'the German title');
    await settle(el);
    expect(fetchedLocales()).to.deep.equal(['de', 'en']);
    expect(SUPPORTED_LOCALES.filter((l) => loadedTerms(l))).to.deep.equal(['en', 'de']);

    el.lang = 'ja';
    await until(() => !!loadedTerms('ja') && title(el) === loadedTerms('ja')!.loginEmailTitle, 'the Japanese title');
    expect(fetchedLocales()).to.deep.equal(['de', 'en', 'ja']);

    el.lang = 'de';
    await until(() => title(el) === loadedTerms('de')!.loginEmailTitle, 'the German title again');
    expect(bufferFull, 'every request was recorded').to.equal(false);
    expect(fetchedLocales()).to.deep.equal(['de', 'en', 'ja']);
    expect(performance.getEntriesByType('resource').filter((e) => /\/src\/i18n\/de\/index\.ts/.test(e.name))).to.have.length(1);
  });
});
