import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import { createDemoService } from '../../src/adapters/demo-service.js';
import type { AgentLogin } from '../../src/elements/agent-login/agent-login.js';
import { terms as pt } from '../../src/i18n/pt-BR/index.js';
import { settle, untilStep } from '../helpers/agent-login.js';

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

const liveRegion = (el: AgentLogin) => el.shadowRoot!.querySelector<HTMLElement>('.card > [role="status"][aria-live="polite"]')!;

async function expectAnnounced(el: AgentLogin, text: string): Promise<void> {
  await until(() => liveRegion(el).textContent === text, `the live region to say "${text}" (it says "${liveRegion(el).textContent}")`);
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

    await untilStep(el, 'collaboration');
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
    await tabTo('button', pt.loginSignOut);
    await sendKeys({ press: 'Enter' });
    await untilStep(el, 'signed-out');
    await expectAnnounced(el, pt.loginSignedOutTitle);
    await expectFocus('button', pt.loginSignInAgain);
  });
});
