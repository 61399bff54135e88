import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { createDemoService, type DemoService } from '../../src/adapters/demo-service.js';
import type { AgentLogin } from '../../src/elements/agent-login/agent-login.js';
import { en } from '../../src/i18n/en/index.js';
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

async function mountInHostPage(service: DemoService, width = 360, height = '38rem', lang = 'en'): Promise<AgentLogin> {
  const page = await fixture<HTMLElement>(html`
    <div style="inline-size: ${width}px; display: flex; flex-direction: column; gap: 16px">
      <agent-login .service=${service} lang=${lang} style="--agent-login-height: ${height}"></agent-login>
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
const bannerIds = (el: AgentLogin) =>
  [...el.shadowRoot!.querySelector('session-banner')!.shadowRoot!.querySelectorAll<HTMLElement>('.banner')].map((b) => b.dataset.id);
const bannerEl = (el: AgentLogin, id: string) =>
  el.shadowRoot!.querySelector('session-banner')!.shadowRoot!.querySelector<HTMLElement>(`.banner[data-id="${id}"]`)!;

/** Signs in (digital agent: no telephony) on a zero-latency service and waits for the signed-in step. */
async function signedIn(width = 360, height = '38rem', lang = 'en'): Promise<{ el: AgentLogin; service: DemoService }> {
  const service = createDemoService({ latencyMs: 0 });
  const el = await mountInHostPage(service, width, height, lang);
  await signIn(el, 'digital@demo.example');
  await untilStep(el, 'preferences', 8000);
  await pickTeamAndSave(el);
  await settle(el);
  // Past the 500 ms after the last key or click in which a browser excuses layout shifts as
  // answers to input: what moves from here on would count.
  await new Promise((done) => setTimeout(done, 600));
  return { el, service };
}

/**
 * Messages arriving and leaving on their own, in the orders that move the ones already shown
 * (errors are listed first, then by arrival): a warning; a second warning below it; an error above
 * both; the first warning leaving; a third warning. Returns the ids after each, and how far the
 * messages already shown moved in layout over it all (a layout shift, were it not for the glide).
 */
async function stackAndUnstack(el: AgentLogin, service: DemoService): Promise<{ seen: string[][]; moved: number; scrolls: boolean[] }> {
  const seen: string[][] = [];
  const tops: Map<string, number>[] = [];
  const scrolls: boolean[] = [];
  const card = el.shadowRoot!.querySelector<HTMLElement>('.card')!;
  const step = async (emit: () => void, ids: string[]) => {
    emit();
    await until(() => bannerIds(el).join() === ids.join(), `banners ${ids.join(', ')}`);
    await settle(el);
    await animationsDone(el);
    seen.push(bannerIds(el) as string[]);
    scrolls.push(card.scrollHeight > card.clientHeight);
    tops.push(new Map(ids.map((id) => [id, bannerEl(el, id).getBoundingClientRect().top])));
  };
  await step(() => service.emit({ type: 'degraded', features: ['Reports'] }), ['degraded']);
  await step(() => service.emit({ type: 'session-conflict' }), ['degraded', 'multi-session']);
  await step(() => service.emit({ type: 'rona', trackingId: 'trk-1' }), ['rona', 'degraded', 'multi-session']);
  await step(() => service.emit({ type: 'restored' }), ['rona', 'multi-session']);
  await step(() => window.dispatchEvent(new Event('offline')), ['rona', 'multi-session', 'connection-lost']);
  let moved = 0;
  for (let i = 1; i < tops.length; i++) for (const [id, top] of tops[i]) moved += Math.abs(top - (tops[i - 1].get(id) ?? top));
  return { seen, moved, scrolls };
}

/**
 * Catches each glide as it starts (shared/reflow.ts animates with the id `reflow-move`), in the
 * task that starts it, so a test can hold it or act while it runs however slow the machine is.
 */
function catchGlides(onGlide: (glide: Animation, item: Element) => void): () => void {
  const animate = Element.prototype.animate;
  Element.prototype.animate = function (this: Element, ...args: Parameters<Element['animate']>) {
    const glide = animate.apply(this, args);
    const options = args[1];
    if (typeof options === 'object' && options?.id === 'reflow-move') onGlide(glide, this);
    return glide;
  };
  return () => void (Element.prototype.animate = animate);
}

const animationsDone = (el: AgentLogin) =>
  Promise.all(el.shadowRoot!.querySelector('session-banner')!.shadowRoot!.getAnimations().map((a) => a.finished));

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

  it('runs where scrollbars take room, as classic ones do on Windows and Linux', async () => {
    // Headless browsers hide scrollbars unless told not to (web-test-runner.config.mjs): with
    // overlay scrollbars, one appearing would narrow nothing and these tests could not fail.
    const box = await fixture<HTMLElement>(html`<div style="inline-size: 200px; block-size: 50px; overflow-y: scroll"><p style="block-size: 200px"></p></div>`);
    expect(box.offsetWidth - box.clientWidth).to.be.above(0);
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

  for (const [width, height, fits] of [
    [640, '60rem', 'the messages fit under the step'],
    [360, '38rem', 'more messages than fit: the card scrolls'],
  ] as const) {
    it(`moves nothing when messages arrive above others and leave on their own (${fits})`, async () => {
      const { el, service } = await signedIn(width, height);
      const shifts = watchShifts();
      let scrolls: boolean[];
      try {
        let seen: string[][];
        let moved: number;
        ({ seen, moved, scrolls } = await stackAndUnstack(el, service));
        expect(seen).to.deep.equal([
          ['degraded'],
          ['degraded', 'multi-session'],
          ['rona', 'degraded', 'multi-session'],
          ['rona', 'multi-session'],
          ['rona', 'multi-session', 'connection-lost'],
        ]);
        // Messages did move in layout: had they jumped there, it would have been a layout shift.
        expect(moved).to.be.above(100);
        expect(await shifts.cls()).to.equal(0);
      } finally {
        shifts.stop();
      }
      const card = el.shadowRoot!.querySelector<HTMLElement>('.card')!;
      const step = el.shadowRoot!.querySelector<HTMLElement>('.step')!;
      const last = bannerEl(el, 'connection-lost');
      if (width === 640) {
        expect(scrolls, 'the card never scrolled').to.deep.equal([false, false, false, false, false]);
      } else {
        // The step keeps 10rem; the agent scrolls the card to the last message.
        expect(scrolls, 'the card scrolled from the second message on').to.deep.equal([false, true, true, true, true]);
        expect(step.getBoundingClientRect().height).to.be.at.least(159);
        card.scrollTop = card.scrollHeight;
        const cardBox = card.getBoundingClientRect();
        expect(last.getBoundingClientRect().bottom).to.be.at.most(cardBox.bottom);
      }
    });
  }

  for (const [lang, width] of [
    ['en', 400],
    ['he', 400],
    ['en', 320],
  ] as const) {
    it(`keeps the step centred in the card although both reserve a scrollbar's room (${lang}, ${width}px)`, async () => {
      const el = await mountInHostPage(createDemoService({ latencyMs: 0 }), width, '38rem', lang);
      const card = el.shadowRoot!.querySelector<HTMLElement>('.card')!.getBoundingClientRect();
      const step = el.shadowRoot!.querySelector<HTMLElement>('.step')!;
      const bar = step.offsetWidth - step.clientWidth;
      expect(bar, 'a scrollbar takes room here').to.be.above(0);
      const ends = (box: DOMRect) => {
        const [left, right] = [box.left - card.left, card.right - box.right];
        return lang === 'he' ? [right, left] : [left, right];
      };
      // 24 px of padding and a 1 px border, or 16 px in a narrow card, at the start of every row.
      const pad = width > 360 ? 25 : 17;
      const [fieldStart, fieldEnd] = ends(q<HTMLInputElement>(el, 'input[name="username"]').getBoundingClientRect());
      expect(fieldStart).to.be.closeTo(pad, 1);
      // At the end as well in a wide card; a narrow one has too little padding for the step's scrollbar.
      if (width > 360) expect(fieldEnd).to.be.closeTo(pad, 1);
      else expect(fieldEnd).to.be.within(pad, pad + bar);
      // A message (a row of the card, beside the step) too.
      el.shadowRoot!.querySelector('session-banner')!.messages = [{ id: 'x', kind: 'degraded', severity: 'warning', features: [] }];
      await el.shadowRoot!.querySelector('session-banner')!.updateComplete;
      const message = el.shadowRoot!.querySelector('session-banner')!.shadowRoot!.querySelector('.banner')!;
      const [messageStart, messageEnd] = ends(message.getBoundingClientRect());
      expect(messageStart).to.be.closeTo(pad, 1);
      expect(messageEnd).to.be.closeTo(pad, 1);
      const box = el.shadowRoot!.querySelector<HTMLElement>('.card')!;
      expect(box.scrollWidth, 'nothing reaches into the card’s scrollbar room').to.equal(box.clientWidth);
    });
  }

  /** Space before and after the email field, from the card's edges, in reading order. */
  const fieldEnds = (el: AgentLogin) => {
    const card = el.shadowRoot!.querySelector('.card')!.getBoundingClientRect();
    const field = q<HTMLInputElement>(el, 'input[name="username"]').getBoundingClientRect();
    const [left, right] = [field.left - card.left, card.right - field.right];
    return getComputedStyle(el.shadowRoot!.querySelector('.card')!).direction === 'rtl' ? [right, left] : [left, right];
  };
  const frames = async () => {
    await nextFrame();
    await nextFrame();
  };

  it('measures the scrollbar when a widget mounted hidden is shown, and moves nothing after', async () => {
    const service = createDemoService({ latencyMs: 0 });
    const page = await fixture<HTMLElement>(html`
      <div hidden style="inline-size: 400px">
        <agent-login .service=${service} lang="he"></agent-login>
      </div>
    `);
    const el = page.querySelector('agent-login')!;
    await untilStep(el, 'email', 8000);
    // Its Hebrew texts have arrived (they load on demand; English stands in until then).
    await until(() => q(el, 'h2').textContent!.trim() !== '' && !/[a-z]/i.test(q(el, 'h2').textContent!), 'the Hebrew texts');
    await frames();
    const shifts = watchShifts();
    try {
      page.hidden = false;
      await frames();
      const [start, end] = fieldEnds(el);
      expect(start).to.be.closeTo(25, 1);
      expect(end).to.be.closeTo(25, 1);
      // Another update of the widget (the connection drops) changes nothing of its layout.
      window.dispatchEvent(new Event('offline'));
      await until(() => bannerCount(el) === 1, 'the connection banner');
      await settle(el);
      window.dispatchEvent(new Event('online'));
      await until(() => bannerCount(el) === 0, 'the connection banner to go');
      expect(await shifts.cls()).to.equal(0);
    } finally {
      shifts.stop();
    }
  });

  it('measures the scrollbar again when the page is zoomed', async () => {
    const service = createDemoService({ latencyMs: 0 });
    const page = await fixture<HTMLElement>(html`<div style="inline-size: 400px"><agent-login .service=${service} lang="en"></agent-login></div>`);
    const el = page.querySelector('agent-login')!;
    await untilStep(el, 'email', 8000);
    const step = el.shadowRoot!.querySelector<HTMLElement>('.step')!;
    const before = step.offsetWidth - step.clientWidth;
    page.style.setProperty('zoom', '2');
    await frames();
    // A scrollbar keeps its size on screen: in the zoomed widget's own pixels it is half as wide.
    expect(step.offsetWidth - step.clientWidth).to.be.below(before);
    const [start, end] = fieldEnds(el);
    expect(end).to.be.closeTo(start, 2);
  });

  it('keeps content centred with a theme’s own card padding', async () => {
    const service = createDemoService({ latencyMs: 0 });
    const page = await fixture<HTMLElement>(html`<div style="inline-size: 400px"><agent-login .service=${service} lang="en" style="--agent-login-padding: 12px"></agent-login></div>`);
    const el = page.querySelector('agent-login')!;
    await untilStep(el, 'email', 8000);
    await frames();
    const [start, end] = fieldEnds(el);
    expect(start).to.be.closeTo(13, 1);
    // 12 px leaves room for the card's scrollbar but only part of the step's.
    expect(end).to.be.within(start - 1, start + 12);
    const card = el.shadowRoot!.querySelector<HTMLElement>('.card')!;
    expect(card.scrollWidth).to.equal(card.clientWidth);
  });

  it('moves nothing when messages stack until the card scrolls, right to left', async () => {
    // The card's scrollbar appears with the second message: in a right-to-left card it stands on the
    // left, where every row starts, so it must not take its room from the step.
    const { el, service } = await signedIn(360, '38rem', 'he');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.card')!).direction).to.equal('rtl');
    const shifts = watchShifts();
    try {
      const { moved, scrolls } = await stackAndUnstack(el, service);
      expect(scrolls.at(-1), 'the card scrolls').to.equal(true);
      expect(moved).to.be.above(100);
      expect(await shifts.cls()).to.equal(0);
    } finally {
      shifts.stop();
    }
  });

  it('moves nothing when messages come and go faster than they glide', async () => {
    const { el, service } = await signedIn(640, '60rem');
    const shifts = watchShifts();
    service.emit({ type: 'session-conflict' });
    await until(() => bannerCount(el) === 1, 'the session conflict');
    await settle(el);
    // A second warning below the first moves it up (the messages take their room from the step). In
    // the task right after that glide starts, the second warning leaves again (the first must move
    // back down, from mid-glide) and more changes come, one of them 10 ms later.
    let overlapped: boolean | undefined;
    const release = catchGlides((glide) => {
      if (overlapped !== undefined) return;
      overlapped = false;
      setTimeout(() => {
        overlapped = glide.playState !== 'finished';
        service.emit({ type: 'restored' });
        service.emit({ type: 'rona', trackingId: 'trk-2' });
        window.dispatchEvent(new Event('offline'));
        setTimeout(() => window.dispatchEvent(new Event('online')), 10);
      });
    });
    try {
      service.emit({ type: 'degraded', features: ['Reports'] });
      await until(() => overlapped !== undefined, 'the first glide');
      await until(() => bannerIds(el).join() === 'rona,multi-session', 'the last messages');
      await settle(el);
      await animationsDone(el);
      expect(overlapped, 'the changes came while a message glided').to.equal(true);
      expect(await shifts.cls()).to.equal(0);
    } finally {
      release();
      shifts.stop();
    }
  });

  it('glides a pushed message to its new place, and lands it exactly there', async () => {
    const { el, service } = await signedIn(560);
    service.emit({ type: 'rona' });
    await until(() => bannerCount(el) === 1, 'the RONA banner');
    await settle(el);
    const rona = bannerEl(el, 'rona');
    const before = rona.getBoundingClientRect().top;
    const glides: Animation[] = [];
    const release = catchGlides((glide) => (glide.pause(), glides.push(glide)));
    try {
      service.emit({ type: 'degraded', features: ['Reports'] });
      await until(() => bannerCount(el) === 2, 'the degraded banner');
      await settle(el);
    } finally {
      release();
    }
    const [move] = rona.getAnimations();
    expect(move, 'a move animation').to.exist;
    expect(glides).to.deep.equal([move]);
    move.currentTime = 0;
    expect(rona.getBoundingClientRect().top).to.be.closeTo(before, 0.5);
    move.currentTime = 100;
    const midway = rona.getBoundingClientRect().top;
    move.finish();
    const after = rona.getBoundingClientRect().top;
    expect(after, 'the error moved up to make room below it').to.be.below(before - 20);
    expect(midway).to.be.below(before).and.above(after);
    // The degraded banner appeared where it stays: only the pushed message moves.
    expect(bannerEl(el, 'degraded').getAnimations()).to.have.length(0);
  });

  it('with reduced motion, fades a pushed message out and in instead of moving it, still without layout shift', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const { el, service } = await signedIn(560);
      service.emit({ type: 'rona' });
      await until(() => bannerCount(el) === 1, 'the RONA banner');
      await settle(el);
      const rona = bannerEl(el, 'rona');
      const before = rona.getBoundingClientRect().top;
      const shifts = watchShifts();
      const release = catchGlides((glide) => glide.pause());
      try {
        service.emit({ type: 'degraded', features: ['Reports'] });
        await until(() => bannerCount(el) === 2, 'the degraded banner');
        await settle(el);
        release();
        const [move] = rona.getAnimations();
        expect(move, 'a cross-fade').to.exist;
        move.finish();
        const after = rona.getBoundingClientRect().top;
        // Sampled over the whole animation: whenever it can be seen, it is where it was or where it lands.
        for (let t = 0; t <= 200; t += 10) {
          move.currentTime = t;
          const top = rona.getBoundingClientRect().top;
          if (Number(getComputedStyle(rona).opacity) > 0) expect([before, after].some((y) => Math.abs(y - top) < 0.5), `at ${t} ms, drawn at ${top}`).to.equal(true);
        }
        move.finish();
        expect(await shifts.cls()).to.equal(0);
      } finally {
        release();
        shifts.stop();
      }
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('keeps the stacked messages in the accessibility tree: the error in an alert, the rest in a status', async () => {
    const { el, service } = await signedIn();
    await stackAndUnstack(el, service);
    interface AxNode {
      role: string;
      name?: string;
      children?: AxNode[];
    }
    const snapshot = (await a11ySnapshot({})) as unknown as AxNode;
    const all = (n: AxNode): AxNode[] => [n, ...(n.children ?? []).flatMap(all)];
    const text = (n: AxNode) => all(n).map((x) => x.name ?? '').join(' ');
    const region = all(snapshot).find((n) => n.role === 'region' && n.name === en.bannerRegion);
    expect(region, 'the messages region').to.exist;
    const alert = all(region!).find((n) => n.role === 'alert');
    const status = all(region!).find((n) => n.role === 'status');
    expect(alert, 'the alert live region').to.exist;
    expect(status, 'the status live region').to.exist;
    expect(text(alert!)).to.contain(en.bannerRonaTitle);
    expect(text(status!)).to.contain(en.bannerMultiSessionTitle).and.contain(en.bannerConnectionLostTitle).and.not.contain(en.bannerRonaTitle);
  });

  it('shows the whole team list below a field at the bottom of a step that scrolls', async () => {
    const service = createDemoService({ latencyMs: 0 });
    const el = await mountInHostPage(service, 360, '30rem');
    await signIn(el, 'agent@demo.example');
    await untilStep(el, 'collaboration', 8000);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.provider button.secondary')!.click();
    await untilStep(el, 'preferences', 8000);
    const step = el.shadowRoot!.querySelector<HTMLElement>('.step')!;
    expect(step.scrollHeight, 'the preferences step scrolls').to.be.above(step.clientHeight);
    const picker = el.shadowRoot!.querySelector('team-picker')!;
    await picker.updateComplete;
    const input = picker.shadowRoot!.querySelector<HTMLInputElement>('[role="combobox"]')!;
    input.focus();
    await sendKeys({ press: 'ArrowDown' });
    await picker.updateComplete;
    for (let i = 0; i < 3; i++) await nextFrame();
    // The rows the list shows (it renders a few more, out of its own view, for fast scrolling).
    const shown = picker.shadowRoot!.querySelector('[role="listbox"]')!.getBoundingClientRect();
    const options = [...picker.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')].filter(
      (o) => o.getBoundingClientRect().top >= shown.top - 1 && o.getBoundingClientRect().bottom <= shown.bottom + 1,
    );
    expect(options.length).to.be.at.least(5);
    const card = el.shadowRoot!.querySelector('.card')!.getBoundingClientRect();
    const clickable = options.filter((o) => {
      const r = o.getBoundingClientRect();
      const hit = picker.shadowRoot!.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return !!hit && o.contains(hit);
    });
    expect(clickable.length, 'every team in the list can be clicked').to.equal(options.length);
    // It stands still while open (pointer tools wait for that before they click).
    const rects = new Set<string>();
    for (let i = 0; i < 6; i++) {
      const r = picker.shadowRoot!.querySelector('.popup')!.getBoundingClientRect();
      rects.add(`${r.x},${r.y},${r.width},${r.height}`);
      await nextFrame();
    }
    expect([...rects], 'the list’s place over six frames').to.have.length(1);
    const field = input.getBoundingClientRect();
    const list = picker.shadowRoot!.querySelector('.popup')!.getBoundingClientRect();
    // Below the field (there is room on this page), past the card's edge rather than cut by it.
    expect(list.top).to.be.at.least(field.bottom);
    expect(list.bottom > card.bottom || list.bottom <= step.getBoundingClientRect().bottom).to.equal(true);
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
