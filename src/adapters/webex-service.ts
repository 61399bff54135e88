/**
 * An `AgentService` over Cisco's Webex Contact Center SDK (`@webex/contact-center`, `webex.cc`),
 * so a host that already holds an initialised SDK instance needs no glue (issue #7):
 *
 * ```ts
 * import { createWebexService } from 'agent-login-elements';
 * document.querySelector('agent-login')!.service = createWebexService(webex.cc);
 * ```
 *
 * The SDK is not a dependency: its shapes are declared in `webex-types.ts`. Webex agents sign in
 * with OAuth before the widget exists (the host creates `webex` with the access token), so `signIn`
 * rejects `NOT_SUPPORTED`, there is no password reset, and the flow starts at the preferences step
 * through `restoreSession()`, which calls `cc.register()` and maps the profile below.
 *
 * ## Profile: `cc.register()` → `AgentProfile` (validated with `parseProfile`)
 * | SDK `Profile` | `AgentProfile` |
 * | --- | --- |
 * | `agentId` | `agentId` |
 * | `agentMailId` | `email` (`''` when absent) |
 * | `agentName` (`"first last"`; `undefined` halves dropped) | `displayName`, else the email |
 * | `loginVoiceOptions`, minus `BROWSER` when `webRtcEnabled === false` (as Cisco's own widgets do) | `loginOptions` (unknown values dropped) |
 * | `teams[]`: `{ id, name }` at runtime or `{ teamId, teamName }` as typed; `active: false` dropped | `teams[]` `{ id, name }` (name falls back to the id) |
 * | `defaultDn` | `defaultDialNumber` |
 * | `forceDefaultDn` (tenant) or `forceDefaultDnForAgent` (desktop profile), with a `defaultDn` | `dialNumberRestricted: true` |
 * | `dialPlan.dialPlanEntity[]`: names that are ISO country codes (`US`, `UK`→`GB`), or the NANP regex `1[0-9]{3}[2-9]…` → `US`; used only when they agree on one country | `defaultCountry` |
 * | `isAgentLoggedIn`, `lostConnectionRecoveryTimeout` | kept by the adapter (station state, connection recovery) |
 *
 * ## Calls
 * | `AgentService` | SDK |
 * | --- | --- |
 * | `signIn` | rejects `NOT_SUPPORTED` (OAuth happens outside the widget) |
 * | `restoreSession` | `register()`; concurrent calls share one |
 * | `stationLogin({ teamId, loginOption, dialNumber })` | `stationLogin({ teamId, loginOption, dialNumber })`; no `dialNumber` for `BROWSER`, no `loginOption` for a digital-only agent |
 * | `stationLogout({ reason })` | `stationLogout({ logoutReason })`: `inactivity` → `Inactivity Logout`, anything else → `User requested logout` |
 * | `requestPasswordReset`, `resetPassword`, `connectCollaboration` | absent |
 *
 * SDK calls cannot be cancelled: an aborted `signal` rejects at once with an `AbortError` (before
 * the SDK is called, when it is already aborted) and the SDK's late answer is ignored.
 *
 * ## Errors: SDK rejection → `AgentServiceError` (tracking ID kept)
 * The backend reason is read from `details.data.reason`, `data.reason`, or an upper-case `message`
 * (what `getErrorDetails` throws); the tracking ID from `details.trackingId`,
 * `details.data.trackingId`, `data.trackingId`, `trackingId` or `headers.trackingid`, whichever
 * comes first and looks like one.
 * | SDK | code |
 * | --- | --- |
 * | reason `DUPLICATE_LOCATION` (DN or extension taken) | `DN_IN_USE` |
 * | reason `INVALID_DIAL_NUMBER` (fails the dial plan) | `DN_INVALID` |
 * | reason `AGENT_NOT_FOUND` | `NOT_AUTHORIZED` |
 * | `id` `Service.aqm.reqs.Timeout` / `TimeoutEvent`, or HTTP 408 / 504 | `TIMEOUT` |
 * | HTTP 401 | `SESSION_EXPIRED` |
 * | HTTP 403 | `NOT_AUTHORIZED` |
 * | HTTP 429, 500, 502, 503 | `UNAVAILABLE` |
 * | HTTP status 0, or a `TypeError` | `NETWORK` |
 * | anything else | `UNKNOWN` |
 *
 * ## Events: SDK → `ServiceEvent`
 * | SDK event | when | `ServiceEvent` |
 * | --- | --- | --- |
 * | `agent:multiLogin` | `type` is `AgentMultiLoginCloseSession` (or absent): the agent signed in elsewhere and this session closes | `session-conflict` `{ trackingId }` |
 * | `agent:logoutSuccess` | the station was logged in and this adapter is not logging it out (supervisor, inactivity, server-side expiry) | `session-expired` |
 * | `agent:logoutSuccess` | our own `stationLogout`, or no station logged in | — |
 * | `agent:stationLoginSuccess` | any (also from another device) | — (marks the station logged in; the `stationLogin` promise reports our own) |
 * | `agent:reloginSuccess` | after a `degraded` | `restored` (and marks the station logged in) |
 * | `agent:stationLoginFailed`, `agent:logoutFailed` | — | — (the rejected call reports it) |
 * | `agent:dnRegistered` | — | — (not listened to: no change to the session) |
 * | `AgentOfferContactRona` (re-emitted routing notification) | a contact rang out unanswered | `rona` `{ trackingId }` |
 * | `offline` on `options.connectivity` (the window) | connection lost; the SDK keeps retrying | `degraded` `{ features: [] }` |
 * | `online` | back within the SDK's `lostConnectionRecoveryTimeout` | `restored` |
 * | `online` | back after it, with a station logged in: the SDK has given up and the backend has logged the agent out | `session-expired` |
 *
 * The SDK itself does not emit connection loss on `cc` (its `connectionLost` handler is private),
 * hence the browser's `online`/`offline` events. SDK listeners are added with the first
 * `subscribe` and removed with the last unsubscribe.
 */
import type { AgentProfile, AgentService, LoginOption, ServiceEvent, StationLoginRequest, Team } from '../contract/agent-service.js';
import { AgentServiceError, toAgentError, type AgentErrorCode } from '../contract/errors.js';
import { parseProfile } from '../contract/schemas.js';
import {
  WEBEX_EVENTS,
  type WebexAgentLogin,
  type WebexContactCenter,
  type WebexDialPlan,
  type WebexListener,
  type WebexLogoutReason,
  type WebexProfile,
  type WebexSdkError,
  type WebexTeam,
} from './webex-types.js';

export type * from './webex-types.js';
export { WEBEX_EVENTS } from './webex-types.js';

/** Options of `createWebexService`. */
export interface WebexServiceOptions {
  /**
   * Where `online`/`offline` events come from, to report a lost connection. Defaults to
   * `globalThis` (the window); `null` turns connection reporting off.
   */
  connectivity?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | null;
  /** Clock in milliseconds, for the connection-recovery window. Defaults to `Date.now`. */
  now?: () => number;
}

/** The Webex-backed service: `signIn` always rejects `NOT_SUPPORTED`; the session comes from `restoreSession`. */
export type WebexAgentService = AgentService & Required<Pick<AgentService, 'restoreSession' | 'subscribe'>>;

/** How long the SDK tries to win back a lost connection when the profile does not say (its `LOST_CONNECTION_RECOVERY_TIMEOUT`). */
export const WEBEX_DEFAULT_RECOVERY_MS = 50_000;

/** Backend reasons with a code of their own (the rest become `UNKNOWN`, keeping the tracking ID). */
export const WEBEX_REASON_CODES: Readonly<Record<string, AgentErrorCode>> = Object.freeze({
  DUPLICATE_LOCATION: 'DN_IN_USE',
  INVALID_DIAL_NUMBER: 'DN_INVALID',
  AGENT_NOT_FOUND: 'NOT_AUTHORIZED',
});

const HTTP_CODES: Readonly<Record<number, AgentErrorCode>> = {
  0: 'NETWORK',
  401: 'SESSION_EXPIRED',
  403: 'NOT_AUTHORIZED',
  408: 'TIMEOUT',
  429: 'UNAVAILABLE',
  500: 'UNAVAILABLE',
  502: 'UNAVAILABLE',
  503: 'UNAVAILABLE',
  504: 'TIMEOUT',
};

const LOGIN_OPTIONS: readonly LoginOption[] = ['BROWSER', 'EXTENSION', 'AGENT_DN'];

// ——— profile ———

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** `agentName` is built as `${firstName} ${lastName}`: a missing half arrives as the word "undefined". */
function displayNameOf(agentName: unknown): string {
  return text(agentName)
    .split(/\s+/)
    .filter((part) => part && part !== 'undefined' && part !== 'null')
    .join(' ');
}

function loginOptionsOf(profile: WebexProfile): LoginOption[] {
  const offered = Array.isArray(profile.loginVoiceOptions) ? profile.loginVoiceOptions : [];
  const options: LoginOption[] = [];
  for (const value of offered) {
    const option = LOGIN_OPTIONS.find((o) => o === value);
    // BROWSER needs WebRTC enabled for the organisation (Cisco's cc-store drops it likewise).
    if (!option || options.includes(option) || (option === 'BROWSER' && profile.webRtcEnabled === false)) continue;
    options.push(option);
  }
  return options;
}

function teamsOf(teams: unknown): Team[] {
  if (!Array.isArray(teams)) return [];
  const seen = new Set<string>();
  const out: Team[] = [];
  for (const raw of teams as readonly (WebexTeam | null)[]) {
    if (!raw || typeof raw !== 'object' || raw.active === false) continue;
    // Issue #7: the SDK types teams as { teamId, teamName } but resolves { id, name }.
    const id = text(raw.id) || text(raw.teamId);
    if (!id || seen.has(id)) continue;
    seen.add(id);
    out.push({ id, name: text(raw.name) || text(raw.teamName) || id });
  }
  return out;
}

/** The NANP rule Webex ships as its "US" dial plan. */
const NANP = /^\^?\(?1\[0-9\]\{3\}\[2-9\]/;

let regions: Intl.DisplayNames | null | undefined;

/** Region names, built on first use (no work at import, so an unused adapter shakes out). */
function regionNames(): Intl.DisplayNames | null {
  if (regions === undefined) {
    try {
      regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    } catch {
      regions = null;
    }
  }
  return regions;
}

/** Codes `Intl` names that are no country: user-assigned and grouping codes (Kosovo's `XK` stays). */
const NOT_COUNTRY = /^(?:AA|EU|EZ|QO|Q[M-Z]|UN|X[A-JL-Z]|ZZ)$/;

/** An ISO 3166-1 alpha-2 code the platform knows; `UK`, the usual name of a UK plan, is `GB`. */
function countryCode(token: string): string | undefined {
  const code = token === 'UK' ? 'GB' : token;
  if (!/^[A-Z]{2}$/.test(code) || NOT_COUNTRY.test(code)) return undefined;
  const names = regionNames();
  if (!names) return code;
  try {
    return names.of(code) ? code : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The one country the agent's dial plan points to, if its entries agree: each entry names one by
 * an upper-case ISO code in its name (`US`, `UK Mobile`) or by the NANP regex; catch-alls such as
 * "Any Format" name none and are ignored.
 */
export function countryFromDialPlan(plan: WebexDialPlan | undefined | null): string | undefined {
  const entries = plan && Array.isArray(plan.dialPlanEntity) ? plan.dialPlanEntity : [];
  const countries = new Set<string>();
  for (const entry of entries) {
    if (!entry || typeof entry !== 'object') continue;
    const named = text(entry.name)
      .split(/[^A-Za-z]+/)
      .map(countryCode)
      .filter((c): c is string => !!c);
    if (named.length > 0) named.forEach((c) => countries.add(c));
    else if (NANP.test(text(entry.regex))) countries.add('US');
  }
  return countries.size === 1 ? [...countries][0] : undefined;
}

/** Maps what `cc.register()` resolved to an `AgentProfile`, validated with `parseProfile` (`BAD_RESPONSE` if it fails). */
export function mapWebexProfile(profile: WebexProfile): AgentProfile {
  if (!profile || typeof profile !== 'object') return parseProfile(profile);
  const email = text(profile.agentMailId);
  const defaultDialNumber = text(profile.defaultDn);
  const country = countryFromDialPlan(profile.dialPlan);
  const restricted = (profile.forceDefaultDn === true || profile.forceDefaultDnForAgent === true) && !!defaultDialNumber;
  return parseProfile({
    agentId: text(profile.agentId),
    email,
    displayName: displayNameOf(profile.agentName) || email,
    loginOptions: loginOptionsOf(profile),
    teams: teamsOf(profile.teams),
    ...(defaultDialNumber ? { defaultDialNumber } : {}),
    // Only restrict when there is a default to use: read-only empty fields would block the agent.
    ...(restricted ? { dialNumberRestricted: true } : {}),
    ...(country ? { defaultCountry: country } : {}),
  });
}

// ——— errors ———

const REASON = /^[A-Z][A-Z0-9_]{2,63}$/;

function firstString(...values: unknown[]): string | undefined {
  return values.find((v): v is string => typeof v === 'string' && v.trim() !== '')?.trim();
}

/** The backend's reason and tracking ID, wherever this SDK release put them. */
function readSdkError(error: WebexSdkError): { reason?: string; trackingId?: string } {
  const details = typeof error.details === 'object' && error.details !== null ? error.details : undefined;
  const data = typeof error.data === 'object' && error.data !== null ? error.data : undefined;
  const message = typeof error.message === 'string' && REASON.test(error.message) ? error.message : undefined;
  return {
    reason: firstString(details?.data?.reason, data?.reason, message),
    trackingId: firstString(
      details?.trackingId,
      details?.data?.trackingId,
      data?.trackingId,
      error.trackingId,
      error.headers?.trackingid,
      error.headers?.TrackingID,
    ),
  };
}

/**
 * Whatever the SDK rejected with, as an `AgentServiceError` with our code and the SDK's tracking
 * ID (see the table above).
 */
export function toWebexError(error: unknown): AgentServiceError {
  if (error instanceof AgentServiceError || typeof error !== 'object' || error === null) return toAgentError(error);
  const e = error as WebexSdkError;
  const { reason, trackingId } = readSdkError(e);
  const status = typeof e.statusCode === 'number' ? e.statusCode : undefined;
  const id = typeof e.id === 'string' ? e.id : '';
  let code: AgentErrorCode | undefined = reason ? WEBEX_REASON_CODES[reason] : undefined;
  if (!code && /^Service\.aqm\.reqs\.Timeout/.test(id)) code = 'TIMEOUT';
  if (!code && status !== undefined) code = HTTP_CODES[status];
  if (!code) code = toAgentError(error).code;
  // Through toAgentError so the tracking ID is shape-checked like every other service's.
  return toAgentError({ code, trackingId });
}

// ——— abort ———

const abortError = () => new DOMException('The operation was aborted.', 'AbortError');

/** Runs `start` unless `signal` is aborted; rejects with an AbortError as soon as it aborts. */
function abortable<T>(signal: AbortSignal | undefined, start: () => Promise<T>): Promise<T> {
  if (signal?.aborted) return Promise.reject(abortError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError());
    signal?.addEventListener('abort', onAbort, { once: true });
    const settle = () => signal?.removeEventListener('abort', onAbort);
    let call: Promise<T>;
    try {
      call = Promise.resolve(start());
    } catch (error) {
      call = Promise.reject(error);
    }
    call.then(
      (value) => {
        settle();
        resolve(value);
      },
      (error: unknown) => {
        settle();
        reject(error);
      },
    );
  });
}

// ——— the service ———

const LOGOUT_REASONS: Readonly<Record<string, WebexLogoutReason>> = {
  inactivity: 'Inactivity Logout',
  'Inactivity Logout': 'Inactivity Logout',
  'User requested agent profile update': 'User requested agent profile update',
};

type Connectivity = NonNullable<WebexServiceOptions['connectivity']>;

function defaultConnectivity(): Connectivity | null {
  const g = globalThis as Partial<Connectivity>;
  return typeof g.addEventListener === 'function' && typeof g.removeEventListener === 'function' ? (g as Connectivity) : null;
}

class WebexService implements WebexAgentService {
  private readonly cc: WebexContactCenter;
  private readonly connectivity: Connectivity | null;
  private readonly now: () => number;
  private readonly listeners = new Set<(event: ServiceEvent) => void>();
  private readonly detach: (() => void)[] = [];
  private registering: Promise<AgentProfile> | null = null;
  /** Whether a station is logged in, as far as the SDK has told us. */
  private stationActive = false;
  /** Our own `stationLogout` is under way: its `agent:logoutSuccess` is not an expiry. */
  private loggingOut = false;
  private offlineSince: number | null = null;
  private recoveryMs = WEBEX_DEFAULT_RECOVERY_MS;

  constructor(cc: WebexContactCenter, options: WebexServiceOptions) {
    this.cc = cc;
    this.connectivity = options.connectivity === undefined ? defaultConnectivity() : options.connectivity;
    this.now = options.now ?? Date.now;
  }

  /** Webex agents sign in with OAuth: the widget never shows its credential steps. */
  readonly credentials = false;

  signIn(): Promise<AgentProfile> {
    // Webex agents sign in with OAuth before the SDK instance reaches us.
    return Promise.reject(new AgentServiceError('NOT_SUPPORTED', { message: 'Webex signs in with OAuth: use restoreSession().' }));
  }

  restoreSession(signal?: AbortSignal): Promise<AgentProfile | null> {
    return abortable(signal, () => this.registration());
  }

  async stationLogin(request: StationLoginRequest, signal?: AbortSignal): Promise<void> {
    const { teamId, loginOption, dialNumber } = request;
    const login: WebexAgentLogin = {
      teamId,
      ...(loginOption ? { loginOption } : {}),
      ...(loginOption && loginOption !== 'BROWSER' && dialNumber ? { dialNumber } : {}),
    };
    await abortable(signal, async () => {
      try {
        await this.cc.stationLogin(login);
        this.stationActive = true;
      } catch (error) {
        throw toWebexError(error);
      }
    });
  }

  async stationLogout(request: { reason: string }, signal?: AbortSignal): Promise<void> {
    const logoutReason = LOGOUT_REASONS[request.reason] ?? 'User requested logout';
    await abortable(signal, async () => {
      this.loggingOut = true;
      try {
        await this.cc.stationLogout({ logoutReason });
        this.stationActive = false;
      } catch (error) {
        throw toWebexError(error);
      } finally {
        this.loggingOut = false;
      }
    });
  }

  subscribe(listener: (event: ServiceEvent) => void): () => void {
    this.listeners.add(listener);
    if (this.listeners.size === 1) this.attach();
    return () => {
      if (!this.listeners.delete(listener)) return;
      if (this.listeners.size === 0) this.release();
    };
  }

  // ——— internals ———

  /** One `register()` at a time: concurrent restores share it. */
  private registration(): Promise<AgentProfile> {
    if (!this.registering) {
      const call = this.register();
      this.registering = call;
      const clear = () => {
        if (this.registering === call) this.registering = null;
      };
      call.then(clear, clear);
    }
    return this.registering;
  }

  private async register(): Promise<AgentProfile> {
    try {
      const raw = await this.cc.register();
      const profile = mapWebexProfile(raw);
      // A reload while the station is logged in: its later logout is an expiry, not ours.
      if (raw.isAgentLoggedIn === true) this.stationActive = true;
      const recovery = raw.lostConnectionRecoveryTimeout;
      if (typeof recovery === 'number' && Number.isFinite(recovery) && recovery > 0) this.recoveryMs = recovery;
      return profile;
    } catch (error) {
      throw toWebexError(error);
    }
  }

  private emit(event: ServiceEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener({ ...event });
      } catch (error) {
        // One faulty listener must not starve the others; the error still surfaces.
        console.error('webex-service: a ServiceEvent listener threw', error);
      }
    }
  }

  private on(event: string, handler: WebexListener): void {
    this.cc.on(event, handler);
    this.detach.push(() => this.cc.off(event, handler));
  }

  private attach(): void {
    this.on(WEBEX_EVENTS.multiLogin, (payload?: { type?: unknown; trackingId?: unknown }) => {
      const type = payload?.type;
      if (type !== undefined && type !== 'AgentMultiLoginCloseSession') return;
      this.emit(withTrackingId({ type: 'session-conflict' }, payload?.trackingId));
    });
    this.on(WEBEX_EVENTS.stationLoginSuccess, () => {
      this.stationActive = true;
    });
    this.on(WEBEX_EVENTS.reloginSuccess, () => {
      this.stationActive = true;
      this.recover();
    });
    this.on(WEBEX_EVENTS.logoutSuccess, () => {
      const expired = this.stationActive && !this.loggingOut;
      if (!this.loggingOut) this.stationActive = false;
      if (expired) this.expire();
    });
    this.on(WEBEX_EVENTS.rona, (payload?: { trackingId?: unknown }) => {
      this.emit(withTrackingId({ type: 'rona' }, payload?.trackingId));
    });
    const target = this.connectivity;
    if (target) {
      const offline = () => this.lose();
      const online = () => this.regain();
      target.addEventListener('offline', offline);
      target.addEventListener('online', online);
      this.detach.push(() => {
        target.removeEventListener('offline', offline);
        target.removeEventListener('online', online);
      });
    }
  }

  private release(): void {
    for (const undo of this.detach.splice(0)) undo();
    this.offlineSince = null;
  }

  private lose(): void {
    if (this.offlineSince !== null) return;
    this.offlineSince = this.now();
    this.emit({ type: 'degraded', features: [] });
  }

  private regain(): void {
    if (this.offlineSince === null) return;
    const away = this.now() - this.offlineSince;
    // Past the SDK's recovery window it stops reconnecting and the backend logs the agent out.
    if (this.stationActive && away >= this.recoveryMs) {
      this.offlineSince = null;
      this.stationActive = false;
      this.expire();
    } else {
      this.recover();
    }
  }

  private recover(): void {
    if (this.offlineSince === null) return;
    this.offlineSince = null;
    this.emit({ type: 'restored' });
  }

  private expire(): void {
    this.offlineSince = null;
    this.emit({ type: 'session-expired' });
  }
}

const TRACKING_ID = /^[\w.:-]{1,128}$/;

function withTrackingId<T extends { type: 'session-conflict' | 'rona' }>(event: T, trackingId: unknown): T & { trackingId?: string } {
  return typeof trackingId === 'string' && TRACKING_ID.test(trackingId) ? { ...event, trackingId } : event;
}

/**
 * Wraps an initialised Webex Contact Center SDK instance (`webex.cc`, after `webex.once('ready')`)
 * as an `AgentService`. The flow starts at the preferences step: `restoreSession()` registers the
 * SDK and maps the agent profile.
 *
 * ```ts
 * import { createWebexService } from 'agent-login-elements';
 * document.querySelector('agent-login')!.service = createWebexService(webex.cc);
 * ```
 *
 * @throws {TypeError} when `cc` lacks `register`, `stationLogin`, `stationLogout`, `on` or `off`.
 */
export function createWebexService(cc: WebexContactCenter, options: WebexServiceOptions = {}): WebexAgentService {
  const missing = (['register', 'stationLogin', 'stationLogout', 'on', 'off'] as const).filter(
    (name) => typeof (cc as Partial<WebexContactCenter> | null | undefined)?.[name] !== 'function',
  );
  if (missing.length > 0) {
    throw new TypeError(`createWebexService: expected an initialised webex.cc instance; missing ${missing.join(', ')}.`);
  }
  return new WebexService(cc, options);
}
