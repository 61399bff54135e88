import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/index.js';
import { createDemoService, type DemoService, type DemoServiceOptions } from '../src/adapters/demo-service.js';
import type { AgentService } from '../src/contract/agent-service.js';
import type { AgentLogin } from '../src/elements/agent-login/agent-login.js';
import { SUPPORTED_LOCALES } from '../src/i18n/terms.js';

interface Args {
  lang: string;
  colorScheme: '' | 'light' | 'dark';
  busy: boolean;
  latencyMs: number;
}

type Action = {
  fill?: [string, string];
  submit?: true;
  click?: string;
  waitFor?: string;
  /** Waits until this selector matches (a form that renders within a step, e.g. the reset code). */
  waitForSelector?: string;
  /** Picks the first team matching this text in the team picker. */
  team?: string;
  /** A selector inside <interaction-preferences> to click (e.g. a radio). */
  option?: string;
  run?: (el: AgentLogin) => void;
};

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Drives a fresh `<agent-login>` into a state, as an agent would (fill a field, submit, click). */
async function drive(el: AgentLogin, actions: Action[]): Promise<void> {
  const find = (selector: string) =>
    el.querySelector<HTMLElement>(`[data-agent-login-credentials] ${selector}`) ?? el.shadowRoot!.querySelector<HTMLElement>(selector);
  for (const a of actions) {
    for (let i = 0; i < 100 && a.waitFor && el.step !== a.waitFor; i++) await wait(20);
    for (let i = 0; i < 100 && a.waitForSelector && !find(a.waitForSelector); i++) await wait(20);
    await el.updateComplete;
    if (a.fill) {
      const input = find(a.fill[0]) as HTMLInputElement | null;
      if (input) {
        input.value = a.fill[1];
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
    }
    if (a.submit) (find('form') as HTMLFormElement | null)?.requestSubmit();
    if (a.click) find(a.click)?.click();
    if (a.option) {
      const prefs = el.shadowRoot!.querySelector('interaction-preferences');
      await prefs?.updateComplete;
      prefs?.shadowRoot?.querySelector<HTMLElement>(a.option)?.click();
      await wait(300);
    }
    if (a.team) {
      const picker = el.shadowRoot!.querySelector('team-picker');
      await picker?.updateComplete;
      const input = picker?.shadowRoot?.querySelector<HTMLInputElement>('[role="combobox"]');
      if (input) {
        input.focus();
        input.value = a.team;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await wait(50);
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      }
    }
    a.run?.(el);
    await wait(30);
  }
}

/**
 * The demo service with some members replaced (`credentials`, or a method that never answers),
 * everything else answered by the demo service itself.
 */
function adapt(service: DemoService, overrides: Partial<AgentService>): AgentService {
  return new Proxy(service, {
    get(target, key) {
      if (key in overrides) return overrides[key as keyof AgentService];
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * A call that never answers, so the story stays in its pending state with no timer to race; it
 * rejects with an AbortError only when the widget aborts it (removed from the page).
 */
const neverAnswers = (...args: unknown[]) =>
  new Promise<never>((_, reject) => {
    const signal = args.find((a): a is AbortSignal => a instanceof AbortSignal);
    signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')), { once: true });
  });

function story(options: DemoServiceOptions, actions: Action[] = [], overrides: Partial<AgentService> = {}) {
  return ({ lang, colorScheme, busy, latencyMs }: Args) => {
    const service = adapt(createDemoService({ latencyMs, ...options }), overrides);
    return html`<div style="max-inline-size: 420px">
      <agent-login
        .service=${service}
        lang=${lang}
        color-scheme=${colorScheme || 'light'}
        ?busy=${busy}
        ${ref((el) => el && void drive(el as AgentLogin, actions))}
      ></agent-login>
    </div>`;
  };
}

const email = (address: string): Action[] => [{ waitFor: 'email', fill: ['input[name="username"]', address], submit: true }];
const password = (pw = 'demo1234'): Action[] => [{ waitFor: 'password', fill: ['input[name="password"]', pw], submit: true }];

const meta: Meta<Args> = {
  title: 'Elements/agent-login',
  component: 'agent-login',
  tags: ['autodocs'],
  args: { lang: 'en', colorScheme: '', busy: false, latencyMs: 300 },
  argTypes: {
    lang: { control: 'select', options: [...SUPPORTED_LOCALES] },
    colorScheme: { control: 'select', options: ['', 'light', 'dark'] },
  },
  render: story({}),
};
export default meta;

type Story = StoryObj<Args>;

/** The first step: the agent's email. Try `agent@demo.example`, password `demo1234`. */
export const Email: Story = {};

/** The email step rejects an address that is not one, next to the field. */
export const EmailInvalid: Story = { render: story({}, [{ waitFor: 'email', fill: ['input[name="username"]', 'ana@'], submit: true }]) };

/** The password step, with show/hide, Forgot password and the Alt+← hint. */
export const Password: Story = { render: story({}, email('agent@demo.example')) };

/** A wrong password: the message sits next to the password field. */
export const WrongPassword: Story = { render: story({}, [...email('agent@demo.example'), ...password('nope')]) };

/** A locked account: a step-level error that says what to do. */
export const AccountLocked: Story = { render: story({}, [...email('locked@demo.example'), ...password()]) };

/** The network failed: the message carries the tracking ID for the administrator. */
export const NetworkError: Story = { render: story({ fail: { signIn: 'NETWORK' } }, [...email('agent@demo.example'), ...password()]) };

/** The backend answered a profile that fails validation. */
export const MalformedProfile: Story = { render: story({ malformedProfile: true }, [...email('agent@demo.example'), ...password()]) };

/** Signing in: the button shows progress (3 s latency). */
export const SigningIn: Story = {
  args: { latencyMs: 3000 },
  render: story({}, [...email('agent@demo.example'), ...password()]),
};

/** Forgot password, first stage: send the code. */
export const ForgotPassword: Story = {
  render: story({}, [...email('agent@demo.example'), { waitFor: 'password', click: '.al-actions .link' }]),
};

/** Forgot password, second stage: the six-digit code (`123456`) and a new password. */
export const ForgotPasswordCode: Story = {
  render: story({}, [
    ...email('agent@demo.example'),
    { waitFor: 'password', click: '.al-actions .link' },
    { waitFor: 'forgot-password', submit: true },
  ]),
};

/** The reset code and new password, filled in and submitted: `code`, then the new password twice. */
const reset = (code: string, newPassword: string, confirmPassword = newPassword): Action[] => [
  ...email('agent@demo.example'),
  { waitFor: 'password', click: '.al-actions .link' },
  { waitFor: 'forgot-password', submit: true },
  { waitForSelector: 'input[name="one-time-code"]', fill: ['input[name="one-time-code"]', code] },
  { fill: ['input[name="new-password"]', newPassword] },
  { fill: ['input[name="confirm-password"]', confirmPassword], submit: true },
];

/** A code that is not the one sent (`INVALID_CODE` from the service): the message sits at the code, with the tracking ID. */
export const ResetWrongCode: Story = { render: story({}, reset('654321', 'Summer-2026!')) };

/** A code that is not six digits: checked before anything is sent. */
export const ResetCodeFormat: Story = { render: story({}, reset('12ab', 'Summer-2026!')) };

/** A new password under 8 characters: the message sits at the new password. */
export const ResetPasswordTooShort: Story = { render: story({}, reset('123456', 'short')) };

/** The confirmation differs from the new password: the message sits at the confirmation. */
export const ResetPasswordsDiffer: Story = { render: story({}, reset('123456', 'Summer-2026!', 'Summer-2062!')) };

/** The password was changed: back at the password step, with a confirmation to sign in with the new one. */
export const PasswordChanged: Story = { render: story({}, reset('123456', 'Summer-2026!')) };

/** The contact center took too long (`TIMEOUT`): try again, with the tracking ID. */
export const Timeout: Story = { render: story({ fail: { signIn: 'TIMEOUT' } }, [...email('agent@demo.example'), ...password()]) };

/** The contact center is down (`UNAVAILABLE`): try again in a few minutes. */
export const Unavailable: Story = { render: story({ fail: { signIn: 'UNAVAILABLE' } }, [...email('agent@demo.example'), ...password()]) };

/** The agent may not sign in here (`NOT_AUTHORIZED`): ask the administrator. */
export const NotAuthorized: Story = { render: story({ fail: { signIn: 'NOT_AUTHORIZED' } }, [...email('agent@demo.example'), ...password()]) };

/** The session expired while saving the preferences (`SESSION_EXPIRED`): sign in again. */
export const SessionExpired: Story = {
  render: story({ fail: { stationLogin: 'SESSION_EXPIRED' } }, [
    ...email('digital@demo.example'),
    ...password(),
    { waitFor: 'preferences', team: 'bill' },
    { click: 'button[type="submit"]' },
  ]),
};

/**
 * A backend that signs agents in with their organisation (OAuth/SSO, like the Webex adapter:
 * `credentials: false`) and has no live session: no email or password, sign in there and reload.
 */
export const ExternalSignIn: Story = { render: story({}, [], { credentials: false }) };

/** Looking for a live session on load (`restoreSession` still answering): "Checking your session…". */
export const CheckingSession: Story = { render: story({}, [], { restoreSession: neverAnswers }) };

/** Microsoft Teams sign-in under way: the provider shows progress instead of its buttons. */
export const CollaborationConnecting: Story = {
  render: story({}, [...email('agent@demo.example'), ...password(), { waitFor: 'collaboration', click: '.provider .primary' }], {
    connectCollaboration: neverAnswers,
  }),
};

/** No service and no `demo` attribute: a configuration error. */
export const NoService: Story = { render: () => html`<agent-login lang="en"></agent-login>` };

/** Microsoft Teams sign-in offered after the password. */
export const Collaboration: Story = { render: story({}, [...email('agent@demo.example'), ...password()]) };

/** The preferences step: how to handle calls, the team, Don't show this again. */
export const Preferences: Story = { render: story({}, [...email('extensions@demo.example'), ...password()]) };

/** A digital-only agent: no telephony choices, only the team. */
export const PreferencesDigitalOnly: Story = { render: story({}, [...email('digital@demo.example'), ...password()]) };

/** In Portuguese (Brazil), the wording of the Agent Desktop help. */
export const Portuguese: Story = { args: { lang: 'pt-BR' }, render: story({}, email('brasil@demo.example')) };

/** Dark colour scheme. */
export const Dark: Story = { args: { colorScheme: 'dark' }, render: story({}, email('agent@demo.example')) };

const save: Action = { click: 'button[type="submit"]' };
const digitalSignedIn: Action[] = [...email('digital@demo.example'), ...password(), { waitFor: 'preferences', team: 'bill' }, save];

/** Signed in: who, team, how calls are handled, profile settings and Sign out. */
export const SignedIn: Story = {
  render: story({}, [...email('extension@demo.example'), ...password(), { waitFor: 'preferences', team: 'sales' }, save]),
};

/** On a conversation (`busy`): Sign out is disabled and says why. */
export const SignedInBusy: Story = { args: { busy: true }, render: story({}, digitalSignedIn) };

/** The station login failed: the message sits at the dial number with the tracking ID. */
export const StationLoginError: Story = {
  render: story({ fail: { stationLogin: 'DN_IN_USE' } }, [
    ...email('dialnumbers@demo.example'),
    ...password(),
    { waitFor: 'preferences', team: 'sales' },
    save,
  ]),
};

/** Microsoft Teams sign-in failed: a warning that never blocks; retry later from the profile settings. */
export const CollaborationFailed: Story = {
  render: story({}, [...email('collabfail@demo.example'), ...password(), { waitFor: 'collaboration', click: '.provider .primary' }]),
};

/** The browser could not store the preferences while "Don't show this again" was checked. */
export const PreferencesNotSaved: Story = {
  render: story({}, [
    { run: () => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      setTimeout(() => (Storage.prototype.setItem = original), 4000);
    } },
    ...email('digital@demo.example'),
    ...password(),
    { waitFor: 'preferences', team: 'bill' },
    { click: 'input[name="auto-login"]' },
    save,
  ]),
};

/** Automatic sign-in with saved preferences failed (the number is now in use): the step comes back pre-filled. */
export const AutoLoginFallback: Story = {
  render: story({ fail: { stationLogin: 'DN_IN_USE' } }, [
    { run: () => {
      localStorage.setItem(
        'agent-login:preferences:demo-omar-haddad',
        JSON.stringify({ v: 1, agentId: 'demo-omar-haddad', loginOption: 'EXTENSION', dialNumber: '4021', teamId: 't-sales-emea', autoLogin: true, savedAt: new Date().toISOString() }),
      );
    } },
    ...email('extension@demo.example'),
    ...password(),
  ]),
};

/** The E911 notice must be accepted before browser calling. */
export const E911Notice: Story = { render: story({}, [...email('e911@demo.example'), ...password(), { waitFor: 'preferences', team: 'bill' }]) };

/** Signing out (the station logout still answering): Sign out shows progress. */
export const SigningOut: Story = {
  render: story({}, [...digitalSignedIn, { waitFor: 'signed-in', run: (el) => el.signOut() }], { stationLogout: neverAnswers }),
};

/** Signed out. */
export const SignedOut: Story = {
  render: story({}, [...digitalSignedIn, { waitFor: 'signed-in', run: (el) => el.signOut() }]),
};

