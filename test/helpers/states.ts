import { aTimeout, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DEMO_DN_IN_USE, DEMO_RESET_CODE, createDemoService, type DemoService } from '../../src/adapters/demo-service.js';
import type { BannerMessage } from '../../src/core/session/messages.js';
import type { AgentLogin } from '../../src/elements/agent-login/agent-login.js';
import '../../src/elements/interaction-preferences/interaction-preferences.js';
import { InteractionPreferences } from '../../src/elements/interaction-preferences/interaction-preferences.js';
import type { MicrophonePermission } from '../../src/elements/interaction-preferences/microphone.js';
import '../../src/elements/session-banner/session-banner.js';
import '../../src/elements/team-picker/team-picker.js';
import { PASSWORD, mount, q, settle, signInWithKeys, untilStep } from './agent-login.js';

/**
 * Every state of every element, mounted on the demo service (issue #9): the accessibility tests
 * (axe in each colour mode, reflow, zoom, target sizes) walk this one list, so a state added here
 * is checked everywhere.
 */
export interface UiState {
  readonly name: string;
  /** Mounts the state and returns the element under test (an `<agent-login>` or a standalone element). */
  readonly mount: () => Promise<HTMLElement>;
}

/** Every banner kind, covering the four severities, with tracking IDs, features and dismiss buttons. */
export const ALL_BANNERS: readonly BannerMessage[] = [
  { id: 'multi-session', kind: 'multi-session', severity: 'warning' },
  { id: 'degraded', kind: 'degraded', severity: 'warning', features: ['Chat', 'Email'] },
  { id: 'session-expired', kind: 'session-expired', severity: 'error', dismissible: true },
  { id: 'connection-lost', kind: 'connection-lost', severity: 'error' },
  { id: 'rona', kind: 'rona', severity: 'error', trackingId: 'trk-7f3a-22', dismissible: true },
  { id: 'microphone-blocked', kind: 'microphone-blocked', severity: 'error', dismissible: true },
  { id: 'collaboration:teams', kind: 'collaboration-failed', severity: 'warning', label: 'Microsoft Teams', dismissible: true },
  { id: 'preferences-not-saved', kind: 'preferences-not-saved', severity: 'info', dismissible: true },
  { id: 'restored', kind: 'degraded', severity: 'success', dismissible: true },
];

class FixedPermission extends EventTarget implements MicrophonePermission {
  constructor(public state: PermissionState) {
    super();
  }
}

/** Makes the Desktop option see this microphone permission (headless Chromium has no microphone). */
export function microphone(state: PermissionState): void {
  InteractionPreferences.queryMicrophone = async () => new FixedPermission(state);
}

const shadow = (el: AgentLogin) => el.shadowRoot!;
const prefs = (el: AgentLogin) => shadow(el).querySelector('interaction-preferences')!;
const picker = (el: AgentLogin) => shadow(el).querySelector('team-picker')!;
const prefsRoot = (el: AgentLogin) => prefs(el).shadowRoot!;
const combobox = (el: AgentLogin) => picker(el).shadowRoot!.querySelector<HTMLInputElement>('[role="combobox"]')!;

async function waitFor(check: () => boolean, what: string, timeoutMs = 4000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await aTimeout(10);
  }
}

async function settleAll(el: AgentLogin, rounds = 3): Promise<void> {
  await settle(el, rounds);
  const p = shadow(el).querySelector('interaction-preferences');
  const t = shadow(el).querySelector('team-picker');
  await p?.updateComplete;
  await t?.updateComplete;
  await settle(el, 1);
}

async function atEmail(service: DemoService = createDemoService()): Promise<AgentLogin> {
  // Saved preferences of an earlier state would pre-fill the team and the options.
  localStorage.clear();
  sessionStorage.clear();
  const el = await mount(service);
  await untilStep(el, 'email');
  return el;
}

async function atPassword(email = 'agent@demo.example', service?: DemoService): Promise<AgentLogin> {
  const el = await atEmail(service);
  q<HTMLInputElement>(el, 'input[name="username"]').focus();
  await sendKeys({ type: email });
  await sendKeys({ press: 'Enter' });
  await untilStep(el, 'password');
  return el;
}

async function atReset(verify: boolean): Promise<AgentLogin> {
  const el = await atPassword('digital@demo.example');
  q<HTMLButtonElement>(el, '.al-actions .link').click();
  await untilStep(el, 'forgot-password');
  if (verify) {
    q<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await waitFor(() => !!el.querySelector('input[name="one-time-code"]'), 'the code field');
    await settle(el);
  }
  return el;
}

async function typeIn(el: AgentLogin, name: string, text: string): Promise<void> {
  q<HTMLInputElement>(el, `input[name="${name}"]`).focus();
  await sendKeys({ type: text });
}

async function submitReset(el: AgentLogin, code: string): Promise<void> {
  await typeIn(el, 'one-time-code', code);
  await typeIn(el, 'new-password', 'brand-new-pass');
  await typeIn(el, 'confirm-password', 'brand-new-pass');
  await sendKeys({ press: 'Enter' });
  await settle(el, 6);
}

/** Signs in and stops at the preferences step (skipping the collaboration sign-ins). */
export async function atPreferences(email = 'agent@demo.example', service: DemoService = createDemoService()): Promise<AgentLogin> {
  const el = await atEmail(service);
  await signInWithKeys(el, email);
  await waitFor(() => el.step === 'preferences' || el.step === 'collaboration', 'the step after the password');
  if (el.step === 'collaboration') {
    await settle(el);
    for (const skip of shadow(el).querySelectorAll<HTMLButtonElement>('.provider .secondary')) skip.click();
  }
  await untilStep(el, 'preferences');
  await waitFor(() => !!prefs(el)?.shadowRoot?.querySelector('fieldset, .note'), 'the preferences');
  await settleAll(el);
  return el;
}

async function choose(el: AgentLogin, option: 'BROWSER' | 'EXTENSION' | 'AGENT_DN'): Promise<void> {
  prefsRoot(el).querySelector<HTMLInputElement>(`input[type="radio"][value="${option}"]`)!.click();
  await settleAll(el, 4);
}

async function typeInPrefs(el: AgentLogin, selector: string, text: string, leave = true): Promise<void> {
  const input = prefsRoot(el).querySelector<HTMLInputElement>(selector)!;
  input.focus();
  input.select();
  await sendKeys({ type: text });
  if (leave) await sendKeys({ press: 'Tab' });
  await settleAll(el, 4);
}

async function dialNumberReady(el: AgentLogin): Promise<void> {
  await choose(el, 'AGENT_DN');
  await waitFor(() => !!prefsRoot(el).querySelector('#dn'), 'the dial number field');
  await aTimeout(50);
  await settleAll(el);
}

async function international(el: AgentLogin, search: string): Promise<void> {
  await dialNumberReady(el);
  prefsRoot(el).querySelector<HTMLInputElement>('.check input[type="checkbox"]')!.click();
  await settleAll(el, 4);
  await waitFor(() => !!prefsRoot(el).querySelector('#country-search'), 'the country search');
  await typeInPrefs(el, '#country-search', search, false);
}

async function pickFirstTeam(el: AgentLogin): Promise<void> {
  combobox(el).focus();
  await sendKeys({ press: 'ArrowDown' });
  await sendKeys({ press: 'Enter' });
  await settleAll(el, 4);
}

async function openTeams(el: AgentLogin, text?: string): Promise<AgentLogin> {
  combobox(el).focus();
  if (text) await sendKeys({ type: text });
  else await sendKeys({ press: 'ArrowDown' });
  await settleAll(el, 4);
  return el;
}

async function atSignedIn(email = 'agent@demo.example', service: DemoService = createDemoService()): Promise<AgentLogin> {
  const el = await atPreferences(email, service);
  const desktop = prefsRoot(el).querySelector<HTMLInputElement>('input[type="radio"][value="BROWSER"]');
  if (desktop && !desktop.checked) await choose(el, 'BROWSER');
  if (!picker(el).teamId) await pickFirstTeam(el);
  shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await untilStep(el, 'signed-in');
  return el;
}

/** The states, in flow order; each mounts a fresh element. */
export const STATES: readonly UiState[] = [
  { name: 'email', mount: () => atEmail() },
  {
    name: 'email with a malformed address',
    mount: async () => {
      const el = await atEmail();
      q<HTMLInputElement>(el, 'input[name="username"]').focus();
      await sendKeys({ type: 'not-an-email' });
      await sendKeys({ press: 'Enter' });
      await settle(el);
      return el;
    },
  },
  {
    name: 'no service configured',
    mount: () => {
      localStorage.clear();
      return mount(undefined);
    },
  },
  { name: 'password', mount: () => atPassword() },
  {
    name: 'password shown',
    mount: async () => {
      const el = await atPassword();
      q<HTMLButtonElement>(el, '.al-toggle').click();
      await settle(el);
      return el;
    },
  },
  {
    name: 'wrong password',
    mount: async () => {
      const el = await atEmail();
      await signInWithKeys(el, 'agent@demo.example', 'wrong-password');
      await waitFor(() => q(el, 'input[name="password"]').getAttribute('aria-invalid') === 'true', 'the password error');
      await settle(el);
      return el;
    },
  },
  {
    name: 'locked account',
    mount: async () => {
      const el = await atEmail();
      await signInWithKeys(el, 'locked@demo.example');
      await waitFor(() => !!el.querySelector('.al-error'), 'the step error');
      await settle(el);
      return el;
    },
  },
  {
    name: 'signing in (request pending)',
    mount: async () => {
      const service = createDemoService();
      const el = await atPassword('agent@demo.example', service);
      service.setOptions({ latencyMs: 600_000 });
      q<HTMLInputElement>(el, 'input[name="password"]').focus();
      await sendKeys({ type: PASSWORD });
      await sendKeys({ press: 'Enter' });
      await waitFor(() => !!el.querySelector('.al-spinner'), 'the pending sign-in');
      await settle(el);
      return el;
    },
  },
  { name: 'forgot password', mount: () => atReset(false) },
  { name: 'forgot password: code sent', mount: () => atReset(true) },
  {
    name: 'forgot password: wrong code',
    mount: async () => {
      const el = await atReset(true);
      await submitReset(el, '000000');
      await waitFor(() => q(el, 'input[name="one-time-code"]').getAttribute('aria-invalid') === 'true', 'the code error');
      return el;
    },
  },
  {
    name: 'forgot password: new password set',
    mount: async () => {
      const el = await atReset(true);
      await submitReset(el, DEMO_RESET_CODE);
      await untilStep(el, 'password');
      return el;
    },
  },
  {
    name: 'collaboration',
    mount: async () => {
      const el = await atEmail();
      await signInWithKeys(el, 'agent@demo.example');
      await untilStep(el, 'collaboration');
      return el;
    },
  },
  {
    name: 'collaboration connecting',
    mount: async () => {
      const service = createDemoService();
      const el = await atEmail(service);
      await signInWithKeys(el, 'agent@demo.example');
      await untilStep(el, 'collaboration');
      service.setOptions({ latencyMs: 600_000 });
      shadow(el).querySelector<HTMLButtonElement>('.provider .primary')!.click();
      await waitFor(() => !!shadow(el).querySelector('.provider .spinner'), 'the connecting status');
      await settle(el);
      return el;
    },
  },
  {
    name: 'preferences: Desktop, microphone allowed',
    mount: async () => {
      microphone('granted');
      const el = await atPreferences();
      await choose(el, 'BROWSER');
      return el;
    },
  },
  {
    name: 'preferences: Desktop, microphone to allow',
    mount: async () => {
      microphone('prompt');
      const el = await atPreferences();
      await choose(el, 'BROWSER');
      return el;
    },
  },
  {
    name: 'preferences: Desktop, microphone blocked',
    mount: async () => {
      microphone('denied');
      const el = await atPreferences();
      await choose(el, 'BROWSER');
      await waitFor(() => !!prefsRoot(el).querySelector('.notice'), 'the microphone notice');
      return el;
    },
  },
  {
    name: 'preferences: Extension too short',
    mount: async () => {
      const el = await atPreferences();
      await choose(el, 'EXTENSION');
      await typeInPrefs(el, '#ext', '12');
      return el;
    },
  },
  {
    name: 'preferences: Dial number not a number',
    mount: async () => {
      const el = await atPreferences();
      await dialNumberReady(el);
      await typeInPrefs(el, '#dn', 'abc');
      return el;
    },
  },
  {
    name: 'preferences: Dial number valid',
    mount: async () => {
      const el = await atPreferences();
      await dialNumberReady(el);
      await typeInPrefs(el, '#dn', '+14155550142');
      return el;
    },
  },
  {
    name: 'preferences: international format with a country search',
    mount: async () => {
      const el = await atPreferences();
      await international(el, 'bras');
      return el;
    },
  },
  {
    name: 'preferences: country search with no match',
    mount: async () => {
      const el = await atPreferences();
      await international(el, 'zzzz');
      return el;
    },
  },
  {
    name: 'preferences: station login refused (number in use)',
    mount: async () => {
      const el = await atPreferences();
      await dialNumberReady(el);
      await typeInPrefs(el, '#dn', DEMO_DN_IN_USE);
      await pickFirstTeam(el);
      shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await waitFor(() => !!prefsRoot(el).querySelector('#dn-server-error'), 'the station login error');
      await settleAll(el);
      return el;
    },
  },
  { name: 'preferences: extensions drop-down', mount: () => atPreferences('extensions@demo.example') },
  { name: 'preferences: dial numbers drop-down', mount: () => atPreferences('dialnumbers@demo.example') },
  { name: 'preferences: restricted dial number', mount: () => atPreferences('restricted@demo.example') },
  { name: 'preferences: digital-only agent', mount: () => atPreferences('digital@demo.example') },
  { name: 'preferences: E911 notice', mount: () => atPreferences('e911@demo.example') },
  {
    name: 'preferences: saving (request pending)',
    mount: async () => {
      const service = createDemoService();
      const el = await atPreferences('agent@demo.example', service);
      await choose(el, 'BROWSER');
      await pickFirstTeam(el);
      service.setOptions({ latencyMs: 600_000 });
      shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await waitFor(() => !!shadow(el).querySelector('.actions .spinner'), 'the pending save');
      await settleAll(el);
      return el;
    },
  },
  { name: 'team picker open', mount: async () => openTeams(await atPreferences()) },
  { name: 'team picker filtered', mount: async () => openTeams(await atPreferences(), 'sup') },
  { name: 'team picker with no match', mount: async () => openTeams(await atPreferences(), 'zzzz') },
  {
    name: 'team picker: team required',
    mount: async () => {
      const el = await atPreferences();
      combobox(el).focus();
      combobox(el).blur();
      await settleAll(el, 4);
      await waitFor(() => combobox(el).getAttribute('aria-invalid') === 'true', 'the team error');
      return el;
    },
  },
  {
    name: 'team picker: agent without teams',
    mount: async () => {
      const el = await fixture(html`<team-picker lang="en" .teams=${[]}></team-picker>`);
      return el as HTMLElement;
    },
  },
  { name: 'signed in', mount: () => atSignedIn() },
  { name: 'signed in, collaboration failed', mount: () => atSignedIn('collabfail@demo.example') },
  {
    name: 'signed in, busy on a call',
    mount: async () => {
      const el = await atSignedIn();
      el.busy = true;
      await settle(el);
      return el;
    },
  },
  {
    name: 'signed in with session messages',
    mount: async () => {
      const service = createDemoService();
      const el = await atSignedIn('agent@demo.example', service);
      service.emit({ type: 'session-conflict', trackingId: 'trk-42' });
      service.emit({ type: 'degraded', features: ['Reports', 'Chat'] });
      await waitFor(() => (shadow(el).querySelector('session-banner')?.shadowRoot?.querySelectorAll('.banner').length ?? 0) >= 2, 'the banners');
      await settle(el);
      return el;
    },
  },
  {
    name: 'signed out',
    mount: async () => {
      const el = await atSignedIn();
      shadow(el).querySelector<HTMLButtonElement>('.actions .button')!.click();
      await untilStep(el, 'signed-out');
      return el;
    },
  },
  {
    name: 'every session-banner message',
    mount: async () => {
      const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
        html`<session-banner lang="en" .messages=${ALL_BANNERS}></session-banner>`,
      );
      await el.updateComplete;
      return el;
    },
  },
];
