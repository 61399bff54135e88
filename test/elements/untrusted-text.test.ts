import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createDemoService, type DemoService } from '../../src/adapters/demo-service.js';
import type { AgentProfile, AgentService } from '../../src/contract/agent-service.js';
import type { AgentLogin } from '../../src/elements/agent-login/agent-login.js';
import '../../src/elements/agent-login/agent-login.js';
import { PASSWORD, creds, settle, untilStep } from '../helpers/agent-login.js';

declare global {
  interface Window {
    pwned?: number;
  }
}

const IMG = '<img src=x onerror="window.pwned=1">';
const SCRIPT = '<script>window.pwned=2</script>';
const MARKUP = `${IMG}${SCRIPT}<b>bold</b><a href="javascript:window.pwned=3">link</a>`;
const WORD_512 = `W${'x'.repeat(510)}!`;
const WORDS_512 = Array.from({ length: 64 }, (_, i) => `word${String(i).padStart(3, '0')}`).join(' ').slice(0, 512);
const WORD_200 = `F${'y'.repeat(198)}!`;
const WORD_1000 = `K${'z'.repeat(998)}!`;

const EMAIL = 'markup@demo.example';

const profile: AgentProfile = {
  agentId: 'untrusted-1',
  email: EMAIL,
  displayName: `${MARKUP} ${WORD_512.slice(0, 300)}`,
  loginOptions: [],
  teams: [
    { id: 't-markup', name: `Team ${MARKUP}` },
    { id: 't-word', name: WORD_512 },
    { id: 't-words', name: WORDS_512 },
  ],
  collaboration: [
    { provider: 'evil', label: `${MARKUP} Chat` },
    { provider: 'long', label: WORD_512 },
  ],
};

function shadowRoots(root: ParentNode): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  for (const node of root.querySelectorAll('*')) {
    if (node.shadowRoot) found.push(node.shadowRoot, ...shadowRoots(node.shadowRoot));
  }
  return found;
}

function everywhere(frame: HTMLElement): ParentNode[] {
  return [frame, ...shadowRoots(frame)];
}

function text(frame: HTMLElement): string {
  return everywhere(frame)
    .map((root) => root.textContent ?? '')
    .join('\n');
}

function expectInert(frame: HTMLElement): void {
  const created = everywhere(frame).flatMap((root) => [...root.querySelectorAll('img, script, iframe, object, embed, b, a[href^="javascript"]')]);
  expect(created.map((n) => n.localName)).to.deep.equal([]);
  const handlers = everywhere(frame).flatMap((root) => [...root.querySelectorAll('*')].filter((n) => [...n.attributes].some((a) => a.name.startsWith('on'))));
  expect(handlers.map((n) => n.localName)).to.deep.equal([]);
  expect(window.pwned).to.equal(undefined);
}

function expectLiteral(frame: HTMLElement, ...strings: string[]): void {
  const all = text(frame);
  for (const s of strings) expect(all.includes(s), `shown literally: ${s.slice(0, 60)}…`).to.equal(true);
}

function isHidden(el: Element): boolean {
  for (let n: Element | null = el; n; n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host ?? null)) {
    if (n.classList.contains('visually-hidden') || n.hasAttribute('hidden')) return true;
  }
  return false;
}

function expectVisibleFits(frame: HTMLElement): void {
  const box = frame.getBoundingClientRect();
  const outside = everywhere(frame)
    .flatMap((root) => [...root.querySelectorAll('*')])
    .filter((n) => !isHidden(n))
    .filter((n) => {
      const r = n.getBoundingClientRect();
      return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1);
    });
  expect(outside.map((n) => `${n.localName}.${[...n.classList].join('.')} ${Math.round(n.getBoundingClientRect().right - box.right)}px`)).to.deep.equal([]);
}

function expectFits(frame: HTMLElement, el: AgentLogin): void {
  expectVisibleFits(frame);
  const card = el.shadowRoot!.querySelector<HTMLElement>('.card')!;
  expect(card.scrollWidth, 'card scrollWidth').to.be.at.most(card.clientWidth);
  expect(frame.scrollWidth, 'container scrollWidth').to.be.at.most(frame.clientWidth);
}

async function mountNarrow(service: AgentService): Promise<{ frame: HTMLElement; el: AgentLogin }> {
  const frame = await fixture<HTMLElement>(html`<div style="inline-size: 320px"><agent-login lang="en" .service=${service}></agent-login></div>`);
  const el = frame.querySelector('agent-login')!;
  await untilStep(el, 'email');
  return { frame, el };
}

async function signIn(el: AgentLogin, email = EMAIL): Promise<void> {
  const user = creds(el).querySelector<HTMLInputElement>('input[name="username"]')!;
  user.focus();
  await sendKeys({ type: email });
  await sendKeys({ press: 'Enter' });
  await untilStep(el, 'password');
  creds(el).querySelector<HTMLInputElement>('input[name="password"]')!.focus();
  await sendKeys({ type: PASSWORD });
  await sendKeys({ press: 'Enter' });
}

async function until(el: AgentLogin, check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300 && !check(); i++) await settle(el, 1);
  expect(check(), what).to.equal(true);
  await settle(el);
}

const banner = (el: AgentLogin) => el.shadowRoot!.querySelector('session-banner')!;

describe('untrusted text: every server string renders as text and fits 320px', () => {
  let service: DemoService;
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    window.pwned = undefined;
    service = createDemoService({ accounts: [{ profile, failingProviders: ['evil'] }] });
  });

  it('shows markup in collaboration labels as text, in the step and in the failure banner', async () => {
    const { frame, el } = await mountNarrow(service);
    await signIn(el);
    await untilStep(el, 'collaboration');
    expectLiteral(frame, `${MARKUP} Chat`, WORD_512);
    expectInert(frame);
    expectFits(frame, el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.provider .primary')!.click();
    await until(el, () => (banner(el).shadowRoot?.textContent ?? '').includes(`${MARKUP} Chat`), 'the failure banner names the provider');
    expectInert(frame);
    expectFits(frame, el);
    for (const skip of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.provider .secondary')) skip.click();
    await untilStep(el, 'preferences');
    expectLiteral(frame, `${MARKUP} Chat`);
    expectInert(frame);
    expectFits(frame, el);
    await expect(el).to.be.accessible();
  });

  it('shows markup and long names in the team list, the display name and the signed-in view as text', async () => {
    const { frame, el } = await mountNarrow(service);
    await signIn(el);
    await untilStep(el, 'collaboration');
    for (const skip of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.provider .secondary')) skip.click();
    await untilStep(el, 'preferences');
    const picker = el.shadowRoot!.querySelector('team-picker')!;
    await picker.updateComplete;
    picker.shadowRoot!.querySelector<HTMLInputElement>('[role="combobox"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(el, () => picker.shadowRoot!.querySelectorAll('[role="option"]').length === 3, 'the list shows every team');
    expectLiteral(frame, `Team ${MARKUP}`, WORD_512, WORDS_512);
    expectInert(frame);
    expectFits(frame, el);
    const option = [...picker.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')].find((o) => o.textContent!.includes(IMG))!;
    option.click();
    await settle(el);
    expect(picker.teamId).to.equal('t-markup');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await untilStep(el, 'signed-in');
    expectLiteral(frame, profile.displayName, `Team ${MARKUP}`, `${MARKUP} Chat`, WORD_512);
    expectInert(frame);
    expectFits(frame, el);
    await expect(el).to.be.accessible();
  });

  it('shows markup and long feature names of a degraded service as text', async () => {
    const { frame, el } = await mountNarrow(service);
    await signIn(el);
    await untilStep(el, 'collaboration');
    for (const skip of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.provider .secondary')) skip.click();
    await untilStep(el, 'preferences');
    service.emit({ type: 'degraded', features: [MARKUP, WORD_200, `Reports ${SCRIPT}`], message: WORD_1000 });
    await until(el, () => !!banner(el).shadowRoot!.querySelector('[part~="features"]'), 'the degraded banner lists the features');
    const items = [...banner(el).shadowRoot!.querySelectorAll('[part~="features"] li')].map((li) => li.textContent);
    expect(items).to.deep.equal([MARKUP, WORD_200, `Reports ${SCRIPT}`]);
    expectInert(frame);
    expectFits(frame, el);
    await expect(el).to.be.accessible();
  });

  // Bug: ServiceEventSchema caps each feature at 200 characters, so one long feature name makes
  // parseServiceEvent drop the whole `degraded` event and the agent is never told features are down.
  // Expected: the banner appears (the long name shown, or truncated). Unskip once fixed.
  it('still tells the agent about a degraded service when a feature name is 1,000 characters long', async () => {
    const { frame, el } = await mountNarrow(service);
    await signIn(el);
    await untilStep(el, 'collaboration');
    for (const skip of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.provider .secondary')) skip.click();
    await untilStep(el, 'preferences');
    service.emit({ type: 'degraded', features: [WORD_1000, 'Call recording'] });
    await until(el, () => !!banner(el).shadowRoot!.querySelector('[part~="features"]'), 'the degraded banner lists the features');
    expectLiteral(frame, 'Call recording');
    expectInert(frame);
    expectFits(frame, el);
  });

  // Bug: on the password step (and the reset code step) the visually hidden username input is as wide as the
  // card: `input[type='email']` in tokens.styles.ts (inline-size: 100%) beats `.visually-hidden` (inline-size: 1px),
  // and the absolutely positioned input sticks out past the card, so a 320px container scrolls sideways.
  // Unskip once fixed.
  it('fits the password step, with an error showing, in a 320px container without scrolling sideways', async () => {
    const { frame, el } = await mountNarrow(createDemoService({ fail: { signIn: 'UNAVAILABLE' } }));
    await signIn(el, 'agent@demo.example');
    await until(el, () => !!creds(el).querySelector('.al-error'), 'the failure is shown');
    expectFits(frame, el);
  });

  it('never shows the text or a malformed tracking ID a failing service sends, and fits a long tracking ID', async () => {
    const trackingId = `trk-${'0123456789abcdef'.repeat(8)}`.slice(0, 128);
    let attempt = 0;
    const hostile: AgentService = {
      ...service,
      signIn: () => {
        attempt++;
        return Promise.reject(
          attempt === 1
            ? { code: 'UNAVAILABLE', message: MARKUP, trackingId: `${SCRIPT}` }
            : Object.assign(new Error(MARKUP), { code: 'NETWORK', trackingId, detail: MARKUP }),
        );
      },
      stationLogin: (r, s) => service.stationLogin(r, s),
      stationLogout: (r, s) => service.stationLogout(r, s),
    };
    const { frame, el } = await mountNarrow(hostile);
    await signIn(el);
    await until(el, () => !!creds(el).querySelector('.al-error'), 'the failure is shown');
    expect(text(frame)).not.to.contain('pwned');
    expect(creds(el).querySelector('.al-error code')).to.equal(null);
    expectInert(frame);
    expectVisibleFits(frame);
    creds(el).querySelector<HTMLInputElement>('input[name="password"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => creds(el).querySelector('.al-error code')?.textContent === trackingId, 'the tracking ID is shown');
    expect(text(frame)).not.to.contain('pwned');
    expectInert(frame);
    expectFits(frame, el);
    await expect(el).to.be.accessible();
  });
});
