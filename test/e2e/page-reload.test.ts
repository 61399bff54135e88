import { expect, aTimeout } from '@open-wc/testing';
import type { AgentLogin } from '../../src/elements/agent-login/agent-login.js';

interface FrameWindow extends Window {
  el: AgentLogin;
  events: { type: string; detail: Record<string, unknown> }[];
}

const PAGE = `<!doctype html><html lang="en"><body><script type="module">
  import '/src/elements/agent-login/agent-login.ts';
  import { createDemoService } from '/src/adapters/demo-service.ts';
  window.events = [];
  for (const type of ['agent-step-change', 'agent-signed-in', 'agent-error']) {
    document.addEventListener(type, (e) => window.events.push({ type, detail: JSON.parse(JSON.stringify(e.detail)) }));
  }
  const el = document.createElement('agent-login');
  el.service = createDemoService();
  document.body.append(el);
  window.el = el;
</script></body></html>`;

async function until(check: () => boolean, what: string, timeoutMs = 15000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await aTimeout(20);
  }
}

/** Loads the page in a same-origin frame (it shares this page's localStorage) and waits for the email step. */
async function load(frame: HTMLIFrameElement, reload: boolean): Promise<FrameWindow> {
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if (reload) frame.contentWindow!.location.reload();
  else {
    frame.srcdoc = PAGE;
    document.body.append(frame);
  }
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  await until(() => win.el?.step === 'email', 'the email step');
  return win;
}

async function submitCredentials(win: FrameWindow, email: string): Promise<void> {
  const form = () => win.el.querySelector('[data-agent-login-credentials] form') as HTMLFormElement;
  (win.el.querySelector('input[name="username"]') as HTMLInputElement).value = email;
  form().requestSubmit();
  await until(() => win.el.step === 'password', 'the password step');
  await win.el.updateComplete;
  (win.el.querySelector('input[name="password"]:not([aria-hidden])') as HTMLInputElement).value = 'demo1234';
  form().requestSubmit();
}

describe('automatic sign-in across two real page loads', () => {
  let frame: HTMLIFrameElement;
  beforeEach(() => {
    localStorage.clear();
    frame = document.createElement('iframe');
  });
  afterEach(() => frame.remove());

  it('signs in with saved preferences after a reload, skipping the preferences step', async () => {
    let win = await load(frame, false);
    await submitCredentials(win, 'digital@demo.example');
    await until(() => win.el.step === 'preferences', 'the preferences step');
    await until(() => !!win.el.shadowRoot!.querySelector('team-picker')?.shadowRoot?.querySelector('[role="combobox"]'), 'the team picker');
    const picker = win.el.shadowRoot!.querySelector('team-picker')!;
    const combobox = picker.shadowRoot!.querySelector<HTMLInputElement>('[role="combobox"]')!;
    combobox.focus();
    combobox.value = 'bill';
    combobox.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await picker.updateComplete;
    combobox.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
    await win.el.updateComplete;
    win.el.shadowRoot!.querySelector<HTMLInputElement>('input[name="auto-login"]')!.click();
    await win.el.updateComplete;
    win.el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await until(() => win.el.step === 'signed-in', 'the first sign-in');
    expect(win.events.find((e) => e.type === 'agent-signed-in')!.detail).to.include({ autoLogin: false, teamId: 't-billing' });

    win = await load(frame, true);
    expect(win.events, 'a fresh page').to.have.length(1);
    await submitCredentials(win, 'digital@demo.example');
    await until(() => win.el.step === 'signed-in', 'the automatic sign-in');
    expect(win.events.some((e) => e.type === 'agent-step-change' && e.detail.step === 'preferences')).to.equal(false);
    expect(win.events.find((e) => e.type === 'agent-signed-in')!.detail).to.include({ autoLogin: true, teamId: 't-billing' });
  });

  it('falls back to the pre-filled preferences step after a reload when the saved team is gone', async () => {
    localStorage.setItem(
      'agent-login:preferences:demo-sven-lindqvist',
      JSON.stringify({ v: 1, agentId: 'demo-sven-lindqvist', teamId: 't-gone', autoLogin: true, savedAt: new Date().toISOString() }),
    );
    const win = await load(frame, false);
    await submitCredentials(win, 'digital@demo.example');
    await until(() => win.el.step === 'preferences', 'the preferences step');
    // The step renders once the lazily loaded preferences elements are defined.
    await until(() => !!win.el.shadowRoot!.querySelector('team-picker'), 'the preferences elements');
    await win.el.updateComplete;
    expect(win.el.shadowRoot!.querySelector('.box.warning')!.textContent).to.contain('couldn’t sign you in automatically');
    expect(win.el.shadowRoot!.querySelector<HTMLInputElement>('input[name="auto-login"]')!.checked).to.equal(true);
  });
});
