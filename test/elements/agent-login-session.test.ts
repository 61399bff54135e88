import { expect, fixture, html, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createDemoService } from '../../src/adapters/demo-service.js';
import type { AgentLogin } from '../../src/elements/agent-login/agent-login.js';
import { settle, signInWithKeys, untilStep } from '../helpers/agent-login.js';

const banner = (el: AgentLogin) => el.shadowRoot!.querySelector('session-banner')!.shadowRoot!;
const bannerText = (el: AgentLogin) => banner(el).textContent ?? '';
const continueButton = (el: AgentLogin) =>
  [...banner(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => /continue/i.test(b.textContent ?? ''));

async function waitFor(check: () => boolean, what: string, timeoutMs = 4000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await aTimeout(10);
  }
}

async function signInDigital(el: AgentLogin): Promise<void> {
  await untilStep(el, 'email');
  await signInWithKeys(el, 'digital@demo.example');
  await untilStep(el, 'preferences');
  const picker = el.shadowRoot!.querySelector('team-picker')!;
  await picker.updateComplete;
  picker.shadowRoot!.querySelector<HTMLInputElement>('[role="combobox"]')!.focus();
  await sendKeys({ type: 'bill' });
  await sendKeys({ press: 'Enter' });
  await settle(el);
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await untilStep(el, 'signed-in');
}

describe('<agent-login> one session at a time', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('warns the first tab when the same agent signs in elsewhere, and Continue takes the session back', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <agent-login id="a" lang="en" .service=${createDemoService()}></agent-login>
      <agent-login id="b" lang="en" .service=${createDemoService()}></agent-login>
    </div>`);
    const a = wrap.querySelector<AgentLogin>('#a')!;
    const b = wrap.querySelector<AgentLogin>('#b')!;
    await signInDigital(a);
    expect(continueButton(a)).to.equal(undefined);

    await signInDigital(b);
    await waitFor(() => !!continueButton(a), 'the warning in the first widget');
    expect(bannerText(a)).to.contain('several browsers or tabs');
    expect(continueButton(b)).to.equal(undefined);
    await expect(a).to.be.accessible();

    continueButton(a)!.click();
    await waitFor(() => !!continueButton(b), 'the warning in the second widget');
    await waitFor(() => !continueButton(a), 'the first widget to be active again');
  });

  it('lets the host veto a takeover', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <agent-login id="a" lang="en" .service=${createDemoService()}></agent-login>
      <agent-login id="b" lang="en" .service=${createDemoService()}></agent-login>
    </div>`);
    const a = wrap.querySelector<AgentLogin>('#a')!;
    const b = wrap.querySelector<AgentLogin>('#b')!;
    await signInDigital(a);
    await signInDigital(b);
    await waitFor(() => !!continueButton(a), 'the warning in the first widget');
    a.addEventListener('agent-session-takeover', (e) => e.preventDefault(), { once: true });
    continueButton(a)!.click();
    await aTimeout(100);
    expect(continueButton(a), 'still warned: the host vetoed').to.exist;
    expect(continueButton(b)).to.equal(undefined);
  });

  it('shows degraded features until they are restored, and a RONA tracking ID to copy', async () => {
    const service = createDemoService();
    const el = await fixture<AgentLogin>(html`<agent-login lang="en" .service=${service}></agent-login>`);
    await signInDigital(el);
    service.emit({ type: 'degraded', features: ['Reports', 'Chat'] });
    await waitFor(() => bannerText(el).includes('Reports'), 'the degraded banner');
    expect(bannerText(el)).to.contain('Chat');
    await expect(el).to.be.accessible();
    service.emit({ type: 'restored' });
    await waitFor(() => !bannerText(el).includes('Reports'), 'the banner to go');
    service.emit({ type: 'rona', trackingId: 'RONA-7731' });
    await waitFor(() => bannerText(el).includes('RONA-7731'), 'the RONA banner');
    expect([...banner(el).querySelectorAll('button')].some((b) => /copy/i.test(b.textContent ?? ''))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('says the connection is lost while the browser is offline, with Reload guidance, until it is back', async () => {
    const el = await fixture<AgentLogin>(html`<agent-login lang="en" .service=${createDemoService()}></agent-login>`);
    await untilStep(el, 'email');
    window.dispatchEvent(new Event('offline'));
    await waitFor(() => /reload/i.test(bannerText(el)), 'the connection-lost banner');
    expect([...banner(el).querySelectorAll('button')].some((b) => /reload/i.test(b.textContent ?? ''))).to.equal(true);
    await expect(el).to.be.accessible();
    window.dispatchEvent(new Event('online'));
    await waitFor(() => !/reload/i.test(bannerText(el)), 'the banner to go');
  });

  it('requires the E911 notice to be accepted before Save & Continue for browser calling', async () => {
    const el = await fixture<AgentLogin>(html`<agent-login lang="en" .service=${createDemoService()}></agent-login>`);
    await untilStep(el, 'email');
    await signInWithKeys(el, 'e911@demo.example');
    await untilStep(el, 'preferences');
    const root = el.shadowRoot!;
    const prefs = root.querySelector('interaction-preferences')!;
    await prefs.updateComplete;
    const desktop = prefs.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"][value="BROWSER"]');
    if (desktop && !desktop.checked) desktop.click();
    const picker = root.querySelector('team-picker')!;
    await picker.updateComplete;
    picker.shadowRoot!.querySelector<HTMLInputElement>('[role="combobox"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await settle(el, 4);
    const fieldset = root.querySelector('fieldset');
    expect(fieldset?.textContent).to.contain('E911');
    const save = root.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    expect(save.disabled || save.getAttribute('aria-disabled') === 'true', 'blocked until accepted').to.equal(true);
    await expect(el).to.be.accessible();
    fieldset!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await settle(el);
    expect(save.getAttribute('aria-disabled')).to.equal('false');
    save.click();
    await untilStep(el, 'signed-in');
  });
});

