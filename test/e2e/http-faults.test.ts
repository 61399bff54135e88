import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AgentLogin } from '../../src/elements/agent-login/agent-login.js';
import {
  PASSWORD,
  failOnUnhandledRejections,
  typeCredentials,
  typeEmail,
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
import { api, calls, clearFaults, http, resetServer, setFaults, statuses, waitFor } from '../helpers/reference-api.js';

const shadow = (el: AgentLogin) => el.shadowRoot!;

const visibleText = (el: AgentLogin) => squash([creds(el)?.textContent, shadow(el).textContent, bannerText(el)].join(' '));
const submitButton = (el: AgentLogin) => q<HTMLButtonElement>(el, 'button[type="submit"]');
const saveButton = (el: AgentLogin) => shadow(el).querySelector<HTMLButtonElement>('form button[type="submit"]')!;
const signOutButton = (el: AgentLogin) => [...shadow(el).querySelectorAll<HTMLButtonElement>('.actions button')].at(-1)!;
const trackingId = /ref-[0-9a-f]{8}/;

async function signedIn(el: AgentLogin): Promise<void> {
  await toPreferences(el, 'digital@demo.example');
  await pickTeam(el, 'bill');
  saveButton(el).click();
  await untilStep(el, 'signed-in');
}

async function toForgotPassword(el: AgentLogin): Promise<void> {
  await typeEmail(el, 'digital@demo.example');
  q<HTMLButtonElement>(el, '.al-actions .link').click();
  await untilStep(el, 'forgot-password');
}

async function typeResetCode(el: AgentLogin, code: string, password: string): Promise<void> {
  for (const [name, text] of [['one-time-code', code], ['new-password', password], ['confirm-password', password]]) {
    q<HTMLInputElement>(el, `input[name="${name}"]`).focus();
    await sendKeys({ type: text });
  }
}

const FAULTS: [string, unknown, string, string][] = [
  ['429', 429, 'UNAVAILABLE', 'The contact center is unavailable right now'],
  ['500', 500, 'UNKNOWN', 'Something went wrong'],
  ['503', 503, 'UNAVAILABLE', 'The contact center is unavailable right now'],
  ['no answer (timeout)', 'timeout', 'TIMEOUT', 'The contact center took too long to answer'],
  ['malformed JSON', 'malformed', 'BAD_RESPONSE', 'sent an answer we couldn’t read'],
];

const hasTrackingId = (fault: unknown) => fault !== 'timeout';

describe('<agent-login> over HTTP: faults on password reset, collaboration, sign-out, session restore and slow answers', () => {
  let rec: Recorder;
  failOnUnhandledRejections();
  const errors = () => rec.events.filter((e) => e.type === 'agent-error').map((e) => e.detail as { code: string; step: string; trackingId?: string });

  beforeEach(async () => {
    await resetServer();
    localStorage.clear();
    sessionStorage.clear();
    rec = record();
  });

  afterEach(async () => {
    rec.stop();
    await resetServer();
  });

  for (const [name, fault, code, message] of FAULTS) {
    it(`a reset code requested and answered with ${name}: says so, stays on the step, sends once, and sends the code on retry`, async () => {
      const el = await mount(http({ timeoutMs: 800 }));
      await toForgotPassword(el);
      await setFaults({ requestPasswordReset: fault });
      submitButton(el).click();
      await waitFor(() => errors().length > 0, 'agent-error');
      await settle(el, 4);
      expect(errors()[0]).to.include({ code, step: 'forgot-password' });
      if (hasTrackingId(fault)) expect(errors()[0].trackingId).to.match(trackingId);
      expect(el.step).to.equal('forgot-password');
      expect(creds(el).querySelector('.al-error')!.textContent).to.contain(message);
      expect(spinning(el)).to.equal(false);
      expect(busyCard(el)).to.equal('false');
      expect(submitButton(el).getAttribute('aria-disabled')).to.equal('false');
      expect(el.querySelector('input[name="one-time-code"]')).to.equal(null);
      expect(await calls('requestPasswordReset')).to.have.length(1);
      await expect(el).to.be.accessible();

      await clearFaults();
      submitButton(el).click();
      await waitFor(() => !!el.querySelector('input[name="one-time-code"]'), 'the code field');
      expect(await statuses('requestPasswordReset')).to.have.length(2);
    });

    it(`a reset code submitted and answered with ${name}: says so, keeps the code and passwords, sends once, and changes the password on retry`, async () => {
      const el = await mount(http({ timeoutMs: 800 }));
      await toForgotPassword(el);
      submitButton(el).click();
      await waitFor(() => !!el.querySelector('input[name="one-time-code"]'), 'the code field');
      await settle(el);
      await typeResetCode(el, '123456', 'brand-new-pass-1');
      await setFaults({ resetPassword: fault });
      await sendKeys({ press: 'Enter' });
      await waitFor(() => errors().length > 0, 'agent-error');
      await settle(el, 4);
      expect(errors()[0]).to.include({ code, step: 'forgot-password' });
      if (hasTrackingId(fault)) expect(errors()[0].trackingId).to.match(trackingId);
      expect(el.step).to.equal('forgot-password');
      expect(creds(el).querySelector('.al-error')!.textContent).to.contain(message);
      expect(spinning(el)).to.equal(false);
      expect(busyCard(el)).to.equal('false');
      expect(submitButton(el).getAttribute('aria-disabled')).to.equal('false');
      expect(q<HTMLInputElement>(el, 'input[name="one-time-code"]').value).to.equal('123456');
      expect(q<HTMLInputElement>(el, 'input[name="new-password"]').value).to.equal('brand-new-pass-1');
      expect(q<HTMLInputElement>(el, 'input[name="confirm-password"]').value).to.equal('brand-new-pass-1');
      expect(await calls('resetPassword')).to.have.length(1);
      await expect(el).to.be.accessible();

      await clearFaults();
      submitButton(el).click();
      await untilStep(el, 'password');
      expect(creds(el).querySelector('.al-success')!.textContent).to.contain('changed');
      expect(await statuses('resetPassword')).to.have.length(2);
      expect((await statuses('resetPassword')).at(-1)).to.equal(204);
    });
  }

  for (const [name, fault] of [['500', 500], ['no answer (timeout)', 'timeout']] as const) {
    it(`a collaboration sign-in answered with ${name}: warns in a banner and lets the agent carry on to signed in`, async () => {
      const el = await mount(http({ timeoutMs: 800 }));
      await signInWithKeys(el, 'agent@demo.example');
      await untilStep(el, 'collaboration');
      await setFaults({ connectCollaboration: fault });
      shadow(el).querySelector<HTMLButtonElement>('.provider .primary')!.click();
      await untilStep(el, 'preferences');
      await waitFor(() => bannerText(el).includes('Microsoft Teams sign-in didn’t work'), 'the collaboration banner');
      expect(bannerText(el)).to.contain('You can keep working');
      if (fault !== 'timeout') expect(bannerText(el)).to.match(trackingId);
      expect(spinning(el)).to.equal(false);
      expect(busyCard(el)).to.equal('false');
      expect(await calls('connectCollaboration')).to.have.length(1);
      await prefs(el).updateComplete;
      await expect(el).to.be.accessible();

      await clearFaults();
      await pickTeam(el, 'billing');
      saveButton(el).click();
      await untilStep(el, 'signed-in');
      expect(shadow(el).querySelector('.provider .status')!.textContent).to.contain('Failed');
    });
  }

  for (const [name, fault, code, message] of [
    ['500', 500, 'UNKNOWN', 'Something went wrong'],
    ['503', 503, 'UNAVAILABLE', 'The contact center is unavailable right now'],
  ] as const) {
    it(`sign-out answered with ${name}: stays signed in, says so, and signs out on retry`, async () => {
      const el = await mount(http());
      await signedIn(el);
      await setFaults({ stationLogout: fault });
      signOutButton(el).click();
      await waitFor(() => errors().length > 0, 'agent-error');
      await settle(el, 4);
      expect(errors()[0]).to.include({ code, step: 'signed-in' });
      expect(errors()[0].trackingId).to.match(trackingId);
      expect(el.step).to.equal('signed-in');
      expect(visibleText(el)).to.contain(message);
      expect(visibleText(el)).to.match(trackingId);
      expect(spinning(el)).to.equal(false);
      expect(busyCard(el)).to.equal('false');
      expect(signOutButton(el).disabled).to.equal(false);
      expect(rec.events.some((e) => e.type === 'agent-signed-out')).to.equal(false);
      expect((await fetch('/api/session')).status, 'the session is still live').to.equal(200);
      await expect(el).to.be.accessible();

      await clearFaults();
      signOutButton(el).click();
      await untilStep(el, 'signed-out');
      expect(await statuses('stationLogout')).to.deep.equal([fault, 204]);
      expect(rec.events.filter((e) => e.type === 'agent-signed-out')).to.have.length(1);
    });
  }

  for (const [name, fault, code] of [
    ['503 (every retry)', 503, 'UNAVAILABLE'],
    ['malformed JSON', 'malformed', 'BAD_RESPONSE'],
    ['no answer (timeout)', 'timeout', 'TIMEOUT'],
  ] as const) {
    it(`a session restore on load answered with ${name}: shows the email step with a connection message, and signs in from there`, async () => {
      await api('/session', { body: { email: 'digital@demo.example', password: PASSWORD } });
      await setFaults({ restoreSession: fault });
      const el = await mount(http({ timeoutMs: 800 }));
      await untilStep(el, 'email');
      await waitFor(() => bannerText(el).includes('Connection lost'), 'the connection-lost banner');
      expect(errors().map((e) => e.code)).to.deep.equal([code]);
      expect(spinning(el)).to.equal(false);
      expect(busyCard(el)).to.equal('false');
      expect(q<HTMLInputElement>(el, 'input[name="username"]').disabled).to.equal(false);
      await expect(el).to.be.accessible();

      await clearFaults();
      await toPreferences(el, 'digital@demo.example');
    });
  }

  it('a session restore on load that finds the session gone (401) shows the email step silently', async () => {
    await setFaults({ restoreSession: 401 });
    const el = await mount(http());
    await untilStep(el, 'email');
    expect(errors()).to.deep.equal([]);
    expect(bannerText(el)).not.to.contain('Connection lost');
    expect(spinning(el)).to.equal(false);
    expect(busyCard(el)).to.equal('false');
  });

  it('a 2 s latency spike on sign-in and station login: shows the spinner meanwhile, sends each once however often Enter is pressed, and signs in', async () => {
    const el = await mount(http());
    await typeCredentials(el, 'digital@demo.example');
    await setFaults({ latencyMs: 2000 });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => busyCard(el) === 'true', 'the card to be busy');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(spinning(el)).to.equal(true);
    expect(el.step).to.equal('password');
    await untilStep(el, 'preferences', 8000);
    expect(spinning(el)).to.equal(false);
    expect(await calls('signIn')).to.have.length(1);

    await prefs(el).updateComplete;
    await picker(el).updateComplete;
    await pickTeam(el, 'bill');
    saveButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => busyCard(el) === 'true', 'the card to be busy');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(spinning(el)).to.equal(true);
    expect(el.step).to.equal('preferences');
    await untilStep(el, 'signed-in', 8000);
    expect(spinning(el)).to.equal(false);
    expect(busyCard(el)).to.equal('false');
    expect(await statuses('stationLogin')).to.deep.equal([204]);
    expect(rec.events.filter((e) => e.type === 'agent-signed-in')).to.have.length(1);
    expect(errors()).to.deep.equal([]);
  });

  describe('removed and put back mid-request', () => {
    async function reattach(el: AgentLogin): Promise<void> {
      const parent = el.parentNode!;
      el.remove();
      parent.appendChild(el);
      await settle(el, 4);
    }

    it('during sign-in: the password step comes back idle with the email kept, and the next Enter signs in with one sign-in', async () => {
      const el = await mount(http());
      await typeCredentials(el, 'digital@demo.example');
      await setFaults({ latencyMs: 400 });
      await sendKeys({ press: 'Enter' });
      await waitFor(async () => (await calls('signIn')).length === 1, 'the sign-in call');
      await reattach(el);
      await waitFor(async () => (await statuses('signIn')).every((s) => s !== 0), 'the first sign-in to end');
      expect(el.step).to.equal('password');
      expect(spinning(el)).to.equal(false);
      expect(busyCard(el)).to.equal('false');
      expect(q<HTMLInputElement>(el, 'input[name="username"]').value).to.equal('digital@demo.example');
      expect(errors()).to.deep.equal([]);

      await clearFaults();
      const password = q<HTMLInputElement>(el, 'input[name="password"]');
      password.focus();
      password.select();
      await sendKeys({ type: PASSWORD });
      await sendKeys({ press: 'Enter' });
      await untilStep(el, 'preferences');
      expect(await statuses('signIn')).to.deep.equal([-1, 200]);
    });

    it('during Save & Continue: keeps the team, and the next Save signs in with exactly one station login on the server', async () => {
      const el = await mount(http());
      await toPreferences(el, 'digital@demo.example');
      await pickTeam(el, 'bill');
      await setFaults({ latencyMs: 400 });
      saveButton(el).click();
      await waitFor(async () => (await calls('stationLogin')).length === 1, 'the station login call');
      await reattach(el);
      await waitFor(async () => (await statuses('stationLogin')).every((s) => s !== 0), 'the first station login to end');
      await prefs(el).updateComplete;
      expect(el.step).to.equal('preferences');
      expect(spinning(el)).to.equal(false);
      expect(busyCard(el)).to.equal('false');
      expect(picker(el).teamId).to.equal('t-billing');
      expect(saveButton(el).getAttribute('aria-disabled')).to.equal('false');

      await clearFaults();
      saveButton(el).click();
      saveButton(el).click();
      await untilStep(el, 'signed-in');
      expect(await statuses('stationLogin')).to.deep.equal([-1, 204]);
      expect(rec.events.filter((e) => e.type === 'agent-signed-in')).to.have.length(1);
      expect(errors()).to.deep.equal([]);
    });
  });
});
