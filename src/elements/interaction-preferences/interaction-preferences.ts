import { consume } from '@lit/context';
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { customElement } from '../shared/define.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { AgentProfile, LoginOption } from '../../contract/agent-service.js';
import { agentLoginContext, type AgentLoginContext, type FieldError } from '../../context/agent-login-context.js';
import { TermsController } from '../../controllers/terms-controller.js';
import { countryName, countryOptions, filterCountries, regionOfLocale, type CountryOption } from '../../core/phone/countries.js';
import {
  EXTENSION_MAX_DIGITS,
  EXTENSION_MIN_DIGITS,
  caretAfterSignificant,
  checkE164Shape,
  checkExtension,
  cleanPhoneInput,
  deleteAcrossSeparator,
  displayExtension,
  isE164Shape,
  reformat,
  significantBefore,
  type DialNumberReason,
  type ExtensionReason,
} from '../../core/phone/input.js';
import type { DialNumberContext } from '../../core/phone/phone.js';
import { checkBooleanAttribute, checkListAttribute, checkValueAttribute } from '../../core/attributes.js';
import { warnAttribute } from '../shared/attribute-warning.js';
import { TelephonyProfileSchema, resolvePrefill, type Prefill, type TelephonyProfile } from '../../core/phone/prefill.js';
import type { PreferencesPrefill } from '../../core/preferences/model.js';
import { controls, tokens } from '../shared/tokens.styles.js';
import { PreferencesChangeEvent, type PreferencesChangeDetail } from './interaction-preferences.events.js';
import { styles } from './interaction-preferences.styles.js';
import { browserFamily, queryMicrophonePermission, type MicrophonePermission, type MicrophoneState } from './microphone.js';

/** The lazily loaded phone rules (libphonenumber-js; its metadata arrives through it, a group at a time). */
export type PhoneModule = typeof import('../../core/phone/phone.js');

/** The element's value: how calls are handled. */
export interface PreferencesValue {
  /** `null` for a digital-only agent. */
  readonly loginOption: LoginOption | null;
  /** E.164 for `AGENT_DN`, digits for `EXTENSION`; present only when valid. */
  readonly dialNumber?: string;
  /** The "international dialing format" checkbox. */
  readonly international: boolean;
  /** The chosen country (ISO 3166-1 alpha-2) when the international dialing format is on. */
  readonly country?: string;
}

type DialNumberState =
  | { readonly status: 'ok'; readonly e164: string }
  | { readonly status: 'error'; readonly reason: DialNumberReason; readonly country?: string }
  | { readonly status: 'pending' };

type ExtensionState = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly reason: ExtensionReason };

const DN_MESSAGES = {
  REQUIRED: 'prefsDnRequired',
  NOT_A_NUMBER: 'prefsDnNotANumber',
  INVALID_COUNTRY: 'prefsDnInvalidCountry',
} as const;

const LOGIN_OPTIONS: readonly LoginOption[] = ['BROWSER', 'EXTENSION', 'AGENT_DN'];

/** `login-options="BROWSER AGENT_DN"`, `extensions="4021, 4022"`: a list in an attribute. */
const listAttribute = {
  fromAttribute: (value: string | null) => (value === null ? undefined : value.split(/[\s,]+/).filter(Boolean)),
  toAttribute: (value: readonly string[] | undefined) => value?.join(' '),
};

const MIC_STEPS = {
  chrome: 'prefsMicStepsChrome',
  edge: 'prefsMicStepsEdge',
  firefox: 'prefsMicStepsFirefox',
  safari: 'prefsMicStepsSafari',
  other: 'prefsMicStepsOther',
} as const;

/**
 * How the agent handles calls: Desktop (in the browser), an Extension, or a Dial number, with
 * international numbers read strictly and always given out in E.164.
 *
 * Inside `<agent-login>` it reads the profile, saved preferences, station-login errors and the
 * disabled state from the shared context; standalone, set `profile` or the individual fields
 * (`login-options`, `extensions`, `dial-numbers`, `default-dial-number`, `dial-number-restricted`,
 * `default-country`), and optionally `saved`, `error`, `disabled`. A property set by the host wins
 * over the context.
 *
 * The phone rules (libphonenumber-js with its full metadata) are not in the initial bundle: they are
 * loaded with a dynamic `import()` when the Dial number field is first shown or the option is
 * focused, with the metadata of the agent's country; the metadata of other calling codes (`+44`,
 * `+55`, …) follows as soon as a typed or listed number needs it. The field works at once; a number
 * shows "checking" (never an error) until its rules arrive, and `reportValidity()` waits for them.
 *
 * `agent-preferences-change` fires whenever the result changes: an option, a listed number, the
 * international format or a country is chosen, or a typed entry becomes valid, changes while valid,
 * or stops being valid (so Save & Continue can follow the field as the agent types). It also fires
 * once after a profile is applied, so the host knows the initial state. Error messages appear when
 * the agent leaves a field (or on `reportValidity()`) and disappear as soon as the entry is fixed.
 *
 * @summary Choose how to handle calls: Desktop, Extension or Dial number.
 * @fires {PreferencesChangeEvent} agent-preferences-change - The preferences or their validity changed; `detail` is `{ loginOption, dialNumber?, international, country?, valid }`.
 * @csspart options - The "Handle calls" radio group (a fieldset).
 * @csspart option - Each option's card.
 * @csspart panel - The settings of the chosen option.
 * @csspart extension - The extension input or drop-down.
 * @csspart dial-number - The dial number input or drop-down.
 * @csspart international - The "International dialing format" checkbox label.
 * @csspart country-search - The country search input.
 * @csspart country - The country drop-down.
 * @csspart calling-code - The calling code shown before a national number.
 * @csspart status - "Checking number format…" and the confirmation of a valid number.
 * @csspart error - An error message under a field.
 * @csspart microphone - The microphone permission notice of the Desktop option.
 * @csspart note - The note shown to a digital-only agent.
 * @cssprop [--interaction-preferences-gap=0.5rem] - Space between the option cards.
 */
@customElement('interaction-preferences')
export class InteractionPreferences extends LitElement {
  static override styles = [tokens, controls, styles];

  /**
   * Loads the phone rules. Replace it to hold or fail the load (tests, stories); the default is a
   * dynamic `import()`, so bundlers put libphonenumber-js and its metadata in a separate chunk.
   */
  static loadPhone: () => Promise<PhoneModule> = () => import('../../core/phone/phone.js');

  /** Asks the browser about the microphone. Replace it to simulate a permission (tests, stories). */
  static queryMicrophone: () => Promise<MicrophonePermission | null> = queryMicrophonePermission;

  @consume({ context: agentLoginContext, subscribe: true })
  @state()
  private ctx?: AgentLoginContext;

  private readonly terms = new TermsController(this);

  /** The agent's profile: login options, extensions, dial numbers, admin default, country. Wins over the context. */
  @property({ attribute: false }) profile?: AgentProfile;

  /** Saved preferences: they pre-fill the fields and beat the admin default, which then shows as the placeholder. */
  @property({ attribute: false }) saved?: PreferencesPrefill;

  /** The options to offer, e.g. `login-options="BROWSER AGENT_DN"`; `[]` for a digital-only agent. Wins over `profile`. */
  @property({ attribute: 'login-options', converter: listAttribute }) loginOptions?: LoginOption[];

  /** Pre-validated extensions: one is pre-filled, several give a drop-down. Wins over `profile`. */
  @property({ converter: listAttribute }) extensions?: string[];

  /** Pre-validated E.164 dial numbers: one is pre-filled, several give a drop-down. Wins over `profile`. */
  @property({ attribute: 'dial-numbers', converter: listAttribute }) dialNumbers?: string[];

  /** The admin default DN (E.164) or extension. Wins over `profile`. */
  @property({ attribute: 'default-dial-number' }) defaultDialNumber?: string;

  /** Only the admin default may be used: the fields are read-only. Wins over `profile`. */
  @property({ attribute: 'dial-number-restricted', type: Boolean }) dialNumberRestricted?: boolean;

  /** ISO 3166-1 alpha-2 of the preselected country and the origin of dial-out prefixes. Wins over `profile`. */
  @property({ attribute: 'default-country' }) defaultCountry?: string;

  /** A station-login error for the dial number or extension (e.g. `DN_IN_USE`), shown at the field with its tracking ID. */
  @property({ attribute: false }) error?: FieldError;

  /** Makes every control read-only (e.g. while a request is in flight). */
  @property({ type: Boolean, reflect: true }) disabled = false;

  @state() private option: LoginOption | null = null;
  @state() private extRaw = '';
  @state() private dnRaw = '';
  @state() private international = false;
  @state() private country = '';
  @state() private countryQuery = '';
  @state() private extTouched = false;
  @state() private dnTouched = false;
  @state() private phone?: PhoneModule;
  @state() private phoneStatus: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  /** Bumped when a metadata group arrives: the answers of `phone` changed. */
  @state() private metadataRevision = 0;
  @state() private mic: MicrophoneState | 'checking' = 'checking';
  @state() private dismissedError?: FieldError;

  private checked?: { readonly base: unknown; readonly own: string; readonly profile?: TelephonyProfile };
  private prefill?: Prefill;
  private prefillKey = '';
  private dnEdited = false;
  private lastDetail = '';
  private micStatus?: MicrophonePermission;
  private micQueried = false;
  private countryCache?: { locale: string; phone: PhoneModule; options: CountryOption[] };
  /** The phone rules' download, while in flight. */
  private phoneLoad?: Promise<void>;
  /** The metadata downloads in flight, and the groups they fetch (each asked once). */
  private readonly metadataLoads = new Set<Promise<void>>();
  private readonly requestedGroups = new Set<string>();

  // ---------------------------------------------------------------- lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: look at the microphone again (the permission may have changed meanwhile).
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.micStatus?.removeEventListener?.('change', this.onMicChange);
    this.micStatus = undefined;
    this.micQueried = false;
  }

  /** Checks the boolean attributes as they are written (issue #11); the others are checked with the profile in `willUpdate`. */
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'disabled' || name === 'dial-number-restricted') warnAttribute(this, checkBooleanAttribute(name, value));
  }

  protected override willUpdate(): void {
    const profile = this.telephony();
    const saved = this.saved ?? this.ctx?.saved ?? undefined;
    const key = profile
      ? JSON.stringify([
          profile.loginOptions,
          profile.defaultDialNumber,
          profile.dialNumberRestricted,
          profile.extensions,
          profile.dialNumbers,
          profile.defaultCountry,
          saved ?? null,
        ])
      : '';
    if (key !== this.prefillKey) {
      this.prefillKey = key;
      this.applyPrefill(profile ? resolvePrefill(profile, saved, regionOfLocale(navigator.language)) : undefined);
    }
    // The phone rules load when the Dial number field is shown; the microphone is checked when Desktop is.
    if (this.option === 'AGENT_DN') {
      this.loadPhone();
      this.loadMetadata();
    }
    if (this.option === 'BROWSER' && !this.micQueried) void this.checkMicrophone();
  }

  protected override updated(): void {
    if (!this.prefill) return;
    const detail = this.detail;
    const json = JSON.stringify(detail);
    if (json !== this.lastDetail) {
      this.lastDetail = json;
      // After this update completes: a listener (the orchestrator) may answer by setting our
      // context, which must start a new update rather than land inside this one.
      queueMicrotask(() => this.dispatchEvent(new PreferencesChangeEvent(detail)));
    }
  }

  // ---------------------------------------------------------------- public API

  /** How calls will be handled; `dialNumber` is present only when the entry is valid. */
  get value(): PreferencesValue {
    const { valid: _valid, ...value } = this.detail;
    return value;
  }

  /** Whether the preferences can be submitted: a digital-only agent is always valid. */
  get valid(): boolean {
    return this.detail.valid;
  }

  /** Focuses the first control: the chosen option (or the first one). */
  override focus(options?: FocusOptions): void {
    const radio =
      this.renderRoot.querySelector<HTMLInputElement>('input[type="radio"]:checked') ??
      this.renderRoot.querySelector<HTMLInputElement>('input[type="radio"]');
    if (radio) radio.focus(options);
    else super.focus(options);
  }

  /**
   * Shows the errors of the chosen option's field and resolves to `valid`, once the phone rules a
   * typed number needs have arrived (or failed to): a valid number is never refused, and an invalid
   * one never accepted, because its rules were still on their way. By then `agent-preferences-change`
   * has told the final answer.
   */
  async reportValidity(): Promise<boolean> {
    if (this.option === 'EXTENSION') this.extTouched = true;
    if (this.option === 'AGENT_DN') this.dnTouched = true;
    await this.settled();
    return this.valid;
  }

  /** Waits until the dial number is no longer waiting for its rules and the change event has gone out. */
  private async settled(): Promise<void> {
    for (;;) {
      await this.updateComplete;
      const load = this.phoneLoad;
      if (this.option !== 'AGENT_DN' || this.dnState.status !== 'pending' || !load) break;
      await load;
    }
    // `updated()` queues the change event in a microtask: let it go out first.
    await new Promise<void>((done) => queueMicrotask(done));
  }

  /**
   * Also waits for the phone metadata this update asked for, and the update that shows it: once it
   * resolves, the field is checked and formatted with the rules of the number it holds.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.metadataLoads.size) {
      await Promise.allSettled([...this.metadataLoads]);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  // ---------------------------------------------------------------- derived state

  /**
   * The telephony part of the profile: the host's `profile` (else the context's) with the fields set
   * one by one on top, validated once per change (host-set properties are a boundary). A malformed
   * profile counts as none and unknown login options are dropped, each with one warning.
   */
  private telephony(): TelephonyProfile | undefined {
    const base = this.profile ?? this.ctx?.profile ?? undefined;
    const fields = {
      loginOptions: this.loginOptions,
      extensions: this.extensions,
      dialNumbers: this.dialNumbers,
      defaultDialNumber: this.defaultDialNumber,
      dialNumberRestricted: this.dialNumberRestricted,
      defaultCountry: this.defaultCountry,
    };
    const ownKey = JSON.stringify(fields);
    if (this.checked && this.checked.base === base && this.checked.own === ownKey) return this.checked.profile;
    const own = this.checkFields(fields);
    let profile: TelephonyProfile | undefined;
    if (base || Object.keys(own).length) {
      // Fields set one by one without login-options offer none (as a digital-only agent).
      const result = TelephonyProfileSchema.safeParse(base ? { ...base, ...own } : { loginOptions: [], ...own });
      if (result.success) profile = result.data;
      else console.warn('<interaction-preferences>: the profile is not a valid AgentProfile; it is ignored.');
    }
    this.checked = { base, own: ownKey, ...(profile ? { profile } : {}) };
    return profile;
  }

  /**
   * The fields set on the element (attributes or properties), each checked on its own at this
   * boundary (issue #11): a nonsense value warns once, naming the attribute, and is dropped, so the
   * profile's value (or the default) applies and the rest of the fields still work. Entries of a
   * list are dropped one by one.
   */
  private checkFields(fields: Partial<Record<keyof TelephonyProfile, unknown>>): Partial<TelephonyProfile> {
    const fromProfile = 'the profile’s';
    const options = checkListAttribute(
      'login-options',
      fields.loginOptions as string[] | undefined,
      (o) => (LOGIN_OPTIONS as readonly string[]).includes(o),
      LOGIN_OPTIONS.join(', '),
      `${fromProfile} options`,
    );
    const extensions = checkListAttribute(
      'extensions',
      fields.extensions as string[] | undefined,
      (e) => checkExtension(e).ok,
      `extensions of ${EXTENSION_MIN_DIGITS} to ${EXTENSION_MAX_DIGITS} digits`,
      `${fromProfile} extensions`,
    );
    const dialNumbers = checkListAttribute(
      'dial-numbers',
      fields.dialNumbers as string[] | undefined,
      isE164Shape,
      'E.164 numbers such as +14155550123',
      `${fromProfile} dial numbers`,
    );
    const problems = [
      options.problem,
      extensions.problem,
      dialNumbers.problem,
      checkValueAttribute(
        'default-dial-number',
        fields.defaultDialNumber,
        (v) => isE164Shape(v) || checkExtension(v).ok,
        'an E.164 number or an extension',
        `${fromProfile} default`,
      ),
      checkValueAttribute('default-country', fields.defaultCountry, (v) => /^[A-Za-z]{2}$/.test(v), 'an ISO 3166-1 alpha-2 code such as BR', `${fromProfile} country`),
      typeof fields.dialNumberRestricted === 'boolean' || fields.dialNumberRestricted === undefined
        ? null
        : checkValueAttribute('dial-number-restricted', fields.dialNumberRestricted, () => false, 'true or false', `${fromProfile} setting`),
    ];
    problems.forEach((p) => warnAttribute(this, p));
    const dropped = new Set(problems.map((p) => p?.attribute));
    const own: Partial<TelephonyProfile> = {};
    if (options.value) own.loginOptions = options.value as LoginOption[];
    // A list with every entry dropped falls back; an empty list set on purpose (`[]`) stays empty.
    else if (Array.isArray(fields.loginOptions) && fields.loginOptions.length === 0) own.loginOptions = [];
    if (extensions.value) own.extensions = extensions.value;
    if (dialNumbers.value) own.dialNumbers = dialNumbers.value;
    if (fields.defaultDialNumber !== undefined && !dropped.has('default-dial-number')) own.defaultDialNumber = String(fields.defaultDialNumber);
    if (fields.defaultCountry !== undefined && !dropped.has('default-country')) own.defaultCountry = String(fields.defaultCountry).toUpperCase();
    if (typeof fields.dialNumberRestricted === 'boolean') own.dialNumberRestricted = fields.dialNumberRestricted;
    return own;
  }

  private get isDisabled(): boolean {
    return this.disabled || this.ctx?.disabled === true;
  }

  private get serverError(): FieldError | undefined {
    const error = this.error ?? this.ctx?.errors.dialNumber;
    return error && error !== this.dismissedError ? error : undefined;
  }

  /** Where the agent dials from, for IDD prefixes with the international format off. */
  private get origin(): string | undefined {
    return this.prefill?.country;
  }

  private get dnContext(): DialNumberContext {
    return this.international
      ? { international: true, ...(this.country ? { country: this.country } : {}) }
      : { international: false, ...(this.origin ? { country: this.origin } : {}) };
  }

  private get dnState(): DialNumberState {
    const field = this.prefill?.dialNumber;
    if (!field) return { status: 'error', reason: 'REQUIRED' };
    if (field.mode !== 'free') return this.dnRaw ? { status: 'ok', e164: this.dnRaw } : { status: 'error', reason: 'REQUIRED' };
    if (this.phone) {
      const check = this.phone.checkDialNumber(this.dnRaw, this.dnContext);
      if (check.ok) return { status: 'ok', e164: check.e164 };
      // Its metadata is on its way: pending below (or, if it could not be fetched, the E.164 shape check).
      if (!('pending' in check)) return { status: 'error', reason: check.reason, ...(check.country ? { country: check.country } : {}) };
    }
    const { chars, junk } = cleanPhoneInput(this.dnRaw);
    if (field.trusted.includes(chars)) return { status: 'ok', e164: chars };
    if (this.phoneStatus === 'failed' || junk || !chars) {
      const check = checkE164Shape(this.dnRaw);
      return check.ok ? { status: 'ok', e164: check.e164 } : { status: 'error', reason: check.reason };
    }
    return { status: 'pending' };
  }

  private get extState(): ExtensionState {
    const field = this.prefill?.extension;
    if (!field) return { ok: false, reason: 'REQUIRED' };
    if (field.mode !== 'free') return this.extRaw ? { ok: true, value: this.extRaw } : { ok: false, reason: 'REQUIRED' };
    return checkExtension(this.extRaw);
  }

  private get detail(): PreferencesChangeDetail {
    const loginOption = this.option;
    if (!this.prefill) return { loginOption: null, international: false, valid: false };
    if (loginOption === 'EXTENSION') {
      const ext = this.extState;
      return { loginOption, ...(ext.ok ? { dialNumber: ext.value } : {}), international: false, valid: ext.ok };
    }
    if (loginOption === 'AGENT_DN') {
      const dn = this.dnState;
      const international = this.prefill.dialNumber.mode === 'free' && this.international;
      return {
        loginOption,
        ...(dn.status === 'ok' ? { dialNumber: dn.e164 } : {}),
        international,
        ...(international && this.country ? { country: this.country } : {}),
        valid: dn.status === 'ok',
      };
    }
    // Desktop, or a digital-only agent (no option at all): nothing else to fill in.
    return { loginOption, international: false, valid: loginOption === 'BROWSER' || this.prefill.options.length === 0 };
  }

  private get countries(): CountryOption[] {
    if (!this.phone) return [];
    const locale = this.terms.locale;
    if (this.countryCache?.locale !== locale || this.countryCache.phone !== this.phone) {
      this.countryCache = { locale, phone: this.phone, options: countryOptions(this.phone.listCountries(), locale) };
    }
    return this.countryCache.options;
  }

  private name(code: string | undefined): string {
    return code ? countryName(code, this.terms.locale) : '';
  }

  // ---------------------------------------------------------------- state changes

  private applyPrefill(prefill: Prefill | undefined): void {
    this.prefill = prefill;
    this.option = prefill?.option ?? null;
    this.extRaw = prefill?.extension.value ?? '';
    this.international = prefill?.international ?? false;
    this.country = prefill?.country ?? '';
    this.countryQuery = '';
    this.extTouched = false;
    this.dnTouched = false;
    this.dnEdited = false;
    this.dnRaw = prefill?.dialNumber.value ?? '';
    if (this.phone) this.showPrefilledNumber(this.phone);
  }

  /** Starts loading the phone rules once; after a failure, focusing the field tries again. */
  private loadPhone(): void {
    if (this.phoneStatus !== 'idle') return;
    if (this.phone) {
      // The rules are here; what failed was a metadata group: the next update asks for it again.
      this.phoneStatus = 'ready';
      return;
    }
    this.phoneStatus = 'loading';
    const load = InteractionPreferences.loadPhone().then(
      (phone) => {
        this.phone = phone;
        this.phoneStatus = 'ready';
        this.showPrefilledNumber(phone);
      },
      () => {
        this.phoneStatus = 'failed';
      },
    );
    this.phoneLoad = load;
    void load.finally(() => {
      if (this.phoneLoad === load) this.phoneLoad = undefined;
    });
  }

  /**
   * Fetches the metadata the dial number field needs now: the country's group (its dial-out prefix
   * and national numbers), then the group of the typed number's calling code as soon as it is known,
   * and those of listed or placeholder numbers. When it arrives the field is checked and formatted.
   */
  private loadMetadata(): void {
    const phone = this.phone;
    const field = this.prefill?.dialNumber;
    if (!phone || !field || this.phoneStatus !== 'ready') return;
    const context = this.dnContext;
    const entries = [this.dnRaw, field.value, ...field.choices, ...(field.placeholder ? [field.placeholder] : [])];
    const fresh = [...new Set(entries.flatMap((e) => phone.missingMetadata(e, context)))].filter((g) => !this.requestedGroups.has(g));
    if (!fresh.length) return;
    fresh.forEach((g) => this.requestedGroups.add(g));
    const load: Promise<void> = phone.loadMetadataFor(entries, context).then(
      () => {
        this.metadataRevision++;
        if (this.phone === phone) this.showPrefilledNumber(phone);
      },
      () => {
        this.phoneStatus = 'failed';
      },
    );
    this.metadataLoads.add(load);
    void load.finally(() => {
      fresh.forEach((g) => this.requestedGroups.delete(g));
      this.metadataLoads.delete(load);
    });
  }

  /**
   * With the rules (or a metadata group) loaded: drop an unknown country and show the number in its
   * proper notation. They may arrive while the agent has the field focused, even with the number
   * selected to replace it: the caret or selection stays on the same digits.
   */
  private showPrefilledNumber(phone: PhoneModule): void {
    if (this.country && !phone.isKnownCountry(this.country)) this.country = '';
    const { chars, junk } = cleanPhoneInput(this.dnRaw);
    if (junk || this.prefill?.dialNumber.mode !== 'free') return;
    if (!this.dnEdited && isE164Shape(chars)) {
      const shown = phone.displayDialNumber(chars, this.dnContext);
      if (this.international && shown.country) this.country = shown.country;
      this.showDn(shown.value);
      return;
    }
    this.showDn(reformat(this.dnRaw, this.dnRaw.length, (c) => phone.formatAsTyped(c, this.dnContext)).value);
  }

  /** Shows a re-formatted value in the dial number field, keeping a focused field's caret or selection on the same digits. */
  private showDn(value: string): void {
    const input = this.dnInput;
    const focused = !!input && this.shadowRoot?.activeElement === input;
    const from = input && focused ? significantBefore(input.value, input.selectionStart ?? input.value.length) : 0;
    const to = input && focused ? significantBefore(input.value, input.selectionEnd ?? input.value.length) : 0;
    this.dnRaw = value;
    if (!input) return;
    if (input.value !== value) input.value = value;
    if (focused) input.setSelectionRange(caretAfterSignificant(value, from), caretAfterSignificant(value, to));
  }

  private get dnInput(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('#dn');
  }

  /** Puts a formatted value in the dial number field and its caret after the same digit. */
  private writeDn(edit: { value: string; caret: number }): void {
    this.dnRaw = edit.value;
    const input = this.dnInput;
    if (!input) return;
    if (input.value !== edit.value) input.value = edit.value;
    if (this.shadowRoot?.activeElement === input) input.setSelectionRange(edit.caret, edit.caret);
  }

  private markEdited(): void {
    this.dnEdited = true;
    // The station-login error was about the previous entry: hide it once the agent changes it.
    this.dismissedError = this.error ?? this.ctx?.errors.dialNumber;
  }

  private async checkMicrophone(): Promise<void> {
    this.micQueried = true;
    this.micStatus?.removeEventListener?.('change', this.onMicChange);
    const status = await InteractionPreferences.queryMicrophone().catch(() => null);
    if (!this.isConnected) return;
    this.micStatus = status ?? undefined;
    this.mic = status?.state ?? 'unsupported';
    status?.addEventListener?.('change', this.onMicChange);
  }

  // ---------------------------------------------------------------- handlers

  private readonly onMicChange = (): void => {
    if (this.micStatus) this.mic = this.micStatus.state;
  };

  private onOption(e: Event): void {
    this.option = (e.target as HTMLInputElement).value as LoginOption;
  }

  /** Pointing at or focusing the Dial number option starts loading the phone rules ahead of the click. */
  private onPrefetch(e: Event): void {
    if ((e.currentTarget as HTMLElement).dataset.option === 'AGENT_DN') this.loadPhone();
  }

  private onExtInput(e: InputEvent): void {
    const input = e.target as HTMLInputElement;
    // A paste or a drop is cleaned at once and visibly; typed separators stay until the field is left.
    this.extRaw = e.inputType?.startsWith('insertFrom') ? displayExtension(input.value) : input.value;
    this.markEdited();
    if (checkExtension(this.extRaw).ok) this.extTouched = false;
  }

  private onExtChange(e: Event): void {
    this.extRaw = displayExtension((e.target as HTMLInputElement).value);
    this.extTouched = true;
  }

  private onExtSelect(e: Event): void {
    this.extRaw = (e.target as HTMLSelectElement).value;
    this.markEdited();
  }

  private onDnBeforeInput(e: InputEvent): void {
    if (!this.phone || (e.inputType !== 'deleteContentBackward' && e.inputType !== 'deleteContentForward')) return;
    const input = e.target as HTMLInputElement;
    const start = input.selectionStart ?? 0;
    if (start !== input.selectionEnd) return;
    const edit = deleteAcrossSeparator(input.value, start, e.inputType === 'deleteContentForward');
    if (!edit) return;
    e.preventDefault();
    this.onDnEdit(edit.value, edit.caret, true);
  }

  private onDnInput(e: InputEvent): void {
    const input = e.target as HTMLInputElement;
    const paste = e.inputType?.startsWith('insertFrom') ?? false;
    this.onDnEdit(input.value, input.selectionStart ?? input.value.length, paste);
  }

  private onDnEdit(value: string, caret: number, paste: boolean): void {
    const phone = this.phone;
    // With the rules loaded the number is formatted as typed; before, only a paste is cleaned.
    if (phone) this.writeDn(reformat(value, caret, (c) => phone.formatAsTyped(c, this.dnContext)));
    else if (paste) this.writeDn(reformat(value, caret, (c) => c));
    else this.dnRaw = value;
    this.markEdited();
    if (this.dnState.status === 'ok') this.dnTouched = false;
  }

  private onDnChange(): void {
    this.dnTouched = true;
  }

  private onDnFocus(): void {
    if (this.phoneStatus === 'failed') this.phoneStatus = 'idle';
    this.loadPhone();
  }

  private onDnSelect(e: Event): void {
    this.dnRaw = (e.target as HTMLSelectElement).value;
    this.markEdited();
  }

  private onInternational(e: Event): void {
    const on = (e.target as HTMLInputElement).checked;
    const before = this.dnState;
    this.international = on;
    const phone = this.phone;
    if (!phone) return;
    if (before.status === 'ok') {
      // Keep the number and show it in the notation of the new mode.
      const shown = phone.displayDialNumber(before.e164, this.dnContext);
      if (on && shown.country) this.country = shown.country;
      this.dnRaw = on && !shown.country ? before.e164 : shown.value;
    } else {
      this.dnRaw = reformat(this.dnRaw, this.dnRaw.length, (c) => phone.formatAsTyped(c, this.dnContext)).value;
    }
  }

  private onCountry(e: Event): void {
    this.country = (e.target as HTMLSelectElement).value;
    this.reformatForCountry();
  }

  private onCountrySearch(e: Event): void {
    this.countryQuery = (e.target as HTMLInputElement).value;
    const matches = filterCountries(this.countries, this.countryQuery);
    // Typing "+55" or "brazil" picks the first match, so the search alone chooses the country.
    if (matches.length && !matches.some((m) => m.code === this.country)) {
      this.country = matches[0].code;
      this.reformatForCountry();
    }
  }

  private onCountrySearchKey(e: KeyboardEvent): void {
    if (e.key === 'Enter') {
      e.preventDefault();
      this.dnInput?.focus();
    } else if (e.key === 'ArrowDown' && !e.altKey) {
      e.preventDefault();
      this.renderRoot.querySelector<HTMLSelectElement>('#country')?.focus();
    }
  }

  private reformatForCountry(): void {
    const phone = this.phone;
    if (phone) this.dnRaw = reformat(this.dnRaw, this.dnRaw.length, (c) => phone.formatAsTyped(c, this.dnContext)).value;
  }

  private async onAllowMicrophone(): Promise<void> {
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      stream.getTracks().forEach((t) => t.stop());
    } catch {
      // Denied or dismissed: the permission check below shows what to do.
    }
    await this.checkMicrophone();
  }

  private onRecheckMicrophone(): void {
    void this.checkMicrophone();
  }

  // ---------------------------------------------------------------- render

  override render(): TemplateResult | typeof nothing {
    const prefill = this.prefill;
    if (!prefill) return nothing;
    // The direction follows the language (its `lang`, an ancestor's, the browser's), also on its own
    // in a page: `lang="ar"` alone lays it out right to left.
    const { dir, locale } = this.terms;
    if (prefill.options.length === 0) return html`<p class="note" part="note" dir=${dir} lang=${locale}>${this.terms.t('prefsDigitalOnly')}</p>`;
    return html`
      <fieldset class="options" part="options" dir=${dir} lang=${locale}>
        <legend>${this.terms.t('handleCalls')}</legend>
        <div class="choices">${prefill.options.map((o) => this.renderOption(o))}</div>
      </fieldset>
      <div class="panel" part="panel" dir=${dir} lang=${locale}>${this.renderPanel(prefill)}</div>
    `;
  }

  private renderOption(option: LoginOption): TemplateResult {
    return html`
      <label class="choice" part="option" data-option=${option} @pointerenter=${this.onPrefetch}>
        <input
          type="radio"
          name="login-option"
          .value=${option}
          .checked=${live(this.option === option)}
          ?disabled=${this.isDisabled}
          data-option=${option}
          aria-labelledby="opt-${option}"
          aria-describedby="opt-${option}-hint"
          @change=${this.onOption}
          @focus=${this.onPrefetch}
        />
        <span class="choice-label" id="opt-${option}">${this.terms.t(`prefsOption${option}`)}</span>
        <span class="choice-hint" id="opt-${option}-hint">${this.terms.t(`prefsOptionHint${option}`)}</span>
      </label>
    `;
  }

  private renderPanel(prefill: Prefill): TemplateResult | typeof nothing {
    switch (this.option) {
      case 'BROWSER':
        return this.renderMicrophone();
      case 'EXTENSION':
        return this.renderExtension(prefill);
      case 'AGENT_DN':
        return this.renderDialNumber(prefill);
      default:
        return nothing;
    }
  }

  private renderServerError(id: string): TemplateResult | typeof nothing {
    const error = this.serverError;
    if (!error) return nothing;
    return html`<p class="error" part="error" id=${id}>
      <span>
        ${this.terms.t(`error${error.code}`)}
        ${error.trackingId ? html`<span class="tracking">${this.terms.t('trackingId', error.trackingId)}</span>` : nothing}
      </span>
    </p>`;
  }

  private renderMicrophone(): TemplateResult {
    const mic = this.mic;
    if (mic === 'denied') {
      const steps = MIC_STEPS[browserFamily(navigator.userAgent)];
      return html`
        <div class="notice" part="microphone" role="alert">
          <p class="title">${this.terms.t('prefsMicDeniedTitle')}</p>
          <p>${this.terms.t('prefsMicDenied')}</p>
          <p>${this.terms.t(steps)}</p>
          <p class="hint">${this.terms.t('prefsMicManaged')}</p>
          <div class="actions">
            <button type="button" class="button secondary" ?disabled=${this.isDisabled} @click=${this.onRecheckMicrophone}>
              ${this.terms.t('prefsMicRecheck')}
            </button>
          </div>
        </div>
        <div aria-live="polite">${this.renderServerError('browser-error')}</div>
      `;
    }
    const canAsk = mic === 'prompt' && typeof navigator.mediaDevices?.getUserMedia === 'function';
    return html`
      <div class="mic" part="microphone">
        ${mic === 'prompt' ? html`<p class="status" role="status">${this.terms.t('prefsMicPrompt')}</p>` : nothing}
        ${mic === 'granted' ? html`<p class="status ok" role="status">${this.terms.t('prefsMicGranted')}</p>` : nothing}
        ${canAsk
          ? html`<button type="button" class="button secondary" ?disabled=${this.isDisabled} @click=${this.onAllowMicrophone}>
              ${this.terms.t('prefsMicAllow')}
            </button>`
          : nothing}
      </div>
      <div aria-live="polite">${this.renderServerError('browser-error')}</div>
    `;
  }

  private extMessage(reason: ExtensionReason): string {
    switch (reason) {
      case 'REQUIRED':
        return this.terms.t('prefsExtRequired');
      case 'NOT_A_NUMBER':
        return this.terms.t('prefsExtNotANumber');
      case 'TOO_SHORT':
        return this.terms.t('prefsExtTooShort', EXTENSION_MIN_DIGITS);
      case 'TOO_LONG':
        return this.terms.t('prefsExtTooLong', EXTENSION_MAX_DIGITS);
    }
  }

  private renderExtension(prefill: Prefill): TemplateResult {
    const field = prefill.extension;
    const state = this.extState;
    const local = this.extTouched && !state.ok ? this.extMessage(state.reason) : '';
    const server = this.serverError;
    const invalid = !!local || !!server;
    const describedBy = ['ext-hint', local ? 'ext-error' : '', !local && server ? 'ext-server-error' : ''].filter(Boolean).join(' ');
    let control: TemplateResult;
    let hint: string;
    if (field.mode === 'list') {
      hint = this.terms.t('prefsExtensionListHint');
      control = html`<select
        id="ext"
        part="extension"
        ?disabled=${this.isDisabled}
        aria-describedby=${describedBy}
        aria-invalid=${invalid ? 'true' : 'false'}
        @change=${this.onExtSelect}
      >
        ${field.choices.map((c) => html`<option .value=${c} ?selected=${c === this.extRaw}>${c}</option>`)}
      </select>`;
    } else {
      const restricted = field.mode === 'restricted';
      hint = restricted ? this.terms.t('prefsExtensionRestricted') : this.terms.t('prefsExtensionHint', EXTENSION_MIN_DIGITS, EXTENSION_MAX_DIGITS);
      control = html`<input
        id="ext"
        part="extension"
        type="text"
        inputmode="numeric"
        autocomplete="off"
        spellcheck="false"
        .value=${live(this.extRaw)}
        placeholder=${ifDefined(field.placeholder)}
        ?readonly=${restricted || this.isDisabled}
        aria-describedby=${describedBy}
        aria-invalid=${invalid ? 'true' : 'false'}
        @input=${this.onExtInput}
        @change=${this.onExtChange}
      />`;
    }
    return html`
      <div class="field">
        <label for="ext">${this.terms.t('prefsExtensionLabel')}</label>
        ${control}
        <p class="hint" id="ext-hint">${hint}</p>
        <div aria-live="polite">
          ${local ? html`<p class="error" part="error" id="ext-error">${local}</p>` : this.renderServerError('ext-server-error')}
        </div>
      </div>
    `;
  }

  private dnMessage(state: Extract<DialNumberState, { status: 'error' }>): string {
    const where = this.name(state.country);
    switch (state.reason) {
      case 'MISSING_COUNTRY_CODE':
        return this.terms.t('prefsDnMissingCountryCode', this.idd ?? '');
      case 'TOO_SHORT':
        return this.terms.t('prefsDnTooShort', where);
      case 'TOO_LONG':
        return this.terms.t('prefsDnTooLong', where);
      case 'INVALID_LENGTH':
        return this.terms.t('prefsDnInvalidLength', where);
      case 'INVALID_NUMBER':
        return this.terms.t('prefsDnInvalidNumber', where);
      default:
        return this.terms.t(DN_MESSAGES[state.reason]);
    }
  }

  /** The dial-out prefix that applies now (the chosen country's, else the origin's). */
  private get idd(): string | undefined {
    return this.phone?.iddPrefixOf(this.dnContext.country);
  }

  private renderDialNumber(prefill: Prefill): TemplateResult {
    const field = prefill.dialNumber;
    const phone = this.phone;
    const show = (e164: string) => (phone ? phone.formatInternational(e164) : e164);
    const server = this.serverError;

    if (field.mode !== 'free') {
      const restricted = field.mode === 'restricted';
      const describedBy = ['dn-hint', server ? 'dn-server-error' : ''].filter(Boolean).join(' ');
      const control = restricted
        ? html`<input
            id="dn"
            part="dial-number"
            type="tel"
            readonly
            .value=${live(show(field.value))}
            aria-describedby=${describedBy}
            aria-invalid=${server ? 'true' : 'false'}
          />`
        : html`<select
            id="dn"
            part="dial-number"
            ?disabled=${this.isDisabled}
            aria-describedby=${describedBy}
            aria-invalid=${server ? 'true' : 'false'}
            @change=${this.onDnSelect}
          >
            ${field.choices.map((c) => html`<option .value=${c} ?selected=${c === this.dnRaw}>${show(c)}</option>`)}
          </select>`;
      return html`
        <div class="field">
          <label for="dn">${this.terms.t('prefsDialNumberLabel')}</label>
          ${control}
          <p class="hint" id="dn-hint">${this.terms.t(restricted ? 'prefsDialNumberRestricted' : 'prefsDialNumberListHint')}</p>
          <div aria-live="polite">${this.renderServerError('dn-server-error')}</div>
        </div>
      `;
    }

    const state = this.dnState;
    const local = this.dnTouched && state.status === 'error' ? this.dnMessage(state) : '';
    const invalid = !!local || !!server;
    const national = this.international && !!this.country;
    const callingCode = national ? phone?.callingCodeOf(this.country) : undefined;
    const idd = this.idd;
    const hint = national && callingCode
      ? this.terms.t('prefsNationalHint', this.name(this.country), callingCode)
      : idd && !this.international
        ? this.terms.t('prefsIddHint', idd, this.name(this.origin))
        : this.terms.t('prefsE164Hint');
    let status: TemplateResult | typeof nothing = nothing;
    if (this.phoneStatus === 'failed') status = html`<span class="status">${this.terms.t('prefsPhoneUnavailable')}</span>`;
    else if (state.status === 'pending' && cleanPhoneInput(this.dnRaw).chars) status = html`<span class="status busy">${this.terms.t('prefsChecking')}</span>`;
    else if (state.status === 'ok' && !local && !server) status = html`<span class="status ok">${this.terms.t('prefsWillRing', show(state.e164))}</span>`;
    const describedBy = ['dn-hint', 'dn-status', local ? 'dn-error' : '', !local && server ? 'dn-server-error' : ''].filter(Boolean).join(' ');

    return html`
      <label class="check" part="international">
        <input type="checkbox" .checked=${live(this.international)} ?disabled=${this.isDisabled} @change=${this.onInternational} />
        ${this.terms.t('prefsInternational')}
      </label>
      ${this.international ? this.renderCountry() : nothing}
      <div class="field">
        <label for="dn">${this.terms.t('prefsDialNumberLabel')}</label>
        <div class="tel">
          ${callingCode ? html`<span class="prefix" part="calling-code" aria-hidden="true">+${callingCode}</span>` : nothing}
          <input
            id="dn"
            part="dial-number"
            type="tel"
            inputmode="tel"
            autocomplete=${national ? 'tel-national' : 'tel'}
            spellcheck="false"
            .value=${live(this.dnRaw)}
            placeholder=${ifDefined(field.placeholder ? show(field.placeholder) : undefined)}
            ?readonly=${this.isDisabled}
            aria-describedby=${describedBy}
            aria-invalid=${invalid ? 'true' : 'false'}
            @beforeinput=${this.onDnBeforeInput}
            @input=${this.onDnInput}
            @change=${this.onDnChange}
            @blur=${this.onDnChange}
            @focus=${this.onDnFocus}
          />
        </div>
        <p class="hint" id="dn-hint">${hint}</p>
        <p class="hint" id="dn-status" part="status" role="status">${status}</p>
        <div aria-live="polite">
          ${local ? html`<p class="error" part="error" id="dn-error">${local}</p>` : this.renderServerError('dn-server-error')}
        </div>
      </div>
    `;
  }

  private renderCountry(): TemplateResult {
    const all = this.countries;
    if (!all.length) {
      return html`<div class="field">
        <label for="country">${this.terms.t('prefsCountryLabel')}</label>
        <select id="country" part="country" disabled>
          <option>${this.terms.t('prefsCountriesLoading')}</option>
        </select>
      </div>`;
    }
    const query = this.countryQuery.trim();
    const matches = filterCountries(all, query);
    const listed = matches.length ? matches : all.filter((c) => c.code === this.country);
    const known = listed.some((c) => c.code === this.country);
    const found = query ? (matches.length ? this.terms.t('prefsCountryMatches', matches.length) : this.terms.t('prefsCountryNoMatch', query)) : '';
    return html`
      <div class="field">
        <label for="country">${this.terms.t('prefsCountryLabel')}</label>
        <input
          id="country-search"
          class="country-search"
          part="country-search"
          type="search"
          autocomplete="off"
          spellcheck="false"
          aria-label=${this.terms.t('prefsCountrySearchLabel')}
          aria-controls="country"
          aria-describedby="country-found"
          placeholder=${this.terms.t('prefsCountrySearchPlaceholder')}
          .value=${live(this.countryQuery)}
          ?disabled=${this.isDisabled}
          @input=${this.onCountrySearch}
          @keydown=${this.onCountrySearchKey}
        />
        <select id="country" part="country" ?disabled=${this.isDisabled} @change=${this.onCountry}>
          ${known ? nothing : html`<option value="" selected disabled>${this.terms.t('prefsCountryChoose')}</option>`}
          ${listed.map(
            (c) => html`<option .value=${c.code} ?selected=${c.code === this.country}>${this.terms.t('prefsCountryOption', c.name, c.callingCode)}</option>`,
          )}
        </select>
        <p class="hint" id="country-found" role="status">${found}</p>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'interaction-preferences': InteractionPreferences;
  }
}
