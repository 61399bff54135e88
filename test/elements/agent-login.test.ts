import { expect, fixture, html, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createDemoService } from '../../src/adapters/demo-service.js';
import type { AgentService } from '../../src/contract/agent-service.js';
import type { AgentLogin } from '../../src/elements/agent-login/agent-login.js';
import { PASSWORD, creds, expectFocused, mount, q, record, settle, untilStep, type Recorder } from '../helpers/agent-login.js';

async function typeInto(el: AgentLogin, selector: string, text: string): Promise<void> {
  const input = q<HTMLInputElement>(el, selector);
  input.focus();
  await sendKeys({ type: text });
}

async function toPassword(el: AgentLogin, email = 'agent@demo.example'): Promise<void> {
  await typeInto(el, 'input[name="username"]', email);
  await sendKeys({ press: 'Enter' });
  await untilStep(el, 'password');
}

async function signIn(el: AgentLogin, email = 'agent@demo.example', password = PASSWORD): Promise<void> {
  await toPassword(el, email);
  await typeInto(el, 'input[name="password"]', password);
  await sendKeys({ press: 'Enter' });
}

describe('<agent-login> credential steps', () => {
  let rec: Recorder;
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    rec = record();
  });
  afterEach(() => rec.stop());

  it('starts on the email step with the field focused-able, labelled and autofillable', async () => {
    const el = await mount(createDemoService());
    expect(el.step).to.equal('email');
    const input = q<HTMLInputElement>(el, 'input[name="username"]');
    expect(input.autocomplete).to.equal('username');
    expect(input.type).to.equal('email');
    expect(input.closest('form')).to.exist;
    expect(input.getRootNode()).to.equal(document, 'credential inputs live in the light DOM for password managers');
    await expect(el).to.be.accessible();
  });

  it('rejects an empty and a malformed email next to the field', async () => {
    const el = await mount(createDemoService());
    q<HTMLInputElement>(el, 'input[name="username"]').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    let input = q<HTMLInputElement>(el, 'input[name="username"]');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(creds(el).querySelector('.error')!.textContent).to.contain('Enter your email address');
    await typeInto(el, 'input[name="username"]', 'not-an-email');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    input = q<HTMLInputElement>(el, 'input[name="username"]');
    const error = creds(el).querySelector('.error')!;
    expect(error.textContent).to.contain('name@example.com');
    expect(input.getAttribute('aria-describedby')).to.contain(error.id);
    expect(el.step).to.equal('email');
    await expect(el).to.be.accessible();
  });

  it('moves to the password step, focuses the password field and fires agent-step-change', async () => {
    const el = await mount(createDemoService());
    await toPassword(el);
    const step = rec.events.find((e) => e.type === 'agent-step-change' && (e.detail as { step: string }).step === 'password');
    expect(step?.detail).to.deep.equal({ step: 'password', previous: 'email' });
    const password = q<HTMLInputElement>(el, 'input[name="password"]');
    expectFocused(password);
    expect(password.autocomplete).to.equal('current-password');
    expect(creds(el).textContent).to.contain('agent@demo.example');
    await expect(el).to.be.accessible();
  });

  it('shows and hides the password with an accessible toggle', async () => {
    const el = await mount(createDemoService());
    await toPassword(el);
    const toggle = q<HTMLButtonElement>(el, '.al-toggle');
    expect([toggle.textContent!.trim(), toggle.getAttribute('aria-label')]).to.deep.equal(['Show', 'Show password']);
    toggle.click();
    await settle(el);
    expect(q<HTMLInputElement>(el, 'input[name="password"]').type).to.equal('text');
    expect([toggle.textContent!.trim(), toggle.getAttribute('aria-label')]).to.deep.equal(['Hide', 'Hide password']);
  });

  it('goes back to the email step with Alt+ArrowLeft and keeps the email', async () => {
    const el = await mount(createDemoService());
    await toPassword(el, 'agent@demo.example');
    q<HTMLInputElement>(el, 'input[name="password"]').focus();
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ up: 'Alt' });
    await untilStep(el, 'email');
    expect(q<HTMLInputElement>(el, 'input[name="username"]').value).to.equal('agent@demo.example');
    expectFocused(q(el, 'input[name="username"]'));
  });

  it('says a wrong password is wrong, next to the password field, and fires agent-error', async () => {
    const el = await mount(createDemoService());
    await signIn(el, 'agent@demo.example', 'wrong-password');
    await settle(el, 6);
    expect(el.step).to.equal('password');
    const input = q<HTMLInputElement>(el, 'input[name="password"]');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(creds(el).querySelector('.error')!.textContent).to.contain('don’t match');
    const error = rec.events.find((e) => e.type === 'agent-error');
    expect(error?.detail).to.include({ code: 'INVALID_CREDENTIALS', step: 'password' });
    expect(JSON.stringify(rec.events)).not.to.contain('wrong-password');
    await expect(el).to.be.accessible();
  });

  it('explains a locked account at the step level', async () => {
    const el = await mount(createDemoService());
    await signIn(el, 'locked@demo.example');
    await settle(el, 6);
    const alert = creds(el).querySelector('.al-error')!;
    expect(alert.textContent).to.contain('locked');
    expect(rec.events.find((e) => e.type === 'agent-error')?.detail).to.include({ code: 'ACCOUNT_LOCKED' });
    await expect(el).to.be.accessible();
  });

  it('reports a network failure with its tracking ID and lets the agent retry', async () => {
    const service = createDemoService({ fail: { signIn: 'NETWORK' } });
    const el = await mount(service);
    await signIn(el);
    await settle(el, 6);
    const alert = creds(el).querySelector('.al-error')!;
    expect(alert.textContent).to.contain('Check your connection');
    expect(alert.querySelector('code')?.textContent).to.match(/^demo-/);
    service.setOptions({ fail: {} });
    expect(q<HTMLInputElement>(el, 'input[name="password"]').value, 'the password the agent typed is kept').to.have.length(PASSWORD.length);
    q<HTMLInputElement>(el, 'input[name="password"]').focus();
    await sendKeys({ press: 'Enter' });
    await untilStep(el, 'collaboration');
  });

  it('turns a malformed profile into a clear BAD_RESPONSE error, never an uncaught exception', async () => {
    const el = await mount(createDemoService({ malformedProfile: true }));
    await signIn(el);
    await settle(el, 6);
    expect(el.step).to.equal('password');
    expect(creds(el).querySelector('.al-error')!.textContent).to.contain('couldn’t read');
    expect(rec.events.find((e) => e.type === 'agent-error')?.detail).to.include({ code: 'BAD_RESPONSE' });
  });

  it('submits the password once however often the agent presses Enter', async () => {
    const service = createDemoService({ latencyMs: 200 });
    const el = await mount(service);
    await toPassword(el);
    await typeInto(el, 'input[name="password"]', PASSWORD);
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    q<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await untilStep(el, 'collaboration');
    expect(service.calls.filter((c) => c.method === 'signIn')).to.have.length(1);
  });

  it('resets a forgotten password with a code written as in the email ("123 456"), then signs in with it', async () => {
    const service = createDemoService();
    const el = await mount(service);
    await toPassword(el, 'digital@demo.example');
    q<HTMLButtonElement>(el, '.al-actions .link').click();
    await untilStep(el, 'forgot-password');
    await expect(el).to.be.accessible();
    q<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await settle(el, 6);
    const code = q<HTMLInputElement>(el, 'input[name="one-time-code"]');
    expect(code.autocomplete).to.equal('one-time-code');
    expectFocused(code);
    await expect(el).to.be.accessible();
    // The code as it arrives from a paste of an email's "123 456".
    code.focus();
    await sendKeys({ type: '123 456' });
    await typeInto(el, 'input[name="new-password"]', 'brand-new-pass');
    await typeInto(el, 'input[name="confirm-password"]', 'brand-new-pass');
    await sendKeys({ press: 'Enter' });
    await untilStep(el, 'password');
    expect(creds(el).querySelector('.al-success')!.textContent).to.contain('changed');
    await typeInto(el, 'input[name="password"]', 'brand-new-pass');
    await sendKeys({ press: 'Enter' });
    await untilStep(el, 'preferences');
  });

  it('rejects a wrong reset code next to the code field', async () => {
    const el = await mount(createDemoService());
    await toPassword(el);
    q<HTMLButtonElement>(el, '.al-actions .link').click();
    await untilStep(el, 'forgot-password');
    q<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await settle(el, 6);
    await typeInto(el, 'input[name="one-time-code"]', '000000');
    await typeInto(el, 'input[name="new-password"]', 'brand-new-pass');
    await typeInto(el, 'input[name="confirm-password"]', 'brand-new-pass');
    await sendKeys({ press: 'Enter' });
    await settle(el, 6);
    expect(q<HTMLInputElement>(el, 'input[name="one-time-code"]').getAttribute('aria-invalid')).to.equal('true');
    expect(creds(el).querySelector('.error')!.textContent).to.contain('wrong or has expired');
    await expect(el).to.be.accessible();
  });

  it('shows a configuration error and fires NO_SERVICE without a service', async () => {
    const errors: unknown[] = [];
    document.addEventListener('agent-error', (e) => errors.push(e.detail), { once: true });
    const el = await fixture<AgentLogin>(html`<agent-login></agent-login>`);
    await settle(el);
    expect(creds(el).querySelector('.al-error')!.textContent).to.contain('service property');
    expect(errors[0]).to.include({ code: 'NO_SERVICE' });
    expect(q<HTMLInputElement>(el, 'input[name="username"]').disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('uses the embedded demo service with the demo attribute', async () => {
    const el = await fixture<AgentLogin>(html`<agent-login demo lang="en"></agent-login>`);
    await untilStep(el, 'email');
    await signIn(el, 'digital@demo.example');
    await untilStep(el, 'preferences');
  });

  it('leaves the password nowhere after signing in', async () => {
    const secret = 'demo1234';
    const el = await mount(createDemoService());
    await signIn(el, 'digital@demo.example', secret);
    await untilStep(el, 'preferences');
    expect(JSON.stringify(rec.events)).not.to.contain(secret);
    expect(rec.console.join('\n')).not.to.contain(secret);
    expect(JSON.stringify({ ...localStorage })).not.to.contain(secret);
    expect(JSON.stringify({ ...sessionStorage })).not.to.contain(secret);
    expect(document.cookie).not.to.contain(secret);
    expect(el.outerHTML + el.shadowRoot!.innerHTML).not.to.contain(secret);
    const inputs = [...el.querySelectorAll('input'), ...el.shadowRoot!.querySelectorAll('input')];
    expect(inputs.map((i) => i.value).join('|')).not.to.contain(secret);
    expect(location.href).not.to.contain(secret);
  });

  it('renders in Portuguese with lang="pt-BR"', async () => {
    const el = await mount(createDemoService(), { lang: 'pt-BR' });
    const title = () => creds(el).querySelector('h2')!.textContent;
    for (let i = 0; i < 200 && title() !== 'Iniciar sessão'; i++) await aTimeout(10);
    expect(title()).to.equal('Iniciar sessão');
    el.lang = 'en';
    await aTimeout(20);
    await settle(el);
    expect(creds(el).querySelector('h2')!.textContent).to.equal('Sign in');
  });

  it('cancels the request when removed mid-sign-in, without errors', async () => {
    const service: AgentService = createDemoService({ latencyMs: 300 });
    const el = await mount(service);
    await signIn(el);
    el.remove();
    await aTimeout(400);
    expect(rec.events.filter((e) => e.type === 'agent-error')).to.have.length(0);
    expect(rec.events.filter((e) => e.type === 'agent-signed-in')).to.have.length(0);
  });

  it('never asks for a password when the backend signs agents in elsewhere (OAuth) and has no session', async () => {
    const service: AgentService = {
      credentials: false,
      signIn: () => Promise.reject({ code: 'NOT_SUPPORTED' }),
      restoreSession: async () => null,
      stationLogin: async () => undefined,
      stationLogout: async () => undefined,
    };
    const el = await mount(service);
    expect(creds(el).querySelector('input')).to.equal(null);
    expect(creds(el).querySelector('h2')!.textContent).to.contain('Sign in with your organisation');
    expect(creds(el).querySelector('button')!.textContent).to.contain('Reload');
    await expect(el).to.be.accessible();
  });
});

