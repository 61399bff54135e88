import { ContextProvider } from '@lit/context';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { action } from 'storybook/actions';
import type { AgentProfile } from '../src/contract/agent-service.js';
import { agentLoginContext, type AgentLoginContext, type FieldError } from '../src/context/agent-login-context.js';
import type { PreferencesPrefill } from '../src/core/preferences/model.js';
import '../src/elements/interaction-preferences/interaction-preferences.js';
import { InteractionPreferences, type PhoneModule } from '../src/elements/interaction-preferences/interaction-preferences.js';
import type { PreferencesChangeEvent } from '../src/elements/interaction-preferences/interaction-preferences.events.js';

type Mic = 'browser' | 'granted' | 'prompt' | 'denied' | 'unsupported';
type Phone = 'load' | 'hold' | 'fail';

interface Args {
  profile: AgentProfile;
  saved?: PreferencesPrefill;
  error?: FieldError;
  disabled: boolean;
  /** The microphone permission to simulate; `browser` asks the real browser. */
  mic: Mic;
  /** How the phone rules load: normally, never (the loading state) or not at all (offline). */
  phone: Phone;
  lang: string;
  dir: 'ltr' | 'rtl';
  width: string;
}

const AGENT: AgentProfile = {
  agentId: 'agent-42',
  email: 'ana.souza@example.com',
  displayName: 'Ana Souza',
  loginOptions: ['BROWSER', 'EXTENSION', 'AGENT_DN'],
  teams: [{ id: 'sup-2', name: 'Suporte Nível 2' }],
  defaultCountry: 'US',
};
const agent = (over: Partial<AgentProfile> = {}): AgentProfile => ({ ...AGENT, ...over });

const realLoad = InteractionPreferences.loadPhone;
const realMic = InteractionPreferences.queryMicrophone;
const onChange = action('agent-preferences-change');

/** Sets the element's hooks for this story (they are static: every story sets both). */
function hooks(mic: Mic, phone: Phone): void {
  InteractionPreferences.queryMicrophone = mic === 'browser' ? realMic : async () => (mic === 'unsupported' ? null : { state: mic });
  InteractionPreferences.loadPhone =
    phone === 'load' ? realLoad : phone === 'hold' ? () => new Promise<PhoneModule>(() => undefined) : () => Promise.reject(new Error('offline'));
}

/** The element and its shadow root, once the phone rules have loaded. */
async function ready(canvas: HTMLElement) {
  const el = canvas.querySelector<InteractionPreferences>('interaction-preferences')!;
  await el.updateComplete;
  await InteractionPreferences.loadPhone().catch(() => undefined);
  await el.updateComplete;
  return { el, root: el.shadowRoot! };
}

/** Types a whole entry into a field (one `input` event per character, as a keyboard would), then leaves it. */
async function enter(canvas: HTMLElement, selector: string, text: string): Promise<void> {
  const { el, root } = await ready(canvas);
  const input = root.querySelector<HTMLInputElement>(selector)!;
  input.focus();
  for (const ch of text) {
    const at = input.selectionStart ?? input.value.length;
    input.value = input.value.slice(0, at) + ch + input.value.slice(at);
    input.setSelectionRange(at + 1, at + 1);
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: ch, inputType: 'insertText' }));
    await el.updateComplete;
  }
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

const meta: Meta<Args> = {
  title: 'Elements/interaction-preferences',
  component: 'interaction-preferences',
  args: { profile: AGENT, saved: undefined, error: undefined, disabled: false, mic: 'granted', phone: 'load', lang: 'en', dir: 'ltr', width: '380px' },
  argTypes: {
    profile: { control: 'object' },
    saved: { control: 'object' },
    error: { control: 'object' },
    mic: { control: 'inline-radio', options: ['browser', 'granted', 'prompt', 'denied', 'unsupported'] },
    phone: { control: 'inline-radio', options: ['load', 'hold', 'fail'] },
    lang: { control: 'inline-radio', options: ['en', 'pt-BR'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    width: { control: 'text' },
  },
  render: ({ profile, saved, error, disabled, mic, phone, lang, dir, width }) => {
    hooks(mic, phone);
    return html`<div style="max-inline-size: ${width}" dir=${dir}>
      <interaction-preferences
        lang=${lang}
        .profile=${profile}
        .saved=${saved}
        .error=${error}
        ?disabled=${disabled}
        @agent-preferences-change=${(e: PreferencesChangeEvent) => onChange(e.detail)}
      ></interaction-preferences>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Desktop chosen (the first option) and the microphone allowed. */
export const Desktop: Story = {};

/** Desktop, the browser will ask for the microphone: a button asks now, before sign-in. */
export const DesktopMicrophonePrompt: Story = { args: { mic: 'prompt' } };

/** Desktop with the microphone blocked: how to allow it in this browser, and Check again. */
export const DesktopMicrophoneBlocked: Story = { args: { mic: 'denied' } };

/** Extension, no pre-validated extension: free entry, digits only. */
export const ExtensionFreeEntry: Story = { args: { saved: { loginOption: 'EXTENSION' } } };

/** Extension, one pre-validated extension: pre-filled. */
export const ExtensionPrefilled: Story = { args: { profile: agent({ extensions: ['4021'] }), saved: { loginOption: 'EXTENSION' } } };

/** Extension, several pre-validated extensions: a drop-down of exactly those. */
export const SeveralExtensions: Story = {
  args: { profile: agent({ extensions: ['4021', '4022', '4510'] }), saved: { loginOption: 'EXTENSION', dialNumber: '4022' } },
};

/** Extension restricted to the admin default: read-only, with the reason. */
export const ExtensionRestricted: Story = {
  args: { profile: agent({ defaultDialNumber: '4021', dialNumberRestricted: true }), saved: { loginOption: 'EXTENSION' } },
};

/** Extension with letters: "An extension has digits only". */
export const ExtensionNotANumber: Story = {
  args: { saved: { loginOption: 'EXTENSION' } },
  play: async ({ canvasElement }) => enter(canvasElement, '#ext', '40a1'),
};

/** Extension too short: "An extension has at least 2 digits". */
export const ExtensionTooShort: Story = {
  args: { saved: { loginOption: 'EXTENSION' } },
  play: async ({ canvasElement }) => enter(canvasElement, '#ext', '4'),
};

/** Extension too long: "An extension has at most 15 digits". */
export const ExtensionTooLong: Story = {
  args: { saved: { loginOption: 'EXTENSION' } },
  play: async ({ canvasElement }) => enter(canvasElement, '#ext', '1234567890123456'),
};

/** Extension left empty (reportValidity on Save): "Enter your extension". */
export const ExtensionRequired: Story = {
  args: { saved: { loginOption: 'EXTENSION' } },
  play: async ({ canvasElement }) => {
    const { el } = await ready(canvasElement);
    el.reportValidity();
  },
};

/** Dial number pre-filled with the admin default (E.164), formatted, with the dial-out prefix of the agent's country in the hint. */
export const DialNumber: Story = {
  args: { profile: agent({ defaultDialNumber: '+14155552671' }), saved: { loginOption: 'AGENT_DN' } },
};

/** Saved preferences beat the admin default, which shows as the placeholder (clear the field to see it). */
export const SavedBeatsDefault: Story = {
  args: { profile: agent({ defaultDialNumber: '+14155552671' }), saved: { loginOption: 'AGENT_DN', dialNumber: '+447400123456' } },
};

/** An IDD number typed from Australia (0011): formatted as typed, E.164 out. */
export const DialNumberIdd: Story = {
  args: { profile: agent({ defaultCountry: 'AU' }), saved: { loginOption: 'AGENT_DN' } },
  play: async ({ canvasElement }) => enter(canvasElement, '#dn', '00114420 7946 0000'),
};

/** International dialing format: a searchable country drop-down and a national number formatted as typed. */
export const InternationalFormat: Story = {
  args: { profile: agent({ defaultCountry: 'BR' }), saved: { loginOption: 'AGENT_DN', international: true } },
  play: async ({ canvasElement }) => enter(canvasElement, '#dn', '11961234567'),
};

/** Searching the countries by calling code: "+44" selects the United Kingdom. */
export const CountrySearch: Story = {
  args: { saved: { loginOption: 'AGENT_DN', international: true } },
  play: async ({ canvasElement }) => enter(canvasElement, '#country-search', '+44'),
};

/** Several pre-validated dial numbers: a drop-down of exactly those. */
export const SeveralDialNumbers: Story = {
  args: { profile: agent({ dialNumbers: ['+14155552671', '+447400123456', '+5511961234567'] }), saved: { loginOption: 'AGENT_DN' } },
};

/** One pre-validated dial number: pre-filled. */
export const OneDialNumber: Story = {
  args: { profile: agent({ dialNumbers: ['+4930901820'] }), saved: { loginOption: 'AGENT_DN' } },
};

/** Dial number restricted to the admin default: read-only, with the reason; no international format. */
export const RestrictedDialNumber: Story = {
  args: { profile: agent({ defaultDialNumber: '+14155552671', dialNumberRestricted: true }), saved: { loginOption: 'AGENT_DN' } },
};

/** The phone rules are still loading: the field works, "Checking number format…". */
export const LoadingMetadata: Story = {
  args: { profile: agent({ defaultDialNumber: '+14155552671' }), saved: { loginOption: 'AGENT_DN' }, phone: 'hold' },
};

/** The phone rules could not load (offline): numbers in E.164 shape are accepted; the contact center checks them. */
export const MetadataUnavailable: Story = { args: { saved: { loginOption: 'AGENT_DN' }, phone: 'fail' } };

const dnError = (typed: string, saved: PreferencesPrefill = { loginOption: 'AGENT_DN' }): Story => ({
  args: { saved },
  play: async ({ canvasElement }) => enter(canvasElement, '#dn', typed),
});

/** Left empty (reportValidity on Save): "Enter the number where calls should ring". */
export const ErrorRequired: Story = {
  args: { saved: { loginOption: 'AGENT_DN' } },
  play: async ({ canvasElement }) => {
    const { el } = await ready(canvasElement);
    el.reportValidity();
  },
};

/** Letters and junk (Cisco's widget accepts this one): rejected, kept as typed. */
export const ErrorNotANumber: Story = dnError('abc12125551234xyz');

/** A national number without the international format: "Add the country code…". */
export const ErrorMissingCountryCode: Story = dnError('415 555 2671');

/** An unknown calling code: "No country uses this country code". */
export const ErrorInvalidCountry: Story = dnError('+999 123 456 789');

/** Too short for the country. */
export const ErrorTooShort: Story = dnError('+44 7400');

/** Too long for the country. */
export const ErrorTooLong: Story = dnError('+1 415 555 26711');

/** A length the country never uses. */
export const ErrorInvalidLength: Story = dnError('+90 444 1 4444');

/** The right length, but not a number of the country (an unassigned area code). */
export const ErrorInvalidNumber: Story = dnError('+1 123 555 1234');

/** Station login said the number is in use (DN_IN_USE): the message and tracking ID at the field. */
export const DialNumberInUse: Story = {
  args: {
    profile: agent({ defaultDialNumber: '+14155552671' }),
    saved: { loginOption: 'AGENT_DN' },
    error: { code: 'DN_IN_USE', trackingId: 'TRK-5f1c-88a0' },
  },
};

/** Station login rejected the extension (DN_INVALID). */
export const ExtensionInvalid: Story = {
  args: { profile: agent({ extensions: ['4021'] }), saved: { loginOption: 'EXTENSION' }, error: { code: 'DN_INVALID', trackingId: 'TRK-91d2-0c4e' } },
};

/** A digital-only agent: no telephony, a short note; always valid. */
export const DigitalOnly: Story = { args: { profile: agent({ loginOptions: [] }) } };

/** Disabled while a request is in flight: every control is read-only. */
export const Disabled: Story = {
  args: { profile: agent({ defaultDialNumber: '+14155552671' }), saved: { loginOption: 'AGENT_DN' }, disabled: true },
};

/** In Portuguese, with the desktop guide's words ("Tratar chamadas", "Número de discagem", country names in pt-BR). */
export const Portuguese: Story = {
  args: { lang: 'pt-BR', profile: agent({ defaultCountry: 'BR' }), saved: { loginOption: 'AGENT_DN', international: true, dialNumber: '+5511961234567' } },
};

/** Right to left: the option cards and messages follow the text direction; numbers stay left to right. */
export const RightToLeft: Story = {
  args: { dir: 'rtl', profile: agent({ defaultDialNumber: '+14155552671' }), saved: { loginOption: 'AGENT_DN' } },
};

/** In a 320 px container. */
export const Narrow: Story = {
  args: { width: '320px', profile: agent({ defaultCountry: 'BR' }), saved: { loginOption: 'AGENT_DN', international: true, dialNumber: '+5511961234567' } },
};

/** Inside <agent-login>: profile, saved preferences, errors and the disabled state come from the shared context (here a plain provider). */
export const InsideAgentLogin: StoryObj = {
  render: () => {
    hooks('granted', 'load');
    const host = document.createElement('div');
    host.style.maxInlineSize = '380px';
    const value: AgentLoginContext = {
      profile: agent({ dialNumbers: ['+14155552671', '+447400123456'] }),
      saved: { loginOption: 'AGENT_DN', dialNumber: '+447400123456' },
      errors: { dialNumber: { code: 'DN_IN_USE', trackingId: 'TRK-2a7e-1193' } },
      disabled: false,
      busy: false,
      messages: [],
    };
    new ContextProvider(host, { context: agentLoginContext, initialValue: value });
    const el = document.createElement('interaction-preferences');
    el.addEventListener('agent-preferences-change', (e) => onChange(e.detail));
    host.append(el);
    return host;
  },
};

/** Standalone in plain HTML, with the profile's fields as attributes (no profile object). */
export const AttributesOnly: StoryObj = {
  render: () => {
    hooks('granted', 'load');
    return html`<div style="max-inline-size: 380px">
      <interaction-preferences
        login-options="EXTENSION AGENT_DN"
        extensions="4021 4022"
        default-country="GB"
        @agent-preferences-change=${(e: PreferencesChangeEvent) => onChange(e.detail)}
      ></interaction-preferences>
    </div>`;
  },
};
