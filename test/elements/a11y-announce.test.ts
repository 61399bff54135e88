import { expect, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createDemoService, type DemoService } from '../../src/adapters/demo-service.js';
import type { AgentLogin } from '../../src/elements/agent-login/agent-login.js';
import { en } from '../../src/i18n/en/index.js';
import { mount, q, settle, signInWithKeys, untilStep } from '../helpers/agent-login.js';
import { deepElements } from '../helpers/dom.js';

/** The first profile of a page waits for zod and the schemas to load (slow on a busy machine). */
const FIRST_PROFILE_MS = 20000;

const LIVE_ROLES = new Set(['alert', 'status', 'log']);

function isLiveRegion(el: Element): boolean {
  const live = el.getAttribute('aria-live');
  if (live && live !== 'off') return true;
  return LIVE_ROLES.has(el.getAttribute('role') ?? '');
}

/** The parent of a node, crossing from a shadow root to its host. */
function composedParent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The live regions whose text includes the message. A region inside another one that says the same
 * text is counted once: a screen reader reads the outer region's change.
 */
function regionsSaying(el: AgentLogin, text: string): string[] {
  const saying = deepElements(el).filter((n) => isLiveRegion(n) && (n.textContent ?? '').replace(/\s+/g, ' ').includes(text));
  const outermost = saying.filter((n) => {
    for (let p = composedParent(n); p && p !== el; p = composedParent(p)) if (saying.includes(p)) return false;
    return true;
  });
  return outermost.map((n) => `<${n.localName} role=${n.getAttribute('role')} aria-live=${n.getAttribute('aria-live')}> in <${(n.getRootNode() as ShadowRoot).host?.localName ?? 'document'}>`);
}

async function until(check: () => boolean, what: string, timeoutMs = 4000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await aTimeout(10);
  }
}

async function expectAnnouncedOnce(el: AgentLogin, text: string): Promise<void> {
  await until(() => regionsSaying(el, text).length > 0, `a live region to say "${text}"`, FIRST_PROFILE_MS);
  await settle(el, 4);
  expect(regionsSaying(el, text), `the live regions that say "${text}"`).to.have.length(1);
}

describe('errors are announced once', () => {
  let service: DemoService;
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    service = createDemoService();
  });

  it('announces a wrong password in exactly one live region and links the message to the password field', async () => {
    const el = await mount(service);
    await signInWithKeys(el, 'agent@demo.example', 'wrong-password');
    await expectAnnouncedOnce(el, en.errorINVALID_CREDENTIALS);
    const password = q<HTMLInputElement>(el, 'input[name="password"]');
    expect(password.getAttribute('aria-invalid')).to.equal('true');
    const described = (password.getAttribute('aria-describedby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '');
    expect(described.join(' ')).to.contain(en.errorINVALID_CREDENTIALS);
    await expect(el).to.be.accessible();
  });

  it('announces a second wrong password again, still in one live region', async () => {
    const el = await mount(service);
    await signInWithKeys(el, 'agent@demo.example', 'wrong-password');
    await expectAnnouncedOnce(el, en.errorINVALID_CREDENTIALS);
    await sendKeys({ type: 'still-wrong' });
    await sendKeys({ press: 'Enter' });
    await expectAnnouncedOnce(el, en.errorINVALID_CREDENTIALS);
  });

  it('announces a step error without a field (a locked account) in exactly one live region', async () => {
    const el = await mount(service);
    await signInWithKeys(el, 'locked@demo.example');
    await expectAnnouncedOnce(el, en.errorACCOUNT_LOCKED);
    expect(q(el, '.al-error').textContent).to.contain(en.errorACCOUNT_LOCKED);
    await expect(el).to.be.accessible();
  });

  async function saveWithBilling(el: AgentLogin): Promise<void> {
    await untilStep(el, 'preferences', FIRST_PROFILE_MS);
    const picker = el.shadowRoot!.querySelector('team-picker')!;
    await picker.updateComplete;
    picker.shadowRoot!.querySelector<HTMLInputElement>('[role="combobox"]')!.focus();
    await sendKeys({ type: 'bill' });
    await settle(el);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await until(() => picker.teamId === 't-billing', 'the team');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.focus();
    await sendKeys({ press: 'Enter' });
  }

  it('announces a dial number in use in exactly one live region, linked to the dial number', async () => {
    service.setOptions({ fail: { stationLogin: 'DN_IN_USE' } });
    const el = await mount(service);
    await signInWithKeys(el, 'dialnumbers@demo.example');
    await saveWithBilling(el);
    await expectAnnouncedOnce(el, en.errorDN_IN_USE);
    const dn = el.shadowRoot!.querySelector('interaction-preferences')!.shadowRoot!.querySelector('#dn')!;
    expect(dn.getAttribute('aria-invalid')).to.equal('true');
    expect(dn.getAttribute('aria-describedby')).to.contain('dn-server-error');
    await expect(el).to.be.accessible();
  });

  it('announces a team no longer available in exactly one live region, present before the error, linked to the team field', async () => {
    service.setOptions({ fail: { stationLogin: 'TEAM_INVALID' } });
    const el = await mount(service);
    await signInWithKeys(el, 'digital@demo.example');
    await untilStep(el, 'preferences', FIRST_PROFILE_MS);
    const picker = el.shadowRoot!.querySelector('team-picker')!;
    await picker.updateComplete;
    const region = picker.shadowRoot!.querySelector('[aria-live="polite"]:has(#error)');
    expect(region && region.checkVisibility(), 'the team field’s live region is rendered before any error').to.equal(true);
    await saveWithBilling(el);
    await expectAnnouncedOnce(el, en.errorTEAM_INVALID);
    expect(picker.shadowRoot!.querySelector('[aria-live="polite"]:has(#error)') === region, 'the same live region').to.equal(true);
    const combobox = picker.shadowRoot!.querySelector('[role="combobox"]')!;
    expect(combobox.getAttribute('aria-invalid')).to.equal('true');
    expect(combobox.getAttribute('aria-describedby')).to.equal('error');
    await expect(el).to.be.accessible();
  });
});
