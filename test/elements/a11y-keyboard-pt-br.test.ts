import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import { createDemoService, type DemoService } from '../../src/adapters/demo-service.js';
import type { AgentLogin } from '../../src/elements/agent-login/agent-login.js';
import { terms as pt } from '../../src/i18n/pt-BR/index.js';
import { PASSWORD, settle, untilStep } from '../helpers/agent-login.js';

interface AxNode {
  role: string;
  name?: string;
  focused?: boolean;
  checked?: boolean | 'mixed';
  children?: AxNode[];
}

/** The focused node of the accessibility tree Chromium hands to a screen reader. */
async function focusedNode(): Promise<AxNode | undefined> {
  const find = (node: AxNode): AxNode | undefined => (node.focused ? node : node.children?.map(find).find(Boolean));
  return find((await a11ySnapshot({})) as unknown as AxNode);
}

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A focus indicator is drawn: an outline or a box shadow. Headings take focus only to be read. */
function focusIndicator(el: Element): string | null {
  if (el.localName === 'h2') return 'heading';
  const style = getComputedStyle(el);
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) return `outline ${style.outlineWidth} ${style.outlineStyle}`;
  if (style.boxShadow !== 'none') return `box-shadow ${style.boxShadow}`;
  return null;
}

async function expectFocus(role: string, name: string): Promise<void> {
  const node = await focusedNode();
  expect({ role: node?.role, name: node?.name }, 'the focused control as a screen reader hears it').to.deep.equal({ role, name });
  const el = deepActiveElement();
  expect(el && focusIndicator(el), `a visible focus indicator on the ${role} "${name}"`).to.be.a('string');
}

/** Presses Tab until the control with that role and name has focus, checking each stop's focus indicator. */
async function tabTo(role: string, name: string, max = 12): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const node = await focusedNode();
    const el = deepActiveElement();
    seen.push(`${node?.role} "${node?.name}"`);
    expect(el && focusIndicator(el), `a visible focus indicator on ${seen.at(-1)}`).to.be.a('string');
    if (node?.role === role && node.name === name) return;
  }
  throw new Error(`Tab never reached the ${role} "${name}"; it went through ${seen.join(', ')}`);
}

async function until(check: () => boolean, what: string, timeoutMs = 4000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** The first profile of a page waits for zod and the schemas to load (slow on a busy machine). */
const FIRST_PROFILE_MS = 20000;

const liveRegion = (el: AgentLogin) => el.shadowRoot!.querySelector<HTMLElement>('.card > [role="status"][aria-live="polite"]')!;

async function expectAnnounced(el: AgentLogin, ...texts: string[]): Promise<void> {
  const said = () => [...liveRegion(el).children].map((p) => p.textContent);
  await until(() => JSON.stringify(said()) === JSON.stringify(texts), `the live region to say ${JSON.stringify(texts)} (it says ${JSON.stringify(said())})`);
}

describe('a Brazilian agent with a keyboard and a screen reader (pt-BR)', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('completes every path with the keyboard alone, hearing Portuguese names and announcements', async () => {
    const el = await fixture<AgentLogin>(html`<agent-login lang="pt-BR" autofocus .service=${createDemoService()}></agent-login>`);
    await untilStep(el, 'email');
    await until(() => el.querySelector('h2')?.textContent === pt.loginEmailTitle, 'the Portuguese catalogue');
    await settle(el);
    expect(el.querySelector('[data-agent-login-credentials]')!.getAttribute('lang')).to.equal('pt-BR');

    await expectFocus('textbox', pt.loginEmailLabel);
    await sendKeys({ type: 'agent@demo.example' });
    await sendKeys({ press: 'Enter' });
    await untilStep(el, 'password');
    await expectAnnounced(el, pt.loginPasswordTitle);
    await expectFocus('textbox', pt.loginPasswordLabel);

    await sendKeys({ type: 'senha-errada' });
    await sendKeys({ press: 'Enter' });
    await expectAnnounced(el, pt.errorINVALID_CREDENTIALS);
    await expectFocus('textbox', pt.loginPasswordLabel);
    expect(deepActiveElement()!.getAttribute('aria-invalid')).to.equal('true');

    await tabTo('button', pt.loginForgotPassword);
    await sendKeys({ press: 'Enter' });
    await untilStep(el, 'forgot-password');
    await expectAnnounced(el, pt.loginResetTitle);
    await expectFocus('button', pt.loginSendCode);
    await sendKeys({ press: 'Enter' });
    await until(() => !!el.querySelector('input[name="one-time-code"]'), 'the code field');
    await settle(el);
    await expectFocus('textbox', pt.loginCodeLabel);
    await sendKeys({ type: '123456' });
    await tabTo('textbox', pt.loginNewPasswordLabel);
    await sendKeys({ type: 'nova-senha-1' });
    await tabTo('textbox', pt.loginConfirmPasswordLabel);
    await sendKeys({ type: 'nova-senha-1' });
    await sendKeys({ press: 'Enter' });
    await untilStep(el, 'password');
    expect(el.querySelector('.al-success')!.textContent!.trim()).to.equal(pt.loginPasswordResetDone);
    await expectFocus('textbox', pt.loginPasswordLabel);

    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ up: 'Alt' });
    await untilStep(el, 'email');
    await expectAnnounced(el, pt.loginEmailTitle);
    await expectFocus('textbox', pt.loginEmailLabel);
    expect((deepActiveElement() as HTMLInputElement).value).to.equal('agent@demo.example');
    await sendKeys({ press: 'Enter' });
    await untilStep(el, 'password');
    await sendKeys({ type: 'nova-senha-1' });
    await sendKeys({ press: 'Enter' });

    await untilStep(el, 'collaboration', FIRST_PROFILE_MS);
    await expectAnnounced(el, pt.loginCollaborationTitle);
    await expectFocus('button', pt.loginCollaborationConnect);
    await tabTo('button', pt.loginCollaborationSkip);
    await sendKeys({ press: 'Enter' });

    await untilStep(el, 'preferences');
    await expectAnnounced(el, pt.loginPreferencesTitle);
    await expectFocus('heading', pt.loginPreferencesTitle);
    await tabTo('radio', pt.prefsOptionBROWSER);
    for (let i = 0; i < 3 && (await focusedNode())?.name !== pt.prefsOptionAGENT_DN; i++) await sendKeys({ press: 'ArrowDown' });
    await expectFocus('radio', pt.prefsOptionAGENT_DN);
    expect((await focusedNode())?.checked).to.equal(true);
    await tabTo('checkbox', pt.prefsInternational);
    await sendKeys({ press: 'Space' });
    const prefs = el.shadowRoot!.querySelector('interaction-preferences')!;
    await until(() => !!prefs.shadowRoot!.querySelector('#country-search'), 'the country search (the countries load with the phone rules)');
    await tabTo('searchbox', pt.prefsCountrySearchLabel);
    await sendKeys({ type: 'bras' });
    await until(() => prefs.shadowRoot!.querySelector<HTMLSelectElement>('#country')?.value === 'BR', 'Brazil to be chosen');
    await sendKeys({ press: 'Enter' });
    await expectFocus('textbox', pt.prefsDialNumberLabel);
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'a' });
    await sendKeys({ up: 'Control' });
    await sendKeys({ type: '11987654321' });
    await tabTo('combobox', pt.teamLabel);
    await sendKeys({ type: 'sup' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.shadowRoot!.querySelector('team-picker')!.teamId).to.match(/^t-sup-/);
    await tabTo('checkbox', pt.loginDontShowAgain);
    await sendKeys({ press: 'Space' });
    expect((await focusedNode())?.checked).to.equal(true);
    await tabTo('button', pt.loginSaveContinue);
    expect(prefs.value).to.deep.include({ loginOption: 'AGENT_DN', dialNumber: '+5511987654321', country: 'BR' });
    await sendKeys({ press: 'Enter' });

    await untilStep(el, 'signed-in');
    await expectAnnounced(el, pt.loginSignedInTitle);
    await expectFocus('heading', pt.loginSignedInTitle);
    // Skipped, not failed: the profile settings offer to connect, not to retry.
    expect(shadowText(el)).to.contain(pt.loginCollaboration_skipped);
    await tabTo('button', `${pt.loginCollaborationConnect} Microsoft Teams`);
    await tabTo('button', pt.loginSignOut);
    await sendKeys({ press: 'Enter' });
    await untilStep(el, 'signed-out');
    await expectAnnounced(el, pt.loginSignedOutTitle);
    await expectFocus('button', pt.loginSignInAgain);
  });
});

const banner = (el: AgentLogin) => el.shadowRoot!.querySelector('session-banner')!;
const bannerText = (el: AgentLogin) => (banner(el).shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
const shadowText = (el: AgentLogin) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');

/** A `<agent-login lang="pt-BR">` on the email step, focused, in Portuguese. */
async function mountPt(service: DemoService): Promise<AgentLogin> {
  const el = await fixture<AgentLogin>(html`<agent-login lang="pt-BR" autofocus .service=${service}></agent-login>`);
  await untilStep(el, 'email');
  await until(() => el.querySelector('h2')?.textContent === pt.loginEmailTitle, 'the Portuguese catalogue');
  await settle(el);
  return el;
}

/** From a focused email field: types the email and the password, pressing Enter after each. */
async function typeCredentials(el: AgentLogin, email: string): Promise<void> {
  await expectFocus('textbox', pt.loginEmailLabel);
  await expect(el).to.be.accessible();
  await sendKeys({ type: email });
  await sendKeys({ press: 'Enter' });
  await untilStep(el, 'password');
  await expectFocus('textbox', pt.loginPasswordLabel);
  await expect(el).to.be.accessible();
  await sendKeys({ type: PASSWORD });
  await sendKeys({ press: 'Enter' });
}

/** On the preferences step, focused on its heading: waits for the step to be heard and read. */
async function expectPreferencesStep(el: AgentLogin, ...alsoSaid: string[]): Promise<void> {
  await untilStep(el, 'preferences');
  await expectAnnounced(el, pt.loginPreferencesTitle, ...alsoSaid);
  await expectFocus('heading', pt.loginPreferencesTitle);
  await el.shadowRoot!.querySelector('team-picker')!.updateComplete;
  await settle(el);
}

async function chooseTeam(name: string, typed: string): Promise<void> {
  await tabTo('combobox', pt.teamLabel);
  await sendKeys({ type: typed });
  await sendKeys({ press: 'ArrowDown' });
  await sendKeys({ press: 'Enter' });
  const node = await focusedNode();
  expect(node?.role).to.equal('combobox');
  expect((deepActiveElement() as HTMLInputElement).value).to.equal(name);
}

async function saveAndContinue(el: AgentLogin): Promise<void> {
  await tabTo('button', pt.loginSaveContinue);
  await sendKeys({ press: 'Enter' });
  await untilStep(el, 'signed-in');
  await expectAnnounced(el, pt.loginSignedInTitle);
  await expectFocus('heading', pt.loginSignedInTitle);
}

async function signOutWithKeys(el: AgentLogin): Promise<void> {
  await tabTo('button', pt.loginSignOut);
  await sendKeys({ press: 'Enter' });
  await untilStep(el, 'signed-out');
  await expectAnnounced(el, pt.loginSignedOutTitle);
  await expectFocus('button', pt.loginSignInAgain);
  await expect(el).to.be.accessible();
}

describe('a Brazilian agent with a keyboard and a screen reader (pt-BR): the other paths', () => {
  let service: DemoService;
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    service = createDemoService();
  });

  it('hears a failed collaboration sign-in as a Portuguese warning and carries on to sign in', async () => {
    const el = await mountPt(service);
    await typeCredentials(el, 'collabfail@demo.example');
    await untilStep(el, 'collaboration');
    await expectAnnounced(el, pt.loginCollaborationTitle);
    await expectFocus('button', pt.loginCollaborationConnect);
    expect(shadowText(el)).to.contain(pt.loginCollaborationIntro);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });

    await expectPreferencesStep(el);
    await until(() => bannerText(el).includes(pt.bannerCollaborationTitle('Microsoft Teams')), 'the Portuguese collaboration warning');
    const warning = banner(el).shadowRoot!.querySelector('[role="status"] .banner.is-warning')!;
    expect(warning.textContent).to.contain(pt.bannerSeverityWarning);
    expect(warning.textContent).to.contain(pt.bannerCollaborationText);
    expect(banner(el).shadowRoot!.querySelector('[role="region"]')!.getAttribute('aria-label')).to.equal(pt.bannerRegion);
    await expect(el).to.be.accessible();

    await tabTo('radio', pt.prefsOptionBROWSER);
    expect((await focusedNode())?.checked).to.equal(true);
    await chooseTeam('Billing', 'bill');
    await saveAndContinue(el);
    expect(shadowText(el)).to.contain(pt.loginCollaboration_failed);
    await tabTo('button', `${pt.loginCollaborationRetry} Microsoft Teams`);
    await expect(el).to.be.accessible();
  });

  it('signs in with the Desktop option, then reads service banners in Portuguese and takes the session back', async () => {
    const el = await mountPt(service);
    await typeCredentials(el, 'extensions@demo.example');
    await expectPreferencesStep(el);
    await expect(el).to.be.accessible();
    await tabTo('radio', pt.prefsOptionBROWSER);
    expect((await focusedNode())?.checked).to.equal(true);
    await chooseTeam('Sales EMEA', 'sales');
    await saveAndContinue(el);
    expect(el.shadowRoot!.querySelector('dd + dt + dd')!.textContent).to.contain(pt.loginOptionBrowser);
    await expect(el).to.be.accessible();

    service.emit({ type: 'degraded', features: ['Gravação de chamadas'] });
    await until(() => bannerText(el).includes(pt.bannerDegradedTitle), 'the Portuguese degraded banner');
    const degraded = banner(el).shadowRoot!.querySelector('[role="status"] .banner[data-kind="degraded"]')!;
    expect(degraded.textContent).to.contain(pt.bannerDegradedText);
    expect(degraded.textContent).to.contain(pt.bannerDegradedFeatures);
    expect(degraded.textContent).to.contain('Gravação de chamadas');
    await expect(el).to.be.accessible();

    service.emit({ type: 'session-conflict', trackingId: 'trk-42' });
    await until(() => bannerText(el).includes(pt.bannerMultiSessionTitle), 'the Portuguese multi-session banner');
    expect(bannerText(el)).to.contain(pt.bannerMultiSessionText);
    await expect(el).to.be.accessible();
    await tabTo('button', pt.bannerContinue, 20);
    await sendKeys({ press: 'Enter' });
    await until(() => !bannerText(el).includes(pt.bannerMultiSessionTitle), 'the session to be taken back');
    expect(bannerText(el)).to.contain(pt.bannerDegradedTitle);
    expect(el.step).to.equal('signed-in');
  });

  it('signs in with the Extension option chosen with the arrow keys', async () => {
    const el = await mountPt(service);
    await typeCredentials(el, 'extensions@demo.example');
    await expectPreferencesStep(el);
    await tabTo('radio', pt.prefsOptionBROWSER);
    await sendKeys({ press: 'ArrowDown' });
    await expectFocus('radio', pt.prefsOptionEXTENSION);
    expect((await focusedNode())?.checked).to.equal(true);
    await settle(el);
    await tabTo('combobox', pt.prefsExtensionLabel);
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    const prefs = el.shadowRoot!.querySelector('interaction-preferences')!;
    expect(prefs.value).to.deep.include({ loginOption: 'EXTENSION', dialNumber: '4022' });
    expect(prefs.shadowRoot!.textContent).to.contain(pt.prefsExtensionListHint);
    await expect(el).to.be.accessible();
    await chooseTeam('Billing', 'bill');
    await saveAndContinue(el);
    expect(el.shadowRoot!.querySelector('dd + dt + dd')!.textContent).to.contain(`${pt.loginOptionExtension} · 4022`);
    await expect(el).to.be.accessible();
  });

  it('signs in automatically after "Não mostrar isso novamente", and falls back in Portuguese when the saved number is in use', async () => {
    let el = await mountPt(service);
    await typeCredentials(el, 'dialnumbers@demo.example');
    await expectPreferencesStep(el);
    await tabTo('combobox', pt.prefsDialNumberLabel);
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(el.shadowRoot!.querySelector('interaction-preferences')!.value).to.deep.include({ loginOption: 'AGENT_DN', dialNumber: '+5511987654321' });
    await chooseTeam('Billing', 'bill');
    await tabTo('checkbox', pt.loginDontShowAgain);
    await sendKeys({ press: 'Space' });
    expect((await focusedNode())?.checked).to.equal(true);
    expect(shadowText(el)).to.contain(pt.loginDontShowAgainHint);
    await expect(el).to.be.accessible();
    await saveAndContinue(el);
    await signOutWithKeys(el);

    const steps: string[] = [];
    el.addEventListener('agent-step-change', (e) => steps.push(e.detail.step));
    await sendKeys({ press: 'Enter' });
    await untilStep(el, 'email');
    await expectFocus('textbox', pt.loginEmailLabel);
    await sendKeys({ press: 'Enter' });
    await untilStep(el, 'password');
    await sendKeys({ type: PASSWORD });
    await sendKeys({ press: 'Enter' });
    await untilStep(el, 'signed-in');
    await expectAnnounced(el, pt.loginSignedInTitle);
    expect(steps).to.deep.equal(['email', 'password', 'signed-in']);
    await tabTo('checkbox', pt.loginAutoLoginSetting);
    expect((await focusedNode())?.checked).to.equal(true);
    await expect(el).to.be.accessible();
    el.remove();

    el = await mountPt(createDemoService());
    const reloaded: string[] = [];
    el.addEventListener('agent-step-change', (e) => reloaded.push(e.detail.step));
    await typeCredentials(el, 'dialnumbers@demo.example');
    await untilStep(el, 'signed-in');
    await expectAnnounced(el, pt.loginSignedInTitle);
    await expectFocus('heading', pt.loginSignedInTitle);
    expect(reloaded).to.deep.equal(['password', 'signed-in']);
    expect(el.shadowRoot!.querySelector('dd + dt + dd')!.textContent).to.contain(pt.loginOptionDialNumber);
    el.remove();

    const failing = createDemoService({ fail: { stationLogin: 'DN_IN_USE' } });
    el = await mountPt(failing);
    await typeCredentials(el, 'dialnumbers@demo.example');
    await expectPreferencesStep(el, pt.loginAutoLoginFailed(pt.errorDN_IN_USE));
    const warning = el.shadowRoot!.querySelector('.box.warning')!;
    expect(warning.textContent!.trim()).to.equal(pt.loginAutoLoginFailed(pt.errorDN_IN_USE));
    const prefs = el.shadowRoot!.querySelector('interaction-preferences')!;
    await until(() => (prefs.shadowRoot!.textContent ?? '').includes(pt.errorDN_IN_USE), 'the Portuguese error at the dial number');
    expect(prefs.shadowRoot!.querySelector('#dn')!.getAttribute('aria-invalid')).to.equal('true');
    expect(prefs.value).to.deep.include({ loginOption: 'AGENT_DN', dialNumber: '+5511987654321' });
    await expect(el).to.be.accessible();

    failing.setOptions({ fail: {} });
    await tabTo('combobox', pt.prefsDialNumberLabel);
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(prefs.shadowRoot!.querySelector('#dn')!.getAttribute('aria-invalid')).to.equal('false');
    await tabTo('checkbox', pt.loginDontShowAgain);
    expect((await focusedNode())?.checked).to.equal(true);
    await saveAndContinue(el);
    expect(el.shadowRoot!.querySelector('dd + dt + dd')!.textContent).to.contain(pt.loginOptionDialNumber);
    await expect(el).to.be.accessible();
  });
});
