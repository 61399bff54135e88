import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { LitElement, html } from 'lit';
import '../src/elements/session-banner/session-banner.js';
import type { BannerMessage } from '../src/core/session/messages.js';
import { createTabGuard, type TabGuard } from '../src/core/session/tab-guard.js';

interface Args {
  messages: BannerMessage[];
  lang: string;
  width: string;
}

const multiSession: BannerMessage = { id: 'multi-session', kind: 'multi-session', severity: 'warning' };
const degraded: BannerMessage = { id: 'degraded', kind: 'degraded', severity: 'warning', features: ['Chat', 'Email', 'Outdial'] };
const sessionExpired: BannerMessage = { id: 'session-expired', kind: 'session-expired', severity: 'error', dismissible: true };
const connectionLost: BannerMessage = { id: 'connection-lost', kind: 'connection-lost', severity: 'error' };
const rona: BannerMessage = { id: 'rona', kind: 'rona', severity: 'error', trackingId: 'c9b1e0a4-5d2f-4e8b-9a61-7f3a22d0e915', dismissible: true };
const microphone: BannerMessage = { id: 'microphone-blocked', kind: 'microphone-blocked', severity: 'error', dismissible: true };
const collaboration: BannerMessage = {
  id: 'collaboration:teams',
  kind: 'collaboration-failed',
  severity: 'warning',
  label: 'Microsoft Teams',
  dismissible: true,
};
const notSaved: BannerMessage = { id: 'preferences-not-saved', kind: 'preferences-not-saved', severity: 'info', dismissible: true };

const meta: Meta<Args> = {
  title: 'Elements/session-banner',
  component: 'session-banner',
  args: { messages: [], lang: 'en', width: '420px' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'pt-BR'] },
    width: { control: 'text' },
  },
  render: ({ messages, lang, width }) =>
    html`<div style="max-inline-size: ${width}">
      <session-banner lang=${lang} .messages=${messages}></session-banner>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Another tab or browser signed in as this agent: Continue takes the session back. */
export const MultiSession: Story = { args: { messages: [multiSession] } };

/** The same warning while the agent is on a call: the call controls take a few seconds to come back. */
export const MultiSessionOnACall: Story = { args: { messages: [{ ...multiSession, busy: true }] } };

/** A `session-conflict` from another browser, with the service's tracking ID. */
export const MultiSessionFromAnotherBrowser: Story = { args: { messages: [{ ...multiSession, trackingId: 'trk-58d2-01' }] } };

/** Some features are down: they are named (as text, whatever the server sent) with Reload. */
export const Degraded: Story = { args: { messages: [degraded] } };

/** Server text with markup is shown as text, never as HTML. */
export const DegradedWithMarkupInFeatures: Story = {
  args: { messages: [{ ...degraded, features: ['<img src=x onerror=alert(1)>', '<b>Voice</b>'] }] },
};

/** The session expired: the agent was signed out and signs in again. */
export const SessionExpired: Story = { args: { messages: [sessionExpired] } };

/** The connection dropped or the session could not be restored: Reload guidance. */
export const ConnectionLost: Story = { args: { messages: [connectionLost] } };

/** A call went unanswered (RONA): the tracking ID with Copy, for the administrator. */
export const Rona: Story = { args: { messages: [rona] } };

/** Desktop chosen and the microphone blocked: how to allow it in this browser. */
export const MicrophoneBlocked: Story = { args: { messages: [microphone] } };

/** A collaboration sign-in (Microsoft Teams) failed: a warning that does not block. */
export const CollaborationFailed: Story = { args: { messages: [collaboration] } };

/** "Don't show this again" was checked but the browser could not store the preferences. */
export const PreferencesNotSaved: Story = { args: { messages: [notSaved] } };

/** Several messages at once, stacked most severe first. */
export const Stacked: Story = {
  args: { messages: [notSaved, degraded, multiSession, rona, connectionLost, collaboration] },
};

/** Every message in Portuguese (pt-BR), in the Agent Desktop guide's words. */
export const StackedInPortuguese: Story = {
  args: { lang: 'pt-BR', messages: [{ ...multiSession, busy: true }, degraded, rona, microphone, collaboration, notSaved, sessionExpired, connectionLost] },
};

/**
 * Every message in the dark palette (`color-scheme="dark"`) on a dark page. For forced colours, turn
 * on the browser's high-contrast mode (DevTools: Rendering, "Emulate CSS media feature forced-colors").
 */
export const StackedDark: Story = {
  args: { messages: [notSaved, degraded, multiSession, rona, connectionLost, collaboration] },
  render: ({ messages, lang, width }) =>
    html`<div style="max-inline-size: ${width}; padding: 16px; background: #1c1f24">
      <session-banner lang=${lang} color-scheme="dark" .messages=${messages}></session-banner>
    </div>`,
};

/** A 320 px wide container: text wraps, long tracking IDs break, actions wrap. */
export const Narrow: Story = { args: { width: '320px', messages: [rona, { ...multiSession, busy: true }, degraded] } };

/**
 * A live single-session guard: open this story in two browser tabs. Each tab claims the session
 * for "demo-agent" on load; the tab that loses shows the multi-session warning, and Continue
 * claims it back (the other tab then shows the warning).
 */
class TabGuardDemo extends LitElement {
  static override properties = { lost: { state: true } };
  declare lost: boolean;
  private guard?: TabGuard;

  constructor() {
    super();
    this.lost = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.guard = createTabGuard({
      agentId: 'demo-agent',
      channelName: 'agent-login-elements:storybook',
      onConflict: () => (this.lost = true),
      onResume: () => (this.lost = false),
    });
    void this.guard.claim();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.guard?.dispose();
  }

  override render() {
    return html`<p>${this.lost ? 'Another tab holds the session.' : 'This tab holds the session.'}</p>
      <session-banner
        .messages=${this.lost ? [multiSession] : []}
        @agent-session-takeover=${() => void this.guard?.claim()}
      ></session-banner>`;
  }
}
if (!customElements.get('tab-guard-demo')) customElements.define('tab-guard-demo', TabGuardDemo);

/** Open it in two tabs: exactly one holds the session; Continue takes it over. */
export const LiveTabGuard: Story = {
  render: () => html`<tab-guard-demo></tab-guard-demo>`,
};

/**
 * Messages arriving and leaving: the ones already shown glide to their new place instead of jumping
 * (no layout shift); with reduced motion they fade out and back in where they land.
 */
class ComingAndGoingDemo extends LitElement {
  static override properties = { shown: { state: true } };
  declare shown: BannerMessage[];
  private readonly pool = [degraded, rona, multiSession, notSaved, sessionExpired, collaboration];

  constructor() {
    super();
    this.shown = [degraded];
  }

  private toggle(message: BannerMessage): void {
    this.shown = this.shown.some((m) => m.id === message.id) ? this.shown.filter((m) => m.id !== message.id) : [...this.shown, message];
  }

  override render() {
    return html`<div style="display: flex; flex-wrap: wrap; gap: 8px; margin-block-end: 16px">
        ${this.pool.map(
          (m) =>
            html`<button type="button" aria-pressed=${this.shown.some((s) => s.id === m.id)} @click=${() => this.toggle(m)}>
              ${m.kind} (${m.severity})
            </button>`,
        )}
      </div>
      <div style="max-inline-size: 420px">
        <session-banner lang="en" .messages=${this.shown} @agent-banner-dismiss=${(e: CustomEvent<{ id: string }>) => {
          e.preventDefault();
          this.shown = this.shown.filter((m) => m.id !== e.detail.id);
        }}></session-banner>
      </div>`;
  }
}
if (!customElements.get('coming-and-going-demo')) customElements.define('coming-and-going-demo', ComingAndGoingDemo);

/** Toggle messages on and off: an error arrives above the others, which glide down to make room. */
export const ComingAndGoing: Story = {
  render: () => html`<coming-and-going-demo></coming-and-going-demo>`,
};
