import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { createDemoService } from '../../src/adapters/demo-service.js';
import type { AgentProfile } from '../../src/contract/agent-service.js';
import type { AgentLogin } from '../../src/elements/agent-login/agent-login.js';
import '../../src/elements/interaction-preferences/interaction-preferences.js';
import '../../src/elements/session-banner/session-banner.js';
import '../../src/elements/team-picker/team-picker.js';
import type { InteractionPreferences } from '../../src/elements/interaction-preferences/interaction-preferences.js';
import { loadTerms, type Terms } from '../../src/i18n/terms.js';
import { PASSWORD, settle, untilStep } from '../helpers/agent-login.js';
import { deepElements } from '../helpers/dom.js';

async function until(check: () => boolean, what: string, timeoutMs = 6000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** The first profile of a page waits for zod and the schemas to load (slow on a busy machine). */
const FIRST_PROFILE_MS = 20000;

const direction = (el: Element) => getComputedStyle(el).direction;

/** Rendered boxes that stick out of the viewport sideways (to the left as well: RTL overflows there). */
function outOfViewport(root: Element): string[] {
  const width = document.documentElement.clientWidth;
  return deepElements(root)
    .filter((el) => !el.closest('.visually-hidden') && !el.matches('.visually-hidden'))
    .filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && (r.left < -1 || r.right > width + 1);
    })
    .map((el) => `<${el.localName} class="${el.getAttribute('class') ?? ''}"> ${Math.round(el.getBoundingClientRect().left)}…${Math.round(el.getBoundingClientRect().right)}`);
}

function expectNoSidewaysScroll(root: Element, where: string): void {
  const page = document.scrollingElement!;
  expect(page.scrollWidth, `${where}: the page scrolls sideways`).to.be.at.most(page.clientWidth);
  expect(outOfViewport(root), `${where}: boxes outside the 320 px viewport`).to.deep.equal([]);
}

/** Rendered elements of the shadow roots whose text runs left to right, numbers and isolated values aside. */
function ltrText(root: Element): string[] {
  return deepElements(root)
    .filter((el) => el.getRootNode() instanceof ShadowRoot && !el.matches('svg, svg *, input, select, option, code, [dir="ltr"], [dir="ltr"] *, .ltr, .ltr *, .tel, .tel *'))
    .filter((el) => el.getBoundingClientRect().width > 0 && direction(el) !== 'rtl')
    .map((el) => `<${el.localName} class="${el.getAttribute('class') ?? ''}"> in <${(el.getRootNode() as ShadowRoot).host.localName}>`);
}

const shadow = (el: AgentLogin) => el.shadowRoot!;
const prefsOf = (el: AgentLogin) => shadow(el).querySelector('interaction-preferences')!;

for (const lang of ['ar', 'he'] as const) {
  describe(`<agent-login lang="${lang}"> right to left`, () => {
    let t: Terms;
    before(async () => {
      t = await loadTerms(lang);
    });
    beforeEach(async () => {
      localStorage.clear();
      sessionStorage.clear();
      await setViewport({ width: 320, height: 640 });
    });
    afterEach(async () => {
      await setViewport({ width: 800, height: 600 });
    });

    it('lays every step out right to left, keeps the email and the dial number left to right, passes axe and fits 320 px', async () => {
      const el = await fixture<AgentLogin>(html`<agent-login lang=${lang} autofocus .service=${createDemoService()}></agent-login>`);
      await untilStep(el, 'email');
      await until(() => el.querySelector('h2')?.textContent === t.loginEmailTitle, `the ${lang} catalogue`);
      await settle(el);
      expect(direction(shadow(el).querySelector('.card')!)).to.equal('rtl');
      expect(direction(el.querySelector('h2')!)).to.equal('rtl');
      expect(ltrText(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
      expectNoSidewaysScroll(el, 'email');

      await sendKeys({ type: 'dialnumbers@demo.example' });
      await sendKeys({ press: 'Enter' });
      await untilStep(el, 'password');
      expect(direction(el.querySelector('.al-identity [dir="ltr"]')!)).to.equal('ltr');
      expect(direction(el.querySelector('.al-identity')!)).to.equal('rtl');
      await expect(el).to.be.accessible();
      expectNoSidewaysScroll(el, 'password');
      await sendKeys({ type: PASSWORD });
      await sendKeys({ press: 'Enter' });

      await untilStep(el, 'preferences', FIRST_PROFILE_MS);
      await prefsOf(el).updateComplete;
      await settle(el, 5);
      const dn = prefsOf(el).shadowRoot!.querySelector('#dn')!;
      expect(direction(prefsOf(el).shadowRoot!.querySelector('legend')!)).to.equal('rtl');
      expect(direction(shadow(el).querySelector('team-picker')!.shadowRoot!.querySelector('label')!)).to.equal('rtl');
      expect(direction(dn)).to.equal('ltr');
      expect(ltrText(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
      expectNoSidewaysScroll(el, 'preferences');

      const picker = shadow(el).querySelector('team-picker')!;
      picker.shadowRoot!.querySelector<HTMLInputElement>('[role="combobox"]')!.focus();
      await sendKeys({ type: 'bill' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await settle(el);
      shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await untilStep(el, 'signed-in');
      const number = shadow(el).querySelector('dd [dir="ltr"]')!;
      for (let i = 0; i < 300 && number.textContent !== '+1 415 555 0123'; i++) await aTimeout(10);
      expect(number.textContent).to.equal('+1 415 555 0123');
      expect(direction(number)).to.equal('ltr');
      expect(direction(shadow(el).querySelector('dl')!)).to.equal('rtl');
      expect(ltrText(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
      expectNoSidewaysScroll(el, 'signed in');
    });
  });

  describe(`<interaction-preferences lang="${lang}"> on its own, right to left`, () => {
    const profile: AgentProfile = {
      agentId: 'agent-rtl',
      email: 'agent@example.com',
      displayName: 'Agent',
      loginOptions: ['AGENT_DN', 'BROWSER'],
      defaultDialNumber: '+5511987654321',
      defaultCountry: 'BR',
      teams: [],
    };
    let t: Terms;
    before(async () => {
      t = await loadTerms(lang);
    });
    beforeEach(async () => {
      await setViewport({ width: 320, height: 640 });
    });
    afterEach(async () => {
      await setViewport({ width: 800, height: 600 });
    });

    it('lays the options out right to left, keeps the dial number and its check left to right, passes axe and fits 320 px', async () => {
      const el = await fixture<InteractionPreferences>(html`<interaction-preferences lang=${lang} .profile=${profile} .saved=${{ loginOption: 'AGENT_DN', dialNumber: '+5511987654321' }}></interaction-preferences>`);
      const root = el.shadowRoot!;
      await until(() => root.querySelector('legend')?.textContent === t.handleCalls, `the ${lang} catalogue`);
      await until(() => !!root.querySelector('#dn-status .status.ok'), 'the dial number to be checked');
      await el.updateComplete;
      expect(direction(root.querySelector('legend')!)).to.equal('rtl');
      expect(direction(root.querySelector('label[for="dn"]')!)).to.equal('rtl');
      const dn = root.querySelector<HTMLInputElement>('#dn')!;
      expect(direction(dn)).to.equal('ltr');
      expect(dn.value).to.match(/^\+55 11 98765[- ]?4321$/);
      const ok = root.querySelector('#dn-status .status.ok')!;
      expect(ok.textContent).to.contain(dn.value);
      expect(ltrText(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
      expectNoSidewaysScroll(el, 'dial number');
    });
  });

  describe(`<team-picker> and <session-banner> with lang="${lang}" on their own`, () => {
    let t: Terms;
    before(async () => {
      t = await loadTerms(lang);
    });
    beforeEach(async () => {
      await setViewport({ width: 320, height: 640 });
    });
    afterEach(async () => {
      await setViewport({ width: 800, height: 600 });
    });

    it('lays them out right to left with the tracking ID left to right, passes axe and fits 320 px', async () => {
      const page = await fixture<HTMLElement>(html`<div lang=${lang}>
        <team-picker .teams=${[{ id: 't1', name: 'Billing' }, { id: 't2', name: 'Support' }]} .error=${{ code: 'TEAM_INVALID', trackingId: 'trk-77' }}></team-picker>
        <session-banner .messages=${[{ id: 'rona', kind: 'rona', severity: 'error', trackingId: 'trk-88' }]}></session-banner>
      </div>`);
      const picker = page.querySelector('team-picker')!;
      const banner = page.querySelector('session-banner')!;
      await until(() => picker.shadowRoot!.querySelector('label')?.textContent === t.teamLabel, `the ${lang} team label`);
      await until(() => (banner.shadowRoot!.textContent ?? '').includes(t.bannerRonaTitle), `the ${lang} banner`);
      expect(direction(picker.shadowRoot!.querySelector('label')!)).to.equal('rtl');
      expect(direction(banner.shadowRoot!.querySelector('.banner')!)).to.equal('rtl');
      expect(direction(banner.shadowRoot!.querySelector('code')!)).to.equal('ltr');
      expect(ltrText(page)).to.deep.equal([]);
      await expect(page).to.be.accessible();
      expectNoSidewaysScroll(page, 'team picker and banner');
    });
  });
}

