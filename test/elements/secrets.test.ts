import { expect } from '@open-wc/testing';
import { ContextEvent } from '@lit/context';
import { sendKeys } from '@web/test-runner-commands';
import { createDemoService, type DemoService, type DemoServiceOptions } from '../../src/adapters/demo-service.js';
import type { AgentProfile } from '../../src/contract/agent-service.js';
import { agentLoginContext } from '../../src/context/agent-login-context.js';
import type { AgentLogin } from '../../src/elements/agent-login/agent-login.js';
import { mount, q, settle, untilStep } from '../helpers/agent-login.js';

const EMAIL = 'secret.keeper@demo.example';
const PASSWORD = 'Kx93!unique-first-pass';
const WRONG_PASSWORD = 'Wr0ng!unique-bad-pass';
const NEW_PASSWORD = 'Zq7!unique-new-pass';
const RESET_CODE = '123456';
const WRONG_CODE = '987650';
const DEMO_PASSWORD = 'demo1234';

const profile: AgentProfile = {
  agentId: 'secret-keeper',
  email: EMAIL,
  displayName: 'Sam Keeper',
  loginOptions: [],
  teams: [
    { id: 't-billing', name: 'Billing' },
    { id: 't-sales', name: 'Sales EMEA' },
  ],
  collaboration: [{ provider: 'msteams', label: 'Microsoft Teams' }],
};

const lockedProfile: AgentProfile = { ...profile, agentId: 'locked-keeper', email: 'locked.keeper@demo.example' };

const service = (options: DemoServiceOptions = {}) =>
  createDemoService({
    ...options,
    accounts: [
      { profile, password: PASSWORD },
      { profile: lockedProfile, password: PASSWORD, locked: true },
    ],
  });

interface Witness {
  readonly events: string[];
  readonly console: string[];
  readonly services: DemoService[];
  stop(): void;
}

function safe(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}\n${value.stack ?? ''}`;
  if (typeof value === 'string') return value;
  try {
    return `${JSON.stringify(value)} ${String(value)}`;
  } catch {
    return String(value);
  }
}

function witness(quiet = false): Witness {
  const events: string[] = [];
  const lines: string[] = [];
  const dispatch = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event) {
    if (event.type.startsWith('agent-')) {
      const own = Object.fromEntries(Object.entries(event));
      events.push(`${event.type} ${safe((event as CustomEvent).detail)} ${safe(own)}`);
    }
    return dispatch.call(this, event);
  };
  const con = console as unknown as Record<string, unknown>;
  const wrapped = Object.keys(con).filter((k) => typeof con[k] === 'function');
  const originals = new Map(wrapped.map((k) => [k, con[k] as (...args: unknown[]) => unknown]));
  for (const [name, original] of originals) {
    con[name] = (...args: unknown[]) => {
      lines.push(`${name}: ${args.map(safe).join(' ')}`);
      return quiet ? undefined : original.apply(console, args);
    };
  }
  const onError = (e: ErrorEvent) => lines.push(`window error: ${e.message} ${safe(e.error)}`);
  const onRejection = (e: PromiseRejectionEvent) => lines.push(`unhandled rejection: ${safe(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    events,
    console: lines,
    services: [],
    stop() {
      EventTarget.prototype.dispatchEvent = dispatch;
      for (const [name, original] of originals) con[name] = original;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

function shadowRoots(root: Document | ShadowRoot | Element): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  for (const node of root.querySelectorAll('*')) {
    if (node.shadowRoot) found.push(node.shadowRoot, ...shadowRoots(node.shadowRoot));
  }
  return found;
}

function allFields(): (HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement)[] {
  return [document, ...shadowRoots(document)].flatMap((root) => [...root.querySelectorAll<HTMLInputElement>('input, textarea, select')]);
}

function contextOf(el: AgentLogin): string {
  let value: unknown;
  const inside = el.querySelector('[data-agent-login-credentials]')!;
  inside.dispatchEvent(new ContextEvent(agentLoginContext, inside, (v) => (value = v)));
  expect(value, 'the context answers').to.exist;
  return safe(value ?? null);
}

function places(w: Witness, el: AgentLogin | null, keep: readonly Element[] = []): Record<string, string> {
  const storage = (s: Storage) => Object.keys(s).map((k) => `${k}=${s.getItem(k)}`).join('\n');
  return {
    localStorage: storage(localStorage),
    sessionStorage: storage(sessionStorage),
    cookies: document.cookie,
    events: w.events.join('\n'),
    console: w.console.join('\n'),
    'light DOM': document.documentElement.outerHTML,
    'shadow roots': shadowRoots(document).map((r) => r.innerHTML).join('\n'),
    'input values': allFields()
      .filter((f) => !keep.includes(f))
      .map((f) => f.value)
      .join('\n'),
    URLs: [location.href, document.referrer, safe(history.state), ...performance.getEntriesByType('resource').map((e) => e.name)].join('\n'),
    'service calls': w.services.map((s) => JSON.stringify(s.calls)).join('\n'),
    context: el?.isConnected ? contextOf(el) : '',
  };
}

function whereIs(secret: string, w: Witness, el: AgentLogin | null): string[] {
  return Object.entries(places(w, el))
    .filter(([, text]) => text.toLowerCase().includes(secret.toLowerCase()))
    .map(([where]) => where);
}

function expectNowhere(secrets: readonly string[], w: Witness, el: AgentLogin | null, keep: readonly Element[] = []): void {
  const found = Object.entries(places(w, el, keep)).flatMap(([where, text]) =>
    secrets.filter((s) => text.toLowerCase().includes(s.toLowerCase())).map((s) => `"${s}" in ${where}`),
  );
  expect(found).to.deep.equal([]);
}

async function typeInto(el: AgentLogin, selector: string, text: string): Promise<void> {
  const input = q<HTMLInputElement>(el, selector);
  input.focus();
  input.select();
  await sendKeys({ type: text });
}

async function submitEmail(el: AgentLogin, email = EMAIL): Promise<void> {
  await typeInto(el, 'input[name="username"]', email);
  await sendKeys({ press: 'Enter' });
  await untilStep(el, 'password');
}

async function submitPassword(el: AgentLogin, password: string): Promise<void> {
  await typeInto(el, 'input[name="password"]', password);
  await sendKeys({ press: 'Enter' });
}

async function toPreferences(el: AgentLogin): Promise<void> {
  for (let i = 0; i < 300 && el.step !== 'preferences' && el.step !== 'collaboration' && el.step !== 'signed-in'; i++) await settle(el, 1);
  if (el.step === 'collaboration') {
    el.shadowRoot!.querySelector<HTMLButtonElement>('.provider .primary')!.click();
    await untilStep(el, 'preferences');
  }
}

async function chooseTeamAndSave(el: AgentLogin, autoLogin = false): Promise<void> {
  await toPreferences(el);
  await untilStep(el, 'preferences');
  const picker = el.shadowRoot!.querySelector('team-picker')!;
  await picker.updateComplete;
  picker.shadowRoot!.querySelector<HTMLInputElement>('[role="combobox"]')!.focus();
  await sendKeys({ type: 'bill' });
  await settle(el);
  await sendKeys({ press: 'Enter' });
  await settle(el);
  if (autoLogin) el.shadowRoot!.querySelector<HTMLInputElement>('input[name="auto-login"]')!.click();
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await untilStep(el, 'signed-in');
}

async function resetPassword(el: AgentLogin, code: string, newPassword: string): Promise<void> {
  q<HTMLButtonElement>(el, '.al-actions .link').click();
  await untilStep(el, 'forgot-password');
  q<HTMLButtonElement>(el, 'button[type="submit"]').click();
  for (let i = 0; i < 300 && !el.querySelector('input[name="one-time-code"]'); i++) await settle(el, 1);
  await typeInto(el, 'input[name="one-time-code"]', code);
  await typeInto(el, 'input[name="new-password"]', newPassword);
  await typeInto(el, 'input[name="confirm-password"]', newPassword);
  await sendKeys({ press: 'Enter' });
}

async function waitForError(el: AgentLogin, w: Witness, count = 1): Promise<void> {
  for (let i = 0; i < 300 && w.events.filter((e) => e.startsWith('agent-error')).length < count; i++) await settle(el, 1);
  expect(w.events.filter((e) => e.startsWith('agent-error')), 'agent-error events').to.have.length(count);
  await settle(el);
}

describe('secrets: no password or reset code is left anywhere after any sign-in path', () => {
  let w: Witness;
  const use = (s: DemoService) => (w.services.push(s), s);
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    w = witness();
  });
  afterEach(() => w.stop());

  it('finds a planted secret in every place it searches', async () => {
    w.stop();
    w = witness(true);
    const secret = 'Planted!secret-42';
    const href = location.href;
    const el = await mount(use(service()));
    const host = document.createElement('div');
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    inner.attachShadow({ mode: 'open' }).innerHTML = `<input><b>${secret}</b>`;
    document.body.append(host);
    try {
      localStorage.setItem('planted', secret);
      sessionStorage.setItem('planted', secret);
      document.cookie = `planted=${secret}`;
      document.dispatchEvent(new CustomEvent('agent-planted', { detail: { secret } }));
      console.debug('planted', { secret });
      document.body.setAttribute('data-planted', secret);
      inner.shadowRoot!.querySelector('input')!.value = secret;
      history.replaceState(null, '', `?planted=${encodeURIComponent(secret)}`);
      await w.services[0].requestPasswordReset(`${secret}@demo.example`);
      expect(whereIs(secret, w, el)).to.deep.equal([
        'localStorage',
        'sessionStorage',
        'cookies',
        'events',
        'console',
        'light DOM',
        'shadow roots',
        'input values',
        'URLs',
        'service calls',
      ]);
    } finally {
      history.replaceState(null, '', href);
      document.cookie = 'planted=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
      document.body.removeAttribute('data-planted');
      host.remove();
    }
  });

  it('signs in with the right password and leaves it nowhere (storage, cookies, events, console, DOM, inputs, URLs, calls, context)', async () => {
    const el = await mount(use(service()));
    await submitEmail(el);
    await submitPassword(el, PASSWORD);
    await toPreferences(el);
    expectNowhere([PASSWORD], w, el);
    await chooseTeamAndSave(el);
    expect(w.events.some((e) => e.startsWith('agent-signed-in'))).to.equal(true);
    expect(document.querySelector('input[type="password"]'), 'the password field is gone').to.equal(null);
    expectNowhere([PASSWORD], w, el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.actions button:last-of-type')!.click();
    await untilStep(el, 'signed-out');
    expectNowhere([PASSWORD], w, el);
  });

  it('signs a seeded demo agent in and leaves demo1234 nowhere', async () => {
    const el = await mount(use(createDemoService()));
    await submitEmail(el, 'digital@demo.example');
    await submitPassword(el, DEMO_PASSWORD);
    await chooseTeamAndSave(el);
    expectNowhere([DEMO_PASSWORD], w, el);
  });

  it('refuses a wrong password and leaves it nowhere but the live password field, then nowhere at all after signing in', async () => {
    const el = await mount(use(service()));
    await submitEmail(el);
    await submitPassword(el, WRONG_PASSWORD);
    await waitForError(el, w);
    expect(el.step).to.equal('password');
    const live = q<HTMLInputElement>(el, 'input[name="password"]');
    expect(live.value, 'what the agent typed is kept for a retry').to.equal(WRONG_PASSWORD);
    expect(whereIs(WRONG_PASSWORD, w, el)).to.deep.equal(['input values']);
    expectNowhere([WRONG_PASSWORD], w, el, [live]);
    await submitPassword(el, PASSWORD);
    await chooseTeamAndSave(el);
    expectNowhere([WRONG_PASSWORD, PASSWORD], w, el);
  });

  it('resets the password with a one-time code and leaves neither the code nor either password anywhere', async () => {
    const el = await mount(use(service()));
    await submitEmail(el);
    await resetPassword(el, RESET_CODE, NEW_PASSWORD);
    await untilStep(el, 'password');
    expect(el.querySelector('.al-success'), 'the reset succeeded').to.exist;
    expectNowhere([RESET_CODE, NEW_PASSWORD], w, el);
    await submitPassword(el, NEW_PASSWORD);
    await chooseTeamAndSave(el);
    expectNowhere([RESET_CODE, NEW_PASSWORD, PASSWORD], w, el);
  });

  it('refuses a wrong reset code and leaves the code and new password nowhere but their live fields', async () => {
    const el = await mount(use(service()));
    await submitEmail(el);
    await resetPassword(el, WRONG_CODE, NEW_PASSWORD);
    await waitForError(el, w);
    expect(el.step).to.equal('forgot-password');
    const live = ['one-time-code', 'new-password', 'confirm-password'].map((n) => q<HTMLInputElement>(el, `input[name="${n}"]`));
    expect(live.map((f) => f.value)).to.deep.equal([WRONG_CODE, NEW_PASSWORD, NEW_PASSWORD]);
    expectNowhere([WRONG_CODE, NEW_PASSWORD], w, el, live);
  });

  it('signs in automatically on the next visit ("Don\'t show this again") and leaves the password nowhere', async () => {
    let el = await mount(use(service()));
    await submitEmail(el);
    await submitPassword(el, PASSWORD);
    await chooseTeamAndSave(el, true);
    expectNowhere([PASSWORD], w, el);
    el.remove();
    expect(localStorage.getItem(`agent-login:preferences:${profile.agentId}`), 'automatic sign-in was saved').to.contain('"autoLogin":true');

    el = await mount(use(service()));
    await submitEmail(el);
    await submitPassword(el, PASSWORD);
    await untilStep(el, 'signed-in', 6000);
    expect(w.events.filter((e) => e.startsWith('agent-signed-in')).at(-1)).to.contain('"autoLogin":true');
    expect(w.events.filter((e) => e.startsWith('agent-step-change')).some((e) => e.includes('"step":"preferences","previous":"password"'))).to.equal(false);
    expectNowhere([PASSWORD], w, el);
  });

  const failures: [string, DemoServiceOptions, string?][] = [
    ['a network failure', { fail: { signIn: 'NETWORK' } }],
    ['a timeout', { fail: { signIn: 'TIMEOUT' } }],
    ['an unavailable service', { fail: { signIn: 'UNAVAILABLE' } }],
    ['a malformed profile', { malformedProfile: true }],
    ['a locked account', {}, 'locked.keeper@demo.example'],
  ];
  for (const [name, options, email] of failures) {
    it(`leaves the password nowhere but the live password field after ${name}`, async () => {
      const el = await mount(use(service(options)));
      await submitEmail(el, email ?? EMAIL);
      await submitPassword(el, PASSWORD);
      await waitForError(el, w);
      expect(el.step).to.equal('password');
      const live = q<HTMLInputElement>(el, 'input[name="password"]');
      expect(live.value).to.equal(PASSWORD);
      expect(whereIs(PASSWORD, w, el)).to.deep.equal(['input values']);
      expectNowhere([PASSWORD], w, el, [live]);
    });
  }

  it('leaves the password nowhere after a failed reset request and a failed station login', async () => {
    const s = use(service({ fail: { requestPasswordReset: 'UNAVAILABLE' } }));
    const el = await mount(s);
    await submitEmail(el);
    q<HTMLButtonElement>(el, '.al-actions .link').click();
    await untilStep(el, 'forgot-password');
    q<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await waitForError(el, w);
    q<HTMLButtonElement>(el, '.al-actions .link:last-child').click();
    await untilStep(el, 'password');
    s.setOptions({ fail: { stationLogin: 'UNAVAILABLE' } });
    await submitPassword(el, PASSWORD);
    await toPreferences(el);
    const picker = el.shadowRoot!.querySelector('team-picker')!;
    await picker.updateComplete;
    picker.shadowRoot!.querySelector<HTMLInputElement>('[role="combobox"]')!.focus();
    await sendKeys({ type: 'bill' });
    await settle(el);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitForError(el, w, 2);
    expect(el.step).to.equal('preferences');
    expectNowhere([PASSWORD], w, el);
  });
});
