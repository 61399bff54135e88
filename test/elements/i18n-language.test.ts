import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createDemoService } from '../../src/adapters/demo-service.js';
import type { AgentLogin } from '../../src/elements/agent-login/agent-login.js';
import { en } from '../../src/i18n/en/index.js';
import { loadTerms, type Terms } from '../../src/i18n/terms.js';
import { expectFocused, q, settle, untilStep } from '../helpers/agent-login.js';

async function until(check: () => boolean, what: string, timeoutMs = 4000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** The first profile of a page waits for zod and the schemas to load (slow on a busy machine). */
const FIRST_PROFILE_MS = 20000;

const title = (el: AgentLogin) => el.querySelector('h2')?.textContent ?? '';
const label = (el: AgentLogin, name: string) => {
  const input = q<HTMLInputElement>(el, `input[name="${name}"]:not([aria-hidden])`);
  return el.querySelector(`label[for="${input.id}"]`)?.textContent ?? '';
};

async function expectInLocale(el: AgentLogin, terms: Terms, locale: string): Promise<void> {
  await until(() => title(el) === terms.loginEmailTitle, `the title in ${locale} (it says "${title(el)}")`);
  await settle(el);
  expect(label(el, 'username')).to.equal(terms.loginEmailLabel);
  expect(el.shadowRoot!.querySelector('.card')!.getAttribute('lang')).to.equal(locale);
}

describe('the language of <agent-login>', () => {
  let fr: Terms;
  let de: Terms;
  let es: Terms;
  let pt: Terms;
  let ar: Terms;
  before(async () => {
    [fr, de, es, pt, ar] = await Promise.all([loadTerms('fr'), loadTerms('de'), loadTerms('es'), loadTerms('pt-BR'), loadTerms('ar')]);
  });
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('follows the closest ancestor’s lang when it has none, and that ancestor changing it', async () => {
    const page = await fixture<HTMLElement>(html`<section lang="de"><div lang="fr"><agent-login .service=${createDemoService()}></agent-login></div></section>`);
    const el = page.querySelector('agent-login')!;
    await untilStep(el, 'email');
    expect(el.hasAttribute('lang')).to.equal(false);
    await expectInLocale(el, fr, 'fr');
    page.querySelector('div')!.removeAttribute('lang');
    await expectInLocale(el, de, 'de');
    page.setAttribute('lang', 'es-419');
    await expectInLocale(el, es, 'es');
  });

  it('follows the lang of the host across a shadow root', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="pt-BR"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('agent-login');
    el.service = createDemoService();
    root.append(el);
    await untilStep(el, 'email');
    await expectInLocale(el, pt, 'pt-BR');
  });

  describe('without any lang in the page', () => {
    let pageLang: string | null;
    beforeEach(() => {
      pageLang = document.documentElement.getAttribute('lang');
      document.documentElement.removeAttribute('lang');
    });
    afterEach(() => {
      Reflect.deleteProperty(navigator, 'language');
      if (pageLang !== null) document.documentElement.setAttribute('lang', pageLang);
    });

    it('follows the browser’s language', async () => {
      Object.defineProperty(navigator, 'language', { configurable: true, get: () => 'fr-CA' });
      const el = await fixture<AgentLogin>(html`<agent-login .service=${createDemoService()}></agent-login>`);
      await untilStep(el, 'email');
      await expectInLocale(el, fr, 'fr');
    });

    it('falls back to English for a browser language it does not have', async () => {
      Object.defineProperty(navigator, 'language', { configurable: true, get: () => 'sw-KE' });
      const el = await fixture<AgentLogin>(html`<agent-login .service=${createDemoService()}></agent-login>`);
      await untilStep(el, 'email');
      await expectInLocale(el, en, 'en');
    });
  });

  it('re-renders in place when lang changes, keeping the typed email, the typed password and the focus', async () => {
    const el = await fixture<AgentLogin>(html`<agent-login lang="en" autofocus .service=${createDemoService()}></agent-login>`);
    await untilStep(el, 'email');
    const email = q<HTMLInputElement>(el, 'input[name="username"]');
    expectFocused(email, 'the email field');
    await sendKeys({ type: 'agent@demo.exa' });
    el.setAttribute('lang', 'pt-BR');
    await expectInLocale(el, pt, 'pt-BR');
    expect(q<HTMLInputElement>(el, 'input[name="username"]') === email, 'the same email field').to.equal(true);
    expectFocused(email, 'the email field after the switch');
    expect(email.value).to.equal('agent@demo.exa');
    await sendKeys({ type: 'mple' });
    expect(email.value).to.equal('agent@demo.example');
    await sendKeys({ press: 'Enter' });
    await untilStep(el, 'password');

    const password = q<HTMLInputElement>(el, 'input[name="password"]');
    expectFocused(password, 'the password field');
    expect(label(el, 'password')).to.equal(pt.loginPasswordLabel);
    await sendKeys({ type: 'demo12' });
    el.lang = 'ar';
    await until(() => label(el, 'password') === ar.loginPasswordLabel, 'the password label in Arabic');
    await settle(el);
    expect(el.shadowRoot!.querySelector('.card')!.getAttribute('dir')).to.equal('rtl');
    expect(q<HTMLInputElement>(el, 'input[name="password"]') === password, 'the same password field').to.equal(true);
    expectFocused(password, 'the password field after the switch');
    expect(password.value).to.equal('demo12');
    await sendKeys({ type: '34' });
    el.lang = 'en';
    await until(() => label(el, 'password') === en.loginPasswordLabel, 'the password label in English');
    expectFocused(password, 'the password field after switching back');
    await sendKeys({ press: 'Enter' });
    await untilStep(el, 'collaboration', FIRST_PROFILE_MS);
    await expect(el).to.be.accessible();
  });
});
