import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AgentLogin } from '../../src/elements/agent-login/agent-login.js';
import { InteractionPreferences } from '../../src/elements/interaction-preferences/interaction-preferences.js';
import {
  PASSWORD,
  failOnUnhandledRejections,
  bannerText,
  busyCard,
  creds,
  mount,
  pickTeam,
  picker,
  prefs,
  q,
  record,
  settle,
  signInWithKeys,
  spinning,
  squash,
  toPreferences,
  untilStep,
  type Recorder,
} from '../helpers/agent-login.js';
import { api, calls, clearFaults, http, setFaults, waitFor } from '../helpers/reference-api.js';

const shadow = (el: AgentLogin) => el.shadowRoot!;

const visibleText = (el: AgentLogin) =>
  squash([creds(el)?.textContent, shadow(el).textContent, prefs(el)?.shadowRoot?.textContent, bannerText(el)].join(' '));

const signIn = signInWithKeys;

async function typeDialNumber(el: AgentLogin, typed: string, e164: string): Promise<void> {
  prefs(el).shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"][value="AGENT_DN"]')!.click();
  await InteractionPreferences.loadPhone();
  await settle(el, 5);
  const input = prefs(el).shadowRoot!.querySelector<HTMLInputElement>('#dn')!;
  input.focus();
  input.select();
  await sendKeys({ type: typed });
  // The first use loads the phone rules (a large module through the dev server): a generous bound.
  await waitFor(
    () => prefs(el).valid && prefs(el).value.dialNumber === e164,
    () => `the dial number ${e164} (field: "${input.value}", value: ${JSON.stringify(prefs(el).value)}, valid: ${prefs(el).valid})`,
    20000,
  );
}

function save(el: AgentLogin): void {
  shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
}

describe('<agent-login> over HTTP against the reference server', () => {
  let rec: Recorder;
  failOnUnhandledRejections();
  const lastError = () => rec.events.filter((e) => e.type === 'agent-error').at(-1)?.detail as { code: string; step: string; trackingId?: string } | undefined;

  beforeEach(async () => {
    await api('/__reset', { method: 'POST' });
    localStorage.clear();
    sessionStorage.clear();
    rec = record();
  });

  afterEach(async () => {
    rec.stop();
    await api('/__reset', { method: 'POST' });
  });

  it('signs in, chooses preferences and reaches signed-in over real HTTP, then signs out and ends the session', async () => {
    const el = await mount(http());
    expect(el.step).to.equal('email');
    await toPreferences(el, 'agent@demo.example');
    await typeDialNumber(el, '+1 415 555 0142', '+14155550142');
    await pickTeam(el, 'billing');
    save(el);
    await untilStep(el, 'signed-in');
    expect(rec.events.find((e) => e.type === 'agent-signed-in')!.detail).to.deep.include({
      email: 'agent@demo.example',
      teamId: 't-billing',
      loginOption: 'AGENT_DN',
      dialNumber: '+14155550142',
    });
    expect((await fetch('/api/session')).status, 'the session cookie is live').to.equal(200);
    await expect(el).to.be.accessible();

    [...shadow(el).querySelectorAll<HTMLButtonElement>('.actions button')].at(-1)!.click();
    await untilStep(el, 'signed-out');
    expect((await fetch('/api/session')).status, 'the session is over').to.equal(204);
    const urls = performance.getEntriesByType('resource').map((r) => r.name).filter((u) => u.includes('/api/'));
    expect(urls.length).to.be.greaterThan(0);
    for (const url of urls) expect(url).not.to.contain(PASSWORD);
    expect(JSON.stringify(rec.events)).not.to.contain(PASSWORD);
  });

  it('restores the live session on a second page load, retrying a GET /session that answered 503', async () => {
    let el = await mount(http());
    await toPreferences(el, 'digital@demo.example');
    el.remove();
    await setFaults({ restoreSession: { status: 503, retryAfter: 0, times: 1 } });
    el = await mount(http());
    await untilStep(el, 'preferences');
    expect((await calls('restoreSession')).map((c) => c.status)).to.deep.equal([204, 503, 200]);
  });

  const signInFaults: [string, unknown, string, string][] = [
    ['401', 401, 'INVALID_CREDENTIALS', 'That email and password don’t match'],
    ['403 ACCOUNT_LOCKED', { status: 403, code: 'ACCOUNT_LOCKED' }, 'ACCOUNT_LOCKED', 'Your account is locked'],
    ['403', 403, 'NOT_AUTHORIZED', 'You don’t have permission to sign in here'],
    ['429', 429, 'UNAVAILABLE', 'The contact center is unavailable right now'],
    ['500', 500, 'UNKNOWN', 'Something went wrong'],
    ['503', 503, 'UNAVAILABLE', 'The contact center is unavailable right now'],
    ['no answer (timeout)', 'timeout', 'TIMEOUT', 'The contact center took too long to answer'],
    ['malformed JSON', 'malformed', 'BAD_RESPONSE', 'sent an answer we couldn’t read'],
  ];
  for (const [name, fault, code, message] of signInFaults) {
    it(`sign-in answered with ${name}: says so, keeps the email and password, sends it once, and recovers`, async () => {
      await setFaults({ signIn: fault });
      const el = await mount(http({ timeoutMs: 1500 }));
      await signIn(el, 'digital@demo.example');
      await waitFor(() => !!lastError(), 'agent-error');
      await settle(el, 4);
      expect(lastError()).to.include({ code, step: 'password' });
      expect(el.step).to.equal('password');
      expect(spinning(el)).to.equal(false);
      expect(busyCard(el)).to.equal('false');
      expect(visibleText(el)).to.contain(message);
      if (typeof fault !== 'string' || fault === 'malformed') expect(visibleText(el)).to.match(/ref-[0-9a-f]{8}/);
      expect(q<HTMLInputElement>(el, 'input[name="username"]').value).to.equal('digital@demo.example');
      expect(q<HTMLInputElement>(el, 'input[name="password"]').value).to.equal(PASSWORD);
      expect(await calls('signIn')).to.have.length(1);
      await expect(el).to.be.accessible();

      await clearFaults();
      q<HTMLInputElement>(el, 'input[name="password"]').focus();
      await sendKeys({ press: 'Enter' });
      await untilStep(el, 'preferences');
      expect(await calls('signIn')).to.have.length(2);
    });
  }

  it('explains a seeded locked account and a wrong password the server itself refuses', async () => {
    const el = await mount(http());
    await signIn(el, 'locked@demo.example');
    await waitFor(() => lastError()?.code === 'ACCOUNT_LOCKED', 'ACCOUNT_LOCKED');
    q<HTMLInputElement>(el, 'input[name="password"]').focus();
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ up: 'Alt' });
    await untilStep(el, 'email');
    await signIn(el, 'agent@demo.example', 'not-the-password');
    await waitFor(() => lastError()?.code === 'INVALID_CREDENTIALS', 'INVALID_CREDENTIALS');
    await settle(el, 4);
    expect(visibleText(el)).to.contain('don’t match');
  });

  const stationFaults: [string, unknown, string, string][] = [
    ['409', 409, 'DN_IN_USE', 'Another agent is signed in with this number'],
    ['422 DN_INVALID', { status: 422, code: 'DN_INVALID' }, 'DN_INVALID', 'This number can’t take calls'],
    ['500', 500, 'UNKNOWN', 'Something went wrong'],
    ['503', 503, 'UNAVAILABLE', 'The contact center is unavailable right now'],
    ['no answer (timeout)', 'timeout', 'TIMEOUT', 'The contact center took too long to answer'],
    ['malformed JSON', 'malformed', 'BAD_RESPONSE', 'sent an answer we couldn’t read'],
  ];
  for (const [name, fault, code, message] of stationFaults) {
    it(`station login answered with ${name}: says so, keeps the team and the dial number typed, and recovers`, async () => {
      const el = await mount(http({ timeoutMs: 1500 }));
      await toPreferences(el, 'agent@demo.example');
      await typeDialNumber(el, '+1 415 555 0142', '+14155550142');
      await pickTeam(el, 'billing');
      await setFaults({ stationLogin: fault });
      save(el);
      await waitFor(() => !!lastError(), 'agent-error');
      await settle(el, 4);
      expect(lastError()).to.include({ code, step: 'preferences' });
      expect(el.step).to.equal('preferences');
      expect(spinning(el)).to.equal(false);
      expect(busyCard(el)).to.equal('false');
      expect(visibleText(el)).to.contain(message);
      expect(prefs(el).value).to.deep.include({ loginOption: 'AGENT_DN', dialNumber: '+14155550142' });
      expect(prefs(el).shadowRoot!.querySelector<HTMLInputElement>('#dn')!.value.replace(/\D/g, '')).to.equal('14155550142');
      expect(picker(el).teamId).to.equal('t-billing');
      expect(await calls('stationLogin')).to.have.length(1);
      await expect(el).to.be.accessible();

      await clearFaults();
      save(el);
      await untilStep(el, 'signed-in');
      expect(rec.events.find((e) => e.type === 'agent-signed-in')!.detail).to.deep.include({ dialNumber: '+14155550142', teamId: 't-billing' });
    });
  }

  it("refuses the number the server knows is taken (its own 409), keeping it for the agent to change", async () => {
    const el = await mount(http());
    await toPreferences(el, 'agent@demo.example');
    await typeDialNumber(el, '+1 415 555 0100', '+14155550100');
    await pickTeam(el, 'billing');
    save(el);
    await waitFor(() => lastError()?.code === 'DN_IN_USE', 'DN_IN_USE');
    await settle(el, 4);
    expect(prefs(el).shadowRoot!.textContent).to.match(/ref-[0-9a-f]{8}/);
    expect(prefs(el).value.dialNumber).to.equal('+14155550100');
    await typeDialNumber(el, '+1 415 555 0142', '+14155550142');
    save(el);
    await untilStep(el, 'signed-in');
  });

  it('sends an agent whose session is gone (401 on station login) back to sign in, with the email kept', async () => {
    const el = await mount(http());
    await toPreferences(el, 'digital@demo.example');
    await pickTeam(el, 'bill');
    await setFaults({ stationLogin: 401 });
    save(el);
    await untilStep(el, 'email');
    await waitFor(() => bannerText(el).includes('Your session has expired'), 'the session-expired banner');
    expect(q<HTMLInputElement>(el, 'input[name="username"]').value).to.equal('digital@demo.example');
    expect(rec.events.find((e) => e.type === 'agent-signed-out')?.detail).to.deep.equal({ reason: 'session-expired' });
    await expect(el).to.be.accessible();
  });

  it('keeps the agent signed in through a dropped event stream, says features are degraded, and loses no event', async () => {
    const el = await mount(http());
    await toPreferences(el, 'digital@demo.example');
    await pickTeam(el, 'bill');
    save(el);
    await untilStep(el, 'signed-in');
    await waitFor(async () => (await calls('events')).some((c) => c.status === 0), 'the event stream');

    await setFaults({ events: 'drop' });
    await waitFor(() => bannerText(el).includes('Some features aren’t available'), 'the degraded banner');
    expect(el.step).to.equal('signed-in');
    await expect(el).to.be.accessible();
    await api('/__emit', { body: { type: 'rona', trackingId: 'RONA-4242' } });

    await clearFaults();
    await waitFor(() => bannerText(el).includes('RONA-4242'), 'the event pushed while the stream was down');
    await waitFor(() => !bannerText(el).includes('Some features aren’t available'), 'the degraded banner to go');
    expect(el.step).to.equal('signed-in');
    await expect(el).to.be.accessible();
  });

  it('signs the agent out with a clear message when the server ends the session', async () => {
    const el = await mount(http());
    await toPreferences(el, 'digital@demo.example');
    await pickTeam(el, 'bill');
    save(el);
    await untilStep(el, 'signed-in');
    await waitFor(async () => (await calls('events')).some((c) => c.status === 0), 'the event stream');
    await api('/__emit', { body: { type: 'session-expired' } });
    await untilStep(el, 'email');
    await waitFor(() => bannerText(el).includes('Your session has expired'), 'the session-expired banner');
    expect((await fetch('/api/session')).status).to.equal(204);
  });
});
