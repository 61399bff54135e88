import { aTimeout, expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createDemoService, type DemoService } from '../../src/adapters/demo-service.js';
import type { AgentService } from '../../src/contract/agent-service.js';
import type { AgentLogin } from '../../src/elements/agent-login/agent-login.js';
import { PASSWORD, mount, q, record, settle, signInWithKeys, untilStep, type Recorder, failOnUnhandledRejections } from '../helpers/agent-login.js';

const shadow = (el: AgentLogin) => el.shadowRoot!;
const prefs = (el: AgentLogin) => shadow(el).querySelector('interaction-preferences')!;
const picker = (el: AgentLogin) => shadow(el).querySelector('team-picker')!;
const saveButton = (el: AgentLogin) => shadow(el).querySelector<HTMLButtonElement>('form button[type="submit"]')!;
const spinning = (el: AgentLogin) => !!(el.querySelector('.al-spinner') ?? shadow(el).querySelector('.spinner'));
const busyCard = (el: AgentLogin) => shadow(el).querySelector('[part="card"]')?.getAttribute('aria-busy') ?? null;

/** The demo service, counting the calls it carried through to the end (an aborted call is not one). */
function counting(service: DemoService): { service: AgentService; completed: Record<string, number> } {
  const completed: Record<string, number> = {};
  const count =
    <A extends unknown[], R>(name: string, call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const result = await call(...args);
      completed[name] = (completed[name] ?? 0) + 1;
      return result;
    };
  return {
    completed,
    service: {
      signIn: count('signIn', service.signIn.bind(service)),
      restoreSession: count('restoreSession', service.restoreSession.bind(service)),
      connectCollaboration: count('connectCollaboration', service.connectCollaboration.bind(service)),
      stationLogin: count('stationLogin', service.stationLogin.bind(service)),
      stationLogout: count('stationLogout', service.stationLogout.bind(service)),
      subscribe: service.subscribe.bind(service),
    },
  };
}

async function waitFor(check: () => boolean, what: string, timeoutMs = 4000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await aTimeout(10);
  }
}

async function reattach(el: AgentLogin): Promise<void> {
  const parent = el.parentNode!;
  el.remove();
  await aTimeout(0);
  parent.appendChild(el);
  await settle(el, 4);
}

describe('<agent-login> removed and put back while a request is in flight', () => {
  let rec: Recorder;
  failOnUnhandledRejections();

  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    rec = record();
  });

  afterEach(() => {
    rec.stop();
  });

  it('during sign-in: shows the password step idle with the email kept, and a second Enter signs in once', async () => {
    const demo = createDemoService({ latencyMs: 300 });
    const { service, completed } = counting(demo);
    const el = await mount(service);
    await signInWithKeys(el, 'digital@demo.example');
    await waitFor(() => busyCard(el) === 'true', 'the sign-in to start');

    await reattach(el);
    await aTimeout(400);
    await settle(el);
    expect(el.step).to.equal('password');
    expect(spinning(el)).to.equal(false);
    expect(busyCard(el)).to.equal('false');
    expect(q<HTMLButtonElement>(el, 'button[type="submit"]').disabled).to.equal(false);
    expect(q<HTMLInputElement>(el, 'input[name="username"]').value).to.equal('digital@demo.example');
    expect(completed.signIn ?? 0).to.equal(0);
    expect(rec.events.filter((e) => e.type === 'agent-error')).to.deep.equal([]);

    const password = q<HTMLInputElement>(el, 'input[name="password"]');
    password.focus();
    password.select();
    await sendKeys({ type: PASSWORD });
    await sendKeys({ press: 'Enter' });
    await untilStep(el, 'preferences');
    expect(completed.signIn).to.equal(1);
    expect(spinning(el)).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('during Save & Continue: keeps the team and the option, and a second Save signs in with exactly one station login', async () => {
    const demo = createDemoService();
    const { service, completed } = counting(demo);
    const el = await mount(service);
    await signInWithKeys(el, 'extensions@demo.example');
    await untilStep(el, 'preferences');
    await prefs(el).updateComplete;
    prefs(el).shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"][value="EXTENSION"]')!.click();
    await settle(el, 5);
    const ext = prefs(el).shadowRoot!.querySelector<HTMLSelectElement>('#ext')!;
    ext.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitFor(() => prefs(el).valid && prefs(el).value.dialNumber === '4022', 'the extension');
    picker(el).shadowRoot!.querySelector<HTMLInputElement>('[role="combobox"]')!.focus();
    await sendKeys({ type: 'sales' });
    await settle(el);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const teamId = picker(el).teamId;
    expect(teamId).to.be.a('string').and.not.equal('');

    demo.setOptions({ latencyMs: 300 });
    saveButton(el).click();
    await waitFor(() => busyCard(el) === 'true', 'the station login to start');
    await reattach(el);
    await aTimeout(400);
    await settle(el);
    await prefs(el).updateComplete;
    expect(el.step).to.equal('preferences');
    expect(spinning(el)).to.equal(false);
    expect(busyCard(el)).to.equal('false');
    expect(saveButton(el).getAttribute('aria-disabled')).to.equal('false');
    expect(picker(el).teamId).to.equal(teamId);
    expect(prefs(el).value).to.deep.include({ loginOption: 'EXTENSION', dialNumber: '4022' });
    expect(completed.stationLogin ?? 0).to.equal(0);
    expect(rec.events.filter((e) => e.type === 'agent-signed-in')).to.deep.equal([]);

    saveButton(el).click();
    saveButton(el).click();
    await untilStep(el, 'signed-in');
    await aTimeout(400);
    expect(completed.stationLogin).to.equal(1);
    expect(rec.events.filter((e) => e.type === 'agent-signed-in')).to.have.length(1);
    expect(rec.events.find((e) => e.type === 'agent-signed-in')!.detail).to.deep.include({ teamId, loginOption: 'EXTENSION', dialNumber: '4022' });
    expect(rec.events.filter((e) => e.type === 'agent-error')).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('during the session restore on load: restores the session once put back, instead of asking for the email', async () => {
    const first = await mount(createDemoService({ persist: 'session' }));
    await signInWithKeys(first, 'digital@demo.example');
    await untilStep(first, 'preferences');
    first.remove();

    const { service, completed } = counting(createDemoService({ persist: 'session', latencyMs: 300 }));
    const el = document.createElement('agent-login');
    el.service = service;
    document.body.append(el);
    await waitFor(() => busyCard(el) === 'true', 'the restore to start');
    await reattach(el);
    await untilStep(el, 'preferences');
    expect(completed.restoreSession).to.equal(1);
    expect(spinning(el)).to.equal(false);
    expect(rec.events.filter((e) => e.type === 'agent-error')).to.deep.equal([]);
    el.remove();
  });
});
