/**
 * The sign-in flow's state and events. A state is plain data (no password, ever); an event is an
 * intent from the agent, the host or a finished request; an effect is work for the controller.
 */
import type { AgentProfile, LoginOption, ServiceEvent, StationLoginRequest } from '../../contract/agent-service.js';
import type { AgentErrorCode } from '../../contract/errors.js';
import type { PreferencesPrefill } from '../preferences/model.js';
import type { BannerMessage } from '../session/messages.js';
import type { ValidationCode } from '../validation.js';

/** The steps of the flow, as `agent-step-change` reports them. */
export type Step =
  | 'starting'
  | 'email'
  | 'password'
  | 'forgot-password'
  | 'collaboration'
  | 'preferences'
  | 'signed-in'
  | 'signed-out';

/** Why the agent left the signed-in state. */
export type SignOutReason = 'user' | 'host' | 'session-expired' | 'taken-over' | 'error';

/** Requests that block their step while they run (one at a time: no double submission). */
export type Operation =
  | 'restore'
  | 'sign-in'
  | 'request-code'
  | 'reset'
  | 'station-login'
  | 'station-logout';

/** Fields an error can sit next to. */
export type Field = 'email' | 'password' | 'code' | 'newPassword' | 'confirmPassword' | 'dialNumber' | 'team';

export interface FlowError {
  readonly code: AgentErrorCode | ValidationCode;
  readonly trackingId?: string;
  /** The field the error concerns; none for a step-level error. */
  readonly field?: Field;
}

export type Notice =
  | { readonly kind: 'code-sent' }
  | { readonly kind: 'password-reset' }
  | { readonly kind: 'auto-login-failed'; readonly code: AgentErrorCode; readonly trackingId?: string };

export type CollaborationStatus = 'idle' | 'connecting' | 'connected' | 'failed' | 'skipped';

export interface CollaborationEntry {
  readonly provider: string;
  readonly label: string;
  readonly status: CollaborationStatus;
  /** Id of the running request (late answers to an older one are ignored). */
  readonly request?: number;
  readonly code?: AgentErrorCode;
  readonly trackingId?: string;
}

/** What `<interaction-preferences>` last reported. */
export interface PreferencesDraft {
  readonly loginOption: LoginOption | null;
  readonly dialNumber?: string;
  readonly international: boolean;
  readonly country?: string;
  readonly valid: boolean;
}

/** The preferences step's working values. */
export interface Draft {
  readonly preferences: PreferencesDraft | null;
  readonly teamId: string | null;
  readonly autoLogin: boolean;
  /** E911 notice accepted (only asked when the profile requires it for Desktop). */
  readonly e911Accepted: boolean;
}

/** The station the agent is signed in with. */
export interface SignedInSession {
  readonly teamId: string;
  readonly teamName: string;
  readonly loginOption?: LoginOption;
  readonly dialNumber?: string;
  readonly autoLogin: boolean;
}

export interface FlowState {
  readonly step: Step;
  /** Kept across steps so going back never loses it. */
  readonly email: string;
  readonly profile: AgentProfile | null;
  /** The running blocking request and its id. */
  readonly pending: {
    readonly op: Operation;
    readonly id: number;
    /** `station-login`: the automatic sign-in with saved preferences. */
    readonly auto?: boolean;
    /** `station-logout`: who asked. */
    readonly reason?: 'user' | 'host';
    /** `station-login`: the request as sent (the draft may not change it meanwhile). */
    readonly request?: StationLoginRequest;
  } | null;
  readonly error: FlowError | null;
  readonly notice: Notice | null;
  /** Forgot-password stage: ask for the code, then enter it. */
  readonly resetStage: 'request' | 'verify';
  readonly collaboration: readonly CollaborationEntry[];
  /** Saved preferences (pre-fill) for the profile's agent. */
  readonly saved: PreferencesPrefill | null;
  readonly draft: Draft;
  readonly session: SignedInSession | null;
  readonly busy: boolean;
  readonly messages: readonly BannerMessage[];
  /** A counter for request ids. */
  readonly seq: number;
}

/**
 * A signed-in profile with its remembered preferences already resolved by the controller (storage
 * is not the machine's business): the pre-fill, and the station login to run automatically, or why
 * the saved automatic sign-in cannot run.
 */
export interface Arrival {
  readonly profile: AgentProfile;
  readonly prefill: PreferencesPrefill | null;
  readonly autoLogin: StationLoginRequest | null;
  readonly autoLoginBlocked?: AgentErrorCode;
}

export type FlowEvent =
  | { type: 'START'; hasService: boolean; canRestore: boolean }
  | { type: 'EMAIL_SUBMITTED'; email: string }
  | { type: 'PASSWORD_SUBMITTED'; password: string }
  | { type: 'BACK_TO_EMAIL' }
  | { type: 'FORGOT_PASSWORD' }
  | { type: 'CODE_REQUESTED' }
  | { type: 'RESET_SUBMITTED'; code: string; newPassword: string; confirmPassword: string }
  | { type: 'BACK_TO_PASSWORD' }
  | { type: 'COLLABORATION_CONNECT'; provider: string }
  | { type: 'COLLABORATION_SKIP'; provider: string }
  | { type: 'PREFERENCES_CHANGED'; value: PreferencesDraft }
  | { type: 'TEAM_CHANGED'; teamId: string | null }
  | { type: 'AUTO_LOGIN_CHANGED'; on: boolean }
  | { type: 'E911_ACCEPTED'; on: boolean }
  | { type: 'SAVE_REQUESTED' }
  | { type: 'SIGN_OUT_REQUESTED'; reason: 'user' | 'host' }
  | { type: 'SIGN_IN_AGAIN' }
  | { type: 'BUSY_CHANGED'; busy: boolean }
  | { type: 'SERVICE_EVENT'; event: ServiceEvent }
  | { type: 'TAB_CONFLICT' }
  | { type: 'TAKEOVER' }
  | { type: 'BANNER_DISMISSED'; id: string }
  | { type: 'PREFERENCES_NOT_SAVED' }
  | { type: 'AUTO_LOGIN_SETTING_CHANGED'; on: boolean }
  | { type: 'CONNECTION_CHANGED'; online: boolean }
  | { type: 'ABORTED' }
  // Answers to effects, matched by request id:
  | { type: 'RESTORED'; id: number; arrival: Arrival | null }
  | { type: 'SIGNED_IN'; id: number; arrival: Arrival }
  | { type: 'CODE_SENT'; id: number }
  | { type: 'PASSWORD_RESET'; id: number }
  | { type: 'COLLABORATION_CONNECTED'; id: number }
  | { type: 'STATION_LOGGED_IN'; id: number }
  | { type: 'STATION_LOGGED_OUT'; id: number }
  | { type: 'REQUEST_FAILED'; id: number; code: AgentErrorCode; trackingId?: string };

/** What `agent-signed-in` carries (JSON-serialisable). */
export interface SignedInDetail {
  readonly agentId: string;
  readonly email: string;
  readonly displayName: string;
  readonly teamId: string;
  readonly teamName: string;
  readonly loginOption?: LoginOption;
  readonly dialNumber?: string;
  readonly autoLogin: boolean;
}

/** Preferences to remember after a successful station login. */
export interface PreferencesToSave {
  readonly loginOption?: LoginOption;
  readonly dialNumber?: string;
  readonly international: boolean;
  readonly country?: string;
  readonly teamId: string;
  readonly autoLogin: boolean;
  /** Collaboration providers the agent skipped. */
  readonly skipped: string[];
}

export type Effect =
  | { type: 'restoreSession'; id: number }
  | { type: 'signIn'; id: number; email: string; password: string }
  | { type: 'requestPasswordReset'; id: number; email: string }
  | { type: 'resetPassword'; id: number; email: string; code: string; newPassword: string }
  | { type: 'connectCollaboration'; id: number; provider: string }
  | { type: 'stationLogin'; id: number; request: StationLoginRequest }
  | { type: 'stationLogout'; id: number; reason: string }
  | { type: 'abort' }
  | { type: 'savePreferences'; agentId: string; preferences: PreferencesToSave }
  | { type: 'setAutoLogin'; agentId: string; on: boolean }
  | { type: 'claimTab'; agentId: string }
  | { type: 'releaseTab' }
  | { type: 'signedIn'; detail: SignedInDetail }
  | { type: 'signedOut'; reason: SignOutReason }
  | { type: 'error'; code: AgentErrorCode; trackingId?: string; step: Step };
