import { LitElement, html, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { customElement } from '../shared/define.js';
import { ContextProvider } from '@lit/context';
import type { AgentService, LoginOption } from '../../contract/agent-service.js';
import type { AgentErrorCode } from '../../contract/errors.js';
import { agentLoginContext, type AgentLoginContext } from '../../context/agent-login-context.js';
import { FlowController } from '../../controllers/flow-controller.js';
import { TermsController } from '../../controllers/terms-controller.js';
import { checkBooleanAttribute, checkEnumAttribute } from '../../core/attributes.js';
import { canSave, canSignOut, needsE911 } from '../../core/flow/machine.js';
import type { Effect, Field, FlowError, FlowState, PreferencesDraft, Step } from '../../core/flow/states.js';
import type { ValidationCode } from '../../core/validation.js';
import type { TermKey } from '../../i18n/terms.js';
import { warnAttribute } from '../shared/attribute-warning.js';
import { tokens, controls } from '../shared/tokens.styles.js';
import { styles, lightStyles } from './agent-login.styles.js';
import { AgentErrorEvent, SignedInEvent, SignedOutEvent, StepChangeEvent } from './agent-login.events.js';
import '../session-banner/session-banner.js';
import type {} from '../interaction-preferences/interaction-preferences.js';
import type {} from '../team-picker/team-picker.js';

/** The preferences step's elements load on demand (issue #10: the email step stays light). */
const loadPreferencesElements = () =>
  Promise.all([import('../interaction-preferences/interaction-preferences.js'), import('../team-picker/team-picker.js')]);

/** Phone rules, to show a dial number in international notation: the chunk the dial number field loads anyway. */
const loadPhone = () => import('../../core/phone/phone.js');

/** Whether `DOMContentLoaded` has fired (module scripts run before it, with `readyState` already `interactive`). */
const documentParsed = () => {
  if (document.readyState === 'complete') return true;
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return navigation ? navigation.domContentLoadedEventStart > 0 : document.readyState !== 'loading';
};

const preferencesDefined = () => !!customElements.get('interaction-preferences') && !!customElements.get('team-picker');

export * from './agent-login.events.js';

let instances = 0;

// Declared before the class: @customElement upgrades elements already in the page at once.
const adopted = new WeakSet<Document | ShadowRoot>();

/** Adopts the light-DOM credential styles once into the root the element lives in. */
function adoptLightStyles(el: HTMLElement): void {
  const root = el.getRootNode() as Document | ShadowRoot;
  const sheet = lightStyles.styleSheet;
  if (!sheet || adopted.has(root) || !('adoptedStyleSheets' in root)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  adopted.add(root);
}

/** Shallow equality of two context values (the flow's arrays and objects are immutable). */
function sameContext(a: AgentLoginContext, b: AgentLoginContext | undefined): boolean {
  return (
    !!b &&
    a.profile === b.profile &&
    a.saved === b.saved &&
    a.disabled === b.disabled &&
    a.busy === b.busy &&
    a.messages === b.messages &&
    a.errors.dialNumber?.code === b.errors.dialNumber?.code &&
    a.errors.dialNumber?.trackingId === b.errors.dialNumber?.trackingId &&
    a.errors.team?.code === b.errors.team?.code &&
    a.errors.team?.trackingId === b.errors.team?.trackingId
  );
}

/**
 * Sets `--_bar` on the card to the room a scrollbar takes there (see `observeScrollbar`). Where the
 * card is not rendered (mounted in a hidden tab), the same scrollbar is measured on the page, so the
 * card is right the moment it is shown instead of correcting itself a frame later.
 */
function measureScrollbar(probe: HTMLElement): void {
  let bar = probe.offsetWidth - probe.clientWidth;
  if (!probe.offsetWidth) {
    const page = document.createElement('div');
    // Removed before anything is drawn: it needs no hiding, nor a place out of the way.
    page.style.cssText = 'overflow-y:scroll;scrollbar-width:thin';
    document.documentElement.append(page);
    bar = page.offsetWidth - page.clientWidth;
    page.remove();
  }
  probe.parentElement!.style.setProperty('--_bar', `${CSS.supports('scrollbar-gutter', 'stable') ? bar : 0}px`);
}

const isMac = () =>
  /mac/i.test((navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ?? navigator.platform ?? '');

/**
 * The agent sign-in flow: email, password (and forgot password), collaboration sign-ins, interaction
 * preferences and team, then the signed-in view with a guarded sign-out. It provides the shared
 * context that `<interaction-preferences>`, `<team-picker>` and `<session-banner>` consume.
 *
 * The credential forms are rendered in the light DOM (slotted into the card) so that browsers and
 * password managers can see and fill them; everything else lives in the shadow root.
 *
 * @summary Signs a contact-center agent in: credentials, preferences, team, session.
 *
 * @fires {StepChangeEvent} agent-step-change - The flow moved to another step; `detail: { step, previous }`.
 * @fires {SignedInEvent} agent-signed-in - Signed in and station logged in; `detail: { agentId, email, displayName, teamId, teamName, loginOption?, dialNumber?, autoLogin }`.
 * @fires {SignedOutEvent} agent-signed-out - Signed out; `detail: { reason }` (`user`, `host`, `session-expired`, `taken-over`, `error`).
 * @fires {AgentErrorEvent} agent-error - A request failed; `detail: { code, message, trackingId?, step }`.
 *
 * @slot brand - Replaces the product name above the title (a logo, your product's name).
 * @slot footer - Content under the card's steps (help links, legal text). It scrolls with the card, which clips it: show a menu or tooltip from here in the top layer (`popover`, `<dialog>`), not absolutely positioned.
 *
 * @csspart card - The card that holds every step.
 * @csspart brand - The product line above the title.
 * @csspart title - Each step's heading.
 * @csspart primary-button - The main button of a step (Next, Sign in, Save & Continue, Sign out).
 * @csspart secondary-button - The other buttons.
 * @csspart banners - The `<session-banner>` inside the card. It draws no box (`display: contents`: each message is a row of the card, so messages come and go without layout shift); set its `--session-banner-*` properties here.
 * @csspart preferences - The `<interaction-preferences>` of the preferences step.
 * @csspart team-picker - The `<team-picker>` of the preferences step.
 *
 * @cssprop [--agent-login-font-family=system-ui] - Font family.
 * @cssprop [--agent-login-font-size=0.9375rem] - Base font size.
 * @cssprop [--agent-login-color-text=#1b1d21] - Text colour.
 * @cssprop [--agent-login-color-text-muted=#545b66] - Secondary text colour.
 * @cssprop [--agent-login-color-surface=#ffffff] - Card and field background.
 * @cssprop [--agent-login-color-surface-raised=#f4f6f9] - Read-only fields and raised areas.
 * @cssprop [--agent-login-color-border=#7c8491] - Field borders (3:1 against the surface).
 * @cssprop [--agent-login-color-divider=#dde1e7] - Card border and dividers.
 * @cssprop [--agent-login-color-accent=#0a5fc2] - Primary buttons, links, focus.
 * @cssprop [--agent-login-color-accent-hover=#084d9e] - Primary buttons under the pointer.
 * @cssprop [--agent-login-color-on-accent=#ffffff] - Text on the accent colour.
 * @cssprop [--agent-login-color-danger=#b3261e] - Errors.
 * @cssprop [--agent-login-color-danger-bg=#fdecea] - Background of error messages.
 * @cssprop [--agent-login-color-warning=#7a4b00] - Warnings.
 * @cssprop [--agent-login-color-warning-bg=#fff4dc] - Background of warnings.
 * @cssprop [--agent-login-color-success=#17692f] - Success.
 * @cssprop [--agent-login-color-success-bg=#e7f5ea] - Background of success messages.
 * @cssprop [--agent-login-color-info=#0a5fc2] - Information (messages, the signed-in avatar).
 * @cssprop [--agent-login-color-info-bg=#e8f1fc] - Background of information messages, the avatar, the chosen call option and the team under the arrow keys.
 * @cssprop [--agent-login-color-focus=#0a5fc2] - Focus ring.
 * @cssprop [--agent-login-radius=10px] - Card corner radius.
 * @cssprop [--agent-login-radius-control=6px] - Field and button corner radius.
 * @cssprop [--agent-login-space=4px] - Spacing unit.
 * @cssprop [--agent-login-control-height=2.5rem] - Field and button height.
 * @cssprop [--agent-login-shadow=0 1px 2px rgb(16 24 40 / 0.06), 0 4px 16px rgb(16 24 40 / 0.08)] - Card shadow (also the team drop-down's).
 * @cssprop [--agent-login-height=38rem] - Card height. Fixed, so changing steps and appearing messages never move the host page; a taller step scrolls inside the card.
 * @cssprop [--agent-login-min-height=22rem] - Minimum card height (wins over `--agent-login-height` when larger).
 * @cssprop [--agent-login-padding=calc(var(--agent-login-space) * 6)] - Space inside the card, around everything it holds (`* 4` in a card 360px wide or narrower). Set this rather than `padding` on `::part(card)`: the room reserved for scrollbars is taken from it.
 */
@customElement('agent-login')
export class AgentLogin extends LitElement {
  static override styles = [tokens, controls, styles];

  private readonly terms = new TermsController(this);
  private readonly flow = new FlowController(this, {
    onChange: (next, previous) => this.onFlowChange(next, previous),
    onEffect: (effect) => this.onEffect(effect),
  });
  private readonly provider = new ContextProvider(this, { context: agentLoginContext, initialValue: this.contextValue() });
  private readonly uid = `agent-login-${++instances}`;
  private credentials?: HTMLDivElement;
  private demoService?: AgentService;

  /** The backend in use: the host's, else the embedded demo one (with `demo`). */
  private get activeService(): AgentService | undefined {
    return this.service ?? this.demoService;
  }
  private started = false;
  /** The step the last render showed (its scroll offset is reset when another step replaces it). */
  private paintedStep?: Step;
  /** What to focus after the next render: the step's first field, or the field in error. */
  private focusTarget: 'step' | Field | null = null;

  /**
   * The backend adapter. Without one, `demo` uses the embedded demo service. A page's script may set
   * it any time before the document is parsed (`DOMContentLoaded`); after that, the widget says
   * `NO_SERVICE` until one is set, then starts.
   */
  @property({ attribute: false }) service?: AgentService;

  /** Use the embedded demo service when no `service` is set (no server needed). */
  @property({ type: Boolean, reflect: true }) demo = false;

  /** The agent is on a conversation or monitoring task: sign-out is disabled. Set by the host. */
  @property({ type: Boolean, reflect: true }) busy = false;

  /** Move focus into the widget when it first renders (like the `autofocus` attribute of a field). */
  @property({ type: Boolean, attribute: 'autofocus' }) override autofocus = false;

  /** Force the colour scheme (`light` or `dark`); by default, and for any other value (with a warning), it follows the system. */
  @property({ attribute: 'color-scheme', reflect: true }) colorScheme?: 'light' | 'dark';

  @state() private flowState: FlowState = this.flow.state;
  @state() private showPassword = false;
  /** What the card's live region says: one paragraph each (the step's title, then what went wrong). */
  @state() private announcement: readonly string[] = [];
  /** The signed-in dial number in international notation (`+1 415 555 0123`), once the phone rules have it. */
  @state() private dialNumberText?: { e164: string; text: string };
  private dialNumberLoading?: string;
  /**
   * The preferences step's elements are defined. Until then the step shows the spinner: rendered
   * undefined, they would be empty boxes that grow (and push the rest of the step) when they upgrade.
   */
  @state() private preferencesReady = preferencesDefined();

  /** The current step of the flow (read-only). */
  get step(): Step {
    return this.flowState.step;
  }

  /** Signs the agent out, as the host; refused (returns `false`) while the agent is busy or not signed in. */
  signOut(): boolean {
    if (!canSignOut(this.flowState)) return false;
    this.flow.send({ type: 'SIGN_OUT_REQUESTED', reason: 'host' });
    return true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKeydown);
    window.addEventListener('online', this.onConnection);
    window.addEventListener('offline', this.onConnection);
    this.ensureCredentialsHost();
    if (this.hasUpdated) this.observeScrollbar();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.scrollbarObserver.disconnect();
    this.removeEventListener('keydown', this.onKeydown);
    window.removeEventListener('online', this.onConnection);
    window.removeEventListener('offline', this.onConnection);
  }

  /** Checks every attribute as it is written (by the host, or reflected from a property): issue #11. */
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    warnAttribute(
      this,
      name === 'color-scheme'
        ? checkEnumAttribute(name, value, ['light', 'dark'], 'following the system setting')
        : name === 'demo' || name === 'busy' || name === 'autofocus'
          ? checkBooleanAttribute(name, value)
          : null,
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('busy') && this.busy !== this.flowState.busy) this.flow.send({ type: 'BUSY_CHANGED', busy: this.busy });
    if (changed.has('service') || changed.has('demo')) void this.connectService();
  }

  protected override updated(): void {
    render(this.renderCredentials(), this.ensureCredentialsHost(), { host: this });
    // A new step starts at its top, in the frame it first paints: keeping the last step's scroll
    // offset, then resetting it, would move (shift) the whole step.
    const step = this.flowState.step;
    if (step !== this.paintedStep) {
      this.paintedStep = step;
      const box = this.shadowRoot?.querySelector('.step');
      if (box) box.scrollTop = 0;
    }
    const target = this.focusTarget;
    this.focusTarget = null;
    if (!target || !this.mayMoveFocus()) return;
    if (target === 'step') this.focusStep();
    else this.focusField(target);
  }

  /**
   * Focus follows the flow only while it is in this widget, or nowhere (the field that had it just
   * left the page). An answer that arrives after the agent moved on, to another widget or to the
   * host page, must not pull focus back.
   */
  private mayMoveFocus(): boolean {
    const active = document.activeElement;
    return !active || active === document.body || this.matches(':focus-within');
  }

  protected override firstUpdated(): void {
    this.observeScrollbar();
    if (this.autofocus) this.focusStep();
  }

  /**
   * The card and the step reserve room for a scrollbar at their inline end (issue #10): where
   * scrollbars take room (Windows, Linux), that room comes out of the card's end padding (`--_bar`),
   * so what the card holds stays centred. A probe that always shows a scrollbar measures it, again
   * whenever that changes (shown after being hidden, zoomed), before the frame is drawn. Where
   * `scrollbar-gutter` is unknown nothing is reserved, so nothing is given back.
   */
  private observeScrollbar(): void {
    const probe = this.shadowRoot?.querySelector<HTMLElement>('.bar-probe');
    if (!probe) return;
    measureScrollbar(probe); // now, before the first frame is laid out: later would be a shift
    this.scrollbarObserver.observe(probe);
  }

  private readonly scrollbarObserver = new ResizeObserver(([entry]) => measureScrollbar(entry.target as HTMLElement));

  // ——— service ———

  private async connectService(): Promise<void> {
    let service: AgentService | null = this.service ?? null;
    if (!service && this.demo) {
      this.demoService ??= await import('../../adapters/demo-service.js').then((m) => m.createDemoService());
      service = this.activeService ?? null;
    }
    this.flow.setService(service);
    if (!this.started) {
      if (!service && !documentParsed()) {
        // The page's own script usually sets `service` just after the element is parsed and
        // upgraded: give it until the document is parsed before saying none was configured.
        document.addEventListener('DOMContentLoaded', () => void (this.isConnected && this.connectService()), { once: true });
        return;
      }
      this.started = true;
      this.flow.send({ type: 'START', hasService: !!service, canRestore: !!service?.restoreSession });
    } else if (service && this.flowState.error?.code === 'NO_SERVICE') {
      this.flow.send({ type: 'START', hasService: true, canRestore: !!service.restoreSession });
    }
  }

  // ——— flow ———

  private onFlowChange(next: FlowState, previous: FlowState): void {
    this.flowState = next;
    // Publish a new context only when something the children read changed: every publication
    // re-renders every consumer.
    const value = this.contextValue();
    if (!sameContext(value, this.provider.value)) this.provider.setValue(value);
    // Said together, in one update: a step that arrives with an error (an automatic sign-in that
    // fell back to the preferences) must be heard by its title and by what went wrong.
    const said: (() => string)[] = [];
    const stepChanged = next.step !== previous.step;
    if (stepChanged) {
      // Fetch the preferences step's elements while the agent types the password.
      if (next.step === 'password' || next.profile) this.loadPreferences();
      this.focusTarget = 'step';
      this.showPassword = false;
      said.push(() => this.stepTitle(next));
      this.dispatchEvent(new StepChangeEvent({ step: next.step, previous: previous.step }));
    }
    else if (next.resetStage !== previous.resetStage) this.focusTarget = 'step';
    const autoLoginNotice = next.step === 'preferences' && next.notice?.kind === 'auto-login-failed' && (stepChanged || next.notice !== previous.notice);
    // The notice says why the automatic sign-in failed: it includes the error's text.
    if (autoLoginNotice) said.push(() => this.autoLoginNoticeText(next)!);
    if (next.error && next.error !== previous.error && next.error.code !== 'ABORTED') {
      // Each error is announced once, by one live region. A dial-number or team error on the step
      // already showing is announced by <interaction-preferences> or <team-picker>, in the live
      // region beside the field; every other error (credential fields, step-level boxes) by ours.
      const childAnnounces = (next.error.field === 'dialNumber' || next.error.field === 'team') && !stepChanged;
      if (!childAnnounces && !autoLoginNotice) said.push(() => this.errorText(next.error!));
      if (next.error.field && !stepChanged) this.focusTarget = next.error.field;
    }
    if (said.length) this.announce(() => said.map((text) => text()));
  }

  private loadPreferences(): void {
    if (this.preferencesReady) return;
    // On a failed load the step renders anyway, as before: its Save stays disabled without a team.
    const ready = () => (this.preferencesReady = true);
    void loadPreferencesElements().then(ready, ready);
  }

  private onEffect(effect: Effect): void {
    switch (effect.type) {
      case 'signedIn':
        this.dispatchEvent(new SignedInEvent(effect.detail));
        return;
      case 'signedOut':
        this.dispatchEvent(new SignedOutEvent({ reason: effect.reason }));
        return;
      case 'error':
        this.dispatchEvent(
          new AgentErrorEvent({
            code: effect.code,
            message: this.terms.t(`error${effect.code}` as TermKey & `error${AgentErrorCode}`),
            ...(effect.trackingId ? { trackingId: effect.trackingId } : {}),
            step: effect.step,
          }),
        );
        return;
      default:
        return;
    }
  }

  private contextValue(): AgentLoginContext {
    const s = this.flowState ?? this.flow.state;
    const errors: { dialNumber?: AgentLoginContext['errors']['dialNumber']; team?: AgentLoginContext['errors']['team'] } = {};
    if (s.error?.field === 'dialNumber' || s.error?.field === 'team') {
      errors[s.error.field] = {
        code: s.error.code as AgentErrorCode,
        ...(s.error.trackingId ? { trackingId: s.error.trackingId } : {}),
      };
    }
    return {
      profile: s.profile,
      saved: s.saved,
      errors,
      disabled: s.pending !== null,
      busy: s.busy,
      messages: s.messages,
    };
  }

  /** Announces texts once, in the active locale (waits for its catalogue on first use). */
  private announce(texts: () => string[]): void {
    // Re-setting the same text would not be announced again: clear first.
    this.announcement = [];
    void this.terms.updateComplete.then(() => (this.announcement = texts()));
  }

  private focusStep(): void {
    const root = this.isCredentialStep() ? this.credentials : this.shadowRoot;
    const target = root?.querySelector<HTMLElement>('[data-autofocus]') ?? root?.querySelector<HTMLElement>('h2');
    target?.focus();
  }

  /** Focuses (and selects, so typing replaces it) the credential field an error concerns. */
  private focusField(field: Field): void {
    const names: Partial<Record<Field, string>> = {
      email: 'username',
      password: 'password',
      code: 'one-time-code',
      newPassword: 'new-password',
      confirmPassword: 'confirm-password',
    };
    const name = names[field];
    const input = name ? this.credentials?.querySelector<HTMLInputElement>(`input[name="${name}"]:not([aria-hidden])`) : null;
    if (!input) return;
    input.focus();
    input.select();
  }

  // ——— handlers (one intent each) ———

  private readonly onConnection = (e: Event): void => {
    this.flow.send({ type: 'CONNECTION_CHANGED', online: e.type === 'online' });
  };

  private readonly onKeydown = (e: KeyboardEvent): void => {
    const back = isMac() ? e.metaKey && !e.altKey : e.altKey && !e.metaKey;
    if (e.key === 'ArrowLeft' && back && !e.ctrlKey && !e.shiftKey) {
      if (this.flowState.step === 'password' || this.flowState.step === 'forgot-password') {
        e.preventDefault();
        this.flow.send({ type: 'BACK_TO_EMAIL' });
      }
    }
  };

  private onEmailSubmit(e: SubmitEvent): void {
    e.preventDefault();
    const input = (e.currentTarget as HTMLFormElement).elements.namedItem('username') as HTMLInputElement;
    this.flow.send({ type: 'EMAIL_SUBMITTED', email: input.value });
  }

  private onPasswordSubmit(e: SubmitEvent): void {
    e.preventDefault();
    const input = (e.currentTarget as HTMLFormElement).elements.namedItem('password') as HTMLInputElement;
    this.flow.send({ type: 'PASSWORD_SUBMITTED', password: input.value });
  }

  private onResetSubmit(e: SubmitEvent): void {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    if (this.flowState.resetStage === 'request') {
      this.flow.send({ type: 'CODE_REQUESTED' });
      return;
    }
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
    this.flow.send({
      type: 'RESET_SUBMITTED',
      code: value('one-time-code'),
      newPassword: value('new-password'),
      confirmPassword: value('confirm-password'),
    });
  }

  private onPreferencesChange(e: HTMLElementEventMap['agent-preferences-change']): void {
    const d = e.detail;
    const value: PreferencesDraft = {
      loginOption: d.loginOption,
      ...(d.dialNumber ? { dialNumber: d.dialNumber } : {}),
      international: d.international,
      ...(d.country ? { country: d.country } : {}),
      valid: d.valid,
    };
    this.flow.send({ type: 'PREFERENCES_CHANGED', value });
  }

  private onTeamChange(e: HTMLElementEventMap['agent-team-change']): void {
    this.flow.send({ type: 'TEAM_CHANGED', teamId: e.detail.teamId });
  }

  private async onPreferencesSubmit(e: Event): Promise<void> {
    e.preventDefault();
    if (!canSave(this.flowState)) {
      // A dial number whose phone rules are still arriving is neither valid nor invalid yet: wait
      // for the answer (it updates the draft through agent-preferences-change), then decide.
      const valid = await this.shadowRoot?.querySelector('interaction-preferences')?.reportValidity?.();
      if (!valid || !canSave(this.flowState)) return;
    }
    this.flow.send({ type: 'SAVE_REQUESTED' });
  }

  private onPreferencesKeydown(e: KeyboardEvent): void {
    if (e.key !== 'Enter' || e.defaultPrevented || e.isComposing) return;
    const origin = e.composedPath()[0];
    if (origin instanceof HTMLInputElement && (origin.type === 'text' || origin.type === 'tel' || origin.type === 'search' || origin.type === 'checkbox')) {
      void this.onPreferencesSubmit(e);
    }
  }

  private async onTakeover(e: Event): Promise<void> {
    await Promise.resolve(); // the host page may veto (the event is cancelable): decide after dispatch
    if (!e.defaultPrevented) this.flow.send({ type: 'TAKEOVER' });
  }

  private async onBannerDismiss(e: HTMLElementEventMap['agent-banner-dismiss']): Promise<void> {
    await Promise.resolve();
    if (!e.defaultPrevented) this.flow.send({ type: 'BANNER_DISMISSED', id: e.detail.id });
  }

  // ——— text ———

  private stepTitle(s: FlowState): string {
    const key: Record<Step, TermKey> = {
      starting: 'loginStartingTitle',
      email: 'loginEmailTitle',
      password: 'loginPasswordTitle',
      'forgot-password': 'loginResetTitle',
      collaboration: 'loginCollaborationTitle',
      preferences: 'loginPreferencesTitle',
      'signed-in': 'loginSignedInTitle',
      'signed-out': 'loginSignedOutTitle',
    };
    return this.terms.t(key[s.step]);
  }

  private errorText(error: FlowError): string {
    return this.terms.t(`error${error.code}` as TermKey & `error${AgentErrorCode | ValidationCode}`);
  }

  /** Why the automatic sign-in failed, when it did. */
  private autoLoginNoticeText(s: FlowState): string | null {
    if (s.notice?.kind !== 'auto-login-failed') return null;
    return this.terms.t('loginAutoLoginFailed', this.terms.t(`error${s.notice.code}` as TermKey & `error${AgentErrorCode}`));
  }

  private fieldError(field: Field): FlowError | null {
    const e = this.flowState.error;
    return e && e.field === field ? e : null;
  }

  // ——— render: shadow root ———

  override render(): TemplateResult {
    const s = this.flowState;
    return html`
      <div part="card" class="card" dir=${this.terms.dir} lang=${this.terms.locale} aria-busy=${s.pending ? 'true' : 'false'}>
        <div part="brand" class="brand">
          <slot name="brand">${this.renderLogo()}<span>${this.terms.t('loginBrand')}</span></slot>
        </div>
        <div class="step">
          ${this.isCredentialStep() ? html`<slot name="credentials"></slot>` : this.renderStep()}
        </div>
        <session-banner
          part="banners"
          color-scheme=${this.colorScheme ?? nothing}
          @agent-session-takeover=${this.onTakeover}
          @agent-banner-dismiss=${this.onBannerDismiss}
        ></session-banner>
        <slot name="footer"></slot>
        <div class="bar-probe" aria-hidden="true"></div>
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement.map((text) => html`<p>${text}</p>`)}</div>
      </div>
    `;
  }

  private isCredentialStep(): boolean {
    const step = this.flowState.step;
    return step === 'email' || step === 'password' || step === 'forgot-password';
  }

  private renderLogo(): TemplateResult {
    return html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M12 2a7 7 0 0 0-7 7v3.5A2.5 2.5 0 0 0 7.5 15H9v-5H7V9a5 5 0 0 1 10 0v1h-2v5h1.6a5 5 0 0 1-3.6 2.9V17h-2v4h2v-1.06A7 7 0 0 0 19 14.6V9a7 7 0 0 0-7-7Z"/>
    </svg>`;
  }

  private renderStep(): TemplateResult {
    switch (this.flowState.step) {
      case 'collaboration':
        return this.renderCollaboration();
      case 'preferences':
        return this.preferencesReady ? this.renderPreferences() : this.renderStarting();
      case 'signed-in':
        return this.renderSignedIn();
      case 'signed-out':
        return this.renderSignedOut();
      default:
        return this.renderStarting();
    }
  }

  private renderStarting(): TemplateResult {
    return html`<div class="center">
      <span class="spinner" aria-hidden="true"></span>
      <h2 part="title" tabindex="-1">${this.terms.t('loginStartingTitle')}</h2>
    </div>`;
  }

  private renderBox(kind: 'error' | 'warning' | 'info' | 'success', text: string, trackingId?: string) {
    return html`<div class="box ${kind}">
      <p>${text}${this.renderTracking('tracking', trackingId)}</p>
    </div>`;
  }

  /** The tracking ID to give the administrator, kept left-to-right; nothing without one. */
  private renderTracking(className: 'tracking' | 'al-tracking', trackingId?: string) {
    return trackingId
      ? html`<span class=${className}>${this.terms.t('trackingIdLabel')} <code dir="ltr">${trackingId}</code></span>`
      : nothing;
  }

  private renderPendingLabel(label: string, pendingLabel: string, pending: boolean) {
    return pending ? html`<span class="spinner" aria-hidden="true"></span>${pendingLabel}` : label;
  }

  private renderCollaboration(): TemplateResult {
    const s = this.flowState;
    return html`
      <h2 part="title" tabindex="-1">${this.terms.t('loginCollaborationTitle')}</h2>
      <p class="subtitle">${this.terms.t('loginCollaborationIntro')}</p>
      ${s.collaboration.map(
        (c, i) => html`<div class="provider">
          <span class="name">${c.label}</span>
          <div class="provider-actions">
            ${c.status === 'connecting'
              ? html`<span class="status"><span class="spinner" aria-hidden="true"></span> ${this.terms.t('loginCollaborationConnecting')}</span>`
              : html`
                  <button class="button primary" part="primary-button" type="button" ?data-autofocus=${i === 0}
                    @click=${() => this.flow.send({ type: 'COLLABORATION_CONNECT', provider: c.provider })}>
                    ${this.terms.t('loginCollaborationConnect')}
                  </button>
                  <button class="button secondary" part="secondary-button" type="button"
                    @click=${() => this.flow.send({ type: 'COLLABORATION_SKIP', provider: c.provider })}>
                    ${this.terms.t('loginCollaborationSkip')}
                  </button>
                `}
          </div>
        </div>`,
      )}
      <p class="hint">${this.terms.t('loginCollaborationHint')}</p>
    `;
  }

  private renderPreferences(): TemplateResult {
    const s = this.flowState;
    const pending = s.pending?.op === 'station-login';
    const saveable = canSave(s);
    const general = s.error && !s.error.field ? s.error : null;
    const notice = this.autoLoginNoticeText(s);
    const telephony = (s.profile?.loginOptions.length ?? 0) > 0;
    return html`
      <form novalidate @submit=${this.onPreferencesSubmit} @keydown=${this.onPreferencesKeydown}
        @agent-preferences-change=${this.onPreferencesChange} @agent-team-change=${this.onTeamChange}>
        <h2 part="title" tabindex="-1" data-autofocus>${this.terms.t('loginPreferencesTitle')}</h2>
        <p class="subtitle">${this.terms.t(telephony ? 'loginPreferencesIntro' : 'loginPreferencesIntroDigital')}</p>
        ${notice ? this.renderBox('warning', notice) : nothing}
        ${general ? this.renderBox('error', this.errorText(general), general.trackingId) : nothing}
        <interaction-preferences part="preferences" color-scheme=${this.colorScheme ?? nothing}></interaction-preferences>
        <div class="team-field"><team-picker part="team-picker" color-scheme=${this.colorScheme ?? nothing}></team-picker></div>
        ${needsE911(s)
          ? html`<fieldset>
              <legend>${this.terms.t('loginE911Title')}</legend>
              <p class="hint">${this.terms.t('loginE911Text')}</p>
              <label class="check"><input type="checkbox" .checked=${s.draft.e911Accepted}
                @change=${(e: Event) => this.flow.send({ type: 'E911_ACCEPTED', on: (e.target as HTMLInputElement).checked })} />
                ${this.terms.t('loginE911Accept')}</label>
            </fieldset>`
          : nothing}
        <label class="check">
          <input type="checkbox" name="auto-login" .checked=${s.draft.autoLogin}
            aria-describedby="${this.uid}-auto-hint"
            @change=${(e: Event) => this.flow.send({ type: 'AUTO_LOGIN_CHANGED', on: (e.target as HTMLInputElement).checked })} />
          ${this.terms.t('loginDontShowAgain')}
        </label>
        <p class="hint" id="${this.uid}-auto-hint">${this.terms.t('loginDontShowAgainHint')}</p>
        <div class="actions">
          <button class="button primary" part="primary-button" type="submit"
            aria-disabled=${!saveable || pending ? 'true' : 'false'} ?disabled=${!saveable && !pending}
            aria-describedby=${saveable ? nothing : `${this.uid}-save-hint`}>
            ${this.renderPendingLabel(this.terms.t('loginSaveContinue'), this.terms.t('loginSaving'), pending)}
          </button>
        </div>
        ${saveable ? nothing : html`<p class="hint" id="${this.uid}-save-hint">${this.terms.t(s.draft.teamId ? 'loginSaveHintPreferences' : 'loginSaveHintTeam')}</p>`}
      </form>
    `;
  }

  /**
   * A dial number as the agent reads it (`+1 415 555 0123`), E.164 until the phone rules and the
   * number's metadata are here (at once when the agent just chose it; a moment after an automatic
   * sign-in). Extensions are shown as they are.
   */
  private dialNumberShown(option: string, number: string): string {
    if (option !== 'AGENT_DN' || !number.startsWith('+')) return number;
    if (this.dialNumberText?.e164 === number) return this.dialNumberText.text;
    if (this.dialNumberLoading !== number) {
      this.dialNumberLoading = number;
      void loadPhone()
        .then(async (phone) => {
          await phone.loadMetadataFor([number], { international: false });
          if (this.dialNumberLoading === number) this.dialNumberText = { e164: number, text: phone.formatInternational(number) };
        })
        .catch(() => undefined);
    }
    return number;
  }

  private renderSignedIn(): TemplateResult {
    const s = this.flowState;
    const p = s.profile!;
    const session = s.session!;
    const pending = s.pending?.op === 'station-logout';
    const initials = (p.displayName || p.email).split(/\s+/).map((w) => [...w][0] ?? '').slice(0, 2).join('').toUpperCase();
    return html`
      <h2 part="title" tabindex="-1" data-autofocus>${this.terms.t('loginSignedInTitle')}</h2>
      <p class="signed-in-badge">${this.terms.t('loginReady')}</p>
      <div class="who">
        <span class="avatar" aria-hidden="true">${initials}</span>
        <div>
          <div class="name">${p.displayName}</div>
          <div class="email">${p.email}</div>
        </div>
      </div>
      <dl>
        <dt>${this.terms.t('loginTeam')}</dt>
        <dd>${session.teamName}</dd>
        ${session.loginOption
          ? html`<dt>${this.terms.t('loginHandleCalls')}</dt><dd>${this.optionLabel(session.loginOption)}${session.dialNumber ? html` · <span dir="ltr">${this.dialNumberShown(session.loginOption, session.dialNumber)}</span>` : nothing}</dd>`
          : nothing}
      </dl>
      ${s.error ? this.renderBox('error', this.errorText(s.error), s.error.trackingId) : nothing}
      <fieldset>
        <legend>${this.terms.t('loginProfileSettings')}</legend>
        <label class="check"><input type="checkbox" .checked=${session.autoLogin}
          @change=${(e: Event) => this.flow.send({ type: 'AUTO_LOGIN_SETTING_CHANGED', on: (e.target as HTMLInputElement).checked })} />
          ${this.terms.t('loginAutoLoginSetting')}</label>
        ${s.collaboration.map(
          (c) => html`<div class="provider">
            <span class="name">${c.label}</span>
            <span class="status ${c.status}">${this.terms.t(`loginCollaboration_${c.status}` as TermKey & `loginCollaboration_${typeof c.status}`)}</span>
            ${c.status === 'failed' || c.status === 'skipped' || c.status === 'idle'
              ? html`<button class="button secondary" part="secondary-button" type="button"
                  @click=${() => this.flow.send({ type: 'COLLABORATION_CONNECT', provider: c.provider })}>
                  ${this.terms.t(c.status === 'failed' ? 'loginCollaborationRetry' : 'loginCollaborationConnect')}<span class="visually-hidden"> ${c.label}</span></button>`
              : nothing}
          </div>`,
        )}
      </fieldset>
      <div class="actions">
        <button class="button secondary" part="secondary-button primary-button" type="button"
          ?disabled=${!canSignOut(s) && !pending} aria-disabled=${canSignOut(s) ? 'false' : 'true'}
          aria-describedby=${s.busy ? `${this.uid}-busy` : nothing}
          @click=${() => this.flow.send({ type: 'SIGN_OUT_REQUESTED', reason: 'user' })}>
          ${this.renderPendingLabel(this.terms.t('loginSignOut'), this.terms.t('loginSigningOut'), pending)}
        </button>
      </div>
      ${s.busy ? html`<p class="hint" id="${this.uid}-busy">${this.terms.t('loginBusyHint')}</p>` : nothing}
    `;
  }

  private renderSignedOut(): TemplateResult {
    return html`
      <div class="center">
        <h2 part="title" tabindex="-1">${this.terms.t('loginSignedOutTitle')}</h2>
        <p>${this.terms.t('loginSignedOutText')}</p>
        <button class="button primary" part="primary-button" type="button" data-autofocus
          @click=${() => this.flow.send({ type: 'SIGN_IN_AGAIN' })}>${this.terms.t('loginSignInAgain')}</button>
      </div>
    `;
  }

  private optionLabel(option: LoginOption): string {
    return this.terms.t(option === 'BROWSER' ? 'loginOptionBrowser' : option === 'EXTENSION' ? 'loginOptionExtension' : 'loginOptionDialNumber');
  }

  // ——— render: light-DOM credential forms ———

  private ensureCredentialsHost(): HTMLDivElement {
    if (!this.credentials) {
      this.credentials = document.createElement('div');
      this.credentials.setAttribute('data-agent-login-credentials', '');
      this.credentials.slot = 'credentials';
    }
    if (this.credentials.parentNode !== this) this.appendChild(this.credentials);
    adoptLightStyles(this);
    return this.credentials;
  }

  private renderCredentials(): TemplateResult | typeof nothing {
    if (this.credentials) {
      this.credentials.dir = this.terms.dir;
      this.credentials.lang = this.terms.locale;
    }
    switch (this.flowState.step) {
      case 'email':
        return this.renderEmail();
      case 'password':
        return this.renderPassword();
      case 'forgot-password':
        return this.renderForgotPassword();
      default:
        return nothing;
    }
  }

  private renderFieldError(field: Field) {
    const e = this.fieldError(field);
    return e
      ? html`<p class="error" id="${this.uid}-${field}-error"><span class="al-message">${this.errorText(e)}</span> ${this.renderTracking('al-tracking', e.trackingId)}</p>`
      : nothing;
  }

  private describedBy(field: Field, hint?: string): string | typeof nothing {
    const ids = [this.fieldError(field) ? `${this.uid}-${field}-error` : '', hint ?? ''].filter(Boolean).join(' ');
    return ids || nothing;
  }

  private renderStepError() {
    const e = this.flowState.error;
    if (!e || e.field || e.code === 'ABORTED') return nothing;
    // No role="alert": the card's live region announces the error (once, in the active locale, and
    // again when the same error comes back); an alert here would make screen readers say it twice.
    return html`<div class="al-box al-error"><p>${this.errorText(e)}${this.renderTracking('al-tracking', e.trackingId)}</p></div>`;
  }

  /** A backend that signs agents in elsewhere (OAuth/SSO) and has no live session. */
  private renderExternalSignIn(): TemplateResult {
    return html`
      <h2 id="${this.uid}-title" part="title" tabindex="-1">${this.terms.t('loginExternalTitle')}</h2>
      <p class="al-subtitle">${this.terms.t('loginExternalText')}</p>
      <div class="al-actions">
        <button class="button primary" part="primary-button" type="button" data-autofocus @click=${() => location.reload()}>
          ${this.terms.t('reload')}
        </button>
      </div>
    `;
  }

  private renderEmail(): TemplateResult {
    const s = this.flowState;
    if (this.activeService?.credentials === false) return this.renderExternalSignIn();
    const noService = s.error?.code === 'NO_SERVICE';
    return html`
      <form novalidate @submit=${this.onEmailSubmit} aria-labelledby="${this.uid}-title">
        <h2 id="${this.uid}-title" part="title" tabindex="-1">${this.terms.t('loginEmailTitle')}</h2>
        <p class="al-subtitle">${this.terms.t('loginEmailIntro')}</p>
        ${this.renderStepError()}
        <div class="field">
          <label for="${this.uid}-email">${this.terms.t('loginEmailLabel')}</label>
          <input id="${this.uid}-email" name="username" type="email" autocomplete="username" inputmode="email"
            autocapitalize="off" spellcheck="false" required data-autofocus ?disabled=${noService}
            .value=${s.email} aria-invalid=${this.fieldError('email') ? 'true' : 'false'}
            aria-describedby=${this.describedBy('email')} />
          ${this.renderFieldError('email')}
        </div>
        <div class="al-actions">
          <button class="button primary" part="primary-button" type="submit" ?disabled=${noService}>${this.terms.t('loginNext')}</button>
        </div>
      </form>
    `;
  }

  private renderPassword(): TemplateResult {
    const s = this.flowState;
    const pending = s.pending?.op === 'sign-in' || s.pending?.op === 'station-login';
    const service = this.activeService;
    const shortcut = isMac() ? '⌘ ←' : 'Alt + ←';
    return html`
      <form novalidate @submit=${this.onPasswordSubmit} aria-labelledby="${this.uid}-title">
        <h2 id="${this.uid}-title" part="title" tabindex="-1">${this.terms.t('loginPasswordTitle')}</h2>
        <div class="al-identity">
          <span dir="ltr">${s.email}</span>
          <button class="button link" type="button" aria-keyshortcuts=${isMac() ? 'Meta+ArrowLeft' : 'Alt+ArrowLeft'}
            @click=${() => this.flow.send({ type: 'BACK_TO_EMAIL' })}>${this.terms.t('loginChangeEmail')}</button>
        </div>
        ${s.notice?.kind === 'password-reset'
          ? html`<div class="al-box al-success" role="status"><p>${this.terms.t('loginPasswordResetDone')}</p></div>`
          : nothing}
        ${this.renderStepError()}
        <input class="visually-hidden" type="email" name="username" autocomplete="username" .value=${s.email}
          tabindex="-1" aria-hidden="true" readonly />
        <div class="field">
          <label for="${this.uid}-password">${this.terms.t('loginPasswordLabel')}</label>
          <div class="al-password">
            <input id="${this.uid}-password" name="password" type=${this.showPassword ? 'text' : 'password'}
              autocomplete="current-password" required data-autofocus autocapitalize="off" spellcheck="false"
              aria-invalid=${this.fieldError('password') ? 'true' : 'false'}
              aria-describedby=${this.describedBy('password', `${this.uid}-shortcut`)} />
            <button class="al-toggle" type="button" aria-controls="${this.uid}-password"
              aria-label=${this.terms.t(this.showPassword ? 'loginHidePassword' : 'loginShowPassword')}
              @click=${() => (this.showPassword = !this.showPassword)}>
              ${this.terms.t(this.showPassword ? 'loginHide' : 'loginShow')}
            </button>
          </div>
          ${this.renderFieldError('password')}
        </div>
        <div class="al-actions">
          <button class="button primary" part="primary-button" type="submit" aria-disabled=${pending ? 'true' : 'false'}>
            ${pending ? html`<span class="al-spinner" aria-hidden="true"></span>${this.terms.t('loginSigningIn')}` : this.terms.t('loginSignIn')}
          </button>
          ${service?.requestPasswordReset
            ? html`<button class="button link" type="button" ?disabled=${pending}
                @click=${() => this.flow.send({ type: 'FORGOT_PASSWORD' })}>${this.terms.t('loginForgotPassword')}</button>`
            : nothing}
        </div>
        <p class="hint" id="${this.uid}-shortcut">${this.terms.t('loginShortcutHint', shortcut)}</p>
      </form>
    `;
  }

  private renderForgotPassword(): TemplateResult {
    const s = this.flowState;
    const verify = s.resetStage === 'verify';
    const pending = s.pending !== null;
    return html`
      <form novalidate @submit=${this.onResetSubmit} aria-labelledby="${this.uid}-title">
        <h2 id="${this.uid}-title" part="title" tabindex="-1">${this.terms.t('loginResetTitle')}</h2>
        ${verify
          ? html`<div class="al-box al-info" role="status"><p>${this.terms.t('loginCodeSent', s.email)}</p></div>`
          : html`<p class="al-subtitle">${this.terms.t('loginResetIntro', s.email)}</p>`}
        ${this.renderStepError()}
        ${verify
          ? html`
              <input class="visually-hidden" type="email" name="username" autocomplete="username" .value=${s.email}
                tabindex="-1" aria-hidden="true" readonly />
              <div class="field">
                <label for="${this.uid}-code">${this.terms.t('loginCodeLabel')}</label>
                <input id="${this.uid}-code" class="al-code" name="one-time-code" type="text" inputmode="numeric"
                  autocomplete="one-time-code" maxlength="12" required data-autofocus dir="ltr"
                  aria-invalid=${this.fieldError('code') ? 'true' : 'false'}
                  aria-describedby=${this.describedBy('code', `${this.uid}-code-hint`)} />
                <p class="hint" id="${this.uid}-code-hint">${this.terms.t('loginCodeHint')}</p>
                ${this.renderFieldError('code')}
              </div>
              <div class="field">
                <label for="${this.uid}-new">${this.terms.t('loginNewPasswordLabel')}</label>
                <div class="al-password">
                  <input id="${this.uid}-new" name="new-password" type=${this.showPassword ? 'text' : 'password'}
                    autocomplete="new-password" required autocapitalize="off" spellcheck="false"
                    aria-invalid=${this.fieldError('newPassword') ? 'true' : 'false'}
                    aria-describedby=${this.describedBy('newPassword', `${this.uid}-new-hint`)} />
                  <button class="al-toggle" type="button" aria-controls="${this.uid}-new ${this.uid}-confirm"
                    aria-label=${this.terms.t(this.showPassword ? 'loginHidePassword' : 'loginShowPassword')}
                    @click=${() => (this.showPassword = !this.showPassword)}>
                    ${this.terms.t(this.showPassword ? 'loginHide' : 'loginShow')}
                  </button>
                </div>
                <p class="hint" id="${this.uid}-new-hint">${this.terms.t('loginNewPasswordHint')}</p>
                ${this.renderFieldError('newPassword')}
              </div>
              <div class="field">
                <label for="${this.uid}-confirm">${this.terms.t('loginConfirmPasswordLabel')}</label>
                <input id="${this.uid}-confirm" name="confirm-password" type=${this.showPassword ? 'text' : 'password'}
                  autocomplete="new-password" required autocapitalize="off" spellcheck="false"
                  aria-invalid=${this.fieldError('confirmPassword') ? 'true' : 'false'}
                  aria-describedby=${this.describedBy('confirmPassword')} />
                ${this.renderFieldError('confirmPassword')}
              </div>
            `
          : nothing}
        <div class="al-actions">
          <button class="button primary" part="primary-button" type="submit" ?data-autofocus=${!verify}
            aria-disabled=${pending ? 'true' : 'false'}>
            ${pending
              ? html`<span class="al-spinner" aria-hidden="true"></span>${this.terms.t('loginWorking')}`
              : this.terms.t(verify ? 'loginResetSubmit' : 'loginSendCode')}
          </button>
          ${verify
            ? html`<button class="button link" type="button" ?disabled=${pending}
                @click=${() => this.flow.send({ type: 'CODE_REQUESTED' })}>${this.terms.t('loginResendCode')}</button>`
            : nothing}
          <button class="button link" type="button" @click=${() => this.flow.send({ type: 'BACK_TO_PASSWORD' })}>
            ${this.terms.t('loginBackToSignIn')}
          </button>
        </div>
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'agent-login': AgentLogin;
  }
}
