import { holdings, type Holdings } from '../helpers/leak-probe.js';
import { aTimeout, expect, fixture, html, nextFrame } from '@open-wc/testing';
import { createDemoService } from '../../src/adapters/demo-service.js';
import type { AgentLogin } from '../../src/elements/agent-login/agent-login.js';
import { PASSWORD, q, settle, untilStep } from '../helpers/agent-login.js';

function submit(el: AgentLogin, name: string, value: string): void {
  const input = q<HTMLInputElement>(el, `input[name="${name}"]`);
  input.value = value;
  input.form!.requestSubmit();
}

async function cycle(el: AgentLogin): Promise<void> {
  submit(el, 'username', 'digital@demo.example');
  await untilStep(el, 'password');
  submit(el, 'password', PASSWORD);
  await untilStep(el, 'preferences');
  while (!el.shadowRoot!.querySelector('team-picker')) await aTimeout(10);
  const picker = el.shadowRoot!.querySelector('team-picker')!;
  await picker.updateComplete;
  const combobox = picker.shadowRoot!.querySelector<HTMLInputElement>('[role="combobox"]')!;
  combobox.focus();
  combobox.value = 'bill';
  combobox.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: 'bill' }));
  await picker.updateComplete;
  combobox.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
  await settle(el);
  el.shadowRoot!.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
  await untilStep(el, 'signed-in');
  el.shadowRoot!.querySelector<HTMLButtonElement>('.actions button')!.click();
  await untilStep(el, 'signed-out');
  el.shadowRoot!.querySelector<HTMLButtonElement>('.center button')!.click();
  await untilStep(el, 'email');
}

async function quiet(el: AgentLogin): Promise<Holdings> {
  await settle(el, 5);
  await aTimeout(50);
  await nextFrame();
  return holdings();
}

describe('<agent-login> signing in and out 50 times in one page (issue #10)', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('holds the same DOM nodes, listeners, timers, channels and locks after the 50th cycle as after the 1st', async () => {
    const el = await fixture<AgentLogin>(html`<agent-login .service=${createDemoService({ latencyMs: 0 })} lang="en"></agent-login>`);
    await untilStep(el, 'email');
    await cycle(el);
    const first = await quiet(el);
    for (let i = 2; i <= 50; i++) await cycle(el);
    const fiftieth = await quiet(el);
    expect(fiftieth).to.deep.equal(first);
    expect(first.nodes).to.be.greaterThan(50);
    expect(first.listeners).to.be.greaterThan(0);
  });
});
