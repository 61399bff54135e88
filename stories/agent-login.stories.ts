import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/index.js';
import { createDemoService, type DemoServiceOptions } from '../src/adapters/demo-service.js';
import type { AgentLogin } from '../src/elements/agent-login/agent-login.js';

interface Args {
  lang: string;
  colorScheme: '' | 'light' | 'dark';
  busy: boolean;
  latencyMs: number;
}

type Action = { fill?: [string, string]; submit?: true; click?: string; waitFor?: string };

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Drives a fresh `<agent-login>` into a state, as an agent would (fill a field, submit, click). */
async function drive(el: AgentLogin, actions: Action[]): Promise<void> {
  const find = (selector: string) =>
    el.querySelector<HTMLElement>(`[data-agent-login-credentials] ${selector}`) ?? el.shadowRoot!.querySelector<HTMLElement>(selector);
  for (const a of actions) {
    for (let i = 0; i < 100 && a.waitFor && el.step !== a.waitFor; i++) await wait(20);
    await el.updateComplete;
    if (a.fill) {
      const input = find(a.fill[0]) as HTMLInputElement;
      input.value = a.fill[1];
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    if (a.submit) (find('form') as HTMLFormElement).requestSubmit();
    if (a.click) find(a.click)?.click();
    await wait(30);
  }
}

function story(options: DemoServiceOptions, actions: Action[] = []) {
  return ({ lang, colorScheme, busy, latencyMs }: Args) => {
    const service = createDemoService({ latencyMs, ...options });
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
    lang: { control: 'select', options: ['en', 'pt-BR'] },
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
