import { expect, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createDemoService, type DemoService } from '../../src/adapters/demo-service.js';
import type { AgentLogin } from '../../src/elements/agent-login/agent-login.js';
import { InteractionPreferences } from '../../src/elements/interaction-preferences/interaction-preferences.js';
import { PASSWORD, creds, mount, q, record, settle, untilStep, type Recorder, signInWithKeys } from '../helpers/agent-login.js';
import { en } from '../../src/i18n/en/index.js';

const shadow = (el: AgentLogin) => el.shadowRoot!;
const prefs = (el: AgentLogin) => shadow(el).querySelector('interaction-preferences')!;
const picker = (el: AgentLogin) => shadow(el).querySelector('team-picker')!;
const saveButton = (el: AgentLogin) => shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!;
const combobox = (el: AgentLogin) => picker(el).shadowRoot!.querySelector<HTMLInputElement>('[role="combobox"]')!;

const signIn = signInWithKeys;

async function toPreferences(el: AgentLogin, email: string): Promise<void> {
  await signIn(el, email);
  for (let i = 0; i < 200 && el.step !== 'preferences' && el.step !== 'collaboration'; i++) await aTimeout(10);
  if (el.step === 'collaboration') {
    for (const skip of shadow(el).querySelectorAll<HTMLButtonElement>('.provider .secondary')) skip.click();
  }
  await untilStep(el, 'preferences');
  for (let i = 0; i < 500 && !(prefs(el) && picker(el)); i++) await aTimeout(10);
  await prefs(el).updateComplete;
  await picker(el).updateComplete;
  await settle(el);
}

async function pickTeam(el: AgentLogin, text: string): Promise<void> {
  combobox(el).focus();
  await sendKeys({ type: text });
  await settle(el);
  await sendKeys({ press: 'Enter' });
  await settle(el);
}

async function chooseOption(el: AgentLogin, option: 'BROWSER' | 'EXTENSION' | 'AGENT_DN'): Promise<void> {
  const radio = prefs(el).shadowRoot!.querySelector<HTMLInputElement>(`input[type="radio"][value="${option}"]`)!;
  radio.click();
  await settle(el, 5);
}

async function save(el: AgentLogin): Promise<void> {
  saveButton(el).click();
  await settle(el);
}

/** The signed-in view's "Handle calls" line. */
const handleCalls = (el: AgentLogin) => shadow(el).querySelectorAll('dd')[1]?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300 && !check(); i++) await aTimeout(10);
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

function isDisabled(button: HTMLButtonElement): boolean {
  return button.disabled || button.getAttribute('aria-disabled') === 'true';
}

describe('<agent-login> preferences, station login and sign-out', () => {
  let rec: Recorder;
  let service: DemoService;
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    service = createDemoService();
    rec = record();
  });
  afterEach(() => rec.stop());

  it('keeps Save & Continue disabled until a team is chosen, and again after the team is cleared', async () => {
    const el = await mount(service);
    await toPreferences(el, 'digital@demo.example');
    expect(isDisabled(saveButton(el))).to.equal(true);
    await expect(el).to.be.accessible();
    await pickTeam(el, 'bill');
    expect(isDisabled(saveButton(el))).to.equal(false);
    combobox(el).focus();
    combobox(el).select();
    await sendKeys({ press: 'Backspace' });
    await settle(el);
    expect(isDisabled(saveButton(el)), 'no team, no Save & Continue').to.equal(true);
    await save(el);
    expect(service.calls.filter((c) => c.method === 'stationLogin')).to.have.length(0);
  });

  it('signs a digital-only agent in with only a team and reports agent-signed-in', async () => {
    const el = await mount(service);
    await toPreferences(el, 'digital@demo.example');
    expect(prefs(el).shadowRoot!.querySelector('input[type="radio"]')).to.equal(null);
    await pickTeam(el, 'bill');
    await save(el);
    await untilStep(el, 'signed-in');
    const signedIn = rec.events.find((e) => e.type === 'agent-signed-in')!;
    expect(signedIn.detail).to.deep.include({ teamId: 't-billing', teamName: 'Billing', autoLogin: false, email: 'digital@demo.example' });
    expect(shadow(el).textContent).to.contain('Billing');
    await expect(el).to.be.accessible();
  });

  it('calls stationLogin exactly once however often Save & Continue is pressed', async () => {
    service.setOptions({ latencyMs: 150 });
    const el = await mount(service);
    await toPreferences(el, 'digital@demo.example');
    await pickTeam(el, 'bill');
    saveButton(el).click();
    saveButton(el).click();
    combobox(el).focus();
    await sendKeys({ press: 'Enter' });
    saveButton(el).click();
    await untilStep(el, 'signed-in');
    expect(service.calls.filter((c) => c.method === 'stationLogin')).to.have.length(1);
  });

  it('signs in with an extension from the drop-down and remembers the choice without the password', async () => {
    const el = await mount(service);
    await toPreferences(el, 'extensions@demo.example');
    await chooseOption(el, 'EXTENSION');
    await pickTeam(el, 'sales');
    await save(el);
    await untilStep(el, 'signed-in');
    const detail = rec.events.find((e) => e.type === 'agent-signed-in')!.detail as Record<string, unknown>;
    expect(detail).to.deep.include({ loginOption: 'EXTENSION', dialNumber: '4021', teamId: 't-sales-emea' });
    expect(handleCalls(el)).to.equal(`${en.loginOptionExtension} · 4021`);
    const stored = Object.keys(localStorage).map((k) => localStorage.getItem(k)).join('\n');
    expect(stored).to.contain('4021');
    expect(stored).not.to.contain(PASSWORD);
  });

  it('shows DN_IN_USE at the dial number field with the tracking ID and keeps what was entered', async () => {
    service.setOptions({ fail: { stationLogin: 'DN_IN_USE' } });
    const el = await mount(service);
    await toPreferences(el, 'agent@demo.example');
    await chooseOption(el, 'AGENT_DN');
    for (let i = 0; i < 300 && !prefs(el).valid; i++) await aTimeout(10);
    await pickTeam(el, 'billing');
    await save(el);
    await settle(el, 6);
    expect(el.step).to.equal('preferences');
    const text = prefs(el).shadowRoot!.textContent!;
    expect(text).to.contain('Another agent is signed in with this number');
    expect(text).to.match(/demo-[0-9a-f]{8}/);
    expect(picker(el).teamId).to.equal('t-billing');
    expect(prefs(el).value.loginOption).to.equal('AGENT_DN');
    expect(rec.events.find((e) => e.type === 'agent-error')?.detail).to.include({ code: 'DN_IN_USE', step: 'preferences' });
    await expect(el).to.be.accessible();
  });

  it('saves on Enter once a typed number’s metadata has arrived, never before', async () => {
    const realLoad = InteractionPreferences.loadPhone;
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    InteractionPreferences.loadPhone = () =>
      realLoad().then((real) => ({ ...real, loadMetadataFor: (raws, context) => held.then(() => real.loadMetadataFor(raws, context)) }));
    try {
      const el = await mount(service);
      await toPreferences(el, 'agent@demo.example');
      await pickTeam(el, 'billing');
      await chooseOption(el, 'AGENT_DN');
      const dn = prefs(el).shadowRoot!.querySelector<HTMLInputElement>('#dn')!;
      dn.focus();
      dn.select();
      await sendKeys({ type: '+7 912 345 67 89' });
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(service.calls.filter((c) => c.method === 'stationLogin')).to.have.length(0);
      expect(prefs(el).shadowRoot!.querySelector('#dn-error')).to.equal(null);
      release();
      await untilStep(el, 'signed-in');
      expect(service.calls.filter((c) => c.method === 'stationLogin')).to.have.length(1);
      expect(rec.events.find((e) => e.type === 'agent-signed-in')!.detail).to.deep.include({ loginOption: 'AGENT_DN', dialNumber: '+79123456789' });
      await until(() => handleCalls(el) === `${en.loginOptionDialNumber} · +7 912 345 67 89`, `the number in international notation, not ${handleCalls(el)}`);
    } finally {
      InteractionPreferences.loadPhone = realLoad;
    }
  });

  it('signs a returning agent in automatically with "Don\'t show this again" (a second page load)', async () => {
    let el = await mount(service);
    await toPreferences(el, 'digital@demo.example');
    await pickTeam(el, 'sales');
    shadow(el).querySelector<HTMLInputElement>('input[name="auto-login"]')!.click();
    await save(el);
    await untilStep(el, 'signed-in');
    el.remove();

    rec.events.length = 0;
    const fresh = createDemoService();
    el = await mount(fresh);
    await signIn(el, 'digital@demo.example');
    await untilStep(el, 'signed-in');
    expect(rec.events.some((e) => e.type === 'agent-step-change' && (e.detail as { step: string }).step === 'preferences')).to.equal(false);
    expect(rec.events.find((e) => e.type === 'agent-signed-in')!.detail).to.deep.include({ autoLogin: true, teamId: 't-sales-emea' });
  });

  it('leaves a skipped collaboration sign-in alone when signing in automatically next time', async () => {
    let el = await mount(service);
    await toPreferences(el, 'agent@demo.example'); // skips Microsoft Teams
    await pickTeam(el, 'bill');
    shadow(el).querySelector<HTMLInputElement>('input[name="auto-login"]')!.click();
    await save(el);
    await untilStep(el, 'signed-in');
    el.remove();

    const fresh = createDemoService();
    const connected: string[] = [];
    const connect = fresh.connectCollaboration.bind(fresh);
    fresh.connectCollaboration = (provider, signal) => (connected.push(provider), connect(provider, signal));
    el = await mount(fresh);
    await signIn(el, 'agent@demo.example');
    await untilStep(el, 'signed-in');
    await settle(el);
    expect(connected, 'no collaboration sign-in started').to.deep.equal([]);
    const provider = shadow(el).querySelector('fieldset .provider')!;
    expect(provider.textContent).to.contain(en.loginCollaboration_skipped);
    expect(provider.querySelector('button')!.textContent).to.contain(en.loginCollaborationConnect);
  });

  it('falls back to the pre-filled preferences step with a message when automatic sign-in fails', async () => {
    let el = await mount(service);
    await toPreferences(el, 'extensions@demo.example');
    await chooseOption(el, 'EXTENSION');
    await pickTeam(el, 'sales');
    shadow(el).querySelector<HTMLInputElement>('input[name="auto-login"]')!.click();
    await save(el);
    await untilStep(el, 'signed-in');
    el.remove();

    const failing = createDemoService({ fail: { stationLogin: 'DN_IN_USE' } });
    el = await mount(failing);
    await signIn(el, 'extensions@demo.example');
    await untilStep(el, 'preferences');
    await settle(el, 5);
    expect(shadow(el).querySelector('.box.warning')!.textContent).to.contain('couldn’t sign you in automatically');
    expect(picker(el).teamId).to.equal('t-sales-emea');
    expect(prefs(el).value).to.deep.include({ loginOption: 'EXTENSION', dialNumber: '4021' });
    expect(shadow(el).querySelector<HTMLInputElement>('input[name="auto-login"]')!.checked).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('treats corrupt saved preferences as nothing saved', async () => {
    localStorage.setItem('agent-login:preferences:demo-digital', '{not json');
    for (const key of Object.keys(localStorage)) localStorage.setItem(key, '{"v":99,"agentId":"someone-else"}');
    const el = await mount(service);
    await toPreferences(el, 'digital@demo.example');
    expect(el.step).to.equal('preferences');
    expect(picker(el).teamId ?? '').to.equal('');
  });

  it('still signs in when storage throws, and says the preferences could not be saved', async () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const el = await mount(service);
      await toPreferences(el, 'digital@demo.example');
      await pickTeam(el, 'bill');
      shadow(el).querySelector<HTMLInputElement>('input[name="auto-login"]')!.click();
      await save(el);
      await untilStep(el, 'signed-in');
      await settle(el, 5);
      const banner = shadow(el).querySelector('session-banner')!;
      expect(banner.shadowRoot!.textContent).to.contain('Your preferences weren’t saved');
      await expect(el).to.be.accessible();
    } finally {
      Storage.prototype.setItem = original;
    }
  });

  it('refuses to sign out while busy, saying why, then signs out once the agent is free', async () => {
    const el = await mount(service);
    await toPreferences(el, 'digital@demo.example');
    await pickTeam(el, 'bill');
    await save(el);
    await untilStep(el, 'signed-in');
    el.busy = true;
    await settle(el);
    const signOut = [...shadow(el).querySelectorAll<HTMLButtonElement>('.actions button')].at(-1)!;
    expect(isDisabled(signOut)).to.equal(true);
    expect(shadow(el).textContent).to.contain('can’t sign out during a conversation');
    expect(el.signOut()).to.equal(false);
    await expect(el).to.be.accessible();
    el.busy = false;
    await settle(el);
    [...shadow(el).querySelectorAll<HTMLButtonElement>('.actions button')].at(-1)!.click();
    await untilStep(el, 'signed-out');
    expect(rec.events.find((e) => e.type === 'agent-signed-out')!.detail).to.deep.equal({ reason: 'user' });
    expect(service.calls.filter((c) => c.method === 'stationLogout')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('signs out with reason "host" when the host calls signOut()', async () => {
    const el = await mount(service);
    await toPreferences(el, 'digital@demo.example');
    await pickTeam(el, 'bill');
    await save(el);
    await untilStep(el, 'signed-in');
    expect(el.signOut()).to.equal(true);
    await untilStep(el, 'signed-out');
    expect(rec.events.find((e) => e.type === 'agent-signed-out')!.detail).to.deep.equal({ reason: 'host' });
  });

  it('restores a live session on load and skips the credentials', async () => {
    const persistent = createDemoService({ persist: 'session' });
    const first = await mount(persistent);
    await toPreferences(first, 'digital@demo.example');
    first.remove();
    const el = await mount(createDemoService({ persist: 'session' }));
    await untilStep(el, 'preferences');
    expect(rec.events.some((e) => e.type === 'agent-step-change' && (e.detail as { step: string }).step === 'email' && (e.detail as { previous: string }).previous === 'starting')).to.equal(true);
  });

  it('warns when a collaboration sign-in fails and carries on to the preferences', async () => {
    const el = await mount(service);
    await signIn(el, 'collabfail@demo.example');
    await untilStep(el, 'collaboration');
    await expect(el).to.be.accessible();
    shadow(el).querySelector<HTMLButtonElement>('.provider .primary')!.click();
    await untilStep(el, 'preferences');
    await settle(el, 4);
    const banner = shadow(el).querySelector('session-banner')!;
    expect(banner.shadowRoot!.textContent).to.contain('Microsoft Teams');
    await expect(el).to.be.accessible();
  });

  it('shows the multi-session warning when the service reports a conflict, and takes the session back on Continue', async () => {
    const el = await mount(service);
    await toPreferences(el, 'digital@demo.example');
    await pickTeam(el, 'bill');
    await save(el);
    await untilStep(el, 'signed-in');
    service.emit({ type: 'session-conflict', trackingId: 'trk-42' });
    await settle(el, 4);
    const banner = shadow(el).querySelector('session-banner')!;
    const continueButton = [...banner.shadowRoot!.querySelectorAll('button')].find((b) => /continue/i.test(b.textContent ?? ''))!;
    expect(continueButton).to.exist;
    await expect(el).to.be.accessible();
    continueButton.click();
    await aTimeout(20);
    await settle(el, 4);
    expect([...banner.shadowRoot!.querySelectorAll('button')].some((b) => /continue/i.test(b.textContent ?? ''))).to.equal(false);
  });

  it('returns to the email step with the email kept when the session expires', async () => {
    const el = await mount(service);
    await toPreferences(el, 'digital@demo.example');
    await pickTeam(el, 'bill');
    await save(el);
    await untilStep(el, 'signed-in');
    service.emit({ type: 'session-expired' });
    await untilStep(el, 'email');
    expect(q<HTMLInputElement>(el, 'input[name="username"]').value).to.equal('digital@demo.example');
    expect(rec.events.find((e) => e.type === 'agent-signed-out')!.detail).to.deep.equal({ reason: 'session-expired' });
    expect(creds(el)).to.exist;
  });
});
