/**
 * Local declarations of the part of Cisco's `@webex/contact-center` SDK (`webex.cc`) that
 * `createWebexService` uses. The SDK is not a dependency of this package (proprietary licence,
 * about 1 MB gzipped): these shapes are written from its published API — `ContactCenter`
 * (`src/cc.ts`), `Profile` and `Team` (`src/services/config/types.ts`), `AgentLogin` and `Logout`
 * (`src/types.ts`, `src/services/agent/types.ts`), `AGENT_EVENTS` (`src/services/agent/types.ts`),
 * `Failure` (`src/services/core/GlobalTypes.ts`) and `getErrorDetails` (`src/services/core/Utils.ts`)
 * — and the developer guide (developer.webex.com, "Contact Center Web SDK: Authentication").
 *
 * They are deliberately loose where the SDK's runtime differs from its typings, so a real
 * `webex.cc` is always assignable to `WebexContactCenter`:
 * - `Profile.teams` is typed `{ teamId, teamName }[]` but `register()` resolves the team records of
 *   the configuration API, `{ id, name, active, … }` (the guide: "each item includes at least id
 *   and name"), so both spellings are optional here.
 * - Every profile field but `agentId` is optional: older releases leave some out (one spells the
 *   default DN source `deafultDialledNumber`, so `defaultDn` arrives `undefined`).
 */

/** How calls reach the agent: Desktop (WebRTC in the browser), an extension, or a dial number. */
export type WebexLoginOption = 'BROWSER' | 'EXTENSION' | 'AGENT_DN';

/** A team of the agent profile: `{ id, name }` at runtime, `{ teamId, teamName }` in the SDK's typings. */
export interface WebexTeam {
  readonly id?: string;
  readonly name?: string;
  readonly teamId?: string;
  readonly teamName?: string;
  /** `false` for a team an administrator has deactivated. */
  readonly active?: boolean;
  readonly desktopLayoutId?: string;
}

/** One entry of the agent's dial plan (the SDK filters the organisation's plans down to these). */
export interface WebexDialPlanEntry {
  /** Regular expression a dial number must match, e.g. `1[0-9]{3}[2-9][0-9]{6}([,]{1,10}[0-9]+){0,1}` for "US". */
  readonly regex?: string;
  readonly prefix?: string;
  readonly strippedChars?: string;
  /** The administrator's name for the plan, e.g. `US`, `UK`, `Any Format`. */
  readonly name?: string;
}

/** The agent's dial plan; absent when ad-hoc dialling is off in the desktop profile. */
export interface WebexDialPlan {
  /** `adhocDial`. */
  readonly type?: string;
  readonly dialPlanEntity?: readonly WebexDialPlanEntry[];
}

/** What `cc.register()` resolves: the agent's profile and configuration (the fields this adapter reads). */
export interface WebexProfile {
  readonly agentId: string;
  /** `${firstName} ${lastName}` as the SDK builds it. */
  readonly agentName?: string;
  readonly agentMailId?: string;
  readonly teams?: readonly WebexTeam[];
  /** The default dial number an administrator configured for the agent. */
  readonly defaultDn?: string;
  /** The current dial number (the SDK copies `defaultDn` into it on register). */
  readonly dn?: string;
  /** Tenant setting: agents must use their default DN. */
  readonly forceDefaultDn?: boolean;
  /** Desktop-profile setting: this agent must use the provisioned value (`agentDNValidation: PROVISIONED_VALUE`). */
  readonly forceDefaultDnForAgent?: boolean;
  readonly dialPlan?: WebexDialPlan;
  /** Allowed login options; `BROWSER` works only when `webRtcEnabled`. */
  readonly loginVoiceOptions?: readonly string[];
  /** Whether the organisation allows browser calling (WebRTC). */
  readonly webRtcEnabled?: boolean;
  /** The agent is already logged in to a station (a page reload, or another tab). */
  readonly isAgentLoggedIn?: boolean;
  readonly deviceType?: string;
  readonly currentTeamId?: string;
  /** How long, in milliseconds, the SDK tries to win back a lost connection before giving up (SDK default 50,000). */
  readonly lostConnectionRecoveryTimeout?: number;
}

/**
 * What `cc.stationLogin()` takes (`AgentLogin`). `loginOption` is required in the SDK's typing; a
 * digital-only agent has no telephony option to give, so it is optional here and left out.
 */
export interface WebexAgentLogin {
  teamId: string;
  loginOption?: WebexLoginOption;
  /** The extension or dial number; not used for `BROWSER`. */
  dialNumber?: string;
}

/** The reasons the SDK's `Logout` type lists. */
export type WebexLogoutReason = 'User requested logout' | 'Inactivity Logout' | 'User requested agent profile update';

/** What `cc.stationLogout()` takes (`Logout`). */
export interface WebexLogout {
  logoutReason?: WebexLogoutReason;
}

/** The backend's failure notification (`Failure`), carried on SDK errors as `details`. */
export interface WebexFailure {
  readonly type?: string;
  readonly orgId?: string;
  readonly trackingId?: string;
  readonly data?: {
    readonly reason?: string;
    readonly reasonCode?: number;
    readonly trackingId?: string;
    readonly agentId?: string;
  };
}

/**
 * The shapes an SDK call rejects with, all optional:
 * - public methods (`stationLogin`, `stationLogout`) rethrow `getErrorDetails(...)`: an `Error`
 *   whose `message` is the backend's reason (`DUPLICATE_LOCATION`) and whose `data` is
 *   `{ message, fieldName }`. Current releases drop the tracking ID there; where a release keeps
 *   it, it is `data.trackingId`.
 * - `register()` rethrows the service error as is: an `Err.Details` with `id`
 *   (`Service.aqm.reqs.Timeout`, `Service.reqs.generic.failure`, …) and `details` (a `Failure`, or
 *   `{ trackingId, msg }` for an HTTP failure), or a `WebexHttpError` with `statusCode` and `headers.trackingid`.
 */
export interface WebexSdkError {
  readonly name?: string;
  readonly message?: string;
  readonly id?: string;
  readonly statusCode?: number;
  readonly trackingId?: string;
  readonly headers?: { readonly trackingid?: string; readonly TrackingID?: string };
  readonly details?: WebexFailure;
  readonly data?: { readonly reason?: string; readonly trackingId?: string; readonly fieldName?: string };
}

/** Payload of `agent:multiLogin`: `type` is `AgentMultiLoginCloseSession` when this session is closed. */
export interface WebexMultiLoginPayload {
  readonly type?: string;
  readonly trackingId?: string;
}

/** Payload of `agent:logoutSuccess` (`AgentLogoutSuccess`). */
export interface WebexLogoutPayload {
  readonly type?: string;
  readonly trackingId?: string;
  /** Who signed the agent out, when it was not the agent (a supervisor). */
  readonly loggedOutBy?: string;
}

/** Payload of `AgentOfferContactRona`: a contact offered to the agent went unanswered. */
export interface WebexRonaPayload {
  readonly type?: string;
  readonly interactionId?: string;
  readonly reason?: string;
  readonly trackingId?: string;
}

/**
 * The SDK's event names this adapter listens to. The `agent:*` names are `AGENT_EVENTS`; the SDK
 * also re-emits every routing notification under its own `data.type`, which is how
 * `AgentOfferContactRona` (RONA) reaches `cc.on`.
 */
export const WEBEX_EVENTS = {
  multiLogin: 'agent:multiLogin',
  stationLoginSuccess: 'agent:stationLoginSuccess',
  stationLoginFailed: 'agent:stationLoginFailed',
  reloginSuccess: 'agent:reloginSuccess',
  logoutSuccess: 'agent:logoutSuccess',
  logoutFailed: 'agent:logoutFailed',
  dnRegistered: 'agent:dnRegistered',
  rona: 'AgentOfferContactRona',
} as const;

/** One of `WEBEX_EVENTS`. */
export type WebexEventName = (typeof WEBEX_EVENTS)[keyof typeof WEBEX_EVENTS];

/** A listener as `cc.on` takes it. */
// The SDK's emitter passes untyped payloads; the adapter reads them defensively.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type WebexListener = (payload?: any) => void;

/**
 * The initialised `webex.cc` instance the host passes in (after `webex.once('ready')`). Only these
 * members are used; the SDK's own `ContactCenter` class satisfies this interface.
 */
export interface WebexContactCenter {
  /** Connects the SDK to Contact Center and resolves the agent profile. */
  register(): Promise<WebexProfile>;
  /** Logs the agent in to a station; rejects with a `WebexSdkError`. */
  stationLogin(request: WebexAgentLogin): Promise<unknown>;
  /** Logs the agent out of the station; rejects with a `WebexSdkError`. */
  stationLogout(request: WebexLogout): Promise<unknown>;
  /** Adds an event listener (the SDK's `EventEmitter`). */
  on(event: string, listener: WebexListener): unknown;
  /** Removes an event listener. */
  off(event: string, listener: WebexListener): unknown;
}
