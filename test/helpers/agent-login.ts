import { aTimeout, elementUpdated, expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/agent-login/agent-login.js';
import type { AgentLogin } from '../../src/elements/agent-login/agent-login.js';
import type { AgentService } from '../../src/contract/agent-service.js';
import type { Step } from '../../src/core/flow/states.js';

export const PASSWORD = 'demo1234';

/** Everything a test page saw: events (details as JSON) and console output. */
export interface Recorder {
  events: { type: string; detail: unknown }[];
  console: string[];
  stop(): void;
}

const EVENTS = [
  'agent-step-change',
  'agent-signed-in',
  'agent-signed-out',
  'agent-error',
  'agent-preferences-change',
  'agent-team-change',
  'agent-session-takeover',
  'agent-banner-dismiss',
];

export function record(target: EventTarget = document): Recorder {
  const events: Recorder['events'] = [];
  const lines: string[] = [];
  const onEvent = (e: Event) => events.push({ type: e.type, detail: JSON.parse(JSON.stringify((e as CustomEvent).detail ?? null)) });
  EVENTS.forEach((t) => target.addEventListener(t, onEvent));
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const originals = methods.map((m) => console[m]);
  methods.forEach((m, i) => {
    console[m] = (...args: unknown[]) => {
      lines.push(args.map((a) => (typeof a === 'string' ? a : safeJson(a))).join(' '));
      originals[i].apply(console, args);
    };
  });
  return {
    events,
    console: lines,
    stop() {
      EVENTS.forEach((t) => target.removeEventListener(t, onEvent));
      methods.forEach((m, i) => (console[m] = originals[i]));
    },
  };
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

/** A fresh `<agent-login>` on the given service, settled past its session check. */
export async function mount(service: AgentService | undefined, attrs: { lang?: string } = {}): Promise<AgentLogin> {
  const el = await fixture<AgentLogin>(html`<agent-login .service=${service} lang=${attrs.lang ?? 'en'}></agent-login>`);
  await settle(el);
  const start = performance.now();
  while (el.step === 'starting' && performance.now() - start < 4000) await aTimeout(10);
  await settle(el);
  return el;
}

/** Asserts focus without handing DOM nodes to chai (a failing deep diff of a node crashes the page). */
export function expectFocused(node: Element, message = 'focus'): void {
  const active = document.activeElement;
  if (active !== node) {
    const describe = (n: Element | null) => (n ? `<${n.localName}${n.getAttribute('name') ? ` name=${n.getAttribute('name')}` : ''}>` : 'nothing');
    throw new Error(`${message}: expected ${describe(node)} to be focused, but ${describe(active)} is`);
  }
}

/** Lets requests, renders and lazy imports finish. */
export async function settle(el: AgentLogin, rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await aTimeout(0);
    await elementUpdated(el);
    await nextFrame();
  }
}

export async function untilStep(el: AgentLogin, step: Step, timeoutMs = 4000): Promise<void> {
  const start = performance.now();
  while (el.step !== step) {
    if (performance.now() - start > timeoutMs) throw new Error(`step stayed ${el.step}, expected ${step}`);
    await aTimeout(10);
  }
  // The preferences step renders its elements once their lazily loaded chunk has defined them.
  if (step === 'preferences') {
    while (!el.shadowRoot!.querySelector('interaction-preferences, team-picker')) {
      if (performance.now() - start > timeoutMs * 2) throw new Error('the preferences elements never rendered');
      await aTimeout(10);
    }
  }
  await settle(el);
}

/** The light-DOM credential container. */
export function creds(el: AgentLogin): HTMLElement {
  return el.querySelector('[data-agent-login-credentials]')!;
}

export function q<T extends Element = HTMLElement>(el: AgentLogin, selector: string): T {
  const found = creds(el).querySelector<T>(selector) ?? el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

/** Types the email and the password with real keys, pressing Enter after each. */
export async function signInWithKeys(el: AgentLogin, email: string, password = PASSWORD): Promise<void> {
  await typeCredentials(el, email, password);
  await sendKeys({ press: 'Enter' });
}

/** Types the email, Enter, then the password, leaving it unsent (a test may set a fault first). */
export async function typeCredentials(el: AgentLogin, email: string, password = PASSWORD): Promise<void> {
  await typeEmail(el, email);
  q<HTMLInputElement>(el, 'input[name="password"]').focus();
  await sendKeys({ type: password });
}

/** Types the email and presses Enter: the password step. */
export async function typeEmail(el: AgentLogin, email: string): Promise<void> {
  const user = q<HTMLInputElement>(el, 'input[name="username"]');
  user.focus();
  user.select();
  await sendKeys({ type: email });
  await sendKeys({ press: 'Enter' });
  await untilStep(el, 'password');
}

/** The preferences step's elements and the banners, inside the card. */
export const prefs = (el: AgentLogin) => el.shadowRoot!.querySelector('interaction-preferences')!;
export const picker = (el: AgentLogin) => el.shadowRoot!.querySelector('team-picker')!;
export const bannerText = (el: AgentLogin) => el.shadowRoot!.querySelector('session-banner')?.shadowRoot?.textContent ?? '';
/** Whether a spinner shows, in the light-DOM credentials or the card. */
export const spinning = (el: AgentLogin) => !!(el.querySelector('.al-spinner') ?? el.shadowRoot!.querySelector('.spinner'));
export const busyCard = (el: AgentLogin) => el.shadowRoot!.querySelector('[part="card"]')!.getAttribute('aria-busy');
export const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ');

/** Signs in with the keyboard and reaches the preferences step, skipping any collaboration sign-in. */
export async function toPreferences(el: AgentLogin, email: string): Promise<void> {
  await signInWithKeys(el, email);
  const start = performance.now();
  while (el.step !== 'preferences' && el.step !== 'collaboration') {
    if (performance.now() - start > 20000) throw new Error(`step stayed ${el.step} after the password`);
    await aTimeout(20);
  }
  if (el.step === 'collaboration') {
    for (const skip of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.provider .secondary')) skip.click();
  }
  await untilStep(el, 'preferences');
  await prefs(el).updateComplete;
  await picker(el).updateComplete;
  await settle(el);
}

/** Types into the team combobox and picks the first match with Enter. */
export async function pickTeam(el: AgentLogin, text: string): Promise<void> {
  picker(el).shadowRoot!.querySelector<HTMLInputElement>('[role="combobox"]')!.focus();
  await sendKeys({ type: text });
  await settle(el);
  await sendKeys({ press: 'Enter' });
  await settle(el);
}

/** Call inside a `describe`: each of its tests fails when a promise rejection went unhandled while it ran. */
export function failOnUnhandledRejections(): void {
  let rejections: string[] = [];
  const onRejection = (e: PromiseRejectionEvent) => rejections.push(String(e.reason));
  beforeEach(() => {
    rejections = [];
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('unhandledrejection', onRejection);
    expect(rejections, 'unhandled rejections').to.deep.equal([]);
  });
}

export { oneEvent };
