import { ContextProvider } from '@lit/context';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AgentProfile } from '../../src/contract/agent-service.js';
import { agentLoginContext, type AgentLoginContext } from '../../src/context/agent-login-context.js';
import type { PreferencesPrefill } from '../../src/core/preferences/model.js';
import '../../src/elements/interaction-preferences/interaction-preferences.js';
import { InteractionPreferences, type PhoneModule } from '../../src/elements/interaction-preferences/interaction-preferences.js';
import type { PreferencesChangeDetail } from '../../src/elements/interaction-preferences/interaction-preferences.events.js';
import { browserFamily, type MicrophonePermission } from '../../src/elements/interaction-preferences/microphone.js';
import { en } from '../../src/i18n/en/index.js';
import { loadTerms } from '../../src/i18n/terms.js';

const AGENT: AgentProfile = {
  agentId: 'agent-1',
  email: 'ana@example.com',
  displayName: 'Ana Souza',
  loginOptions: ['BROWSER', 'EXTENSION', 'AGENT_DN'],
  teams: [],
};
const profile = (over: Partial<AgentProfile> = {}): AgentProfile => ({ ...AGENT, ...over });

const realLoad = InteractionPreferences.loadPhone;
const realMic = InteractionPreferences.queryMicrophone;
let phoneLoaded: Promise<PhoneModule>;

class FakePermission extends EventTarget implements MicrophonePermission {
  constructor(public state: PermissionState) {
    super();
  }
  set(state: PermissionState): void {
    this.state = state;
    this.dispatchEvent(new Event('change'));
  }
}

interface Mounted {
  el: InteractionPreferences;
  events: PreferencesChangeDetail[];
  root: ShadowRoot;
  $: <T extends Element = HTMLElement>(selector: string) => T | null;
}

async function mount(props: { profile?: AgentProfile; saved?: PreferencesPrefill; lang?: string } = {}): Promise<Mounted> {
  const events: PreferencesChangeDetail[] = [];
  const el = await fixture<InteractionPreferences>(html`<interaction-preferences
    lang=${props.lang ?? 'en'}
    .profile=${props.profile}
    .saved=${props.saved}
    @agent-preferences-change=${(e: CustomEvent<PreferencesChangeDetail>) => events.push(e.detail)}
  ></interaction-preferences>`);
  const root = el.shadowRoot!;
  return { el, events, root, $: <T extends Element>(s: string) => root.querySelector<T>(s) };
}

/** Mounts with the Dial number field shown and waits for the phone rules. */
async function mountDialNumber(props: { profile?: Partial<AgentProfile>; saved?: PreferencesPrefill; lang?: string } = {}): Promise<Mounted> {
  const m = await mount({ profile: profile({ loginOptions: ['AGENT_DN'], ...props.profile }), saved: props.saved, lang: props.lang });
  await phoneLoaded;
  await m.el.updateComplete;
  return m;
}

const dnInput = (m: Mounted) => m.$<HTMLInputElement>('#dn')!;
const text = (m: Mounted, selector: string) => m.$(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const last = (m: Mounted) => m.events.at(-1);

async function typeInto(m: Mounted, input: HTMLInputElement, keys: string): Promise<void> {
  input.focus();
  await sendKeys({ type: keys });
  await m.el.updateComplete;
}

async function leave(m: Mounted): Promise<void> {
  await sendKeys({ press: 'Tab' });
  await m.el.updateComplete;
}

beforeEach(() => {
  InteractionPreferences.loadPhone = () => (phoneLoaded = realLoad());
  InteractionPreferences.queryMicrophone = async () => new FakePermission('granted');
});

afterEach(() => {
  InteractionPreferences.loadPhone = realLoad;
  InteractionPreferences.queryMicrophone = realMic;
});

describe('<interaction-preferences>', () => {
  describe('bytes', () => {
    const phoneRequested = () => performance.getEntriesByType('resource').some((r) => r.name.includes('libphonenumber-js'));

    it('does not load the phone rules until the Dial number field is shown', async () => {
      const m = await mount({ profile: profile({ extensions: ['4021'] }), saved: { loginOption: 'EXTENSION' } });
      await expect(m.el).to.be.accessible();
      expect(phoneRequested()).to.equal(false);
      m.$<HTMLInputElement>('input[value="AGENT_DN"]')!.click();
      await m.el.updateComplete;
      await phoneLoaded;
      expect(phoneRequested()).to.equal(true);
    });
  });

  describe('choices', () => {
    it('offers Desktop, Extension and Dial number under "Handle calls"', async () => {
      const m = await mount({ profile: profile() });
      expect(text(m, 'legend')).to.equal('Handle calls');
      expect([...m.root.querySelectorAll('.choice-label')].map((l) => l.textContent)).to.deep.equal(['Desktop', 'Extension', 'Dial number']);
      expect(m.$<HTMLInputElement>('input[value="BROWSER"]')!.checked).to.equal(true);
      await expect(m.el).to.be.accessible();
    });

    it('offers only the options of the profile', async () => {
      const m = await mount({ profile: profile({ loginOptions: ['EXTENSION', 'AGENT_DN'] }) });
      expect([...m.root.querySelectorAll('input[type="radio"]')].map((r) => (r as HTMLInputElement).value)).to.deep.equal(['EXTENSION', 'AGENT_DN']);
    });

    it('shows a digital-only agent no telephony and reports itself valid', async () => {
      const m = await mount({ profile: profile({ loginOptions: [] }) });
      expect(m.root.querySelector('input')).to.equal(null);
      expect(text(m, '.note')).to.equal(en.prefsDigitalOnly);
      expect(m.el.valid).to.equal(true);
      expect(m.el.value).to.deep.equal({ loginOption: null, international: false });
      expect(m.events).to.deep.equal([{ loginOption: null, international: false, valid: true }]);
      await expect(m.el).to.be.accessible();
    });

    it('renders nothing and is invalid without a profile', async () => {
      const m = await mount();
      expect(m.root.children.length).to.equal(0);
      expect(m.el.valid).to.equal(false);
      expect(m.events).to.deep.equal([]);
    });

    it('ignores a malformed profile set by the host, with one warning', async () => {
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const m = await mount({ profile: { ...AGENT, loginOptions: 'BROWSER' } as unknown as AgentProfile });
        m.el.requestUpdate();
        await m.el.updateComplete;
        expect(m.root.children.length).to.equal(0);
        expect(m.el.valid).to.equal(false);
      } finally {
        console.warn = warn;
      }
      expect(warnings.length).to.equal(1);
    });

    it('takes the profile’s fields one by one as attributes', async () => {
      const el = await fixture<InteractionPreferences>(html`<interaction-preferences
        lang="en"
        login-options="EXTENSION AGENT_DN"
        extensions="4021, 4022"
        default-country="BR"
      ></interaction-preferences>`);
      expect([...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((r) => r.value)).to.deep.equal(['EXTENSION', 'AGENT_DN']);
      expect([...el.shadowRoot!.querySelectorAll<HTMLOptionElement>('select#ext option')].map((o) => o.value)).to.deep.equal(['4021', '4022']);
      expect(el.value).to.deep.equal({ loginOption: 'EXTENSION', dialNumber: '4021', international: false });
      await expect(el).to.be.accessible();
    });

    it('lets a field set on its own win over the profile’s', async () => {
      const el = await fixture<InteractionPreferences>(html`<interaction-preferences
        .profile=${profile({ loginOptions: ['EXTENSION'], extensions: ['1111'] })}
        .extensions=${['4021']}
        dial-number-restricted
        default-dial-number="5050"
      ></interaction-preferences>`);
      expect(el.value).to.deep.equal({ loginOption: 'EXTENSION', dialNumber: '5050', international: false });
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('#ext')!.readOnly).to.equal(true);
    });

    it('drops unknown login options with one warning listing the valid ones', async () => {
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const el = await fixture<InteractionPreferences>(html`<interaction-preferences login-options="PHONE BROWSER"></interaction-preferences>`);
        el.requestUpdate();
        await el.updateComplete;
        expect(el.value.loginOption).to.equal('BROWSER');
      } finally {
        console.warn = warn;
      }
      expect(warnings.length).to.equal(1);
      expect(String(warnings[0][0])).to.contain('BROWSER, EXTENSION, AGENT_DN');
    });

    it('reports the initial state once after applying a profile', async () => {
      const m = await mount({ profile: profile({ loginOptions: ['BROWSER'] }) });
      expect(m.events).to.deep.equal([{ loginOption: 'BROWSER', international: false, valid: true }]);
    });

    it('fires a bubbling, composed agent-preferences-change when the option changes', async () => {
      const m = await mount({ profile: profile({ extensions: ['4021'] }) });
      const radio = m.$<HTMLInputElement>('input[value="EXTENSION"]')!;
      setTimeout(() => radio.click());
      const event = await oneEvent(m.el, 'agent-preferences-change');
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({ loginOption: 'EXTENSION', dialNumber: '4021', international: false, valid: true });
    });

    it('preselects the saved option', async () => {
      const m = await mount({ profile: profile({ extensions: ['4021'] }), saved: { loginOption: 'EXTENSION' } });
      expect(m.el.value).to.deep.equal({ loginOption: 'EXTENSION', dialNumber: '4021', international: false });
    });

    it('focuses the chosen option with focus()', async () => {
      const m = await mount({ profile: profile(), saved: { loginOption: 'AGENT_DN' } });
      m.el.focus();
      expect(m.root.activeElement).to.equal(m.$('input[value="AGENT_DN"]'));
    });

    it('is labelled in Portuguese with the desktop guide’s words', async () => {
      await loadTerms('pt-BR');
      const m = await mount({ profile: profile(), lang: 'pt-BR', saved: { loginOption: 'AGENT_DN' } });
      await m.el.updateComplete;
      expect(text(m, 'legend')).to.equal('Tratar chamadas');
      expect([...m.root.querySelectorAll('.choice-label')].map((l) => l.textContent)).to.deep.equal(['Área de trabalho', 'Ramal', 'Número de discagem']);
      await phoneLoaded;
      await m.el.updateComplete;
      expect(text(m, 'label[for="dn"]')).to.equal('Número de discagem');
      expect(text(m, '.check')).to.equal('Formato de discagem internacional');
    });
  });

  describe('Desktop', () => {
    it('says the microphone is allowed', async () => {
      const m = await mount({ profile: profile() });
      await m.el.updateComplete;
      expect(text(m, '.mic')).to.equal(en.prefsMicGranted);
    });

    it('asks the agent to allow the microphone when the browser will prompt', async () => {
      InteractionPreferences.queryMicrophone = async () => new FakePermission('prompt');
      const m = await mount({ profile: profile() });
      await m.el.updateComplete;
      expect(text(m, '.mic .status')).to.equal(en.prefsMicPrompt);
      expect(text(m, '.mic button')).to.equal(en.prefsMicAllow);
      await expect(m.el).to.be.accessible();
    });

    it('explains how to allow a blocked microphone in this browser, and notices when it is allowed', async () => {
      const permission = new FakePermission('denied');
      InteractionPreferences.queryMicrophone = async () => permission;
      const m = await mount({ profile: profile() });
      await m.el.updateComplete;
      const notice = m.$('[part="microphone"]')!;
      expect(notice.getAttribute('role')).to.equal('alert');
      expect(notice.textContent).to.contain(en.prefsMicDeniedTitle);
      expect(notice.textContent).to.contain(en.prefsMicStepsChrome);
      expect(m.el.valid).to.equal(true);
      await expect(m.el).to.be.accessible();
      permission.set('granted');
      await m.el.updateComplete;
      expect(text(m, '.mic')).to.equal(en.prefsMicGranted);
    });

    it('checks the permission again on request', async () => {
      InteractionPreferences.queryMicrophone = async () => new FakePermission('denied');
      const m = await mount({ profile: profile() });
      await m.el.updateComplete;
      InteractionPreferences.queryMicrophone = async () => new FakePermission('granted');
      m.$<HTMLButtonElement>('[part="microphone"] button')!.click();
      await new Promise((r) => setTimeout(r));
      await m.el.updateComplete;
      expect(m.$('[role="alert"]')).to.equal(null);
    });

    it('says nothing about the microphone when the browser cannot tell', async () => {
      InteractionPreferences.queryMicrophone = async () => null;
      const m = await mount({ profile: profile() });
      await m.el.updateComplete;
      expect(text(m, '.mic')).to.equal('');
    });

    it('picks the instructions of the browser in use', () => {
      const cases: [string, string][] = [
        ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0', 'edge'],
        ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', 'chrome'],
        ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36', 'chrome'],
        ['Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:131.0) Gecko/20100101 Firefox/131.0', 'firefox'],
        ['Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15', 'safari'],
        ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0 Mobile/15E148 Safari/604.1', 'chrome'],
        ['curl/8.0', 'other'],
      ];
      for (const [ua, family] of cases) expect(browserFamily(ua), ua).to.equal(family);
    });
  });

  describe('Extension', () => {
    const ext = (over: Partial<AgentProfile> = {}) => profile({ loginOptions: ['EXTENSION'], ...over });

    it('pre-fills the one pre-validated extension', async () => {
      const m = await mount({ profile: ext({ extensions: ['4021'] }) });
      expect(m.$<HTMLInputElement>('#ext')!.value).to.equal('4021');
      expect(m.el.value).to.deep.equal({ loginOption: 'EXTENSION', dialNumber: '4021', international: false });
      await expect(m.el).to.be.accessible();
    });

    it('offers exactly the profile’s extensions in a drop-down', async () => {
      const m = await mount({ profile: ext({ extensions: ['4021', '4022', '4023'] }), saved: { loginOption: 'EXTENSION', dialNumber: '4022' } });
      const select = m.$<HTMLSelectElement>('select#ext')!;
      expect([...select.options].map((o) => o.value)).to.deep.equal(['4021', '4022', '4023']);
      expect(select.value).to.equal('4022');
      select.focus();
      await sendKeys({ press: 'ArrowDown' });
      await m.el.updateComplete;
      expect(last(m)).to.deep.equal({ loginOption: 'EXTENSION', dialNumber: '4023', international: false, valid: true });
      await expect(m.el).to.be.accessible();
    });

    it('accepts a typed extension as digits and fires when it becomes valid', async () => {
      const m = await mount({ profile: ext() });
      expect(m.el.valid).to.equal(false);
      await typeInto(m, m.$<HTMLInputElement>('#ext')!, '40-21');
      await leave(m);
      expect(m.$<HTMLInputElement>('#ext')!.value).to.equal('4021');
      expect(last(m)).to.deep.equal({ loginOption: 'EXTENSION', dialNumber: '4021', international: false, valid: true });
    });

    const errors: [string, string][] = [
      ['40a1', en.prefsExtNotANumber],
      ['4', en.prefsExtTooShort(2)],
      ['1234567890123456', en.prefsExtTooLong(15)],
    ];
    for (const [typed, message] of errors) {
      it(`says "${message}" when the agent leaves ${typed}`, async () => {
        const m = await mount({ profile: ext() });
        const input = m.$<HTMLInputElement>('#ext')!;
        await typeInto(m, input, typed);
        expect(m.$('#ext-error')).to.equal(null);
        await leave(m);
        expect(text(m, '#ext-error')).to.equal(message);
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        expect(input.getAttribute('aria-describedby')).to.contain('ext-error');
        expect(m.el.valid).to.equal(false);
        await expect(m.el).to.be.accessible();
      });
    }

    it('asks for the extension on reportValidity()', async () => {
      const m = await mount({ profile: ext() });
      expect(await m.el.reportValidity()).to.equal(false);
      await m.el.updateComplete;
      expect(text(m, '#ext-error')).to.equal(en.prefsExtRequired);
    });

    it('clears the error as soon as the entry is fixed', async () => {
      const m = await mount({ profile: ext() });
      const input = m.$<HTMLInputElement>('#ext')!;
      await typeInto(m, input, '4');
      await leave(m);
      await typeInto(m, input, '0');
      expect(m.$('#ext-error')).to.equal(null);
    });

    it('shows a restricted default read-only and says why', async () => {
      const m = await mount({ profile: ext({ defaultDialNumber: '4021', dialNumberRestricted: true }) });
      const input = m.$<HTMLInputElement>('#ext')!;
      expect(input.readOnly).to.equal(true);
      expect(input.value).to.equal('4021');
      expect(text(m, '#ext-hint')).to.equal(en.prefsExtensionRestricted);
      expect(m.el.valid).to.equal(true);
      await expect(m.el).to.be.accessible();
    });

    it('lets a saved extension beat the admin default, shown as the placeholder', async () => {
      const m = await mount({ profile: ext({ defaultDialNumber: '4021' }), saved: { loginOption: 'EXTENSION', dialNumber: '5050' } });
      const input = m.$<HTMLInputElement>('#ext')!;
      expect(input.value).to.equal('5050');
      expect(input.placeholder).to.equal('4021');
    });
  });

  describe('Dial number', () => {
    it('shows the field at once and checks the number once the rules have loaded', async () => {
      let release!: (phone: PhoneModule) => void;
      const gate = new Promise<PhoneModule>((r) => (release = r));
      InteractionPreferences.loadPhone = () => gate;
      const m = await mount({ profile: profile({ loginOptions: ['AGENT_DN'], defaultDialNumber: '+14155552671' }) });
      expect(dnInput(m).value).to.equal('+14155552671');
      expect(text(m, '#dn-status')).to.equal(en.prefsChecking);
      expect(m.el.valid).to.equal(false);
      await expect(m.el).to.be.accessible();
      release(await realLoad());
      await gate;
      await m.el.updateComplete;
      expect(dnInput(m).value).to.equal('+1 415 555 2671');
      expect(text(m, '#dn-status')).to.equal(en.prefsWillRing('+1 415 555 2671'));
      expect(last(m)).to.deep.equal({ loginOption: 'AGENT_DN', dialNumber: '+14155552671', international: false, valid: true });
    });

    it('loads the rules only when the Dial number option is shown or focused', async () => {
      let loads = 0;
      InteractionPreferences.loadPhone = () => {
        loads++;
        return (phoneLoaded = realLoad());
      };
      const m = await mount({ profile: profile() });
      expect(loads).to.equal(0);
      m.$<HTMLInputElement>('input[value="AGENT_DN"]')!.focus();
      expect(loads).to.equal(1);
      m.$<HTMLInputElement>('input[value="AGENT_DN"]')!.click();
      await m.el.updateComplete;
      expect(loads).to.equal(1);
    });

    it('formats an E.164 number as it is typed and gives E.164 out', async () => {
      const m = await mountDialNumber();
      await typeInto(m, dnInput(m), '+447400123456');
      expect(dnInput(m).value).to.equal('+44 7400 123456');
      expect(last(m)).to.deep.equal({ loginOption: 'AGENT_DN', dialNumber: '+447400123456', international: false, valid: true });
      await expect(m.el).to.be.accessible();
    });

    it('cleans separators typed with the number', async () => {
      const m = await mountDialNumber();
      await typeInto(m, dnInput(m), '+1 (415) 555-2671');
      expect(dnInput(m).value).to.equal('+1 415 555 2671');
      expect(m.el.value.dialNumber).to.equal('+14155552671');
    });

    it('cleans a pasted tel: link visibly', async () => {
      const m = await mountDialNumber();
      const input = dnInput(m);
      input.focus();
      input.value = 'tel:+1-415-555-2671';
      input.setSelectionRange(input.value.length, input.value.length);
      input.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true, composed: true }));
      await m.el.updateComplete;
      expect(input.value).to.equal('+1 415 555 2671');
      expect(input.selectionStart).to.equal(input.value.length);
      expect(m.el.value.dialNumber).to.equal('+14155552671');
    });

    it('keeps the caret after the digit typed in the middle of the number', async () => {
      const m = await mountDialNumber();
      const input = dnInput(m);
      await typeInto(m, input, '+4474001234');
      expect(input.value).to.equal('+44 7400 1234');
      await sendKeys({ press: 'Home' });
      for (let i = 0; i < 4; i++) await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ type: '2' });
      await m.el.updateComplete;
      expect(input.value).to.equal('+44 27 4001 234');
      expect(input.selectionStart).to.equal(5);
    });

    it('deletes the digit before a separator on Backspace', async () => {
      const m = await mountDialNumber({ profile: { defaultCountry: 'US' } });
      m.$<HTMLInputElement>('.check input')!.click();
      await m.el.updateComplete;
      const input = dnInput(m);
      await typeInto(m, input, '4155552671');
      expect(input.value).to.equal('(415) 555-2671');
      await sendKeys({ press: 'End' });
      for (let i = 0; i < 4; i++) await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'Backspace' });
      await m.el.updateComplete;
      expect(input.value).to.equal('(415) 552-671');
      expect(input.selectionStart).to.equal(8);
    });

    it('reads an IDD prefix of the profile’s country', async () => {
      const m = await mountDialNumber({ profile: { defaultCountry: 'AU' } });
      expect(text(m, '#dn-hint')).to.equal(en.prefsIddHint('0011', 'Australia'));
      await typeInto(m, dnInput(m), '00114420 7946 0000');
      expect(dnInput(m).value).to.equal('0011 44 20 7946 0000');
      expect(m.el.value.dialNumber).to.equal('+442079460000');
    });

    it('rejects letters and junk, keeping them visible', async () => {
      const m = await mountDialNumber({ profile: { defaultCountry: 'US' } });
      const input = dnInput(m);
      await typeInto(m, input, 'abc12125551234xyz');
      expect(input.value).to.equal('abc12125551234xyz');
      await leave(m);
      expect(text(m, '#dn-error')).to.equal(en.prefsDnNotANumber);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.contain('dn-error');
      expect(m.el.valid).to.equal(false);
      expect(m.el.value).to.deep.equal({ loginOption: 'AGENT_DN', international: false });
      await expect(m.el).to.be.accessible();
    });

    const messages: [string, string][] = [
      ['+1 415 555', en.prefsDnTooShort('United States')],
      ['+44 7400', en.prefsDnTooShort('United Kingdom')],
      ['+1 415 555 26711', en.prefsDnTooLong('United States')],
      ['+33 6 12 34 56 78 9', en.prefsDnTooLong('France')],
      ['+999 123 456 789', en.prefsDnInvalidCountry],
      ['+90 444 1 4444', en.prefsDnInvalidLength('Türkiye')],
      ['+49 1000 123456', en.prefsDnInvalidNumber('Germany')],
      ['+1 123 555 1234', en.prefsDnInvalidNumber('United States')],
      ['+800 1234 567', en.prefsDnTooShort('')],
      ['415 555 2671', en.prefsDnMissingCountryCode('011')],
      ['4a', en.prefsDnNotANumber],
    ];
    for (const [typed, message] of messages) {
      it(`says "${message}" when the agent leaves ${typed}`, async () => {
        const m = await mountDialNumber({ profile: { defaultCountry: 'US' } });
        await typeInto(m, dnInput(m), typed);
        expect(m.$('#dn-error')).to.equal(null);
        await leave(m);
        expect(text(m, '#dn-error')).to.equal(message);
        expect(m.el.valid).to.equal(false);
        await expect(m.el).to.be.accessible();
      });
    }

    it('asks for the number on reportValidity()', async () => {
      const m = await mountDialNumber();
      expect(await m.el.reportValidity()).to.equal(false);
      await m.el.updateComplete;
      expect(text(m, '#dn-error')).to.equal(en.prefsDnRequired);
    });

    it('takes a national number in the chosen country with the international dialing format', async () => {
      const m = await mountDialNumber({ profile: { defaultCountry: 'BR' } });
      m.$<HTMLInputElement>('.check input')!.click();
      await m.el.updateComplete;
      expect(m.$<HTMLSelectElement>('#country')!.value).to.equal('BR');
      expect(text(m, '[part="calling-code"]')).to.equal('+55');
      expect(dnInput(m).autocomplete).to.equal('tel-national');
      await typeInto(m, dnInput(m), '11961234567');
      expect(dnInput(m).value).to.equal('(11) 96123-4567');
      expect(last(m)).to.deep.equal({ loginOption: 'AGENT_DN', dialNumber: '+5511961234567', international: true, country: 'BR', valid: true });
      await expect(m.el).to.be.accessible();
    });

    it('keeps the number when the international dialing format is switched on and off', async () => {
      const m = await mountDialNumber({ profile: { defaultCountry: 'US' } });
      await typeInto(m, dnInput(m), '+447400123456');
      m.$<HTMLInputElement>('.check input')!.click();
      await m.el.updateComplete;
      expect(m.$<HTMLSelectElement>('#country')!.value).to.equal('GB');
      expect(dnInput(m).value).to.equal('07400 123456');
      m.$<HTMLInputElement>('.check input')!.click();
      await m.el.updateComplete;
      expect(dnInput(m).value).to.equal('+44 7400 123456');
      expect(m.el.value).to.deep.equal({ loginOption: 'AGENT_DN', dialNumber: '+447400123456', international: false });
    });

    it('lists every region with its calling code, named in the page language', async () => {
      await loadTerms('pt-BR');
      const m = await mountDialNumber({ profile: { defaultCountry: 'DE' }, lang: 'pt-BR', saved: { international: true } });
      const select = m.$<HTMLSelectElement>('#country')!;
      expect(select.options.length).to.be.greaterThan(240);
      expect(select.selectedOptions[0].textContent).to.equal('Alemanha (+49)');
    });

    const searches: [string, string][] = [
      ['+44', 'GB'],
      ['81', 'JP'],
      ['japan', 'JP'],
      ['MX', 'MX'],
      ['cote', 'CI'],
    ];
    for (const [query, code] of searches) {
      it(`finds ${code} by searching "${query}"`, async () => {
        const m = await mountDialNumber({ profile: { defaultCountry: 'US' }, saved: { international: true } });
        await typeInto(m, m.$<HTMLInputElement>('#country-search')!, query);
        expect(m.$<HTMLSelectElement>('#country')!.value).to.equal(code);
        expect(last(m)).to.include({ international: true, country: code });
      });
    }

    it('says when no country matches the search', async () => {
      const m = await mountDialNumber({ profile: { defaultCountry: 'US' }, saved: { international: true } });
      const search = m.$<HTMLInputElement>('#country-search')!;
      search.value = 'zz top';
      search.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true, composed: true }));
      await m.el.updateComplete;
      expect(text(m, '#country-found')).to.equal(en.prefsCountryNoMatch('zz top'));
      expect(m.$<HTMLSelectElement>('#country')!.value).to.equal('US');
      await expect(m.el).to.be.accessible();
    });

    it('preselects the saved country over the profile’s, and the browser’s region without either', async () => {
      const saved = await mountDialNumber({ profile: { defaultCountry: 'DE' }, saved: { international: true, country: 'JP' } });
      expect(saved.$<HTMLSelectElement>('#country')!.value).to.equal('JP');
      const browser = await mountDialNumber({ saved: { international: true } });
      expect(browser.$<HTMLSelectElement>('#country')!.value).to.equal(new Intl.Locale(navigator.language).maximize().region);
    });

    it('shows saved preferences over the admin default, which becomes the placeholder', async () => {
      const m = await mountDialNumber({ profile: { defaultDialNumber: '+14155552671' },
        saved: { loginOption: 'AGENT_DN', dialNumber: '+447400123456' },
      });
      expect(dnInput(m).value).to.equal('+44 7400 123456');
      expect(dnInput(m).placeholder).to.equal('+1 415 555 2671');
    });

    it('shows a saved national number in its country’s notation', async () => {
      const m = await mountDialNumber({ saved: { loginOption: 'AGENT_DN', dialNumber: '+5511961234567', international: true, country: 'BR' } });
      expect(m.$<HTMLSelectElement>('#country')!.value).to.equal('BR');
      expect(dnInput(m).value).to.equal('(11) 96123-4567');
      expect(last(m)).to.deep.equal({ loginOption: 'AGENT_DN', dialNumber: '+5511961234567', international: true, country: 'BR', valid: true });
    });

    describe('while a number’s metadata is on its way', () => {
      let release!: () => void;

      /** The real phone rules, whose metadata downloads wait for release(). */
      function holdMetadata(): void {
        const held = new Promise<void>((r) => (release = r));
        InteractionPreferences.loadPhone = () =>
          (phoneLoaded = realLoad().then((real) => ({ ...real, loadMetadataFor: (raws, context) => held.then(() => real.loadMetadataFor(raws, context)) })));
      }

      async function typeWhileHeld(m: Mounted, keys: string): Promise<void> {
        dnInput(m).focus();
        await sendKeys({ type: keys });
        await sendKeys({ press: 'Tab' });
      }

      it('says it is checking, never that the number is wrong, then formats and accepts it', async () => {
        holdMetadata();
        const m = await mount({ profile: profile({ loginOptions: ['AGENT_DN'], defaultCountry: 'US' }) });
        await phoneLoaded;
        await typeWhileHeld(m, '+79123456789');
        expect(m.$('#dn-error')).to.equal(null);
        expect(text(m, '#dn-status')).to.equal(en.prefsChecking);
        expect(dnInput(m).getAttribute('aria-invalid')).to.equal('false');
        expect(m.el.valid).to.equal(false);
        await expect(m.el).to.be.accessible();
        release();
        await m.el.updateComplete;
        expect(dnInput(m).value).to.equal('+7 912 345 67 89');
        expect(text(m, '#dn-status')).to.equal(en.prefsWillRing('+7 912 345 67 89'));
        expect(last(m)).to.deep.equal({ loginOption: 'AGENT_DN', dialNumber: '+79123456789', international: false, valid: true });
      });

      it('keeps the agent’s selection of the pre-filled number when its metadata arrives', async () => {
        holdMetadata();
        const m = await mount({ profile: profile({ loginOptions: ['AGENT_DN'], defaultCountry: 'US', defaultDialNumber: '+34612345678' }) });
        await phoneLoaded;
        dnInput(m).focus();
        dnInput(m).select();
        release();
        await m.el.updateComplete;
        expect(dnInput(m).value).to.equal('+34 612 34 56 78');
        expect([dnInput(m).selectionStart, dnInput(m).selectionEnd]).to.deep.equal([0, dnInput(m).value.length]);
        await sendKeys({ type: '+447400123456' });
        await m.el.updateComplete;
        expect(dnInput(m).value).to.equal('+44 7400 123456');
      });

      it('lets reportValidity() wait for it, so a valid number is accepted', async () => {
        holdMetadata();
        const m = await mount({ profile: profile({ loginOptions: ['AGENT_DN'], defaultCountry: 'US' }) });
        await phoneLoaded;
        await typeWhileHeld(m, '+82 10 2000 0000');
        let answered = false;
        const answer = m.el.reportValidity().then((valid) => ((answered = true), valid));
        await sendKeys({ press: 'Shift' });
        expect(answered).to.equal(false);
        expect(m.$('#dn-error')).to.equal(null);
        release();
        expect(await answer).to.equal(true);
        expect(last(m)).to.deep.equal({ loginOption: 'AGENT_DN', dialNumber: '+821020000000', international: false, valid: true });
      });

      it('lets reportValidity() wait for it, so an invalid number is refused with its reason', async () => {
        holdMetadata();
        const m = await mount({ profile: profile({ loginOptions: ['AGENT_DN'], defaultCountry: 'US' }) });
        await phoneLoaded;
        await typeWhileHeld(m, '+86 1234');
        const answer = m.el.reportValidity();
        expect(m.$('#dn-error')).to.equal(null);
        release();
        expect(await answer).to.equal(false);
        await m.el.updateComplete;
        expect(text(m, '#dn-error')).to.equal(en.prefsDnTooShort('China'));
        expect(last(m)?.valid).to.equal(false);
      });
    });

    it('offers several pre-validated numbers in a drop-down, valid before the rules load', async () => {
      InteractionPreferences.loadPhone = () => new Promise(() => undefined);
      const m = await mount({ profile: profile({ loginOptions: ['AGENT_DN'], dialNumbers: ['+14155552671', '+447400123456'] }) });
      const select = m.$<HTMLSelectElement>('select#dn')!;
      expect([...select.options].map((o) => o.value)).to.deep.equal(['+14155552671', '+447400123456']);
      expect(m.el.valid).to.equal(true);
      expect(m.$('.check')).to.equal(null);
      select.focus();
      await sendKeys({ press: 'ArrowDown' });
      await m.el.updateComplete;
      expect(last(m)).to.deep.equal({ loginOption: 'AGENT_DN', dialNumber: '+447400123456', international: false, valid: true });
      await expect(m.el).to.be.accessible();
    });

    it('pre-fills the one pre-validated number', async () => {
      const m = await mountDialNumber({ profile: { dialNumbers: ['+4930901820'] } });
      expect(dnInput(m).value).to.equal('+49 30 901820');
      expect(m.el.value.dialNumber).to.equal('+4930901820');
    });

    it('shows a restricted default read-only and says why', async () => {
      const m = await mountDialNumber({ profile: { defaultDialNumber: '+14155552671', dialNumberRestricted: true } });
      expect(dnInput(m).readOnly).to.equal(true);
      expect(dnInput(m).value).to.equal('+1 415 555 2671');
      expect(text(m, '#dn-hint')).to.equal(en.prefsDialNumberRestricted);
      expect(m.$('.check')).to.equal(null);
      expect(m.el.value).to.deep.equal({ loginOption: 'AGENT_DN', dialNumber: '+14155552671', international: false });
      await expect(m.el).to.be.accessible();
    });

    it('shows a station-login error with its tracking ID until the number is changed', async () => {
      const m = await mountDialNumber({ profile: { defaultDialNumber: '+14155552671' } });
      m.el.error = { code: 'DN_IN_USE', trackingId: 'trk-42' };
      await m.el.updateComplete;
      expect(text(m, '#dn-server-error')).to.equal(`${en.errorDN_IN_USE} ${en.trackingId('trk-42')}`);
      expect(dnInput(m).getAttribute('aria-invalid')).to.equal('true');
      expect(dnInput(m).getAttribute('aria-describedby')).to.contain('dn-server-error');
      await expect(m.el).to.be.accessible();
      await typeInto(m, dnInput(m), '2');
      expect(m.$('#dn-server-error')).to.equal(null);
    });

    it('falls back to E.164 checks when the rules cannot load', async () => {
      InteractionPreferences.loadPhone = () => Promise.reject(new Error('offline'));
      const m = await mount({ profile: profile({ loginOptions: ['AGENT_DN'] }) });
      await new Promise((r) => setTimeout(r));
      await m.el.updateComplete;
      expect(text(m, '#dn-status')).to.equal(en.prefsPhoneUnavailable);
      InteractionPreferences.loadPhone = () => Promise.reject(new Error('offline'));
      await typeInto(m, dnInput(m), '+14155552671');
      expect(m.el.value.dialNumber).to.equal('+14155552671');
      await expect(m.el).to.be.accessible();
    });

    it('makes every control read-only while disabled', async () => {
      const m = await mountDialNumber({ profile: { loginOptions: ['BROWSER', 'AGENT_DN'] }, saved: { loginOption: 'AGENT_DN' } });
      m.el.disabled = true;
      await m.el.updateComplete;
      expect([...m.root.querySelectorAll<HTMLInputElement>('input[type="radio"]')].every((r) => r.disabled)).to.equal(true);
      expect(m.$<HTMLInputElement>('.check input')!.disabled).to.equal(true);
      expect(dnInput(m).readOnly).to.equal(true);
      await expect(m.el).to.be.accessible();
    });
  });

  describe('Lit', () => {
    it('logs no warning while the agent types and switches formats', async () => {
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const m = await mountDialNumber({ profile: { defaultCountry: 'US' } });
        await typeInto(m, dnInput(m), '+447400123456');
        m.$<HTMLInputElement>('.check input')!.click();
        await m.el.updateComplete;
        await leave(m);
      } finally {
        console.warn = warn;
      }
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('keyboard only', () => {
    it('chooses Dial number, a country by calling code and a national number without a mouse', async () => {
      const m = await mount({ profile: profile({ defaultCountry: 'US' }) });
      m.el.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await m.el.updateComplete;
      expect(m.el.value.loginOption).to.equal('AGENT_DN');
      await phoneLoaded;
      await m.el.updateComplete;
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await m.el.updateComplete;
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '+44' });
      await m.el.updateComplete;
      await sendKeys({ press: 'Enter' });
      await m.el.updateComplete;
      expect(m.root.activeElement).to.equal(dnInput(m));
      await sendKeys({ type: '07400123456' });
      await m.el.updateComplete;
      expect(dnInput(m).value).to.equal('07400 123456');
      expect(last(m)).to.deep.equal({ loginOption: 'AGENT_DN', dialNumber: '+447400123456', international: true, country: 'GB', valid: true });
    });
  });

  describe('inside <agent-login>', () => {
    const context = (over: Partial<AgentLoginContext> = {}): AgentLoginContext => ({
      profile: profile({ extensions: ['4021'] }),
      saved: null,
      errors: {},
      disabled: false,
      busy: false,
      messages: [],
      ...over,
    });

    async function provide(value: AgentLoginContext, child = html`<interaction-preferences lang="en"></interaction-preferences>`) {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const provider = new ContextProvider(host, { context: agentLoginContext, initialValue: value });
      const { render } = await import('lit');
      render(child, host);
      const el = host.querySelector('interaction-preferences')!;
      await el.updateComplete;
      return { provider, el, root: el.shadowRoot! };
    }

    it('reads the profile and saved preferences from the context', async () => {
      const { el, root } = await provide(context({ saved: { loginOption: 'EXTENSION' } }));
      expect(el.value).to.deep.equal({ loginOption: 'EXTENSION', dialNumber: '4021', international: false });
      expect(root.querySelector<HTMLInputElement>('#ext')!.value).to.equal('4021');
      await expect(el).to.be.accessible();
    });

    it('lets a profile set on the element win over the context', async () => {
      const { el } = await provide(
        context(),
        html`<interaction-preferences lang="en" .profile=${profile({ loginOptions: [] })}></interaction-preferences>`,
      );
      expect(el.value.loginOption).to.equal(null);
      expect(el.valid).to.equal(true);
    });

    it('shows the context’s station-login error and disabled state', async () => {
      const { provider, el, root } = await provide(context({ saved: { loginOption: 'EXTENSION' } }));
      provider.setValue(context({ saved: { loginOption: 'EXTENSION' }, errors: { dialNumber: { code: 'DN_INVALID', trackingId: 'trk-7' } }, disabled: true }));
      await el.updateComplete;
      expect(root.querySelector('#ext-server-error')!.textContent).to.contain(en.errorDN_INVALID);
      expect(root.querySelector('#ext-server-error')!.textContent).to.contain('trk-7');
      expect(root.querySelector<HTMLInputElement>('#ext')!.readOnly).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('keeps what the agent entered when the context changes for other reasons', async () => {
      const { provider, el, root } = await provide(context({ saved: { loginOption: 'EXTENSION' } }));
      const input = root.querySelector<HTMLInputElement>('#ext')!;
      input.focus();
      input.select();
      await sendKeys({ type: '5050' });
      await el.updateComplete;
      provider.setValue(context({ saved: { loginOption: 'EXTENSION' }, disabled: true }));
      await el.updateComplete;
      expect(input.value).to.equal('5050');
    });

    it('applies a new profile from the context', async () => {
      const { provider, el } = await provide(context());
      provider.setValue(context({ profile: profile({ loginOptions: ['AGENT_DN'], dialNumbers: ['+14155552671', '+447400123456'] }) }));
      await el.updateComplete;
      expect(el.value).to.deep.equal({ loginOption: 'AGENT_DN', dialNumber: '+14155552671', international: false });
    });
  });
});
