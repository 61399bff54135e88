import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createDemoService, type DemoService } from '../../src/adapters/demo-service.js';
import type { AgentLogin } from '../../src/elements/agent-login/agent-login.js';
import { PASSWORD, expectFocused, q, settle, untilStep } from '../helpers/agent-login.js';

const shadow = (el: AgentLogin) => el.shadowRoot!;
const prefs = (el: AgentLogin) => shadow(el).querySelector('interaction-preferences')!;
const picker = (el: AgentLogin) => shadow(el).querySelector('team-picker')!;
const saveButton = (el: AgentLogin) => shadow(el).querySelector<HTMLButtonElement>('form button[type="submit"]')!;

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

interface Heard {
  type: string;
  target: string;
  detail: string;
}

async function typeAndEnter(el: AgentLogin, selector: string, text: string): Promise<void> {
  const input = q<HTMLInputElement>(el, selector);
  input.focus();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
}

async function pickTeam(el: AgentLogin, text: string): Promise<void> {
  await prefs(el).updateComplete;
  await picker(el).updateComplete;
  picker(el).shadowRoot!.querySelector<HTMLInputElement>('[role="combobox"]')!.focus();
  await sendKeys({ type: text });
  await settle(el);
  await sendKeys({ press: 'Enter' });
  await settle(el);
}

describe('two independent <agent-login> on one page', () => {
  let heard: Heard[];
  const onEvent = (e: Event) =>
    heard.push({ type: e.type, target: (e.target as HTMLElement).id, detail: JSON.stringify((e as CustomEvent).detail ?? null) });

  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    heard = [];
    EVENTS.forEach((t) => document.addEventListener(t, onEvent));
  });

  afterEach(() => EVENTS.forEach((t) => document.removeEventListener(t, onEvent)));

  it('sign in and out different agents, interleaved, each with its own service, state and events', async () => {
    const services: Record<'left' | 'right', DemoService> = { left: createDemoService(), right: createDemoService() };
    const page = await fixture<HTMLDivElement>(html`<div>
      <agent-login id="left" lang="en" .service=${services.left}></agent-login>
      <agent-login id="right" lang="pt-BR" .service=${services.right}></agent-login>
    </div>`);
    const left = page.querySelector<AgentLogin>('#left')!;
    const right = page.querySelector<AgentLogin>('#right')!;
    await untilStep(left, 'email');
    await untilStep(right, 'email');

    await typeAndEnter(left, 'input[name="username"]', 'digital@demo.example');
    await typeAndEnter(right, 'input[name="username"]', 'brasil@demo.example');
    await untilStep(left, 'password');
    await untilStep(right, 'password');
    await typeAndEnter(left, 'input[name="password"]', PASSWORD);
    expect(right.step).to.equal('password');
    await typeAndEnter(right, 'input[name="password"]', PASSWORD);
    await untilStep(left, 'preferences');
    await untilStep(right, 'preferences');

    expect(saveButton(right).textContent).to.contain('Salvar');
    expect(saveButton(left).textContent).to.contain('Save');

    await pickTeam(left, 'bill');
    expect(picker(right).teamId ?? '').not.to.equal('t-billing');
    saveButton(left).click();
    await untilStep(left, 'signed-in');
    expect(right.step).to.equal('preferences');

    await pickTeam(right, 'atend');
    saveButton(right).click();
    await untilStep(right, 'signed-in');

    expect(services.left.calls.map((c) => c.method)).to.deep.equal(['restoreSession', 'signIn', 'stationLogin']);
    expect(services.right.calls.map((c) => c.method)).to.deep.equal(['restoreSession', 'signIn', 'stationLogin']);
    expect(services.left.calls.find((c) => c.method === 'stationLogin')).to.include({ teamId: 't-billing' });
    expect(services.right.calls.find((c) => c.method === 'stationLogin')).to.include({ teamId: 't-br-atendimento' });

    expect(new Set(heard.map((h) => h.target))).to.deep.equal(new Set(['left', 'right']));
    const of = (target: string) => heard.filter((h) => h.target === target);
    for (const h of of('left')) expect(h.detail, `${h.type} from the left widget`).not.to.match(/brasil|t-br-|demo-joao/);
    for (const h of of('right')) expect(h.detail, `${h.type} from the right widget`).not.to.match(/digital@|t-billing/);
    const signedIn = (target: string) => of(target).filter((h) => h.type === 'agent-signed-in').map((h) => JSON.parse(h.detail) as Record<string, unknown>);
    expect(signedIn('left')).to.have.length(1);
    expect(signedIn('right')).to.have.length(1);
    expect(signedIn('left')[0]).to.deep.include({ email: 'digital@demo.example', teamId: 't-billing' });
    expect(signedIn('right')[0]).to.deep.include({ email: 'brasil@demo.example', teamId: 't-br-atendimento' });
    expect(of('left').filter((h) => h.type === 'agent-error')).to.deep.equal([]);
    expect(of('right').filter((h) => h.type === 'agent-error')).to.deep.equal([]);

    expect(shadow(left).textContent).to.contain('Billing');
    expect(shadow(left).textContent).not.to.contain('Atendimento');
    expect(shadow(right).textContent).to.contain('Atendimento Geral');
    expect(shadow(right).textContent).not.to.contain('Billing');
    await expect(page).to.be.accessible();

    expect(left.signOut()).to.equal(true);
    await untilStep(left, 'signed-out');
    await settle(right);
    expect(right.step).to.equal('signed-in');
    expect(services.right.calls.map((c) => c.method)).not.to.include('stationLogout');
    expect(of('right').filter((h) => h.type === 'agent-signed-out')).to.deep.equal([]);
    expect(of('left').filter((h) => h.type === 'agent-signed-out')).to.have.length(1);
  });

  it('an answer arriving in one widget leaves the focus where the agent put it, in the other', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <agent-login id="left" lang="en" .service=${createDemoService({ latencyMs: 300 })}></agent-login>
      <agent-login id="right" lang="en" .service=${createDemoService()}></agent-login>
    </div>`);
    const left = page.querySelector<AgentLogin>('#left')!;
    const right = page.querySelector<AgentLogin>('#right')!;
    await untilStep(left, 'email');
    await untilStep(right, 'email');
    await typeAndEnter(left, 'input[name="username"]', 'digital@demo.example');
    await untilStep(left, 'password');
    await typeAndEnter(left, 'input[name="password"]', PASSWORD);

    const email = q<HTMLInputElement>(right, 'input[name="username"]');
    email.focus();
    await sendKeys({ type: 'brasil@' });
    await untilStep(left, 'preferences');
    await sendKeys({ type: 'demo.example' });
    expectFocused(email, 'the right widget’s email field');
    expect(email.value).to.equal('brasil@demo.example');
  });
});
