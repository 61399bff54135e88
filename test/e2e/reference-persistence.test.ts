import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { createHttpService } from '../../src/adapters/http-service.js';
import type { AgentLogin } from '../../src/elements/agent-login/agent-login.js';
import { InteractionPreferences } from '../../src/elements/interaction-preferences/interaction-preferences.js';
import { PASSWORD, mount, record, settle, signInWithKeys, untilStep, type Recorder } from '../helpers/agent-login.js';
import { waitFor } from '../helpers/reference-api.js';

interface StateFile {
  version: number;
  passwords: Record<string, { salt: string; hash: string }>;
  sessions: Record<string, { email: string; expiresAt: number; station: Record<string, string> | null }>;
}

const BASE = '/api-data';
const NEW_PASSWORD = 'persisted-pass-1';

const http = () => createHttpService({ baseUrl: BASE, timeoutMs: 5000, retryDelayMs: 20, maxRetryDelayMs: 200 });
const post = (path: string, body: unknown) =>
  fetch(`${BASE}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
const restart = () => executeServerCommand<StateFile, undefined>('reference-data-restart');

const shadow = (el: AgentLogin) => el.shadowRoot!;
const prefs = (el: AgentLogin) => shadow(el).querySelector('interaction-preferences')!;
const picker = (el: AgentLogin) => shadow(el).querySelector('team-picker')!;
const saveButton = (el: AgentLogin) => shadow(el).querySelector<HTMLButtonElement>('form button[type="submit"]')!;
const signOutButton = (el: AgentLogin) => [...shadow(el).querySelectorAll<HTMLButtonElement>('.actions button')].at(-1)!;

async function readyPreferences(el: AgentLogin): Promise<void> {
  await waitFor(() => el.step === 'collaboration' || el.step === 'preferences', () => `the step after signing in (now ${el.step})`);
  for (const skip of shadow(el).querySelectorAll<HTMLButtonElement>('.provider .secondary')) skip.click();
  await untilStep(el, 'preferences');
  await waitFor(() => !!prefs(el), 'the preferences elements');
  await prefs(el).updateComplete;
  await picker(el).updateComplete;
  await settle(el);
}

describe('the reference server with --data: state survives a restart', () => {
  let rec: Recorder;

  beforeEach(async () => {
    expect((await post('/__reset', {})).status).to.equal(204);
    localStorage.clear();
    sessionStorage.clear();
    rec = record();
  });

  afterEach(async () => {
    rec.stop();
    await post('/__reset', {});
  });

  it('keeps the session with its station and a changed password, hashed, across a restart', async () => {
    expect((await post('/password-reset/confirm', { email: 'digital@demo.example', code: '123456', newPassword: NEW_PASSWORD })).status).to.equal(204);
    let el = await mount(http());
    await signInWithKeys(el, 'agent@demo.example');
    await readyPreferences(el);
    prefs(el).shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"][value="AGENT_DN"]')!.click();
    await InteractionPreferences.loadPhone();
    await settle(el, 5);
    const dn = prefs(el).shadowRoot!.querySelector<HTMLInputElement>('#dn')!;
    dn.focus();
    dn.select();
    await sendKeys({ type: '+1 415 555 0142' });
    await waitFor(() => prefs(el).valid && prefs(el).value.dialNumber === '+14155550142', 'the dial number', 20000);
    picker(el).shadowRoot!.querySelector<HTMLInputElement>('[role="combobox"]')!.focus();
    await sendKeys({ type: 'billing' });
    await settle(el);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    saveButton(el).click();
    await untilStep(el, 'signed-in');
    el.remove();

    const state = await restart();
    expect(state.version).to.equal(1);
    expect(Object.keys(state.passwords)).to.include.members(['digital@demo.example', 'agent@demo.example']);
    const sessions = Object.entries(state.sessions);
    expect(sessions).to.have.length(1);
    expect(sessions[0][0]).to.match(/^[0-9a-f]{64}$/);
    expect(sessions[0][1]).to.deep.include({ email: 'agent@demo.example', station: { teamId: 't-billing', loginOption: 'AGENT_DN', dialNumber: '+14155550142' } });
    expect(JSON.stringify(state)).not.to.contain(NEW_PASSWORD);
    expect(JSON.stringify(state)).not.to.contain(PASSWORD);

    el = await mount(http());
    expect(el.step, 'the session was restored, not asked for again').not.to.equal('email');
    await readyPreferences(el);
    expect(rec.events.filter((e) => e.type === 'agent-error')).to.deep.equal([]);
    expect((await (await fetch(`${BASE}/session`)).json()) as { email: string }).to.deep.include({ email: 'agent@demo.example' });

    expect(picker(el).teamId).to.equal('t-billing');
    expect(prefs(el).value).to.deep.include({ loginOption: 'AGENT_DN', dialNumber: '+14155550142' });
    saveButton(el).click();
    await untilStep(el, 'signed-in');
    signOutButton(el).click();
    await untilStep(el, 'signed-out');
    el.remove();
    expect((await post('/session', { email: 'digital@demo.example', password: PASSWORD })).status, 'the seeded password no longer works').to.equal(401);
    el = await mount(http());
    await signInWithKeys(el, 'digital@demo.example', NEW_PASSWORD);
    await readyPreferences(el);
  });

  it('forgets a session that signed out before the restart', async () => {
    expect((await post('/session', { email: 'digital@demo.example', password: PASSWORD })).status).to.equal(200);
    expect((await post('/station/logout', { reason: 'user' })).status).to.equal(204);
    const state = await restart();
    expect(state.sessions).to.deep.equal({});
    const el = await mount(http());
    expect(el.step).to.equal('email');
  });
});
