import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createWebexService } from '../../src/webex.js';
import type { AgentLogin } from '../../src/elements/agent-login/agent-login.js';
import { InteractionPreferences } from '../../src/elements/interaction-preferences/interaction-preferences.js';
import { creds, record, settle, untilStep, type Recorder, failOnUnhandledRejections } from '../helpers/agent-login.js';
import { FakeContactCenter, sdkError } from '../helpers/webex-fake.js';

const shadow = (el: AgentLogin) => el.shadowRoot!;
const prefs = (el: AgentLogin) => shadow(el).querySelector('interaction-preferences')!;
const picker = (el: AgentLogin) => shadow(el).querySelector('team-picker')!;
const saveButton = (el: AgentLogin) => shadow(el).querySelector<HTMLButtonElement>('form button[type="submit"]')!;

async function withWebex(cc: FakeContactCenter): Promise<AgentLogin> {
  const page = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('agent-login');
  el.service = createWebexService(cc);
  page.append(el);
  await untilStep(el, 'preferences');
  for (let i = 0; i < 400 && !prefs(el); i++) await aTimeout(10);
  await prefs(el).updateComplete;
  await picker(el).updateComplete;
  await settle(el);
  return el;
}

async function pickTeam(el: AgentLogin, text: string): Promise<void> {
  picker(el).shadowRoot!.querySelector<HTMLInputElement>('[role="combobox"]')!.focus();
  await sendKeys({ type: text });
  await settle(el);
  await sendKeys({ press: 'Enter' });
  await settle(el);
}

async function chooseOption(el: AgentLogin, option: 'BROWSER' | 'AGENT_DN'): Promise<void> {
  prefs(el).shadowRoot!.querySelector<HTMLInputElement>(`input[type="radio"][value="${option}"]`)!.click();
  if (option === 'AGENT_DN') await InteractionPreferences.loadPhone();
  await settle(el, 5);
}

describe('<agent-login> with the Webex adapter on an SDK instance (the README’s lines)', () => {
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

  it('opens at the preferences step from register(), never asking for an email or a password', async () => {
    const cc = new FakeContactCenter();
    const el = await withWebex(cc);
    expect(cc.registerCalls).to.equal(1);
    expect(el.step).to.equal('preferences');
    expect(creds(el).querySelector('input[name="password"]')).to.equal(null);
    const steps = rec.events.filter((e) => e.type === 'agent-step-change').map((e) => (e.detail as { step: string }).step);
    expect(steps).to.deep.equal(['preferences']);
    expect(rec.events.filter((e) => e.type === 'agent-error')).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('set only after the element rendered: shows NO_SERVICE until then, then opens at the preferences step', async () => {
    const cc = new FakeContactCenter();
    const el = await fixture<AgentLogin>(html`<agent-login lang="en"></agent-login>`);
    await settle(el);
    expect(creds(el).querySelector('.al-error')!.textContent).to.contain('service property');
    expect(rec.events.filter((e) => e.type === 'agent-error').map((e) => (e.detail as { code: string }).code)).to.deep.equal(['NO_SERVICE']);
    el.service = createWebexService(cc);
    await untilStep(el, 'preferences');
    await settle(el);
    expect(cc.registerCalls).to.equal(1);
    expect(creds(el).querySelector('.al-error')).to.equal(null);
    expect(rec.events.filter((e) => e.type === 'agent-error')).to.have.length(1);
  });

  it('signs in with a team and the Desktop through the SDK’s stationLogin, to agent-signed-in', async () => {
    const cc = new FakeContactCenter();
    const el = await withWebex(cc);
    await chooseOption(el, 'BROWSER');
    await pickTeam(el, 'Billing');
    saveButton(el).click();
    await untilStep(el, 'signed-in');
    expect(cc.logins).to.deep.equal([{ teamId: 'team-2', loginOption: 'BROWSER' }]);
    expect(rec.events.filter((e) => e.type === 'agent-signed-in')).to.have.length(1);
    expect(rec.events.find((e) => e.type === 'agent-signed-in')!.detail).to.deep.include({
      agentId: 'a1b2c3d4-agent',
      email: 'ana.souza@example.com',
      teamId: 'team-2',
      loginOption: 'BROWSER',
    });
    expect(shadow(el).textContent).to.contain('Billing');
    expect(shadow(el).textContent).to.contain('Desktop');
    await expect(el).to.be.accessible();
  });

  it('shows the SDK’s DUPLICATE_LOCATION as DN_IN_USE with its tracking ID, keeps the number, and signs in with another', async () => {
    const cc = new FakeContactCenter();
    cc.loginWith = () => Promise.reject(sdkError('DUPLICATE_LOCATION', { data: { message: 'Dial number is in use.', fieldName: 'AGENT_DN', trackingId: 'notifs_abc-1' } }));
    const el = await withWebex(cc);
    await chooseOption(el, 'AGENT_DN');
    await pickTeam(el, 'Billing');
    for (let i = 0; i < 500 && prefs(el).value.dialNumber !== '+14155550123'; i++) await aTimeout(20);
    expect(prefs(el).value.dialNumber).to.equal('+14155550123');
    saveButton(el).click();
    for (let i = 0; i < 200 && !rec.events.some((e) => e.type === 'agent-error'); i++) await aTimeout(10);
    await settle(el, 4);
    expect(rec.events.find((e) => e.type === 'agent-error')!.detail).to.deep.include({ code: 'DN_IN_USE', trackingId: 'notifs_abc-1', step: 'preferences' });
    expect(el.step).to.equal('preferences');
    const text = prefs(el).shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Another agent is signed in with this number');
    expect(text).to.contain('notifs_abc-1');
    expect(text).not.to.contain('Dial number is in use.');
    expect(prefs(el).value.dialNumber).to.equal('+14155550123');
    expect(saveButton(el).getAttribute('aria-disabled')).to.equal('false');
    expect(shadow(el).querySelector('.spinner')).to.equal(null);
    await expect(el).to.be.accessible();

    cc.loginWith = () => Promise.resolve({ type: 'AgentStationLoginSuccess' });
    const input = prefs(el).shadowRoot!.querySelector<HTMLInputElement>('#dn')!;
    input.focus();
    input.select();
    await sendKeys({ type: '+1 415 555 0142' });
    for (let i = 0; i < 500 && prefs(el).value.dialNumber !== '+14155550142'; i++) await aTimeout(20);
    saveButton(el).click();
    await untilStep(el, 'signed-in');
    expect(cc.logins.map((l) => l.dialNumber)).to.deep.equal(['+14155550123', '+14155550142']);
  });
});
