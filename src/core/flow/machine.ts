/**
 * The sign-in flow as a pure reducer: `transition(state, event)` returns the next state and the
 * work to do (effects), and never touches the DOM, the network or storage. The controller runs the
 * effects and feeds their answers back as events carrying the request id; an answer whose id is
 * not the pending one (the agent went back, the element was removed) is ignored, which is what
 * makes double submission and late answers harmless.
 *
 * email → password (→ forgot-password: request code → verify) → collaboration (optional, never
 * blocking) → preferences (or automatic station login with saved preferences) → signed-in →
 * signed-out. The password only ever travels from its event to the `signIn` effect.
 */
import type { AgentProfile, ServiceEvent, StationLoginRequest } from '../../contract/agent-service.js';
import type { AgentErrorCode } from '../../contract/errors.js';
import { removeMessage, upsertMessage, type BannerMessage } from '../session/messages.js';
import { checkCode, checkEmail, checkNewPassword, checkPassword } from '../validation.js';
import type {
  Arrival,
  Draft,
  Effect,
  Field,
  FlowEvent,
  FlowState,
  Operation,
  PreferencesDraft,
  Step,
} from './states.js';

export interface Transition {
  readonly state: FlowState;
  readonly effects: readonly Effect[];
}

const EMPTY_DRAFT: Draft = { preferences: null, teamId: null, autoLogin: false, e911Accepted: false };

/** The state before `START`. */
export function initialState(email = ''): FlowState {
  return {
    step: 'starting',
    email,
    profile: null,
    pending: null,
    error: null,
    notice: null,
    resetStage: 'request',
    collaboration: [],
    saved: null,
    draft: EMPTY_DRAFT,
    session: null,
    busy: false,
    messages: [],
    seq: 0,
  };
}

/** Station-login errors sit next to the field they concern. */
export function fieldOf(code: AgentErrorCode): Field | undefined {
  switch (code) {
    case 'DN_INVALID':
    case 'DN_IN_USE':
      return 'dialNumber';
    case 'TEAM_INVALID':
      return 'team';
    case 'INVALID_CREDENTIALS':
      return 'password';
    case 'INVALID_CODE':
      return 'code';
    default:
      return undefined;
  }
}

/** Whether the preferences draft is complete: valid call handling, a team, E911 accepted if needed. */
export function canSave(state: FlowState): boolean {
  const { draft, profile } = state;
  if (!profile || !draft.teamId || !profile.teams.some((t) => t.id === draft.teamId)) return false;
  const prefs = draft.preferences;
  const telephony = profile.loginOptions.length > 0;
  if (telephony && (!prefs || !prefs.valid || !prefs.loginOption)) return false;
  if (needsE911(state) && !draft.e911Accepted) return false;
  return true;
}

/** Desktop (browser calling) chosen by an agent whose profile requires the E911 notice. */
export function needsE911(state: FlowState): boolean {
  return !!state.profile?.e911Required && state.draft.preferences?.loginOption === 'BROWSER';
}

/** Whether the agent may sign out now (not on a conversation, nothing else running). */
export function canSignOut(state: FlowState): boolean {
  return state.step === 'signed-in' && !state.busy && state.pending === null;
}

export function transition(s: FlowState, e: FlowEvent): Transition {
  switch (e.type) {
    case 'START':
      if (!e.hasService) return to({ ...s, step: 'email', error: { code: 'NO_SERVICE' } }, [err('NO_SERVICE', 'email')]);
      if (e.canRestore) return begin({ ...s, step: 'starting' }, 'restore', (id) => [{ type: 'restoreSession', id }]);
      return to({ ...s, step: 'email' });

    case 'RESTORED':
      if (!answers(s, e.id, 'restore')) return stay(s);
      return e.arrival ? arrive(idle(s), e.arrival) : to({ ...idle(s), step: 'email' });

    case 'EMAIL_SUBMITTED': {
      if (s.step !== 'email' || s.error?.code === 'NO_SERVICE') return stay(s);
      const email = checkEmail(e.email);
      if (!email.ok) return to({ ...s, email: e.email, error: { code: email.code, field: 'email' } });
      return to({ ...s, step: 'password', email: email.value, error: null, notice: null });
    }

    case 'PASSWORD_SUBMITTED': {
      if (s.step !== 'password' || s.pending) return stay(s);
      const password = checkPassword(e.password);
      if (!password.ok) return to({ ...s, error: { code: password.code, field: 'password' } });
      return begin({ ...s, error: null }, 'sign-in', (id) => [{ type: 'signIn', id, email: s.email, password: password.value }]);
    }

    case 'SIGNED_IN':
      if (!answers(s, e.id, 'sign-in')) return stay(s);
      return arrive(idle(s), e.arrival);

    case 'BACK_TO_EMAIL':
      if (s.step !== 'password' && s.step !== 'forgot-password') return stay(s);
      return to({ ...idle(s), step: 'email', notice: null, resetStage: 'request' }, s.pending ? [{ type: 'abort' }] : []);

    case 'FORGOT_PASSWORD':
      if (s.step !== 'password' || s.pending) return stay(s);
      return to({ ...s, step: 'forgot-password', resetStage: 'request', error: null, notice: null });

    case 'CODE_REQUESTED':
      if (s.step !== 'forgot-password' || s.pending) return stay(s);
      return begin({ ...s, error: null }, 'request-code', (id) => [{ type: 'requestPasswordReset', id, email: s.email }]);

    case 'CODE_SENT':
      if (!answers(s, e.id, 'request-code')) return stay(s);
      return to({ ...idle(s), resetStage: 'verify', notice: { kind: 'code-sent' } });

    case 'RESET_SUBMITTED': {
      if (s.step !== 'forgot-password' || s.resetStage !== 'verify' || s.pending) return stay(s);
      const code = checkCode(e.code);
      if (!code.ok) return to({ ...s, error: { code: code.code, field: 'code' } });
      const password = checkNewPassword(e.newPassword, e.confirmPassword);
      if (!password.ok) {
        const field = password.code === 'PASSWORDS_DIFFER' ? 'confirmPassword' : 'newPassword';
        return to({ ...s, error: { code: password.code, field } });
      }
      return begin({ ...s, error: null, notice: null }, 'reset', (id) => [
        { type: 'resetPassword', id, email: s.email, code: code.value, newPassword: password.value },
      ]);
    }

    case 'PASSWORD_RESET':
      if (!answers(s, e.id, 'reset')) return stay(s);
      return to({ ...idle(s), step: 'password', resetStage: 'request', notice: { kind: 'password-reset' } });

    case 'BACK_TO_PASSWORD':
      if (s.step !== 'forgot-password') return stay(s);
      return to({ ...idle(s), step: 'password', resetStage: 'request', notice: null }, s.pending ? [{ type: 'abort' }] : []);

    case 'COLLABORATION_CONNECT': {
      const entry = s.collaboration.find((c) => c.provider === e.provider);
      if (!entry || entry.status === 'connecting' || entry.status === 'connected') return stay(s);
      const id = s.seq + 1;
      const next = withEntry({ ...s, seq: id }, e.provider, { status: 'connecting', request: id, code: undefined, trackingId: undefined });
      return to(next, [{ type: 'connectCollaboration', id, provider: e.provider }]);
    }

    case 'COLLABORATION_CONNECTED': {
      const entry = s.collaboration.find((c) => c.request === e.id && c.status === 'connecting');
      if (!entry) return stay(s);
      const next = withEntry(s, entry.provider, { status: 'connected', request: undefined });
      return collaborationSettled(removeMessage(next.messages, `collaboration:${entry.provider}`), next);
    }

    case 'COLLABORATION_SKIP': {
      const entry = s.collaboration.find((c) => c.provider === e.provider);
      if (!entry || s.step !== 'collaboration' || entry.status === 'connected') return stay(s);
      return collaborationSettled(s.messages, withEntry(s, e.provider, { status: 'skipped', request: undefined }));
    }

    case 'PREFERENCES_CHANGED': {
      if (s.pending?.op === 'station-login') return stay(s);
      // <interaction-preferences> also reports its value when it first renders (after a failed
      // automatic sign-in, say): the error stays until the agent changes the entry it is about.
      const before = s.draft.preferences;
      const changed =
        !before ||
        before.loginOption !== e.value.loginOption ||
        (e.value.dialNumber !== undefined && e.value.dialNumber !== before.dialNumber);
      return to({ ...s, draft: { ...s.draft, preferences: e.value }, error: changed ? clearFieldError(s, 'dialNumber') : s.error });
    }

    case 'TEAM_CHANGED':
      if (s.pending?.op === 'station-login') return stay(s);
      return to({ ...s, draft: { ...s.draft, teamId: e.teamId }, error: clearFieldError(s, 'team') });

    case 'AUTO_LOGIN_CHANGED':
      if (s.pending?.op === 'station-login') return stay(s);
      return to({ ...s, draft: { ...s.draft, autoLogin: e.on } });

    case 'E911_ACCEPTED':
      if (s.pending?.op === 'station-login') return stay(s);
      return to({ ...s, draft: { ...s.draft, e911Accepted: e.on } });

    case 'SAVE_REQUESTED': {
      if (s.step !== 'preferences' || s.pending || !canSave(s)) return stay(s);
      const request = stationRequest(s.draft);
      return begin({ ...s, error: null }, 'station-login', (id) => [{ type: 'stationLogin', id, request }], { request });
    }

    case 'STATION_LOGGED_IN':
      if (!answers(s, e.id, 'station-login')) return stay(s);
      return signedIn(idle(s), s.pending!.request ?? stationRequest(s.draft), !!s.pending?.auto);

    case 'SIGN_OUT_REQUESTED':
      if (!canSignOut(s)) return stay(s);
      return begin(s, 'station-logout', (id) => [{ type: 'stationLogout', id, reason: e.reason }], { reason: e.reason });

    case 'STATION_LOGGED_OUT': {
      if (!answers(s, e.id, 'station-logout')) return stay(s);
      const reason = s.pending?.reason ?? 'user';
      return to({ ...signedOutState(s), step: 'signed-out' }, [{ type: 'releaseTab' }, { type: 'signedOut', reason }]);
    }

    case 'SIGN_IN_AGAIN':
      if (s.step !== 'signed-out') return stay(s);
      return to({ ...s, step: 'email', error: null, notice: null });

    case 'BUSY_CHANGED':
      return to({ ...s, busy: e.busy });

    case 'SERVICE_EVENT':
      return serviceEvent(s, e.event);

    case 'TAB_CONFLICT':
      if (s.step !== 'signed-in') return stay(s);
      return to({ ...s, messages: upsertMessage(s.messages, multiSession(s)) });

    case 'TAKEOVER': {
      if (!s.profile || !s.messages.some((m) => m.kind === 'multi-session')) return stay(s);
      const messages = removeMessage(s.messages, 'multi-session');
      return to({ ...s, messages }, [{ type: 'claimTab', agentId: s.profile.agentId }]);
    }

    case 'BANNER_DISMISSED':
      return to({ ...s, messages: removeMessage(s.messages, e.id) });

    case 'PREFERENCES_NOT_SAVED':
      return to({
        ...s,
        messages: upsertMessage(s.messages, { id: 'preferences-not-saved', kind: 'preferences-not-saved', severity: 'warning', dismissible: true }),
      });

    case 'AUTO_LOGIN_SETTING_CHANGED':
      if (!s.profile || !s.session) return stay(s);
      return to({ ...s, session: { ...s.session, autoLogin: e.on }, draft: { ...s.draft, autoLogin: e.on } }, [
        { type: 'setAutoLogin', agentId: s.profile.agentId, on: e.on },
      ]);

    case 'CONNECTION_CHANGED':
      // The browser lost (or found) its network: say so, with reload guidance, until it is back.
      if (e.online) return to({ ...s, messages: removeMessage(s.messages, 'connection-lost') });
      return to({
        ...s,
        messages: upsertMessage(s.messages, { id: 'connection-lost', kind: 'connection-lost', severity: 'warning' }),
      });

    case 'ABORTED':
      return to({
        ...idle(s),
        step: s.pending?.op === 'restore' ? 'email' : s.step,
        collaboration: s.collaboration.map((c) => (c.status === 'connecting' ? { ...c, status: 'idle', request: undefined } : c)),
      });

    case 'REQUEST_FAILED':
      return failed(s, e.id, e.code, e.trackingId);
  }
}

// ——— arrival: after the password, or a restored session ———

function arrive(s: FlowState, a: Arrival): Transition {
  const providers = a.profile.collaboration ?? [];
  const base: FlowState = {
    ...s,
    messages: removeMessage(s.messages, 'session-expired'),
    email: a.profile.email || s.email,
    profile: a.profile,
    saved: a.prefill,
    error: null,
    notice: null,
    session: null,
    collaboration: providers.map((p) => ({ provider: p.provider, label: p.label, status: 'idle' })),
    draft: {
      preferences: null,
      teamId: a.prefill?.teamId && a.profile.teams.some((t) => t.id === a.prefill?.teamId) ? a.prefill.teamId : singleTeam(a.profile),
      autoLogin: !!a.prefill?.autoLogin,
      e911Accepted: false,
    },
  };
  // Browser calling that requires the E911 notice is never started without the agent accepting it.
  const e911 = !!a.profile.e911Required && a.autoLogin?.loginOption === 'BROWSER';
  if (a.autoLogin && !e911) {
    // Automatic sign-in: collaboration sign-ins start in the background and never block it.
    const connects: Effect[] = [];
    let seq = base.seq;
    const collaboration = base.collaboration.map((c) => {
      // What the agent skipped last time stays skipped (Connect is in the profile settings).
      if (a.prefill?.skipped?.includes(c.provider)) return { ...c, status: 'skipped' as const };
      seq += 1;
      connects.push({ type: 'connectCollaboration', id: seq, provider: c.provider });
      return { ...c, status: 'connecting' as const, request: seq };
    });
    const id = seq + 1;
    return to(
      {
        ...base,
        seq: id,
        collaboration,
        draft: { ...base.draft, preferences: draftFromRequest(a.autoLogin, a.prefill), teamId: a.autoLogin.teamId },
        pending: { op: 'station-login', id, auto: true, request: a.autoLogin },
      },
      [...connects, { type: 'stationLogin', id, request: a.autoLogin }],
    );
  }
  const notice = a.autoLoginBlocked ? ({ kind: 'auto-login-failed', code: a.autoLoginBlocked } as const) : null;
  if (providers.length > 0) return to({ ...base, step: 'collaboration', notice });
  return to({ ...base, step: 'preferences', notice });
}

function collaborationSettled(messages: readonly BannerMessage[], s: FlowState): Transition {
  const next = { ...s, messages };
  const open = s.collaboration.some((c) => c.status === 'idle' || c.status === 'connecting');
  if (s.step === 'collaboration' && !open) return to({ ...next, step: 'preferences' });
  return to(next);
}

function signedIn(s: FlowState, request: StationLoginRequest, auto: boolean): Transition {
  const profile = s.profile!;
  const team = profile.teams.find((t) => t.id === request.teamId);
  const session = {
    teamId: request.teamId,
    teamName: team?.name ?? '',
    ...(request.loginOption ? { loginOption: request.loginOption } : {}),
    ...(request.dialNumber ? { dialNumber: request.dialNumber } : {}),
    autoLogin: s.draft.autoLogin,
  };
  const prefs = s.draft.preferences;
  return to({ ...s, step: 'signed-in', session, notice: null, error: null }, [
    {
      type: 'savePreferences',
      agentId: profile.agentId,
      preferences: {
        ...(request.loginOption ? { loginOption: request.loginOption } : {}),
        ...(request.dialNumber ? { dialNumber: request.dialNumber } : {}),
        international: !!prefs?.international,
        ...(prefs?.country ? { country: prefs.country } : {}),
        teamId: request.teamId,
        autoLogin: s.draft.autoLogin,
        skipped: s.collaboration.filter((c) => c.status === 'skipped').map((c) => c.provider),
      },
    },
    { type: 'claimTab', agentId: profile.agentId },
    {
      type: 'signedIn',
      detail: {
        agentId: profile.agentId,
        email: profile.email,
        displayName: profile.displayName,
        ...session,
        autoLogin: auto,
      },
    },
  ]);
}

// ——— failures ———

function failed(s: FlowState, id: number, code: AgentErrorCode, trackingId?: string): Transition {
  const tid = trackingId ? { trackingId } : {};
  const entry = s.collaboration.find((c) => c.request === id && c.status === 'connecting');
  if (entry) {
    // A collaboration sign-in never blocks: a warning, and a retry from the profile settings.
    const next = withEntry(s, entry.provider, { status: 'failed', request: undefined, code, ...tid });
    const message: BannerMessage = {
      id: `collaboration:${entry.provider}`,
      kind: 'collaboration-failed',
      severity: 'warning',
      label: entry.label,
      dismissible: true,
      ...tid,
    };
    return collaborationSettled(upsertMessage(next.messages, message), next);
  }
  if (!s.pending || s.pending.id !== id) return stay(s);
  const op = s.pending.op;
  const auto = !!s.pending.auto;
  const base = idle(s);
  if (code === 'ABORTED') return to(op === 'restore' ? { ...base, step: 'email' } : base);
  const report: Effect = { type: 'error', code, ...tid, step: op === 'station-login' ? 'preferences' : s.step };
  switch (op) {
    case 'restore': {
      // No live session to restore is not an error the agent must act on: ask for the email.
      if (code === 'SESSION_EXPIRED' || code === 'NOT_AUTHORIZED') return to({ ...base, step: 'email' });
      // Anything else: the session could not be restored; say so, with reload guidance.
      const message: BannerMessage = { id: 'connection-lost', kind: 'connection-lost', severity: 'warning', dismissible: true, ...tid };
      return to({ ...base, step: 'email', messages: upsertMessage(s.messages, message) }, [report]);
    }
    case 'station-login': {
      const field = fieldOf(code);
      const notice = auto ? ({ kind: 'auto-login-failed', code, ...tid } as const) : s.notice;
      return to({ ...base, step: 'preferences', notice, error: { code, ...tid, ...(field ? { field } : {}) } }, [report]);
    }
    case 'station-logout':
      return to({ ...base, error: { code, ...tid } }, [report]);
    default: {
      const field = fieldOf(code);
      return to({ ...base, error: { code, ...tid, ...(field ? { field } : {}) } }, [report]);
    }
  }
}

// ——— service events ———

function serviceEvent(s: FlowState, event: ServiceEvent): Transition {
  switch (event.type) {
    case 'session-expired': {
      if (!s.profile) return stay(s);
      const message: BannerMessage = { id: 'session-expired', kind: 'session-expired', severity: 'error', dismissible: true };
      const messages = upsertMessage(
        s.messages.filter((m) => m.kind !== 'multi-session' && m.kind !== 'degraded'),
        message,
      );
      return to({ ...signedOutState(s), step: 'email', messages }, [
        ...(s.pending ? [{ type: 'abort' } as const] : []),
        { type: 'releaseTab' },
        { type: 'signedOut', reason: 'session-expired' },
      ]);
    }
    case 'session-conflict':
      if (!s.profile) return stay(s);
      return to({ ...s, messages: upsertMessage(s.messages, multiSession(s, event.trackingId)) });
    case 'degraded':
      return to({
        ...s,
        messages: upsertMessage(s.messages, {
          id: 'degraded',
          kind: 'degraded',
          severity: 'warning',
          features: event.features,
        }),
      });
    case 'restored':
      return to({ ...s, messages: removeMessage(s.messages, 'degraded') });
    case 'rona':
      return to({
        ...s,
        messages: upsertMessage(s.messages, {
          id: 'rona',
          kind: 'rona',
          severity: 'error',
          dismissible: true,
          ...(event.trackingId ? { trackingId: event.trackingId } : {}),
        }),
      });
  }
}

function multiSession(s: FlowState, trackingId?: string): BannerMessage {
  return { id: 'multi-session', kind: 'multi-session', severity: 'warning', busy: s.busy, ...(trackingId ? { trackingId } : {}) };
}

// ——— helpers ———

function to(state: FlowState, effects: readonly Effect[] = []): Transition {
  return { state, effects };
}

function stay(state: FlowState): Transition {
  return { state, effects: [] };
}

function err(code: AgentErrorCode, step: Step): Effect {
  return { type: 'error', code, step };
}

function begin(
  s: FlowState,
  op: Operation,
  make: (id: number) => Effect[],
  extra: { auto?: boolean; reason?: 'user' | 'host'; request?: StationLoginRequest } = {},
): Transition {
  const id = s.seq + 1;
  return to({ ...s, seq: id, pending: { op, id, ...extra } }, make(id));
}

function answers(s: FlowState, id: number, op: Operation): boolean {
  return s.pending?.id === id && s.pending.op === op;
}

function idle(s: FlowState): FlowState {
  return { ...s, pending: null, error: null };
}

function signedOutState(s: FlowState): FlowState {
  return {
    ...idle(s),
    profile: null,
    session: null,
    saved: null,
    draft: EMPTY_DRAFT,
    collaboration: [],
    notice: null,
    resetStage: 'request',
    messages: s.messages.filter((m) => m.kind === 'session-expired'),
  };
}

function withEntry(s: FlowState, provider: string, patch: Partial<FlowState['collaboration'][number]>): FlowState {
  return { ...s, collaboration: s.collaboration.map((c) => (c.provider === provider ? { ...c, ...patch } : c)) };
}

function clearFieldError(s: FlowState, field: Field): FlowState['error'] {
  return s.error?.field === field || (s.error && !s.error.field && s.step === 'preferences') ? null : s.error;
}

function singleTeam(profile: AgentProfile): string | null {
  return profile.teams.length === 1 ? profile.teams[0].id : null;
}

function stationRequest(d: Draft): StationLoginRequest {
  const p = d.preferences;
  return {
    teamId: d.teamId ?? '',
    ...(p?.loginOption ? { loginOption: p.loginOption } : {}),
    ...(p?.loginOption && p.loginOption !== 'BROWSER' && p.dialNumber ? { dialNumber: p.dialNumber } : {}),
  };
}

function draftFromRequest(r: StationLoginRequest, prefill: Arrival['prefill']): PreferencesDraft {
  return {
    loginOption: r.loginOption ?? null,
    ...(r.dialNumber ? { dialNumber: r.dialNumber } : {}),
    international: !!prefill?.international,
    ...(prefill?.country ? { country: prefill.country } : {}),
    valid: true,
  };
}
