/**
 * The public contract between the sign-in elements and a backend. An integrator plugs their own
 * backend in by implementing {@link AgentService}; `createDemoService()` is the embedded reference.
 *
 * These names are fixed by issue #2: add to them, never rename.
 */

/** How the agent handles calls: Desktop (WebRTC in the browser), an Extension, or a Dial number. */
export type LoginOption = 'BROWSER' | 'EXTENSION' | 'AGENT_DN';

/** A team the agent may sign in to. `name` is untrusted server text. */
export interface Team {
  id: string;
  name: string;
}

/** A collaboration sign-in offered after the password (e.g. Microsoft Teams). */
export interface CollaborationProvider {
  provider: string;
  label: string;
}

/** What the backend knows about the signed-in agent. */
export interface AgentProfile {
  agentId: string;
  email: string;
  displayName: string;
  /** `[]` = a digital-only agent: no telephony choices at all. */
  loginOptions: LoginOption[];
  teams: Team[];
  /** Admin default DN (E.164) or extension. */
  defaultDialNumber?: string;
  /** Only the default may be used: the fields are read-only. */
  dialNumberRestricted?: boolean;
  /** Pre-validated extensions: one is pre-filled, several give a drop-down. */
  extensions?: string[];
  /** Pre-validated E.164 numbers: one is pre-filled, several give a drop-down. */
  dialNumbers?: string[];
  /** ISO 3166-1 alpha-2: the preselected country, and how IDD prefixes are read. */
  defaultCountry?: string;
  /** Sign-ins to offer after the password. */
  collaboration?: CollaborationProvider[];
  /** Browser calling needs the agent to accept the E911 notice first. */
  e911Required?: boolean;
}

/** What `stationLogin` receives: the team and how calls are handled. `dialNumber` is E.164 or an extension. */
export interface StationLoginRequest {
  teamId: string;
  loginOption?: LoginOption;
  dialNumber?: string;
}

/** Pushed by the backend while the agent is signed in. */
export type ServiceEvent =
  | { type: 'session-expired' }
  | { type: 'session-conflict'; trackingId?: string }
  | { type: 'degraded'; features: string[]; message?: string }
  | { type: 'restored' }
  | { type: 'rona'; trackingId?: string };

/** Email and password, handed to `signIn` only: never stored, logged or put in an event. */
export interface Credentials {
  email: string;
  password: string;
}

/** A password reset with the six-digit code sent by email. */
export interface PasswordResetRequest {
  email: string;
  code: string;
  newPassword: string;
}

/**
 * The backend adapter. A failed call rejects with an error that has a string `code` (see
 * `AgentErrorCode`) and may have a `trackingId`; it is recognised by shape, so adapters need not
 * import `AgentServiceError`. Every call takes an `AbortSignal`, aborted when the element is removed.
 */
export interface AgentService {
  /**
   * `false` when agents sign in elsewhere (OAuth/SSO) and the session only comes from
   * `restoreSession()`: the widget then never asks for an email or password, and tells the agent
   * to sign in with their organisation and reload when there is no session. Default `true`.
   */
  readonly credentials?: boolean;
  signIn(credentials: Credentials, signal?: AbortSignal): Promise<AgentProfile>;
  /** A live session: skip the credentials. Resolves `null` when there is none. */
  restoreSession?(signal?: AbortSignal): Promise<AgentProfile | null>;
  /** Sends a six-digit code by email. */
  requestPasswordReset?(email: string, signal?: AbortSignal): Promise<void>;
  resetPassword?(request: PasswordResetRequest, signal?: AbortSignal): Promise<void>;
  connectCollaboration?(provider: string, signal?: AbortSignal): Promise<void>;
  stationLogin(request: StationLoginRequest, signal?: AbortSignal): Promise<void>;
  stationLogout(request: { reason: string }, signal?: AbortSignal): Promise<void>;
  /** Listens to session events; returns the unsubscribe function. */
  subscribe?(listener: (event: ServiceEvent) => void): () => void;
}
