import { expect, fixture, html, oneEvent, elementUpdated } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ContextProvider } from '@lit/context';
import '../../src/elements/session-banner/session-banner.js';
import { BannerDismissEvent, SessionTakeoverEvent, type SessionBanner } from '../../src/elements/session-banner/session-banner.js';
import { agentLoginContext, type AgentLoginContext } from '../../src/context/agent-login-context.js';
import type { BannerKind, BannerMessage } from '../../src/core/session/messages.js';
import { en } from '../../src/i18n/en/index.js';
import { loadTerms } from '../../src/i18n/terms.js';

const MESSAGES: Record<BannerKind, BannerMessage> = {
  'multi-session': { id: 'multi-session', kind: 'multi-session', severity: 'warning' },
  degraded: { id: 'degraded', kind: 'degraded', severity: 'warning', features: ['Chat', 'Email'] },
  'session-expired': { id: 'session-expired', kind: 'session-expired', severity: 'error', dismissible: true },
  'connection-lost': { id: 'connection-lost', kind: 'connection-lost', severity: 'error' },
  rona: { id: 'rona', kind: 'rona', severity: 'error', trackingId: 'trk-7f3a-22', dismissible: true },
  'microphone-blocked': { id: 'microphone-blocked', kind: 'microphone-blocked', severity: 'error', dismissible: true },
  'collaboration-failed': { id: 'collaboration:teams', kind: 'collaboration-failed', severity: 'warning', label: 'Microsoft Teams', dismissible: true },
  'preferences-not-saved': { id: 'preferences-not-saved', kind: 'preferences-not-saved', severity: 'info', dismissible: true },
};

const TITLES: Record<BannerKind, string> = {
  'multi-session': en.bannerMultiSessionTitle,
  degraded: en.bannerDegradedTitle,
  'session-expired': en.bannerSessionExpiredTitle,
  'connection-lost': en.bannerConnectionLostTitle,
  rona: en.bannerRonaTitle,
  'microphone-blocked': en.bannerMicrophoneTitle,
  'collaboration-failed': en.bannerCollaborationTitle('Microsoft Teams'),
  'preferences-not-saved': en.bannerPreferencesTitle,
};

const TEXTS: Record<BannerKind, string> = {
  'multi-session': en.bannerMultiSessionText,
  degraded: en.bannerDegradedText,
  'session-expired': en.bannerSessionExpiredText,
  'connection-lost': en.bannerConnectionLostText,
  rona: en.bannerRonaText,
  'microphone-blocked': en.bannerMicrophoneText,
  'collaboration-failed': en.bannerCollaborationText,
  'preferences-not-saved': en.bannerPreferencesText,
};

const BUTTONS: Record<BannerKind, string[]> = {
  'multi-session': ['continue'],
  degraded: ['reload'],
  'session-expired': ['dismiss'],
  'connection-lost': ['reload'],
  rona: ['copy', 'dismiss'],
  'microphone-blocked': ['dismiss'],
  'collaboration-failed': ['dismiss'],
  'preferences-not-saved': ['dismiss'],
};

const KINDS = Object.keys(MESSAGES) as BannerKind[];

async function show(messages: readonly BannerMessage[]): Promise<SessionBanner> {
  const el = await fixture<SessionBanner>(html`<session-banner lang="en" .messages=${messages}></session-banner>`);
  await el.updateComplete;
  return el;
}

const root = (el: SessionBanner) => el.shadowRoot!;
const banners = (el: SessionBanner) => [...root(el).querySelectorAll<HTMLElement>('.banner')];
const banner = (el: SessionBanner, id: string) => root(el).querySelector<HTMLElement>(`.banner[data-id="${id}"]`)!;
const buttonsOf = (b: HTMLElement) => [...b.querySelectorAll('button')].map((x) => [...x.classList].find((c) => ['continue', 'reload', 'copy', 'dismiss'].includes(c)));
const alerts = (el: SessionBanner) => root(el).querySelector('[role="alert"]')!;
const statuses = (el: SessionBanner) => root(el).querySelector('.stack[role="status"]')!;
const announcement = (el: SessionBanner) => root(el).querySelector('.visually-hidden[role="status"]')!.textContent!.trim();

function stubClipboard(writeText: (text: string) => Promise<void>): () => void {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
  return () => delete (navigator as unknown as Record<string, unknown>).clipboard;
}

describe('<session-banner>', () => {
  it('renders no landmark and takes no space without messages', async () => {
    const el = await show([]);
    expect(banners(el)).to.have.length(0);
    expect(root(el).querySelector('[role="region"]')).to.equal(null);
    expect(el.getBoundingClientRect().height).to.equal(0);
    await expect(el).to.be.accessible();
  });

  for (const kind of KINDS) {
    describe(kind, () => {
      it('shows its title, text and actions', async () => {
        const el = await show([MESSAGES[kind]]);
        const b = banner(el, MESSAGES[kind].id);
        expect(b.querySelector('.title')!.textContent!.trim()).to.equal(TITLES[kind]);
        expect(b.querySelector('.text')!.textContent!.trim()).to.equal(TEXTS[kind]);
        expect(buttonsOf(b)).to.deep.equal(BUTTONS[kind]);
      });

      it('passes axe', async () => {
        const el = await show([MESSAGES[kind]]);
        await expect(el).to.be.accessible();
      });
    });
  }

  it('labels its region when it shows messages', async () => {
    const el = await show([MESSAGES.degraded]);
    const region = root(el).querySelector('[role="region"]')!;
    expect(region.getAttribute('aria-label')).to.equal(en.bannerRegion);
  });

  it('puts errors in an alert and everything else in a status, errors on top', async () => {
    const el = await show([MESSAGES['preferences-not-saved'], MESSAGES.degraded, MESSAGES.rona, MESSAGES['connection-lost']]);
    expect([...alerts(el).querySelectorAll('.banner')].map((b) => b.getAttribute('data-id'))).to.deep.equal(['rona', 'connection-lost']);
    expect([...statuses(el).querySelectorAll('.banner')].map((b) => b.getAttribute('data-id'))).to.deep.equal(['degraded', 'preferences-not-saved']);
    expect(banners(el).map((b) => b.dataset.id)).to.deep.equal(['rona', 'connection-lost', 'degraded', 'preferences-not-saved']);
    expect(alerts(el).getAttribute('aria-atomic')).to.equal('false');
    expect(statuses(el).getAttribute('aria-atomic')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('spaces stacked messages by the gap, with nothing above the first', async () => {
    const el = await show([MESSAGES.rona, MESSAGES.degraded, MESSAGES['preferences-not-saved']]);
    const [a, b, c] = banners(el).map((x) => x.getBoundingClientRect());
    expect(a.top).to.be.closeTo(el.getBoundingClientRect().top, 0.5);
    expect(b.top - a.bottom).to.be.closeTo(8, 0.5);
    expect(c.top - b.bottom).to.be.closeTo(8, 0.5);
    el.style.setProperty('--session-banner-gap', '20px');
    el.style.setProperty('--session-banner-lead', '12px');
    const [a2, b2] = banners(el).map((x) => x.getBoundingClientRect());
    expect(b2.top - a2.bottom).to.be.closeTo(20, 0.5);
    // The lead stays inside the host (it does not collapse through it onto the page around it).
    expect(a2.top - el.getBoundingClientRect().top).to.be.closeTo(12, 0.5);
    expect(banners(el).map((x) => getComputedStyle(x).marginBlockStart)).to.deep.equal(['12px', '20px', '20px']);
    el.messages = [MESSAGES.degraded, MESSAGES['preferences-not-saved']]; // no error: the first is a status
    await el.updateComplete;
    expect(banners(el).map((x) => getComputedStyle(x).marginBlockStart)).to.deep.equal(['12px', '20px']);
  });

  it('glides a message pushed down by a new error from where it was, and holds the next change until it lands', async () => {
    const el = await show([MESSAGES.degraded]);
    const was = banner(el, 'degraded').getBoundingClientRect().top;
    el.messages = [MESSAGES.degraded, MESSAGES.rona];
    await el.updateComplete;
    expect(banners(el).map((b) => b.dataset.id)).to.deep.equal(['rona', 'degraded']);
    const degraded = banner(el, 'degraded');
    const [move] = degraded.getAnimations();
    expect(move, 'the pushed message glides').to.exist;
    expect(banner(el, 'rona').getAnimations(), 'the new one appears in place').to.have.length(0);
    expect(degraded.getBoundingClientRect().top, 'drawn where it was').to.be.closeTo(was, 1);

    // The error goes while the warning still glides (held mid-way here, however slow the machine):
    // the change waits until it has landed.
    move.pause();
    el.messages = [MESSAGES.degraded];
    const done = el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => requestAnimationFrame(r));
    expect(banners(el).map((b) => b.dataset.id), 'held while gliding').to.deep.equal(['rona', 'degraded']);
    move.play();
    await done;
    expect(move.playState).to.equal('finished');
    expect(banners(el).map((b) => b.dataset.id)).to.deep.equal(['degraded']);
    await Promise.all(degraded.getAnimations().map((a) => a.finished));
    expect(degraded.getBoundingClientRect().top).to.be.closeTo(was, 1);
  });

  it('starts a glide exactly where the message was drawn inside a scaled ancestor', async () => {
    const frame = await fixture<HTMLElement>(html`
      <div style="transform: scale(0.5); transform-origin: 0 0; inline-size: 640px">
        <session-banner lang="en" .messages=${[MESSAGES.degraded]}></session-banner>
      </div>
    `);
    const el = frame.querySelector('session-banner')!;
    await el.updateComplete;
    const was = banner(el, 'degraded').getBoundingClientRect().top;
    el.messages = [MESSAGES.degraded, MESSAGES.rona];
    await el.updateComplete;
    const [move] = banner(el, 'degraded').getAnimations();
    expect(move, 'the pushed message glides').to.exist;
    move.pause();
    move.currentTime = 0;
    expect(banner(el, 'degraded').getBoundingClientRect().top).to.be.closeTo(was, 0.5);
    move.finish();
    expect(banner(el, 'degraded').getBoundingClientRect().top).to.be.above(was + 20);
  });

  it('neither glides nor holds changes while the page is hidden', async () => {
    const el = await show([MESSAGES.degraded]);
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      el.messages = [MESSAGES.degraded, MESSAGES.rona];
      await el.updateComplete;
      expect(banner(el, 'degraded').getAnimations()).to.have.length(0);
      // Not held: the update is done by the next task (a held one would wait ~200 ms for a glide).
      el.messages = [MESSAGES.degraded];
      await new Promise((r) => setTimeout(r));
      expect(el.isUpdatePending).to.equal(false);
      expect(banners(el).map((b) => b.dataset.id)).to.deep.equal(['degraded']);
    } finally {
      delete (document as unknown as Record<string, unknown>).visibilityState;
    }
    expect(document.visibilityState).to.equal('visible');
  });

  it('names the severity for screen readers', async () => {
    const el = await show([MESSAGES.rona, MESSAGES.degraded]);
    expect(banner(el, 'rona').querySelector('.message .visually-hidden')!.textContent!.trim()).to.equal(en.bannerSeverityError);
    expect(banner(el, 'degraded').querySelector('.message .visually-hidden')!.textContent!.trim()).to.equal(en.bannerSeverityWarning);
  });

  it('keeps the live regions and the nodes of unchanged messages across updates, so nothing is announced twice', async () => {
    const el = await show([MESSAGES.degraded, MESSAGES.rona]);
    const alertRegion = alerts(el);
    const statusRegion = statuses(el);
    const ronaNode = banner(el, 'rona');
    const degradedNode = banner(el, 'degraded');
    el.messages = [{ ...MESSAGES.degraded, features: ['Chat', 'Email'] }, { ...MESSAGES.rona }, MESSAGES['preferences-not-saved']];
    await elementUpdated(el);
    expect(alerts(el)).to.equal(alertRegion);
    expect(statuses(el)).to.equal(statusRegion);
    expect(banner(el, 'rona')).to.equal(ronaNode);
    expect(banner(el, 'degraded')).to.equal(degradedNode);
    expect(banner(el, 'preferences-not-saved')).not.to.equal(null);
  });

  it('announces a message anew when its facts change', async () => {
    const el = await show([MESSAGES.degraded]);
    const before = banner(el, 'degraded');
    el.messages = [{ ...MESSAGES.degraded, features: ['Chat', 'Voice'] }];
    await elementUpdated(el);
    expect(banner(el, 'degraded')).not.to.equal(before);
  });

  it('shows one message per id, the last one', async () => {
    const el = await show([MESSAGES.degraded, { ...MESSAGES.degraded, features: ['Voice'] }]);
    expect(banners(el)).to.have.length(1);
    expect([...banner(el, 'degraded').querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['Voice']);
  });

  it('lists the unavailable features', async () => {
    const el = await show([MESSAGES.degraded]);
    const b = banner(el, 'degraded');
    expect(b.querySelector('.features-label')!.textContent!.trim()).to.equal(en.bannerDegradedFeatures);
    expect([...b.querySelectorAll('[part="features"] li')].map((li) => li.textContent)).to.deep.equal(['Chat', 'Email']);
  });

  it('renders markup in server text as text', async () => {
    const features = ['<img src=x onerror="window.__pwned=1">', '<b>Chat</b>'];
    const el = await show([
      { ...MESSAGES.degraded, features },
      { ...MESSAGES['collaboration-failed'], label: '<i>Teams</i>' },
      { ...MESSAGES.rona, trackingId: '<script>x</script>' },
    ]);
    expect([...root(el).querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(features);
    expect(banner(el, 'collaboration:teams').querySelector('.title')!.textContent).to.contain('<i>Teams</i>');
    expect(root(el).querySelector('code')!.textContent).to.equal('<script>x</script>');
    expect(root(el).querySelectorAll('img, b, i, script')).to.have.length(0);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('says the call controls take a moment when the agent continues on a call', async () => {
    const quiet = await show([MESSAGES['multi-session']]);
    expect(banner(quiet, 'multi-session').querySelector('.detail')).to.equal(null);
    const busy = await show([{ ...MESSAGES['multi-session'], busy: true }]);
    expect(banner(busy, 'multi-session').querySelector('.detail')!.textContent!.trim()).to.equal(en.bannerMultiSessionBusy);
  });

  it('says how to allow the microphone in this browser', async () => {
    const el = await show([MESSAGES['microphone-blocked']]);
    expect(banner(el, 'microphone-blocked').querySelector('.detail')!.textContent!.trim()).to.equal(en.bannerMicrophoneChrome);
  });

  it('names the collaboration tool, or speaks generally without a label', async () => {
    const el = await show([{ ...MESSAGES['collaboration-failed'], label: undefined }]);
    expect(banner(el, 'collaboration:teams').querySelector('.title')!.textContent!.trim()).to.equal(en.bannerCollaborationTitleGeneric);
  });

  it('shows a tracking ID left-to-right, isolated', async () => {
    const el = await show([MESSAGES.rona]);
    const code = banner(el, 'rona').querySelector('code')!;
    expect(code.textContent).to.equal('trk-7f3a-22');
    expect(code.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(code).unicodeBidi).to.equal('isolate');
    expect(code.getAttribute('part')).to.equal('tracking-id');
  });

  it('offers Reload on a session-expired message when asked', async () => {
    const el = await show([{ ...MESSAGES['session-expired'], reload: true }]);
    expect(buttonsOf(banner(el, 'session-expired'))).to.deep.equal(['reload', 'dismiss']);
  });

  it('ignores a message of an unknown kind and warns once', async () => {
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args[0]);
    try {
      const bogus = { id: 'x', kind: 'bogus-kind', severity: 'error' } as unknown as BannerMessage;
      const el = await show([bogus, MESSAGES.degraded]);
      el.messages = [bogus, MESSAGES.degraded, MESSAGES.rona];
      await elementUpdated(el);
      expect(banners(el).map((b) => b.dataset.id)).to.deep.equal(['rona', 'degraded']);
      expect(warnings.filter((w) => String(w).includes('bogus-kind'))).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });

  describe('Continue', () => {
    it('fires a cancelable, composed agent-session-takeover with an empty detail, and nothing else', async () => {
      const el = await show([MESSAGES['multi-session']]);
      let dismissed = 0;
      el.addEventListener('agent-banner-dismiss', () => dismissed++);
      setTimeout(() => banner(el, 'multi-session').querySelector<HTMLButtonElement>('.continue')!.click());
      const event = await oneEvent(el, 'agent-session-takeover');
      expect(event).to.be.instanceOf(SessionTakeoverEvent);
      expect(event.detail).to.deep.equal({});
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      await el.updateComplete;
      expect(dismissed).to.equal(0);
      expect(banner(el, 'multi-session')).not.to.equal(null);
    });

    it('lets a listener veto the takeover', async () => {
      const el = await show([MESSAGES['multi-session']]);
      el.addEventListener('agent-session-takeover', (e) => e.preventDefault());
      const event = new Promise<SessionTakeoverEvent>((resolve) => document.addEventListener('agent-session-takeover', resolve, { once: true }));
      banner(el, 'multi-session').querySelector<HTMLButtonElement>('.continue')!.click();
      expect((await event).defaultPrevented).to.equal(true);
    });
  });

  describe('Dismiss', () => {
    it('fires agent-banner-dismiss with the id and hides a host-set message', async () => {
      const el = await show([MESSAGES.rona, MESSAGES['preferences-not-saved']]);
      setTimeout(() => banner(el, 'rona').querySelector<HTMLButtonElement>('.dismiss')!.click());
      const event = await oneEvent(el, 'agent-banner-dismiss');
      expect(event).to.be.instanceOf(BannerDismissEvent);
      expect(event.detail).to.deep.equal({ id: 'rona' });
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      await el.updateComplete;
      expect(banners(el).map((b) => b.dataset.id)).to.deep.equal(['preferences-not-saved']);
    });

    it('keeps the message when a listener prevents the dismissal', async () => {
      const el = await show([MESSAGES.rona]);
      el.addEventListener('agent-banner-dismiss', (e) => e.preventDefault());
      banner(el, 'rona').querySelector<HTMLButtonElement>('.dismiss')!.click();
      await el.updateComplete;
      expect(banner(el, 'rona')).not.to.equal(null);
    });

    it('shows a dismissed message again when it changes or comes back', async () => {
      const el = await show([MESSAGES.rona]);
      banner(el, 'rona').querySelector<HTMLButtonElement>('.dismiss')!.click();
      await el.updateComplete;
      el.messages = [{ ...MESSAGES.rona }];
      await elementUpdated(el);
      expect(banners(el)).to.have.length(0);
      el.messages = [{ ...MESSAGES.rona, trackingId: 'trk-new' }];
      await elementUpdated(el);
      expect(banner(el, 'rona')).not.to.equal(null);
      banner(el, 'rona').querySelector<HTMLButtonElement>('.dismiss')!.click();
      await el.updateComplete;
      el.messages = [];
      await elementUpdated(el);
      el.messages = [{ ...MESSAGES.rona, trackingId: 'trk-new' }];
      await elementUpdated(el);
      expect(banner(el, 'rona')).not.to.equal(null);
    });

    it('names the message it dismisses', async () => {
      const el = await show([MESSAGES.rona]);
      expect(banner(el, 'rona').querySelector('.dismiss')!.getAttribute('aria-label')).to.equal(en.bannerDismissLabel(en.bannerRonaTitle));
    });

    it('moves focus to the next message after a dismissal', async () => {
      const el = await show([MESSAGES.rona, MESSAGES['session-expired'], MESSAGES.degraded]);
      const dismiss = banner(el, 'rona').querySelector<HTMLButtonElement>('.dismiss')!;
      dismiss.focus();
      dismiss.click();
      await el.updateComplete;
      expect(root(el).activeElement).to.equal(banner(el, 'session-expired'));
    });

    it('scrolls the next message into view once it has landed, not while it glides', async () => {
      const box = await fixture<HTMLElement>(html`
        <div style="block-size: 160px; overflow-y: auto; inline-size: 420px">
          <session-banner lang="en" .messages=${[MESSAGES.rona, MESSAGES['session-expired'], MESSAGES.degraded]}></session-banner>
        </div>
      `);
      const el = box.querySelector('session-banner')!;
      await el.updateComplete;
      const dismiss = banner(el, 'rona').querySelector<HTMLButtonElement>('.dismiss')!;
      dismiss.focus();
      dismiss.click();
      await el.updateComplete;
      const next = banner(el, 'session-expired');
      expect(root(el).activeElement).to.equal(next);
      const glides = next.getAnimations();
      expect(glides, 'the next message glides up into the dismissed one’s place').to.have.length(1);
      expect(box.scrollTop, 'not scrolled while it glides').to.equal(0);
      // Scrolled away meanwhile (by the agent or the page): once landed, the message is brought back.
      box.scrollTop = box.scrollHeight;
      expect(box.scrollTop).to.be.above(40);
      await Promise.all(glides.map((a) => a.finished));
      await new Promise((r) => requestAnimationFrame(r));
      await new Promise((r) => requestAnimationFrame(r));
      await new Promise((r) => setTimeout(r));
      const seen = box.getBoundingClientRect();
      const at = next.getBoundingClientRect();
      expect(at.top, 'scrolled into view').to.be.at.least(seen.top - 1);
      expect(Math.min(at.bottom, seen.bottom) - at.top, 'its start is visible').to.be.above(20);
    });
  });

  describe('Copy', () => {
    let restore: (() => void) | undefined;
    afterEach(() => restore?.());

    it('copies the tracking ID, says Copied and announces it', async () => {
      const copied: string[] = [];
      restore = stubClipboard(async (text) => void copied.push(text));
      const el = await show([MESSAGES.rona]);
      const button = banner(el, 'rona').querySelector<HTMLButtonElement>('.copy')!;
      expect(button.getAttribute('aria-label')).to.equal(en.bannerCopyLabel);
      button.click();
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(copied).to.deep.equal(['trk-7f3a-22']);
      expect(button.textContent!.trim()).to.equal(en.copied);
      expect(button.getAttribute('aria-label')).to.equal(en.bannerCopied);
      expect(announcement(el)).to.equal(en.bannerCopied);
      await expect(el).to.be.accessible();
    });

    it('falls back when the Clipboard API is missing, and selects the ID when nothing works', async () => {
      restore = stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
      const execCommand = document.execCommand;
      document.execCommand = () => false;
      try {
        const el = await show([MESSAGES.rona]);
        const button = banner(el, 'rona').querySelector<HTMLButtonElement>('.copy')!;
        button.focus();
        button.click();
        await new Promise((r) => setTimeout(r));
        await el.updateComplete;
        expect(announcement(el)).to.equal(en.bannerCopyFailed);
        expect(button.textContent!.trim()).to.equal(en.copy);
        expect(window.getSelection()!.toString()).to.equal('trk-7f3a-22');
        expect(root(el).activeElement).to.equal(button);
        expect(root(el).querySelector('textarea')).to.equal(null);
      } finally {
        document.execCommand = execCommand;
      }
    });

    it('uses the selection fallback when it works', async () => {
      restore = stubClipboard(() => Promise.reject(new TypeError('no clipboard')));
      const execCommand = document.execCommand;
      const commands: string[] = [];
      document.execCommand = (command: string) => (commands.push(command), true);
      try {
        const el = await show([MESSAGES.rona]);
        banner(el, 'rona').querySelector<HTMLButtonElement>('.copy')!.click();
        await new Promise((r) => setTimeout(r));
        await el.updateComplete;
        expect(commands).to.deep.equal(['copy']);
        expect(announcement(el)).to.equal(en.bannerCopied);
      } finally {
        document.execCommand = execCommand;
      }
    });
  });

  describe('Reload', () => {
    it('reloads through the overridable method', async () => {
      const el = await show([MESSAGES.degraded, MESSAGES['connection-lost']]);
      let reloads = 0;
      el.reload = () => void reloads++;
      banner(el, 'degraded').querySelector<HTMLButtonElement>('.reload')!.click();
      banner(el, 'connection-lost').querySelector<HTMLButtonElement>('.reload')!.click();
      expect(reloads).to.equal(2);
    });
  });

  describe('keyboard', () => {
    it('reaches every action with Tab and activates it with Enter', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <button id="before">before</button>
        <session-banner lang="en" .messages=${[MESSAGES['multi-session'], MESSAGES.degraded, MESSAGES.rona]}></session-banner>
      </div>`);
      const el = wrapper.querySelector('session-banner')!;
      await el.updateComplete;
      let reloads = 0;
      el.reload = () => void reloads++;
      const restore = stubClipboard(async () => {});
      try {
        wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
        const order: string[] = [];
        for (let i = 0; i < 4; i++) {
          await sendKeys({ press: 'Tab' });
          const active = root(el).activeElement as HTMLElement;
          const action = ['continue', 'reload', 'copy', 'dismiss'].find((c) => active.classList.contains(c));
          order.push(`${active.closest<HTMLElement>('.banner')!.dataset.id}:${action}`);
        }
        expect(order).to.deep.equal(['rona:copy', 'rona:dismiss', 'multi-session:continue', 'degraded:reload']);

        await sendKeys({ press: 'Enter' });
        expect(reloads).to.equal(1);

        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
        const takeover = oneEvent(el, 'agent-session-takeover');
        await sendKeys({ press: 'Enter' });
        expect((await takeover).type).to.equal('agent-session-takeover');
      } finally {
        restore();
      }
    });

    it('shows a visible focus ring on its buttons', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <button id="before">before</button>
        <session-banner lang="en" .messages=${[MESSAGES.rona]}></session-banner>
      </div>`);
      const el = wrapper.querySelector('session-banner')!;
      await el.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      for (const action of ['copy', 'dismiss']) {
        await sendKeys({ press: 'Tab' });
        const active = root(el).activeElement!;
        expect(active.classList.contains(action)).to.equal(true);
        expect(getComputedStyle(active).outlineStyle).to.equal('solid');
      }
    });
  });

  describe('inside <agent-login>', () => {
    function contextValue(messages: readonly BannerMessage[], busy = false): AgentLoginContext {
      return { profile: null, saved: null, errors: {}, disabled: false, busy, messages };
    }

    async function provided(value: AgentLoginContext) {
      const host = document.createElement('div');
      const provider = new ContextProvider(host, { context: agentLoginContext, initialValue: value });
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
      wrapper.append(host);
      const el = document.createElement('session-banner');
      host.append(el);
      await el.updateComplete;
      return { el, provider };
    }

    it('shows the messages of the shared context and follows them', async () => {
      const { el, provider } = await provided(contextValue([MESSAGES.degraded]));
      expect(banners(el).map((b) => b.dataset.id)).to.deep.equal(['degraded']);
      provider.setValue(contextValue([MESSAGES.degraded, MESSAGES.rona]));
      await elementUpdated(el);
      expect(banners(el).map((b) => b.dataset.id)).to.deep.equal(['rona', 'degraded']);
    });

    it('leaves a dismissed message to the flow to remove', async () => {
      const { el, provider } = await provided(contextValue([MESSAGES.rona]));
      const event = oneEvent(el, 'agent-banner-dismiss');
      banner(el, 'rona').querySelector<HTMLButtonElement>('.dismiss')!.click();
      expect((await event).detail.id).to.equal('rona');
      await el.updateComplete;
      expect(banner(el, 'rona')).not.to.equal(null);
      provider.setValue(contextValue([]));
      await elementUpdated(el);
      expect(banners(el)).to.have.length(0);
    });

    it('adds the on-a-call note when the agent is busy', async () => {
      const { el } = await provided(contextValue([MESSAGES['multi-session']], true));
      expect(banner(el, 'multi-session').querySelector('.detail')!.textContent!.trim()).to.equal(en.bannerMultiSessionBusy);
    });

    it('prefers messages the host set', async () => {
      const { el } = await provided(contextValue([MESSAGES.degraded]));
      el.messages = [MESSAGES['preferences-not-saved']];
      await elementUpdated(el);
      expect(banners(el).map((b) => b.dataset.id)).to.deep.equal(['preferences-not-saved']);
    });
  });

  describe('in Portuguese', () => {
    it('uses the Agent Desktop guide’s wording', async () => {
      const pt = await loadTerms('pt-BR');
      const el = await fixture<SessionBanner>(
        html`<session-banner lang="pt-BR" .messages=${[{ ...MESSAGES['multi-session'], busy: true }, MESSAGES.degraded, MESSAGES.rona]}></session-banner>`,
      );
      await el.updateComplete;
      const ms = banner(el, 'multi-session');
      expect(ms.querySelector('.text')!.textContent).to.contain('vários navegadores ou várias guias');
      expect(ms.querySelector('.detail')!.textContent!.trim()).to.equal(pt.bannerMultiSessionBusy);
      expect(ms.querySelector('.continue')!.textContent!.trim()).to.equal('Continuar');
      expect(banner(el, 'degraded').querySelector('.title')!.textContent).to.contain('alguns recursos não estão disponíveis'.replace(/^a/, 'A'));
      expect(banner(el, 'rona').querySelector('.text')!.textContent).to.contain('compartilhando a ID de rastreamento');
      expect(banner(el, 'rona').querySelector('.tracking-label')!.textContent).to.equal('ID de rastreamento');
      await expect(el).to.be.accessible();
    });
  });

  it('passes axe with every message stacked', async () => {
    const el = await show(Object.values(MESSAGES).map((m) => (m.kind === 'multi-session' ? { ...m, busy: true, trackingId: 'trk-conflict-1' } : m)));
    expect(banners(el)).to.have.length(KINDS.length);
    await expect(el).to.be.accessible();
  });

  it('fits a 320 px wide container without overflowing', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px">
      <session-banner lang="en" .messages=${Object.values(MESSAGES)}></session-banner>
    </div>`);
    const el = wrapper.querySelector('session-banner')!;
    await el.updateComplete;
    for (const b of banners(el)) expect(b.scrollWidth, b.dataset.id).to.be.at.most(b.clientWidth);
    expect(el.scrollWidth).to.be.at.most(320);
  });
});
