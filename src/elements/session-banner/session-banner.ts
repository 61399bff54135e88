import { LitElement, html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { customElement } from '../shared/define.js';
import { repeat } from 'lit/directives/repeat.js';
import { consume } from '@lit/context';
import { agentLoginContext, type AgentLoginContext } from '../../context/agent-login-context.js';
import { TermsController } from '../../controllers/terms-controller.js';
import {
  BANNER_KINDS,
  bannerActions,
  browserFamily,
  isAlert,
  messageSignature,
  sortMessages,
  uniqueMessages,
  type BannerMessage,
  type BannerSeverity,
  type BrowserFamily,
} from '../../core/session/messages.js';
import type { TermKey } from '../../i18n/terms.js';
import { tokens, controls } from '../shared/tokens.styles.js';
import { Reflow } from '../shared/reflow.js';
import { styles } from './session-banner.styles.js';
import { BannerDismissEvent, SessionTakeoverEvent } from './session-banner.events.js';

export * from './session-banner.events.js';

/** How long the Copy button says "Copied". */
const COPIED_FOR_MS = 2000;

const ICONS: Record<BannerSeverity, SVGTemplateResult> = {
  error: svg`<circle cx="12" cy="12" r="9.25" fill="none" stroke="currentColor" stroke-width="1.8"/><path d="M12 7v6" stroke="currentColor" stroke-width="2" stroke-linecap="round"/><circle cx="12" cy="16.6" r="1.2" fill="currentColor"/>`,
  warning: svg`<path d="M10.3 3.9 2.6 17.4A2 2 0 0 0 4.3 20.4h15.4a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round"/><path d="M12 9v4.5" stroke="currentColor" stroke-width="2" stroke-linecap="round"/><circle cx="12" cy="16.8" r="1.2" fill="currentColor"/>`,
  info: svg`<circle cx="12" cy="12" r="9.25" fill="none" stroke="currentColor" stroke-width="1.8"/><path d="M12 11v6" stroke="currentColor" stroke-width="2" stroke-linecap="round"/><circle cx="12" cy="7.6" r="1.2" fill="currentColor"/>`,
  success: svg`<circle cx="12" cy="12" r="9.25" fill="none" stroke="currentColor" stroke-width="1.8"/><path d="m7.8 12.3 2.8 2.8 5.6-5.8" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`,
};
const icon = (body: SVGTemplateResult) => html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${body}</svg>`;
const CLOSE = svg`<path d="M6 6l12 12M18 6 6 18" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>`;
const COPY = svg`<rect x="8.5" y="8.5" width="11" height="11" rx="2" fill="none" stroke="currentColor" stroke-width="1.8"/><path d="M15.5 5.5v-.5a2 2 0 0 0-2-2H5a2 2 0 0 0-2 2v8.5a2 2 0 0 0 2 2h.5" fill="none" stroke="currentColor" stroke-width="1.8"/>`;
const CHECK = svg`<path d="m5 12.5 4.5 4.5L19 7.5" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/>`;
const RELOAD = svg`<path d="M19.5 12a7.5 7.5 0 1 1-2.2-5.3M19.5 4.5v4h-4" fill="none" stroke="currentColor" stroke-width="1.9" stroke-linecap="round" stroke-linejoin="round"/>`;

const SEVERITY_TERM: Record<BannerSeverity, TermKey> = {
  error: 'bannerSeverityError',
  warning: 'bannerSeverityWarning',
  info: 'bannerSeverityInfo',
  success: 'bannerSeveritySuccess',
};

const MICROPHONE_TERM: Record<BrowserFamily, TermKey> = {
  chrome: 'bannerMicrophoneChrome',
  edge: 'bannerMicrophoneEdge',
  firefox: 'bannerMicrophoneFirefox',
  safari: 'bannerMicrophoneSafari',
  other: 'bannerMicrophoneOther',
};

const KNOWN_KINDS = new Set<string>(BANNER_KINDS);
const warnedKinds = new Set<string>();

/** The text of one message, in the current language. */
interface BannerText {
  readonly title: string;
  readonly text: string;
  /** A further paragraph: the on-a-call note, how to allow the microphone in this browser. */
  readonly detail?: string;
}

/**
 * Session messages for the agent: another tab or browser took the session, features are degraded,
 * the session expired, the connection was lost, a call went unanswered (RONA), the microphone is
 * blocked, a collaboration sign-in failed, preferences could not be saved. Several messages stack,
 * most severe first; a message that another one pushes along glides to its new place (a transform,
 * not a layout shift; a cross-fade with reduced motion). Errors are announced at once (`role="alert"`), everything else politely
 * (`role="status"`), each message once: re-rendering never announces an unchanged message again.
 *
 * Inside `<agent-login>` it shows the messages of the shared context; standalone, set `messages`.
 * Keep the element in the page and change `messages`: its live regions exist before a message
 * arrives, which is what makes screen readers announce it. Server text (the unavailable features,
 * a provider's label, a tracking ID) is rendered as text.
 *
 * Colours follow the shared `--agent-login-color-{danger,warning,info,success}` and `…-bg` tokens.
 *
 * @summary Stacked, announced, actionable session messages (multi-session, degraded, RONA, …).
 *
 * @fires {SessionTakeoverEvent} agent-session-takeover - Continue on the multi-session warning, before the takeover; cancelable; `detail: {}`.
 * @fires {BannerDismissEvent} agent-banner-dismiss - A message was dismissed; cancelable; `detail: { id }`.
 *
 * @csspart banner - Each message's box; also `banner-error`, `banner-warning`, `banner-info`, `banner-success`.
 * @csspart message - The message's title and text.
 * @csspart actions - The row of action buttons (Continue, Reload, Copy).
 * @csspart button - Every button, including Dismiss; also `continue-button`, `reload-button`, `copy-button`, `dismiss-button`.
 * @csspart tracking-id - The tracking ID (`<code>`, always left-to-right).
 * @csspart features - The list of unavailable features of a `degraded` message.
 *
 * @cssprop [--session-banner-gap=8px] - Space between stacked messages.
 * @cssprop [--session-banner-lead=0px] - Space above the first message (`<agent-login>` sets it to separate the messages from the step).
 * @cssprop [--session-banner-padding=12px] - Padding inside each message.
 * @cssprop [--session-banner-radius=var(--agent-login-radius-control, 6px)] - Corner radius of each message.
 * @cssprop [--session-banner-accent-width=4px] - Width of the severity stripe at the inline start.
 */
@customElement('session-banner')
export class SessionBanner extends LitElement {
  static override styles = [tokens, controls, styles];

  @consume({ context: agentLoginContext, subscribe: true })
  @state()
  private ctx?: AgentLoginContext;

  private readonly terms = new TermsController(this);
  /** Glides a message that another one pushed along (no layout shift). */
  private readonly reflow = new Reflow(this, () => this.banners(), (banner) => banner.dataset.id);

  /**
   * The messages to show. Set by the host page; when unset, the messages of `<agent-login>`'s context.
   * One message per `id` (the last wins); shown most severe first.
   */
  @property({ attribute: false }) messages?: readonly BannerMessage[];

  /** Host-set messages the agent dismissed: id → signature (a changed message shows again). */
  @state() private dismissed: ReadonlyMap<string, string> = new Map();

  /** Id of the message whose tracking ID was just copied. */
  @state() private copiedId?: string;

  /** Polite announcement of the Copy result. */
  @state() private announcement = '';

  private copiedTimer?: ReturnType<typeof setTimeout>;
  /** After a dismissal: the position focus moves to once the message is gone. */
  private focusAfterDismiss?: { id: string; index: number };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.copiedTimer);
    this.copiedId = undefined;
  }

  /** The messages to show, most severe first. */
  private visibleMessages(): BannerMessage[] {
    const source = this.messages ?? this.ctx?.messages ?? [];
    return sortMessages(
      uniqueMessages(source).filter((m) => {
        if (!KNOWN_KINDS.has(m.kind)) {
          warnUnknownKind(m.kind);
          return false;
        }
        return this.dismissed.get(m.id) !== messageSignature(m);
      }),
    );
  }

  /**
   * Reloads the page (the Reload button). Override it to reload differently, e.g. a single-page host
   * that re-mounts the desktop, or in tests.
   */
  reload(): void {
    location.reload();
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    // Messages still gliding land first: see shared/reflow.ts.
    const settled = this.reflow.settled();
    return settled ? settled.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Forget dismissals of messages that are no longer listed: the same message sent again later shows.
    if (changed.has('messages') && this.dismissed.size) {
      const ids = new Set((this.messages ?? []).map((m) => m.id));
      const kept = new Map([...this.dismissed].filter(([id]) => ids.has(id)));
      if (kept.size !== this.dismissed.size) this.dismissed = kept;
    }
  }

  protected override updated(): void {
    const pending = this.focusAfterDismiss;
    if (!pending) return;
    const banners = this.banners();
    if (banners.some((b) => b.dataset.id === pending.id)) return; // not removed (yet)
    this.focusAfterDismiss = undefined;
    // Focus would fall to <body>: move it to the message that took the dismissed one's place. It
    // may be gliding there: scrolling to it now would aim at where it is drawn, not where it lands.
    const next = banners[Math.min(pending.index, banners.length - 1)];
    if (!next) return;
    next.focus({ preventScroll: true });
    void (this.reflow.settled() ?? Promise.resolve()).then(() => {
      if (next.isConnected && this.shadowRoot?.activeElement === next) next.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    });
  }

  private banners(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('.banner')];
  }

  // ——— handlers ———

  private onContinue(): void {
    // The orchestrator listens and takes the session over; nothing else to do here.
    this.dispatchEvent(new SessionTakeoverEvent());
  }

  private onDismiss(message: BannerMessage, index: number): void {
    const event = new BannerDismissEvent({ id: message.id });
    this.dispatchEvent(event);
    if (event.defaultPrevented) return;
    this.focusAfterDismiss = { id: message.id, index };
    if (this.messages !== undefined) {
      this.dismissed = new Map(this.dismissed).set(message.id, messageSignature(message));
    }
  }

  private onReload(): void {
    this.reload();
  }

  private async onCopy(message: BannerMessage): Promise<void> {
    const id = message.trackingId;
    if (!id) return;
    const button = this.renderRoot.querySelector<HTMLElement>(`.banner[data-id="${CSS.escape(message.id)}"] .copy`);
    let ok: boolean;
    try {
      await navigator.clipboard.writeText(id);
      ok = true;
    } catch {
      ok = this.copyWithSelection(id);
      button?.focus();
    }
    clearTimeout(this.copiedTimer);
    if (ok) {
      this.copiedId = message.id;
      this.copiedTimer = setTimeout(() => (this.copiedId = undefined), COPIED_FOR_MS);
      await this.announce(this.terms.t('bannerCopied'));
    } else {
      this.copiedId = undefined;
      this.selectTrackingId(message.id);
      await this.announce(this.terms.t('bannerCopyFailed'));
    }
  }

  /** The pre-Clipboard-API fallback (insecure contexts, older browsers). */
  private copyWithSelection(text: string): boolean {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.setAttribute('aria-hidden', 'true');
    area.style.cssText = 'position:fixed;inset-block-start:0;opacity:0;pointer-events:none';
    this.renderRoot.appendChild(area);
    area.select();
    let ok: boolean;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }

  /** Selects the tracking ID so the agent can copy it with the keyboard. */
  private selectTrackingId(messageId: string): void {
    const code = this.renderRoot.querySelector(`.banner[data-id="${CSS.escape(messageId)}"] code`);
    const selection = window.getSelection();
    if (!code || !selection) return;
    selection.selectAllChildren(code);
  }

  private async announce(text: string): Promise<void> {
    // Clear first, so the same text twice in a row is announced twice.
    this.announcement = '';
    await this.updateComplete;
    this.announcement = text;
  }

  // ——— render ———

  override render(): TemplateResult {
    const visible = this.visibleMessages();
    const alerts = visible.filter(isAlert);
    const statuses = visible.filter((m) => !isAlert(m));
    const busy = !!this.ctx?.busy;
    // A changed message gets a new node, so it is announced; an unchanged one keeps its node and stays quiet.
    const key = (m: BannerMessage) => `${messageSignature(m)}|${m.kind === 'multi-session' && busy}`;
    const item = (m: BannerMessage) => this.renderBanner(m, visible.indexOf(m));
    return html`<div
      class="base"
      dir=${this.terms.dir}
      lang=${this.terms.locale}
      role=${visible.length ? 'region' : nothing}
      aria-label=${visible.length ? this.terms.t('bannerRegion') : nothing}
    >
      <div class="stack alerts ${alerts.length ? 'filled' : ''}" role="alert" aria-atomic="false" aria-relevant="additions">${repeat(alerts, key, item)}</div>
      <div class="stack statuses ${statuses.length ? 'filled' : ''}" role="status" aria-atomic="false" aria-relevant="additions">${repeat(statuses, key, item)}</div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private renderBanner(m: BannerMessage, index: number): TemplateResult {
    const { title, text, detail } = this.textOf(m);
    const actions = bannerActions(m);
    const buttons = actions.filter((a) => a !== 'dismiss');
    return html`<div
      part="banner banner-${m.severity}"
      class="banner is-${m.severity}"
      data-kind=${m.kind}
      data-id=${m.id}
      tabindex="-1"
    >
      <span class="icon">${icon(ICONS[m.severity])}</span>
      <div class="body">
        <p part="message" class="message">
          <span class="visually-hidden">${this.terms.t(SEVERITY_TERM[m.severity])} </span>
          <strong class="title">${title}</strong>
          <span class="text">${text}</span>
        </p>
        ${m.kind === 'degraded' && m.features?.length ? this.renderFeatures(m.features) : nothing}
        ${detail ? html`<p class="detail">${detail}</p>` : nothing}
        ${m.trackingId
          ? html`<p class="tracking">
              <span class="tracking-label">${this.terms.t('bannerTrackingId')}</span>
              <code part="tracking-id" class="ltr" dir="ltr">${m.trackingId}</code>
            </p>`
          : nothing}
        ${buttons.length
          ? html`<div part="actions" class="actions">
              ${buttons.includes('continue')
                ? html`<button part="button continue-button" class="button primary continue" type="button" @click=${this.onContinue}>
                    ${this.terms.t('bannerContinue')}
                  </button>`
                : nothing}
              ${buttons.includes('reload')
                ? html`<button part="button reload-button" class="button ${buttons.includes('continue') ? 'secondary' : 'primary'} reload" type="button" @click=${this.onReload}>
                    ${icon(RELOAD)}${this.terms.t('reload')}
                  </button>`
                : nothing}
              ${buttons.includes('copy') ? this.renderCopy(m) : nothing}
            </div>`
          : nothing}
      </div>
      ${actions.includes('dismiss')
        ? html`<button
            part="button dismiss-button"
            class="dismiss"
            type="button"
            aria-label=${this.terms.t('bannerDismissLabel', title)}
            @click=${() => this.onDismiss(m, index)}
          >
            ${icon(CLOSE)}
          </button>`
        : nothing}
    </div>`;
  }

  private renderFeatures(features: readonly string[]): TemplateResult {
    return html`<div class="detail">
      <span class="features-label">${this.terms.t('bannerDegradedFeatures')}</span>
      <ul part="features" class="features">
        ${features.map((f) => html`<li>${f}</li>`)}
      </ul>
    </div>`;
  }

  private renderCopy(m: BannerMessage): TemplateResult {
    const copied = this.copiedId === m.id;
    return html`<button
      part="button copy-button"
      class="button secondary copy"
      type="button"
      aria-label=${copied ? this.terms.t('bannerCopied') : this.terms.t('bannerCopyLabel')}
      @click=${() => this.onCopy(m)}
    >
      ${icon(copied ? CHECK : COPY)}${copied ? this.terms.t('copied') : this.terms.t('copy')}
    </button>`;
  }

  private textOf(m: BannerMessage): BannerText {
    const t = this.terms.t.bind(this.terms);
    switch (m.kind) {
      case 'multi-session':
        return {
          title: t('bannerMultiSessionTitle'),
          text: t('bannerMultiSessionText'),
          ...(m.busy || this.ctx?.busy ? { detail: t('bannerMultiSessionBusy') } : {}),
        };
      case 'degraded':
        return { title: t('bannerDegradedTitle'), text: t('bannerDegradedText') };
      case 'session-expired':
        return { title: t('bannerSessionExpiredTitle'), text: t('bannerSessionExpiredText') };
      case 'connection-lost':
        return { title: t('bannerConnectionLostTitle'), text: t('bannerConnectionLostText') };
      case 'rona':
        return { title: t('bannerRonaTitle'), text: t('bannerRonaText') };
      case 'microphone-blocked':
        return { title: t('bannerMicrophoneTitle'), text: t('bannerMicrophoneText'), detail: t(MICROPHONE_TERM[currentBrowser()]) };
      case 'collaboration-failed':
        return {
          title: m.label ? t('bannerCollaborationTitle', m.label) : t('bannerCollaborationTitleGeneric'),
          text: t('bannerCollaborationText'),
        };
      case 'preferences-not-saved':
        return { title: t('bannerPreferencesTitle'), text: t('bannerPreferencesText') };
    }
  }
}

function currentBrowser(): BrowserFamily {
  const data = (navigator as Navigator & { userAgentData?: { brands?: { brand: string }[] } }).userAgentData;
  return browserFamily(navigator.userAgent, data?.brands?.map((b) => b.brand) ?? []);
}

function warnUnknownKind(kind: string): void {
  if (warnedKinds.has(kind)) return;
  warnedKinds.add(kind);
  console.warn(`<session-banner>: unknown message kind "${kind}" ignored. Valid kinds: ${BANNER_KINDS.join(', ')}.`);
}

declare global {
  interface HTMLElementTagNameMap {
    'session-banner': SessionBanner;
  }
}
