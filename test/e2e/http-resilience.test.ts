import { aTimeout, expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AgentLogin } from '../../src/elements/agent-login/agent-login.js';
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
import { api, calls, clearFaults, http, setFaults, statuses, waitFor } from '../helpers/reference-api.js';

const shadow = (el: AgentLogin) => el.shadowRoot!;

const visibleText = (el: AgentLogin) => squash([creds(el)?.textContent, shadow(el).textContent, bannerText(el)].join(' '));

async function goOffline(el: AgentLogin, extra: Record<string, unknown> = {}): Promise<void> {
  await setFaults({ '*': 'network', ...extra });
  window.dispatchEvent(new Event('offline'));
  await waitFor(() => bannerText(el).includes('Connection lost'), 'the connection-lost banner');
}

async function goOnline(el: AgentLogin): Promise<void> {
  await clearFaults();
  window.dispatchEvent(new Event('online'));
  await waitFor(() => !bannerText(el).includes('Connection lost'), 'the connection-lost banner to go');
}

async function chooseExtension(el: AgentLogin, typed: string): Promise<void> {
  prefs(el).shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"][value="EXTENSION"]')!.click();
  await settle(el, 5);
  const input = prefs(el).shadowRoot!.querySelector<HTMLInputElement>('#ext')!;
  input.focus();
  input.select();
  await sendKeys({ type: typed });
  await waitFor(() => prefs(el).valid && prefs(el).value.dialNumber === typed, `the extension ${typed}`);
}

const EVENTS = ['agent-step-change', 'agent-signed-in', 'agent-signed-out', 'agent-error', 'agent-preferences-change', 'agent-team-change'];

const saveButton = (el: AgentLogin) => shadow(el).querySelector<HTMLButtonElement>('form button[type="submit"]')!;
const signOutButton = (el: AgentLogin) => [...shadow(el).querySelectorAll<HTMLButtonElement>('.actions button')].at(-1)!;

async function signedIn(el: AgentLogin, email = 'digital@demo.example'): Promise<void> {
  await toPreferences(el, email);
  await pickTeam(el, 'bill');
  saveButton(el).click();
  await untilStep(el, 'signed-in');
}

describe('<agent-login> over HTTP: offline and back, and answers after removal', () => {
  let rec: Recorder;
  failOnUnhandledRejections();
  const errors = () => rec.events.filter((e) => e.type === 'agent-error').map((e) => e.detail as { code: string; step: string; trackingId?: string });

  beforeEach(async () => {
    await api('/__reset', { method: 'POST' });
    localStorage.clear();
    sessionStorage.clear();
    rec = record();
  });

  afterEach(async () => {
    rec.stop();
    window.dispatchEvent(new Event('online'));
    await api('/__reset', { method: 'POST' });
  });

  describe('the network goes offline and comes back', () => {
    it('at the password step: says so, keeps the password, sends it once, then signs in when back online', async () => {
      const el = await mount(http());
      const user = q<HTMLInputElement>(el, 'input[name="username"]');
      user.focus();
      await sendKeys({ type: 'digital@demo.example' });
      await sendKeys({ press: 'Enter' });
      await untilStep(el, 'password');
      q<HTMLInputElement>(el, 'input[name="password"]').focus();
      await sendKeys({ type: PASSWORD });

      await goOffline(el);
      await sendKeys({ press: 'Enter' });
      await waitFor(() => errors().length > 0, 'agent-error');
      await settle(el, 4);
      expect(errors()[0]).to.include({ code: 'NETWORK', step: 'password' });
      expect(errors()[0].trackingId).to.match(/^ref-[0-9a-f]{8}$/);
      expect(visibleText(el)).to.contain('Can’t reach the contact center');
      expect(el.step).to.equal('password');
      expect(spinning(el)).to.equal(false);
      expect(busyCard(el)).to.equal('false');
      expect(q<HTMLInputElement>(el, 'input[name="password"]').value).to.equal(PASSWORD);
      expect(await statuses('signIn')).to.deep.equal([-1]);
      await expect(el).to.be.accessible();

      await goOnline(el);
      q<HTMLInputElement>(el, 'input[name="password"]').focus();
      await sendKeys({ press: 'Enter' });
      await untilStep(el, 'preferences');
      expect(await statuses('signIn')).to.deep.equal([-1, 200]);
    });

    it('at Save & Continue: says so, keeps the extension and the team, submits once per click, then signs in', async () => {
      const el = await mount(http());
      await toPreferences(el, 'agent@demo.example');
      await chooseExtension(el, '4022');
      await pickTeam(el, 'billing');

      await goOffline(el);
      saveButton(el).click();
      saveButton(el).click();
      await waitFor(() => errors().length > 0, 'agent-error');
      await settle(el, 4);
      expect(errors()[0]).to.include({ code: 'NETWORK', step: 'preferences' });
      expect(visibleText(el)).to.contain('Can’t reach the contact center');
      expect(el.step).to.equal('preferences');
      expect(spinning(el)).to.equal(false);
      expect(saveButton(el).getAttribute('aria-disabled')).to.equal('false');
      expect(prefs(el).value).to.deep.include({ loginOption: 'EXTENSION', dialNumber: '4022' });
      expect(picker(el).teamId).to.equal('t-billing');
      expect(await statuses('stationLogin')).to.deep.equal([-1]);
      await expect(el).to.be.accessible();

      await goOnline(el);
      saveButton(el).click();
      await untilStep(el, 'signed-in');
      expect(await statuses('stationLogin')).to.deep.equal([-1, 204]);
      expect(rec.events.find((e) => e.type === 'agent-signed-in')!.detail).to.deep.include({ loginOption: 'EXTENSION', dialNumber: '4022', teamId: 't-billing' });
    });

    it('while signed in: stays signed in, says sign-out failed, and signs out once back online', async () => {
      const el = await mount(http());
      await signedIn(el);
      await waitFor(async () => (await calls('events')).some((c) => c.status === 0), 'the event stream');

      await goOffline(el, { events: 'drop' });
      expect(el.step).to.equal('signed-in');
      signOutButton(el).click();
      await waitFor(() => errors().length > 0, 'agent-error');
      await settle(el, 4);
      expect(errors()[0]).to.include({ code: 'NETWORK', step: 'signed-in' });
      expect(el.step).to.equal('signed-in');
      expect(visibleText(el)).to.contain('Can’t reach the contact center');
      expect(spinning(el)).to.equal(false);
      expect(signOutButton(el).disabled).to.equal(false);
      expect(rec.events.some((e) => e.type === 'agent-signed-out')).to.equal(false);
      await expect(el).to.be.accessible();

      await goOnline(el);
      await waitFor(async () => (await calls('events')).some((c) => c.status === 0), 'the event stream to reopen');
      signOutButton(el).click();
      await untilStep(el, 'signed-out');
      expect(await statuses('stationLogout')).to.deep.equal([-1, 204]);
      expect(rec.events.filter((e) => e.type === 'agent-signed-out')).to.have.length(1);
    });

    it('spends a one-time network fault on exactly one request, however the browser pools its connections', async () => {
      await setFaults({ signIn: { mode: 'network', times: 1 } });
      const el = await mount(http());
      await signInWithKeys(el, 'digital@demo.example');
      await waitFor(() => errors().length > 0, 'agent-error');
      expect(errors()[0]).to.include({ code: 'NETWORK', step: 'password' });
      expect(await statuses('signIn')).to.deep.equal([-1]);
      q<HTMLInputElement>(el, 'input[name="password"]').focus();
      await sendKeys({ press: 'Enter' });
      await untilStep(el, 'preferences');
      expect(await statuses('signIn')).to.deep.equal([-1, 200]);
    });
  });

  describe('an answer that arrives after the element was removed', () => {
    const lateFetch: typeof fetch = (input, init) => fetch(input, { ...init, signal: null });
    const slow = () => setFaults({ latencyMs: 300 });

    async function forgotPassword(el: AgentLogin): Promise<void> {
      const user = q<HTMLInputElement>(el, 'input[name="username"]');
      user.focus();
      await sendKeys({ type: 'digital@demo.example' });
      await sendKeys({ press: 'Enter' });
      await untilStep(el, 'password');
      [...el.querySelectorAll<HTMLButtonElement>('button.link')].find((b) => b.textContent?.includes('Forgot password'))!.click();
      await untilStep(el, 'forgot-password');
    }

    const cases: [string, string, (el: AgentLogin) => Promise<void>, (el: AgentLogin) => Promise<void>][] = [
      ['signIn', 'the password sent', async (el) => {
        const user = q<HTMLInputElement>(el, 'input[name="username"]');
        user.focus();
        await sendKeys({ type: 'digital@demo.example' });
        await sendKeys({ press: 'Enter' });
        await untilStep(el, 'password');
        q<HTMLInputElement>(el, 'input[name="password"]').focus();
        await sendKeys({ type: PASSWORD });
        await slow();
      }, async () => {
        await sendKeys({ press: 'Enter' });
      }],
      ['requestPasswordReset', 'a reset code requested', async (el) => {
        await forgotPassword(el);
        await slow();
      }, async (el) => {
        el.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      }],
      ['resetPassword', 'a new password sent with the code', async (el) => {
        await forgotPassword(el);
        el.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
        await waitFor(() => !!el.querySelector('input[name="one-time-code"]'), 'the code field');
        el.querySelector<HTMLInputElement>('input[name="one-time-code"]')!.value = '123456';
        el.querySelector<HTMLInputElement>('input[name="new-password"]')!.value = 'brand-new-pass-1';
        el.querySelector<HTMLInputElement>('input[name="confirm-password"]')!.value = 'brand-new-pass-1';
        await slow();
      }, async (el) => {
        el.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      }],
      ['connectCollaboration', 'a collaboration sign-in', async (el) => {
        await signInWithKeys(el, 'agent@demo.example');
        await untilStep(el, 'collaboration');
        await slow();
      }, async (el) => {
        shadow(el).querySelector<HTMLButtonElement>('.provider .primary')!.click();
      }],
      ['stationLogin', 'Save & Continue', async (el) => {
        await toPreferences(el, 'digital@demo.example');
        await pickTeam(el, 'bill');
        await slow();
      }, async (el) => {
        saveButton(el).click();
      }],
      ['stationLogout', 'Sign out', async (el) => {
        await signedIn(el);
        await slow();
      }, async (el) => {
        signOutButton(el).click();
      }],
    ];

    function listen(el: AgentLogin): string[] {
      const heard: string[] = [];
      for (const type of EVENTS) el.addEventListener(type, () => heard.push(type));
      return heard;
    }

    for (const [op, what, prepare, trigger] of cases) {
      it(`${op} (${what}): no event, no error, no console output, no unhandled rejection`, async () => {
        const el = await mount(http({ fetch: lateFetch }));
        const heard = listen(el);
        await prepare(el);
        const before = await calls(op);
        await trigger(el);
        await waitFor(async () => (await calls(op)).length > before.length, `the ${op} call`);
        el.remove();
        const seen = { heard: heard.length, console: rec.console.length };
        await waitFor(async () => (await calls(op)).slice(before.length).every((c) => c.status > 0), `the ${op} answer`);
        await aTimeout(100);
        expect((await calls(op)).slice(before.length).map((c) => c.status)[0]).to.be.within(200, 299);
        expect(heard.slice(seen.heard)).to.deep.equal([]);
        expect(rec.console.slice(seen.console)).to.deep.equal([]);
      });
    }

    it('restoreSession (the page load of a signed-in agent): no event, no error, no console output, no unhandled rejection', async () => {
      await api('/session', { body: { email: 'digital@demo.example', password: PASSWORD } });
      await slow();
      const el = document.createElement('agent-login');
      const heard = listen(el);
      el.service = http({ fetch: lateFetch });
      document.body.append(el);
      await waitFor(async () => (await calls('restoreSession')).length > 0, 'the restoreSession call');
      el.remove();
      const seen = { heard: heard.length, console: rec.console.length, step: el.step };
      await waitFor(async () => (await calls('restoreSession')).every((c) => c.status > 0), 'the restoreSession answer');
      await aTimeout(100);
      expect(await statuses('restoreSession')).to.deep.equal([200]);
      expect(heard.slice(seen.heard)).to.deep.equal([]);
      expect(el.step).to.equal(seen.step);
      expect(rec.console.slice(seen.console)).to.deep.equal([]);
    });
  });
});
