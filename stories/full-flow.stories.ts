import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { createDemoService, DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoMethod, type DemoService } from '../src/adapters/demo-service.js';
import { SERVICE_ERROR_CODES, type ServiceErrorCode } from '../src/contract/errors.js';
import type { AgentLogin } from '../src/elements/agent-login/agent-login.js';

type Fault = '' | ServiceErrorCode;

interface Args {
  latencyMs: number;
  account: string;
  signIn: Fault;
  restoreSession: Fault;
  requestPasswordReset: Fault;
  resetPassword: Fault;
  connectCollaboration: Fault;
  stationLogin: Fault;
  stationLogout: Fault;
}

const METHODS: readonly DemoMethod[] = [
  'signIn',
  'restoreSession',
  'requestPasswordReset',
  'resetPassword',
  'connectCollaboration',
  'stationLogin',
  'stationLogout',
];

const FAULTS: readonly Fault[] = ['', ...SERVICE_ERROR_CODES];

/**
 * One demo backend for the story, kept across re-renders: changing a control updates its options in
 * place (`setOptions`), so the flow carries on where it is instead of starting again.
 */
let service: DemoService | undefined;

function faultsOf(args: Args): Partial<Record<DemoMethod, ServiceErrorCode>> {
  const fail: Partial<Record<DemoMethod, ServiceErrorCode>> = {};
  for (const method of METHODS) if (args[method]) fail[method] = args[method] as ServiceErrorCode;
  return fail;
}

let prefilled = '';

/** Puts the chosen account in the email field, unless the agent typed another one. */
function prefill(email: string): void {
  const input = document.querySelector<HTMLInputElement>('#full-flow agent-login input[name="username"]');
  if (!input || (input.value && input.value !== prefilled)) return;
  input.value = prefilled = email;
}

const meta: Meta<Args> = {
  title: 'Flows/Full flow',
  component: 'agent-login',
  args: {
    latencyMs: 400,
    account: 'agent@demo.example',
    signIn: '',
    restoreSession: '',
    requestPasswordReset: '',
    resetPassword: '',
    connectCollaboration: '',
    stationLogin: '',
    stationLogout: '',
  },
  argTypes: {
    latencyMs: {
      name: 'latency (ms)',
      description: 'Simulated round trip of every call.',
      control: { type: 'range', min: 0, max: 5000, step: 100 },
    },
    account: {
      description: 'Demo account to suggest (every password is `demo1234`).',
      control: 'select',
      options: DEMO_ACCOUNTS.map((a) => a.email),
    },
    ...Object.fromEntries(
      METHODS.map((method) => [
        method,
        {
          description: `Make \`${method}\` fail with this code (after the latency); empty: it succeeds.`,
          control: 'select',
          options: FAULTS,
          table: { category: 'Faults' },
        },
      ]),
    ),
  },
  parameters: { controls: { expanded: true } },
};
export default meta;

/**
 * The whole sign-in on the embedded demo service, from the email step to signed in and out again.
 * The controls change the backend while the flow runs, without reloading: the latency of every
 * call, a fault per call (sign-in, session restore, password reset request and reset, collaboration
 * sign-in, station login, sign out), chosen among the codes a backend may reject with, and the
 * demo account to suggest, which fills the email field while it is empty.
 */
export const FullFlow: StoryObj<Args> = {
  name: 'Full flow',
  render: (args) => {
    service ??= createDemoService();
    service.setOptions({ latencyMs: args.latencyMs, fail: faultsOf(args) });
    const description = DEMO_ACCOUNTS.find((a) => a.email === args.account)?.description ?? '';
    const onStep = (e: Event) => void (e.currentTarget as AgentLogin).updateComplete.then(() => prefill(args.account));
    queueMicrotask(() => prefill(args.account));
    return html`<div id="full-flow" style="max-inline-size: 420px">
      <agent-login .service=${service} lang="en" @agent-step-change=${onStep}></agent-login>
      <p style="font: 0.875rem system-ui; color: #545b66">
        Suggested account: <code>${args.account}</code>, password <code>${DEMO_PASSWORD}</code>. ${description}
      </p>
    </div>`;
  },
};
