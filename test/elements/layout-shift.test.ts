import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { createDemoService, type DemoService } from '../../src/adapters/demo-service.js';
import type { AgentLogin } from '../../src/elements/agent-login/agent-login.js';
import { PASSWORD, q, settle, untilStep } from '../helpers/agent-login.js';

interface Shift {
  value: number;
  hadRecentInput: boolean;
}

const LATENCY_MS = 600;

function watchShifts() {
  const shifts: Shift[] = [];
  const take = (entries: PerformanceEntryList) =>
    entries.forEach((e) => shifts.push({ value: (e as PerformanceEntry & Shift).value, hadRecentInput: (e as PerformanceEntry & Shift).hadRecentInput }));
  const observer = new PerformanceObserver((list) => take(list.getEntries()));
  observer.observe({ type: 'layout-shift' });
  return {
    async cls(): Promise<number> {
      await nextFrame();
      await nextFrame();
      take(observer.takeRecords());
      return shifts.filter((s) => !s.hadRecentInput).reduce((sum, s) => sum + s.value, 0);
    },
    stop: () => observer.disconnect(),
  };
}

async function mountInHostPage(service: DemoService): Promise<AgentLogin> {
  const page = await fixture<HTMLElement>(html`
    <div style="inline-size: 360px; display: flex; flex-direction: column; gap: 16px">
      <agent-login .service=${service} lang="en"></agent-login>
      <p style="margin: 0; block-size: 120px; background: #eee">Host content under the widget</p>
    </div>
  `);
  const el = page.querySelector('agent-login')!;
  await untilStep(el, 'email', 8000);
  return el;
}

async function typeInto(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  input.select();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
}

async function signIn(el: AgentLogin, email: string): Promise<void> {
  await typeInto(q<HTMLInputElement>(el, 'input[name="username"]'), email);
  await untilStep(el, 'password', 8000);
  await typeInto(q<HTMLInputElement>(el, 'input[name="password"]'), PASSWORD);
}

async function pickTeamAndSave(el: AgentLogin): Promise<void> {
  await until(() => !!el.shadowRoot!.querySelector('team-picker'), 'the team picker');
  const picker = el.shadowRoot!.querySelector('team-picker')!;
  await picker.updateComplete;
  picker.shadowRoot!.querySelector<HTMLInputElement>('[role="combobox"]')!.focus();
  await sendKeys({ type: 'bill' });
  await sendKeys({ press: 'Enter' });
  await settle(el);
  el.shadowRoot!.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
  await untilStep(el, 'signed-in', 8000);
}

async function until(check: () => boolean, what: string): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > 8000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 10));
  }
}

const bannerCount = (el: AgentLogin) => el.shadowRoot!.querySelector('session-banner')!.shadowRoot!.querySelectorAll('.banner').length;

describe('<agent-login> layout stability (issue #10)', () => {
  before(async () => {
    await setViewport({ width: 800, height: 1000 });
  });

  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('can observe layout shifts in this browser', () => {
    expect(PerformanceObserver.supportedEntryTypes).to.include('layout-shift');
  });

  it('moves nothing on the page from the email step to signed in and out again, banners included', async () => {
    const service = createDemoService({ latencyMs: LATENCY_MS });
    const el = await mountInHostPage(service);
    const shifts = watchShifts();
    try {
      await signIn(el, 'agent@demo.example');
      await untilStep(el, 'collaboration', 8000);
      el.shadowRoot!.querySelector<HTMLButtonElement>('.provider button.secondary')!.click();
      await untilStep(el, 'preferences', 8000);
      await pickTeamAndSave(el);

      window.dispatchEvent(new Event('offline'));
      await until(() => bannerCount(el) === 1, 'the connection banner');
      window.dispatchEvent(new Event('online'));
      await until(() => bannerCount(el) === 0, 'the connection banner to go');
      service.emit({ type: 'degraded', features: ['Reports', 'Wallboards'] });
      await until(() => bannerCount(el) === 1, 'the degraded banner');
      await settle(el);

      el.shadowRoot!.querySelector<HTMLButtonElement>('.actions button')!.click();
      await untilStep(el, 'signed-out', 8000);
      el.shadowRoot!.querySelector<HTMLButtonElement>('.center button')!.click();
      await untilStep(el, 'email', 8000);
      expect(await shifts.cls()).to.equal(0);
    } finally {
      shifts.stop();
    }
  });

  it('moves nothing on the page when a collaboration sign-in fails', async () => {
    const service = createDemoService({ latencyMs: LATENCY_MS });
    const el = await mountInHostPage(service);
    const shifts = watchShifts();
    try {
      await signIn(el, 'collabfail@demo.example');
      await untilStep(el, 'collaboration', 8000);
      el.shadowRoot!.querySelector<HTMLButtonElement>('.provider button.primary')!.click();
      await until(() => bannerCount(el) === 1, 'the collaboration banner');
      await untilStep(el, 'preferences', 8000);
      await pickTeamAndSave(el);
      await settle(el);
      expect(await shifts.cls()).to.equal(0);
    } finally {
      shifts.stop();
    }
  });

  it('moves nothing on the page when the session expires on the signed-in step', async () => {
    const service = createDemoService({ latencyMs: LATENCY_MS });
    const el = await mountInHostPage(service);
    const shifts = watchShifts();
    try {
      await signIn(el, 'digital@demo.example');
      await untilStep(el, 'preferences', 8000);
      await pickTeamAndSave(el);
      service.emit({ type: 'session-expired' });
      await untilStep(el, 'email', 8000);
      await until(() => bannerCount(el) === 1, 'the session-expired banner');
      await settle(el);
      expect(await shifts.cls()).to.equal(0);
    } finally {
      shifts.stop();
    }
  });

  it('keeps the same card height on every step', async () => {
    const service = createDemoService({ latencyMs: 0 });
    const el = await mountInHostPage(service);
    const card = el.shadowRoot!.querySelector<HTMLElement>('.card')!;
    const heights = new Set<number>([card.offsetHeight]);
    const onStep = () => heights.add(card.offsetHeight);
    el.addEventListener('agent-step-change', () => void el.updateComplete.then(onStep));
    await signIn(el, 'digital@demo.example');
    await untilStep(el, 'preferences', 8000);
    onStep();
    await pickTeamAndSave(el);
    onStep();
    expect([...heights]).to.have.length(1);
  });
});
