import { expect } from '@open-wc/testing';
import type { AgentProfile, StationLoginRequest } from '../../src/contract/agent-service.js';
import type { AgentErrorCode } from '../../src/contract/errors.js';
import { canSave, canSignOut, fieldOf, initialState, needsE911, transition } from '../../src/core/flow/machine.js';
import type { Arrival, Effect, Field, FlowEvent, FlowState, PreferencesDraft } from '../../src/core/flow/states.js';
import type { PreferencesPrefill } from '../../src/core/preferences/model.js';

const EMAIL = 'ana@example.com';
const PASSWORD = 'Tr0ub4dor&3-secret';
const NEW_PASSWORD = 'correct-horse-battery';
const DN = '+5511987654321';

const TEAMS = [
  { id: 't1', name: 'Sales' },
  { id: 't2', name: 'Support' },
];
const TEAMS_APP = { provider: 'teams', label: 'Microsoft Teams' };
const ZOOM = { provider: 'zoom', label: 'Zoom' };

function profile(over: Partial<AgentProfile> = {}): AgentProfile {
  return {
    agentId: 'ag-1',
    email: EMAIL,
    displayName: 'Ana Lima',
    loginOptions: ['BROWSER', 'EXTENSION', 'AGENT_DN'],
    teams: TEAMS,
    ...over,
  };
}

function arrival(over: Partial<Arrival> = {}): Arrival {
  return { profile: profile(), prefill: null, autoLogin: null, ...over };
}

function prefs(over: Partial<PreferencesDraft> = {}): PreferencesDraft {
  return { loginOption: 'AGENT_DN', dialNumber: DN, international: false, valid: true, ...over };
}

const SAVED: PreferencesPrefill = {
  loginOption: 'AGENT_DN',
  dialNumber: DN,
  international: true,
  country: 'BR',
  teamId: 't2',
  autoLogin: true,
};
const AUTO_REQUEST: StationLoginRequest = { teamId: 't2', loginOption: 'AGENT_DN', dialNumber: DN };
const AUTO_ARRIVAL = arrival({ prefill: SAVED, autoLogin: AUTO_REQUEST });

type Step = FlowEvent | ((s: FlowState) => FlowEvent);

interface Played {
  readonly state: FlowState;
  readonly effects: readonly Effect[];
  readonly states: readonly FlowState[];
}

function play(start: FlowState, ...events: readonly Step[]): Played {
  let state = start;
  const effects: Effect[] = [];
  const states: FlowState[] = [start];
  for (const step of events) {
    const out = transition(state, typeof step === 'function' ? step(state) : step);
    state = out.state;
    effects.push(...out.effects);
    states.push(state);
  }
  return { state, effects, states };
}

const after = (start: FlowState, ...events: readonly Step[]): FlowState => play(start, ...events).state;
const pid = (s: FlowState): number => {
  if (!s.pending) throw new Error(`nothing pending on ${s.step}`);
  return s.pending.id;
};

const answer =
  (make: (id: number) => FlowEvent): Step =>
  (s) =>
    make(pid(s));
const signedInWith = (a: Arrival): Step => answer((id) => ({ type: 'SIGNED_IN', id, arrival: a }));
const failWith = (code: AgentErrorCode, trackingId?: string): Step =>
  answer((id) => ({ type: 'REQUEST_FAILED', id, code, ...(trackingId ? { trackingId } : {}) }));
const collaborationId = (s: FlowState, provider: string): number => {
  const id = s.collaboration.find((c) => c.provider === provider)?.request;
  if (id === undefined) throw new Error(`${provider} is not connecting`);
  return id;
};
const statuses = (s: FlowState): Record<string, string> =>
  Object.fromEntries(s.collaboration.map((c) => [c.provider, c.status]));

const noService = (): FlowState => after(initialState(), { type: 'START', hasService: false, canRestore: false });
const restoring = (): FlowState => after(initialState(), { type: 'START', hasService: true, canRestore: true });
const emailStep = (): FlowState => after(initialState(), { type: 'START', hasService: true, canRestore: false });
const passwordStep = (): FlowState => after(emailStep(), { type: 'EMAIL_SUBMITTED', email: EMAIL });
const signingIn = (): FlowState => after(passwordStep(), { type: 'PASSWORD_SUBMITTED', password: PASSWORD });
const arrived = (a: Arrival = arrival()): FlowState => after(signingIn(), signedInWith(a));
const forgotStep = (): FlowState => after(passwordStep(), { type: 'FORGOT_PASSWORD' });
const requestingCode = (): FlowState => after(forgotStep(), { type: 'CODE_REQUESTED' });
const verifyStep = (): FlowState => after(requestingCode(), answer((id) => ({ type: 'CODE_SENT', id })));
const RESET: FlowEvent = { type: 'RESET_SUBMITTED', code: '123 456', newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD };
const resetting = (): FlowState => after(verifyStep(), RESET);
const collaborationStep = (providers = [TEAMS_APP, ZOOM]): FlowState =>
  arrived(arrival({ profile: profile({ collaboration: providers }) }));
const connecting = (providers = [TEAMS_APP, ZOOM]): FlowState =>
  after(collaborationStep(providers), { type: 'COLLABORATION_CONNECT', provider: 'teams' });
const preferencesStep = (p: AgentProfile = profile()): FlowState => arrived(arrival({ profile: p }));
const readyToSave = (value: PreferencesDraft = prefs()): FlowState =>
  after(preferencesStep(), { type: 'PREFERENCES_CHANGED', value }, { type: 'TEAM_CHANGED', teamId: 't1' });
const savingStation = (): FlowState => after(readyToSave(), { type: 'SAVE_REQUESTED' });
const stationLoggedIn = answer((id) => ({ type: 'STATION_LOGGED_IN', id }));
const signedIn = (): FlowState => after(savingStation(), stationLoggedIn);
const signingOut = (reason: 'user' | 'host' = 'user'): FlowState => after(signedIn(), { type: 'SIGN_OUT_REQUESTED', reason });
const autoSigningIn = (): FlowState => arrived(AUTO_ARRIVAL);

interface Row {
  readonly it: string;
  readonly given: () => FlowState;
  readonly when: Step;
  readonly then: Partial<FlowState> | 'unchanged';
  readonly effects: readonly Effect[];
  readonly and?: (next: FlowState, before: FlowState) => void;
}

function table(rows: readonly Row[]): void {
  for (const row of rows) {
    it(row.it, () => {
      const before = row.given();
      const event = typeof row.when === 'function' ? row.when(before) : row.when;
      const { state, effects } = transition(before, event);
      if (row.then === 'unchanged') expect(state).to.equal(before);
      else expect(state).to.deep.include(row.then);
      expect(effects).to.deep.equal(row.effects);
      row.and?.(state, before);
    });
  }
}

describe('flow machine', () => {
  describe('initialState', () => {
    it('starts on the starting step with nothing known', () => {
      expect(initialState()).to.deep.include({
        step: 'starting',
        email: '',
        profile: null,
        pending: null,
        error: null,
        notice: null,
        session: null,
        busy: false,
        messages: [],
        collaboration: [],
      });
    });

    it('keeps an email given up front', () => expect(initialState(EMAIL).email).to.equal(EMAIL));
  });

  describe('start and restored sessions', () => {
    table([
      {
        it: 'shows the email step with a NO_SERVICE error and reports it when there is no service',
        given: () => initialState(),
        when: { type: 'START', hasService: false, canRestore: false },
        then: { step: 'email', error: { code: 'NO_SERVICE' }, pending: null },
        effects: [{ type: 'error', code: 'NO_SERVICE', step: 'email' }],
      },
      {
        it: 'refuses an email while no service is configured',
        given: noService,
        when: { type: 'EMAIL_SUBMITTED', email: EMAIL },
        then: 'unchanged',
        effects: [],
      },
      {
        it: 'waits on the starting step and restores the session when the service can',
        given: () => initialState(),
        when: { type: 'START', hasService: true, canRestore: true },
        then: { step: 'starting', pending: { op: 'restore', id: 1 } },
        effects: [{ type: 'restoreSession', id: 1 }],
      },
      {
        it: 'asks for the email when the service cannot restore a session',
        given: () => initialState(EMAIL),
        when: { type: 'START', hasService: true, canRestore: false },
        then: { step: 'email', email: EMAIL, pending: null, error: null },
        effects: [],
      },
      {
        it: 'asks for the email when there is no live session',
        given: restoring,
        when: answer((id) => ({ type: 'RESTORED', id, arrival: null })),
        then: { step: 'email', pending: null, error: null },
        effects: [],
      },
      {
        it: 'skips the credentials to the preferences step with a live session',
        given: restoring,
        when: answer((id) => ({ type: 'RESTORED', id, arrival: arrival() })),
        then: { step: 'preferences', email: EMAIL, profile: profile(), pending: null, error: null },
        effects: [],
      },
      {
        it: 'goes to the collaboration step with a live session that offers collaboration sign-ins',
        given: restoring,
        when: answer((id) => ({ type: 'RESTORED', id, arrival: arrival({ profile: profile({ collaboration: [TEAMS_APP] }) }) })),
        then: {
          step: 'collaboration',
          collaboration: [{ provider: 'teams', label: 'Microsoft Teams', status: 'idle' }],
        },
        effects: [],
      },
      {
        it: 'skips the preferences too with a live session and automatic sign-in',
        given: restoring,
        when: answer((id) => ({ type: 'RESTORED', id, arrival: AUTO_ARRIVAL })),
        then: { pending: { op: 'station-login', id: 2, auto: true, request: AUTO_REQUEST } },
        effects: [{ type: 'stationLogin', id: 2, request: AUTO_REQUEST }],
        and: (s) => expect(s.step).not.to.be.oneOf(['email', 'password', 'preferences']),
      },
      {
        it: 'ignores an answer to another restore',
        given: restoring,
        when: { type: 'RESTORED', id: 99, arrival: arrival() },
        then: 'unchanged',
        effects: [],
      },
      {
        it: 'asks for the email without reporting an error when the session to restore has expired',
        given: restoring,
        when: failWith('SESSION_EXPIRED'),
        then: { step: 'email', pending: null },
        effects: [],
      },
      {
        it: 'asks for the email and reports the error when the restore fails',
        given: restoring,
        when: failWith('NETWORK', 'trk-r'),
        then: { step: 'email', pending: null },
        effects: [{ type: 'error', code: 'NETWORK', trackingId: 'trk-r', step: 'starting' }],
      },
      {
        it: 'asks for the email when the restore is aborted',
        given: restoring,
        when: { type: 'ABORTED' },
        then: { step: 'email', pending: null },
        effects: [],
      },
    ]);

    it('shows a connection-lost banner with Reload guidance when the session cannot be restored', () => {
      const { state } = play(restoring(), failWith('NETWORK', 'trk-r'));
      expect(state.step).to.equal('email');
      expect(state.messages.map((m) => m.kind)).to.include('connection-lost');
    });
  });

  describe('email step', () => {
    table([
      {
        it: 'moves to the password step with the trimmed email',
        given: emailStep,
        when: { type: 'EMAIL_SUBMITTED', email: `  ${EMAIL}\t` },
        then: { step: 'password', email: EMAIL, error: null },
        effects: [],
      },
      {
        it: 'requires an email, next to the email field',
        given: emailStep,
        when: { type: 'EMAIL_SUBMITTED', email: '   ' },
        then: { step: 'email', error: { code: 'EMAIL_REQUIRED', field: 'email' } },
        effects: [],
      },
      {
        it: 'rejects an invalid email next to the email field and keeps what was typed',
        given: emailStep,
        when: { type: 'EMAIL_SUBMITTED', email: 'ana@example' },
        then: { step: 'email', email: 'ana@example', error: { code: 'EMAIL_INVALID', field: 'email' } },
        effects: [],
      },
      {
        it: 'clears the email error once a valid email is submitted',
        given: () => after(emailStep(), { type: 'EMAIL_SUBMITTED', email: 'nope' }),
        when: { type: 'EMAIL_SUBMITTED', email: EMAIL },
        then: { step: 'password', email: EMAIL, error: null },
        effects: [],
      },
      {
        it: 'ignores an email outside the email step',
        given: passwordStep,
        when: { type: 'EMAIL_SUBMITTED', email: 'other@example.com' },
        then: 'unchanged',
        effects: [],
      },
    ]);
  });

  describe('password step', () => {
    table([
      {
        it: 'requires a password, next to the password field',
        given: passwordStep,
        when: { type: 'PASSWORD_SUBMITTED', password: '' },
        then: { step: 'password', pending: null, error: { code: 'PASSWORD_REQUIRED', field: 'password' } },
        effects: [],
      },
      {
        it: 'signs in with the email and the password as typed',
        given: passwordStep,
        when: { type: 'PASSWORD_SUBMITTED', password: ` ${PASSWORD} ` },
        then: { step: 'password', pending: { op: 'sign-in', id: 1 }, error: null },
        effects: [{ type: 'signIn', id: 1, email: EMAIL, password: ` ${PASSWORD} ` }],
      },
      {
        it: 'does not submit twice while the sign-in runs',
        given: signingIn,
        when: { type: 'PASSWORD_SUBMITTED', password: PASSWORD },
        then: 'unchanged',
        effects: [],
      },
      {
        it: 'ignores a password outside the password step',
        given: emailStep,
        when: { type: 'PASSWORD_SUBMITTED', password: PASSWORD },
        then: 'unchanged',
        effects: [],
      },
      {
        it: 'moves to the preferences step with the profile once signed in',
        given: signingIn,
        when: signedInWith(arrival()),
        then: { step: 'preferences', profile: profile(), pending: null, error: null, notice: null, saved: null },
        effects: [],
        and: (s) => expect(s.draft).to.deep.equal({ preferences: null, teamId: null, autoLogin: false, e911Accepted: false }),
      },
      {
        it: 'ignores a sign-in answer with a stale id',
        given: signingIn,
        when: { type: 'SIGNED_IN', id: 42, arrival: arrival() },
        then: 'unchanged',
        effects: [],
      },
      {
        it: 'takes the email as the profile spells it',
        given: signingIn,
        when: signedInWith(arrival({ profile: profile({ email: 'Ana@Example.com' }) })),
        then: { email: 'Ana@Example.com' },
        effects: [],
      },
      {
        it: 'pre-selects the only team',
        given: signingIn,
        when: signedInWith(arrival({ profile: profile({ teams: [TEAMS[1]] }) })),
        then: { step: 'preferences' },
        effects: [],
        and: (s) => expect(s.draft.teamId).to.equal('t2'),
      },
      {
        it: 'pre-selects the saved team and the saved automatic sign-in flag',
        given: signingIn,
        when: signedInWith(arrival({ prefill: { ...SAVED, autoLogin: false } })),
        then: { step: 'preferences', saved: { ...SAVED, autoLogin: false } },
        effects: [],
        and: (s) => expect(s.draft).to.deep.include({ teamId: 't2', autoLogin: false }),
      },
      {
        it: 'drops a saved team the agent no longer has',
        given: signingIn,
        when: signedInWith(arrival({ prefill: { teamId: 'gone' } })),
        then: { step: 'preferences' },
        effects: [],
        and: (s) => expect(s.draft.teamId).to.equal(null),
      },
      {
        it: 'shows wrong credentials next to the password field with the tracking ID, and reports them',
        given: signingIn,
        when: failWith('INVALID_CREDENTIALS', 'trk-1'),
        then: { step: 'password', pending: null, error: { code: 'INVALID_CREDENTIALS', trackingId: 'trk-1', field: 'password' } },
        effects: [{ type: 'error', code: 'INVALID_CREDENTIALS', trackingId: 'trk-1', step: 'password' }],
      },
      {
        it: 'shows a locked account as an error of the whole step',
        given: signingIn,
        when: failWith('ACCOUNT_LOCKED'),
        then: { step: 'password', pending: null, error: { code: 'ACCOUNT_LOCKED' } },
        effects: [{ type: 'error', code: 'ACCOUNT_LOCKED', step: 'password' }],
      },
      {
        it: 'shows a network failure as an error of the whole step',
        given: signingIn,
        when: failWith('NETWORK', 'trk-n'),
        then: { step: 'password', pending: null, error: { code: 'NETWORK', trackingId: 'trk-n' } },
        effects: [{ type: 'error', code: 'NETWORK', trackingId: 'trk-n', step: 'password' }],
      },
      {
        it: 'shows a malformed profile as a BAD_RESPONSE error of the whole step',
        given: signingIn,
        when: failWith('BAD_RESPONSE'),
        then: { step: 'password', pending: null, error: { code: 'BAD_RESPONSE' } },
        effects: [{ type: 'error', code: 'BAD_RESPONSE', step: 'password' }],
      },
      {
        it: 'stays quiet when the sign-in was aborted',
        given: signingIn,
        when: failWith('ABORTED'),
        then: { step: 'password', pending: null, error: null },
        effects: [],
      },
      {
        it: 'ignores a failure with a stale id',
        given: signingIn,
        when: { type: 'REQUEST_FAILED', id: 42, code: 'INVALID_CREDENTIALS' },
        then: 'unchanged',
        effects: [],
      },
      {
        it: 'lets the agent try again after a failure',
        given: () => after(signingIn(), failWith('INVALID_CREDENTIALS')),
        when: { type: 'PASSWORD_SUBMITTED', password: 'another' },
        then: { pending: { op: 'sign-in', id: 2 }, error: null },
        effects: [{ type: 'signIn', id: 2, email: EMAIL, password: 'another' }],
      },
      {
        it: 'clears the pending sign-in when it is aborted',
        given: signingIn,
        when: { type: 'ABORTED' },
        then: { step: 'password', pending: null },
        effects: [],
      },
    ]);

    it('never keeps the password in the state', () => {
      const { states } = play(
        passwordStep(),
        { type: 'PASSWORD_SUBMITTED', password: PASSWORD },
        failWith('INVALID_CREDENTIALS', 'trk-1'),
        { type: 'PASSWORD_SUBMITTED', password: PASSWORD },
        signedInWith(arrival()),
        { type: 'PREFERENCES_CHANGED', value: prefs() },
        { type: 'TEAM_CHANGED', teamId: 't1' },
        { type: 'SAVE_REQUESTED' },
        stationLoggedIn,
      );
      expect(states.at(-1)?.step).to.equal('signed-in');
      for (const s of states) expect(JSON.stringify(s)).not.to.contain(PASSWORD);
    });

    it('hands the password to the signIn effect only', () => {
      const { effects } = play(
        passwordStep(),
        { type: 'PASSWORD_SUBMITTED', password: PASSWORD },
        signedInWith(arrival()),
        { type: 'PREFERENCES_CHANGED', value: prefs() },
        { type: 'TEAM_CHANGED', teamId: 't1' },
        { type: 'SAVE_REQUESTED' },
        stationLoggedIn,
      );
      expect(effects.filter((fx) => JSON.stringify(fx).includes(PASSWORD)).map((fx) => fx.type)).to.deep.equal(['signIn']);
    });
  });

  describe('going back to the email step', () => {
    table([
      {
        it: 'keeps the email',
        given: passwordStep,
        when: { type: 'BACK_TO_EMAIL' },
        then: { step: 'email', email: EMAIL, pending: null },
        effects: [],
      },
      {
        it: 'aborts a running sign-in',
        given: signingIn,
        when: { type: 'BACK_TO_EMAIL' },
        then: { step: 'email', email: EMAIL, pending: null },
        effects: [{ type: 'abort' }],
      },
      {
        it: 'ignores a late sign-in answer for the aborted attempt',
        given: () => after(signingIn(), { type: 'BACK_TO_EMAIL' }),
        when: { type: 'SIGNED_IN', id: 1, arrival: arrival() },
        then: 'unchanged',
        effects: [],
      },
      {
        it: 'ignores a late failure for the aborted attempt',
        given: () => after(signingIn(), { type: 'BACK_TO_EMAIL' }),
        when: { type: 'REQUEST_FAILED', id: 1, code: 'INVALID_CREDENTIALS' },
        then: 'unchanged',
        effects: [],
      },
      {
        it: 'clears the error of the password step',
        given: () => after(signingIn(), failWith('INVALID_CREDENTIALS')),
        when: { type: 'BACK_TO_EMAIL' },
        then: { step: 'email', error: null },
        effects: [],
      },
      {
        it: 'works from the forgot-password step too, keeping the email',
        given: verifyStep,
        when: { type: 'BACK_TO_EMAIL' },
        then: { step: 'email', email: EMAIL, resetStage: 'request', notice: null },
        effects: [],
      },
      {
        it: 'is ignored on the preferences step',
        given: () => preferencesStep(),
        when: { type: 'BACK_TO_EMAIL' },
        then: 'unchanged',
        effects: [],
      },
    ]);
  });

  describe('forgot password', () => {
    table([
      {
        it: 'opens the forgot-password step at the code request',
        given: passwordStep,
        when: { type: 'FORGOT_PASSWORD' },
        then: { step: 'forgot-password', resetStage: 'request', email: EMAIL, error: null, notice: null },
        effects: [],
      },
      {
        it: 'is not offered while a sign-in runs',
        given: signingIn,
        when: { type: 'FORGOT_PASSWORD' },
        then: 'unchanged',
        effects: [],
      },
      {
        it: 'requests a code for the email',
        given: forgotStep,
        when: { type: 'CODE_REQUESTED' },
        then: { step: 'forgot-password', pending: { op: 'request-code', id: 1 } },
        effects: [{ type: 'requestPasswordReset', id: 1, email: EMAIL }],
      },
      {
        it: 'does not request the code twice at once',
        given: requestingCode,
        when: { type: 'CODE_REQUESTED' },
        then: 'unchanged',
        effects: [],
      },
      {
        it: 'asks for the code with a code-sent notice once it is sent',
        given: requestingCode,
        when: answer((id) => ({ type: 'CODE_SENT', id })),
        then: { step: 'forgot-password', resetStage: 'verify', notice: { kind: 'code-sent' }, pending: null },
        effects: [],
      },
      {
        it: 'ignores a stale code-sent answer',
        given: requestingCode,
        when: { type: 'CODE_SENT', id: 42 },
        then: 'unchanged',
        effects: [],
      },
      {
        it: 'shows a failed code request as an error of the step',
        given: requestingCode,
        when: failWith('UNAVAILABLE', 'trk-u'),
        then: { step: 'forgot-password', resetStage: 'request', pending: null, error: { code: 'UNAVAILABLE', trackingId: 'trk-u' } },
        effects: [{ type: 'error', code: 'UNAVAILABLE', trackingId: 'trk-u', step: 'forgot-password' }],
      },
      {
        it: 'lets the agent ask for a new code',
        given: verifyStep,
        when: { type: 'CODE_REQUESTED' },
        then: { pending: { op: 'request-code', id: 2 } },
        effects: [{ type: 'requestPasswordReset', id: 2, email: EMAIL }],
      },
      {
        it: 'ignores a new password before the code was sent',
        given: forgotStep,
        when: RESET,
        then: 'unchanged',
        effects: [],
      },
      {
        it: 'requires the code, next to the code field',
        given: verifyStep,
        when: { ...RESET, code: '' },
        then: { pending: null, error: { code: 'CODE_REQUIRED', field: 'code' } },
        effects: [],
      },
      {
        it: 'rejects a code that is not six digits, next to the code field',
        given: verifyStep,
        when: { ...RESET, code: '12345' },
        then: { pending: null, error: { code: 'CODE_FORMAT', field: 'code' } },
        effects: [],
      },
      {
        it: 'requires a new password, next to the new-password field',
        given: verifyStep,
        when: { ...RESET, newPassword: '', confirmPassword: '' },
        then: { pending: null, error: { code: 'PASSWORD_REQUIRED', field: 'newPassword' } },
        effects: [],
      },
      {
        it: 'rejects a too-short new password, next to the new-password field',
        given: verifyStep,
        when: { ...RESET, newPassword: 'short', confirmPassword: 'short' },
        then: { pending: null, error: { code: 'NEW_PASSWORD_TOO_SHORT', field: 'newPassword' } },
        effects: [],
      },
      {
        it: 'rejects a confirmation that differs, next to the confirmation field',
        given: verifyStep,
        when: { ...RESET, confirmPassword: `${NEW_PASSWORD}!` },
        then: { pending: null, error: { code: 'PASSWORDS_DIFFER', field: 'confirmPassword' } },
        effects: [],
      },
      {
        it: 'resets the password with a pasted "123 456" code',
        given: verifyStep,
        when: RESET,
        then: { pending: { op: 'reset', id: 2 }, error: null, notice: null },
        effects: [{ type: 'resetPassword', id: 2, email: EMAIL, code: '123456', newPassword: NEW_PASSWORD }],
      },
      {
        it: 'does not submit the reset twice',
        given: resetting,
        when: RESET,
        then: 'unchanged',
        effects: [],
      },
      {
        it: 'returns to the password step with a password-reset notice',
        given: resetting,
        when: answer((id) => ({ type: 'PASSWORD_RESET', id })),
        then: { step: 'password', email: EMAIL, resetStage: 'request', notice: { kind: 'password-reset' }, pending: null },
        effects: [],
      },
      {
        it: 'shows a wrong code next to the code field with the tracking ID',
        given: resetting,
        when: failWith('INVALID_CODE', 'trk-c'),
        then: {
          step: 'forgot-password',
          resetStage: 'verify',
          pending: null,
          error: { code: 'INVALID_CODE', trackingId: 'trk-c', field: 'code' },
        },
        effects: [{ type: 'error', code: 'INVALID_CODE', trackingId: 'trk-c', step: 'forgot-password' }],
      },
      {
        it: 'goes back to the password step, keeping the email',
        given: verifyStep,
        when: { type: 'BACK_TO_PASSWORD' },
        then: { step: 'password', email: EMAIL, resetStage: 'request', notice: null },
        effects: [],
      },
      {
        it: 'aborts a running reset when going back to the password step',
        given: resetting,
        when: { type: 'BACK_TO_PASSWORD' },
        then: { step: 'password', pending: null },
        effects: [{ type: 'abort' }],
      },
      {
        it: 'ignores a late reset answer after going back',
        given: () => after(resetting(), { type: 'BACK_TO_PASSWORD' }),
        when: { type: 'PASSWORD_RESET', id: 2 },
        then: 'unchanged',
        effects: [],
      },
      {
        it: 'ignores going back to the password step from elsewhere',
        given: emailStep,
        when: { type: 'BACK_TO_PASSWORD' },
        then: 'unchanged',
        effects: [],
      },
    ]);

    it('never keeps the new password in the state', () => {
      const { states } = play(
        passwordStep(),
        { type: 'FORGOT_PASSWORD' },
        { type: 'CODE_REQUESTED' },
        answer((id) => ({ type: 'CODE_SENT', id })),
        { ...RESET, confirmPassword: 'mismatch-123' },
        RESET,
        failWith('INVALID_CODE'),
        RESET,
        answer((id) => ({ type: 'PASSWORD_RESET', id })),
      );
      expect(states.at(-1)?.notice).to.deep.equal({ kind: 'password-reset' });
      for (const s of states) {
        expect(JSON.stringify(s)).not.to.contain(NEW_PASSWORD);
        expect(JSON.stringify(s)).not.to.contain('mismatch-123');
      }
    });
  });

  describe('collaboration sign-ins', () => {
    table([
      {
        it: 'are offered after the password, each idle',
        given: signingIn,
        when: signedInWith(arrival({ profile: profile({ collaboration: [TEAMS_APP, ZOOM] }) })),
        then: {
          step: 'collaboration',
          collaboration: [
            { provider: 'teams', label: 'Microsoft Teams', status: 'idle' },
            { provider: 'zoom', label: 'Zoom', status: 'idle' },
          ],
        },
        effects: [],
      },
      {
        it: 'connect one provider at a time',
        given: () => collaborationStep(),
        when: { type: 'COLLABORATION_CONNECT', provider: 'teams' },
        then: { step: 'collaboration' },
        effects: [{ type: 'connectCollaboration', id: 2, provider: 'teams' }],
        and: (s) => {
          expect(statuses(s)).to.deep.equal({ teams: 'connecting', zoom: 'idle' });
          expect(collaborationId(s, 'teams')).to.equal(2);
        },
      },
      {
        it: 'do not connect the same provider twice at once',
        given: () => connecting(),
        when: { type: 'COLLABORATION_CONNECT', provider: 'teams' },
        then: 'unchanged',
        effects: [],
      },
      {
        it: 'ignore an unknown provider',
        given: () => collaborationStep(),
        when: { type: 'COLLABORATION_CONNECT', provider: 'webex' },
        then: 'unchanged',
        effects: [],
      },
      {
        it: 'stay on the step while another provider is still open',
        given: () => connecting(),
        when: (s) => ({ type: 'COLLABORATION_CONNECTED', id: collaborationId(s, 'teams') }),
        then: { step: 'collaboration' },
        effects: [],
        and: (s) => expect(statuses(s)).to.deep.equal({ teams: 'connected', zoom: 'idle' }),
      },
      {
        it: 'move on to the preferences once every provider is settled',
        given: () => connecting([TEAMS_APP]),
        when: (s) => ({ type: 'COLLABORATION_CONNECTED', id: collaborationId(s, 'teams') }),
        then: { step: 'preferences', messages: [] },
        effects: [],
        and: (s) => expect(statuses(s)).to.deep.equal({ teams: 'connected' }),
      },
      {
        it: 'move on to the preferences when the last provider is skipped',
        given: () => after(connecting(), (s) => ({ type: 'COLLABORATION_CONNECTED', id: collaborationId(s, 'teams') })),
        when: { type: 'COLLABORATION_SKIP', provider: 'zoom' },
        then: { step: 'preferences', messages: [] },
        effects: [],
        and: (s) => expect(statuses(s)).to.deep.equal({ teams: 'connected', zoom: 'skipped' }),
      },
      {
        it: 'never block: a failure shows a collaboration-failed warning and moves on to the preferences',
        given: () => connecting([TEAMS_APP]),
        when: (s) => ({ type: 'REQUEST_FAILED', id: collaborationId(s, 'teams'), code: 'NETWORK', trackingId: 'trk-c1' }),
        then: {
          step: 'preferences',
          error: null,
          messages: [
            {
              id: 'collaboration:teams',
              kind: 'collaboration-failed',
              severity: 'warning',
              label: 'Microsoft Teams',
              dismissible: true,
              trackingId: 'trk-c1',
            },
          ],
        },
        effects: [],
        and: (s) => expect(s.collaboration[0]).to.deep.include({ status: 'failed', code: 'NETWORK', trackingId: 'trk-c1' }),
      },
      {
        it: 'show the warning and wait for the other providers when one fails',
        given: () => connecting(),
        when: (s) => ({ type: 'REQUEST_FAILED', id: collaborationId(s, 'teams'), code: 'UNAVAILABLE' }),
        then: { step: 'collaboration' },
        effects: [],
        and: (s) => {
          expect(statuses(s)).to.deep.equal({ teams: 'failed', zoom: 'idle' });
          expect(s.messages.map((m) => m.kind)).to.deep.equal(['collaboration-failed']);
        },
      },
      {
        it: 'ignore a stale connected answer',
        given: () => connecting(),
        when: { type: 'COLLABORATION_CONNECTED', id: 42 },
        then: 'unchanged',
        effects: [],
      },
      {
        it: 'can be retried after a failure from the signed-in view',
        given: () =>
          after(
            connecting([TEAMS_APP]),
            (s) => ({ type: 'REQUEST_FAILED', id: collaborationId(s, 'teams'), code: 'NETWORK' }),
            { type: 'PREFERENCES_CHANGED', value: prefs() },
            { type: 'TEAM_CHANGED', teamId: 't1' },
            { type: 'SAVE_REQUESTED' },
            stationLoggedIn,
          ),
        when: { type: 'COLLABORATION_CONNECT', provider: 'teams' },
        then: { step: 'signed-in' },
        effects: [{ type: 'connectCollaboration', id: 4, provider: 'teams' }],
        and: (s) => expect(statuses(s)).to.deep.equal({ teams: 'connecting' }),
      },
      {
        it: 'remove the warning when a retry succeeds, staying signed in',
        given: () =>
          after(
            connecting([TEAMS_APP]),
            (s) => ({ type: 'REQUEST_FAILED', id: collaborationId(s, 'teams'), code: 'NETWORK' }),
            { type: 'PREFERENCES_CHANGED', value: prefs() },
            { type: 'TEAM_CHANGED', teamId: 't1' },
            { type: 'SAVE_REQUESTED' },
            stationLoggedIn,
            { type: 'COLLABORATION_CONNECT', provider: 'teams' },
          ),
        when: (s) => ({ type: 'COLLABORATION_CONNECTED', id: collaborationId(s, 'teams') }),
        then: { step: 'signed-in', messages: [] },
        effects: [],
        and: (s) => expect(statuses(s)).to.deep.equal({ teams: 'connected' }),
      },
      {
        it: 'cannot be skipped outside the collaboration step',
        given: () => after(connecting([TEAMS_APP]), (s) => ({ type: 'REQUEST_FAILED', id: collaborationId(s, 'teams'), code: 'NETWORK' })),
        when: { type: 'COLLABORATION_SKIP', provider: 'teams' },
        then: 'unchanged',
        effects: [],
      },
      {
        it: 'go back to idle when aborted',
        given: () => connecting(),
        when: { type: 'ABORTED' },
        then: { step: 'collaboration' },
        effects: [],
        and: (s) => expect(statuses(s)).to.deep.equal({ teams: 'idle', zoom: 'idle' }),
      },
    ]);
  });

  describe('preferences step', () => {
    const canSaveRows: [name: string, state: () => FlowState, expected: boolean][] = [
      ['keeps Save & Continue disabled before any choice', () => preferencesStep(), false],
      ['keeps Save & Continue disabled without a team', () => after(preferencesStep(), { type: 'PREFERENCES_CHANGED', value: prefs() }), false],
      ['keeps Save & Continue disabled until call handling is reported', () => after(preferencesStep(), { type: 'TEAM_CHANGED', teamId: 't1' }), false],
      ['keeps Save & Continue disabled with invalid call handling', () => readyToSave(prefs({ valid: false })), false],
      ['keeps Save & Continue disabled without a call-handling choice', () => readyToSave(prefs({ loginOption: null })), false],
      ['keeps Save & Continue disabled with a team the agent does not have', () => after(readyToSave(), { type: 'TEAM_CHANGED', teamId: 'other' }), false],
      ['disables Save & Continue again when the team is cleared', () => after(readyToSave(), { type: 'TEAM_CHANGED', teamId: null }), false],
      ['enables Save & Continue with valid call handling and a team', () => readyToSave(), true],
      [
        'enables Save & Continue for a digital-only agent with a team and no preferences',
        () => after(preferencesStep(profile({ loginOptions: [] })), { type: 'TEAM_CHANGED', teamId: 't1' }),
        true,
      ],
      [
        'keeps Save & Continue disabled for Desktop until the E911 notice is accepted',
        () => after(preferencesStep(profile({ e911Required: true })), { type: 'PREFERENCES_CHANGED', value: prefs({ loginOption: 'BROWSER', dialNumber: undefined }) }, { type: 'TEAM_CHANGED', teamId: 't1' }),
        false,
      ],
      [
        'enables Save & Continue for Desktop once the E911 notice is accepted',
        () =>
          after(
            preferencesStep(profile({ e911Required: true })),
            { type: 'PREFERENCES_CHANGED', value: prefs({ loginOption: 'BROWSER', dialNumber: undefined }) },
            { type: 'TEAM_CHANGED', teamId: 't1' },
            { type: 'E911_ACCEPTED', on: true },
          ),
        true,
      ],
      [
        'does not ask for E911 acceptance for a dial number',
        () => after(preferencesStep(profile({ e911Required: true })), { type: 'PREFERENCES_CHANGED', value: prefs() }, { type: 'TEAM_CHANGED', teamId: 't1' }),
        true,
      ],
      ['keeps Save & Continue disabled before sign-in', emailStep, false],
    ];
    for (const [name, state, expected] of canSaveRows) it(name, () => expect(canSave(state())).to.equal(expected));

    const e911Rows: [name: string, state: () => FlowState, expected: boolean][] = [
      [
        'requires the E911 notice when Desktop is chosen and the profile requires it',
        () => after(preferencesStep(profile({ e911Required: true })), { type: 'PREFERENCES_CHANGED', value: prefs({ loginOption: 'BROWSER' }) }),
        true,
      ],
      [
        'does not require the E911 notice for Desktop when the profile does not',
        () => after(preferencesStep(), { type: 'PREFERENCES_CHANGED', value: prefs({ loginOption: 'BROWSER' }) }),
        false,
      ],
      [
        'does not require the E911 notice for an extension',
        () => after(preferencesStep(profile({ e911Required: true })), { type: 'PREFERENCES_CHANGED', value: prefs({ loginOption: 'EXTENSION', dialNumber: '1234' }) }),
        false,
      ],
      ['does not require the E911 notice before a choice', () => preferencesStep(profile({ e911Required: true })), false],
    ];
    for (const [name, state, expected] of e911Rows) it(name, () => expect(needsE911(state())).to.equal(expected));

    table([
      {
        it: 'logs the station in with the team, the option and the dial number',
        given: () => readyToSave(),
        when: { type: 'SAVE_REQUESTED' },
        then: { step: 'preferences', pending: { op: 'station-login', id: 2, request: { teamId: 't1', loginOption: 'AGENT_DN', dialNumber: DN } }, error: null },
        effects: [{ type: 'stationLogin', id: 2, request: { teamId: 't1', loginOption: 'AGENT_DN', dialNumber: DN } }],
      },
      {
        it: 'sends no dial number for Desktop',
        given: () => readyToSave(prefs({ loginOption: 'BROWSER' })),
        when: { type: 'SAVE_REQUESTED' },
        then: { pending: { op: 'station-login', id: 2, request: { teamId: 't1', loginOption: 'BROWSER' } } },
        effects: [{ type: 'stationLogin', id: 2, request: { teamId: 't1', loginOption: 'BROWSER' } }],
      },
      {
        it: 'sends only the team for a digital-only agent',
        given: () => after(preferencesStep(profile({ loginOptions: [] })), { type: 'TEAM_CHANGED', teamId: 't2' }),
        when: { type: 'SAVE_REQUESTED' },
        then: { pending: { op: 'station-login', id: 2, request: { teamId: 't2' } } },
        effects: [{ type: 'stationLogin', id: 2, request: { teamId: 't2' } }],
      },
      {
        it: 'does nothing while Save & Continue is disabled',
        given: () => after(preferencesStep(), { type: 'PREFERENCES_CHANGED', value: prefs() }),
        when: { type: 'SAVE_REQUESTED' },
        then: 'unchanged',
        effects: [],
      },
      {
        it: 'does not log the station in twice',
        given: savingStation,
        when: { type: 'SAVE_REQUESTED' },
        then: 'unchanged',
        effects: [],
      },
      {
        it: 'signs in, remembers the preferences, claims the tab and announces it',
        given: savingStation,
        when: stationLoggedIn,
        then: {
          step: 'signed-in',
          pending: null,
          error: null,
          notice: null,
          session: { teamId: 't1', teamName: 'Sales', loginOption: 'AGENT_DN', dialNumber: DN, autoLogin: false },
        },
        effects: [
          {
            type: 'savePreferences',
            agentId: 'ag-1',
            preferences: { loginOption: 'AGENT_DN', dialNumber: DN, international: false, teamId: 't1', autoLogin: false, skipped: [] },
          },
          { type: 'claimTab', agentId: 'ag-1' },
          {
            type: 'signedIn',
            detail: {
              agentId: 'ag-1',
              email: EMAIL,
              displayName: 'Ana Lima',
              teamId: 't1',
              teamName: 'Sales',
              loginOption: 'AGENT_DN',
              dialNumber: DN,
              autoLogin: false,
            },
          },
        ],
      },
      {
        it: 'remembers the country, the international format and "Don\'t show this again", but signs in manually',
        given: () =>
          after(
            readyToSave(prefs({ international: true, country: 'BR' })),
            { type: 'AUTO_LOGIN_CHANGED', on: true },
            { type: 'SAVE_REQUESTED' },
          ),
        when: stationLoggedIn,
        then: {
          step: 'signed-in',
          session: { teamId: 't1', teamName: 'Sales', loginOption: 'AGENT_DN', dialNumber: DN, autoLogin: true },
        },
        effects: [
          {
            type: 'savePreferences',
            agentId: 'ag-1',
            preferences: { loginOption: 'AGENT_DN', dialNumber: DN, international: true, country: 'BR', teamId: 't1', autoLogin: true, skipped: [] },
          },
          { type: 'claimTab', agentId: 'ag-1' },
          {
            type: 'signedIn',
            detail: {
              agentId: 'ag-1',
              email: EMAIL,
              displayName: 'Ana Lima',
              teamId: 't1',
              teamName: 'Sales',
              loginOption: 'AGENT_DN',
              dialNumber: DN,
              autoLogin: false,
            },
          },
        ],
      },
      {
        it: 'ignores a stale station-login answer',
        given: savingStation,
        when: { type: 'STATION_LOGGED_IN', id: 42 },
        then: 'unchanged',
        effects: [],
      },
      {
        it: 'clears the pending station login when it is aborted, staying on the step',
        given: savingStation,
        when: { type: 'ABORTED' },
        then: { step: 'preferences', pending: null },
        effects: [],
      },
      {
        it: 'clears a dial-number error when the preferences change',
        given: () => after(savingStation(), failWith('DN_IN_USE')),
        when: { type: 'PREFERENCES_CHANGED', value: prefs({ dialNumber: '+5511912345678' }) },
        then: { error: null },
        effects: [],
      },
      {
        it: 'clears a team error when the team changes',
        given: () => after(savingStation(), failWith('TEAM_INVALID')),
        when: { type: 'TEAM_CHANGED', teamId: 't2' },
        then: { error: null },
        effects: [],
      },
      {
        it: 'keeps a team error when only the dial number changes',
        given: () => after(savingStation(), failWith('TEAM_INVALID')),
        when: { type: 'PREFERENCES_CHANGED', value: prefs({ dialNumber: '+5511912345678' }) },
        then: { error: { code: 'TEAM_INVALID', field: 'team' } },
        effects: [],
      },
      {
        it: 'lets the agent save again after a station-login error',
        given: () => after(savingStation(), failWith('NETWORK')),
        when: { type: 'SAVE_REQUESTED' },
        then: { pending: { op: 'station-login', id: 3, request: { teamId: 't1', loginOption: 'AGENT_DN', dialNumber: DN } }, error: null },
        effects: [{ type: 'stationLogin', id: 3, request: { teamId: 't1', loginOption: 'AGENT_DN', dialNumber: DN } }],
      },
    ]);

    it('calls stationLogin exactly once when Save & Continue is sent twice', () => {
      const { effects } = play(readyToSave(), { type: 'SAVE_REQUESTED' }, { type: 'SAVE_REQUESTED' });
      expect(effects.filter((fx) => fx.type === 'stationLogin')).to.have.length(1);
    });

    it('reports the team that was logged in even when the team changes while the station login runs', () => {
      const { state, effects } = play(savingStation(), { type: 'TEAM_CHANGED', teamId: 't2' }, stationLoggedIn);
      expect(state.session?.teamId).to.equal('t1');
      const teams = effects.flatMap((fx) =>
        fx.type === 'signedIn' ? [fx.detail.teamId] : fx.type === 'savePreferences' ? [fx.preferences.teamId] : [],
      );
      expect(teams).to.deep.equal(['t1', 't1']);
    });

    const stationErrors: [code: AgentErrorCode, field: Field | undefined][] = [
      ['DN_INVALID', 'dialNumber'],
      ['DN_IN_USE', 'dialNumber'],
      ['TEAM_INVALID', 'team'],
      ['NETWORK', undefined],
      ['TIMEOUT', undefined],
      ['NOT_AUTHORIZED', undefined],
    ];
    table(
      stationErrors.map(([code, field]) => ({
        it: `shows ${code} ${field ? `at the ${field} field` : 'for the whole step'} with the tracking ID and keeps the draft`,
        given: savingStation,
        when: failWith(code, 'trk-s'),
        then: {
          step: 'preferences',
          pending: null,
          notice: null,
          error: { code, trackingId: 'trk-s', ...(field ? { field } : {}) },
          draft: readyToSave().draft,
        },
        effects: [{ type: 'error', code, trackingId: 'trk-s', step: 'preferences' }],
      })),
    );
  });

  it('saves which collaboration sign-ins the agent skipped', () => {
    const saving = after(
      collaborationStep([TEAMS_APP]),
      { type: 'COLLABORATION_SKIP', provider: 'teams' },
      { type: 'PREFERENCES_CHANGED', value: prefs() },
      { type: 'TEAM_CHANGED', teamId: 't1' },
      { type: 'SAVE_REQUESTED' },
    );
    const { state, effects } = play(saving, stationLoggedIn);
    expect(state.step).to.equal('signed-in');
    const saved = effects.find((e) => e.type === 'savePreferences');
    expect(saved && saved.type === 'savePreferences' && saved.preferences.skipped).to.deep.equal(['teams']);
  });

  describe('automatic sign-in', () => {
    table([
      {
        it: 'logs the station in with the saved values without showing the preferences step',
        given: signingIn,
        when: signedInWith(AUTO_ARRIVAL),
        then: { pending: { op: 'station-login', id: 2, auto: true, request: AUTO_REQUEST }, profile: profile(), saved: SAVED },
        effects: [{ type: 'stationLogin', id: 2, request: AUTO_REQUEST }],
        and: (s) => expect(s.step).not.to.be.oneOf(['preferences', 'collaboration']),
      },
      {
        it: 'starts the collaboration sign-ins in the background without waiting for them',
        given: signingIn,
        when: signedInWith({ ...AUTO_ARRIVAL, profile: profile({ collaboration: [TEAMS_APP] }) }),
        then: { pending: { op: 'station-login', id: 3, auto: true, request: AUTO_REQUEST } },
        effects: [
          { type: 'connectCollaboration', id: 2, provider: 'teams' },
          { type: 'stationLogin', id: 3, request: AUTO_REQUEST },
        ],
        and: (s) => expect(s.step).not.to.equal('collaboration'),
      },
      {
        it: 'leaves alone the collaboration sign-ins the agent skipped last time, and remembers them',
        given: signingIn,
        when: signedInWith({ ...AUTO_ARRIVAL, prefill: { ...SAVED, skipped: ['teams'] }, profile: profile({ collaboration: [TEAMS_APP, ZOOM] }) }),
        then: { pending: { op: 'station-login', id: 3, auto: true, request: AUTO_REQUEST } },
        effects: [
          { type: 'connectCollaboration', id: 2, provider: 'zoom' },
          { type: 'stationLogin', id: 3, request: AUTO_REQUEST },
        ],
        and: (s) => {
          expect(statuses(s)).to.deep.equal({ teams: 'skipped', zoom: 'connecting' });
          const saved = play(s, stationLoggedIn).effects.find((e) => e.type === 'savePreferences');
          expect(saved && saved.type === 'savePreferences' && saved.preferences.skipped).to.deep.equal(['teams']);
        },
      },
      {
        it: 'announces the sign-in as automatic',
        given: autoSigningIn,
        when: stationLoggedIn,
        then: {
          step: 'signed-in',
          pending: null,
          session: { teamId: 't2', teamName: 'Support', loginOption: 'AGENT_DN', dialNumber: DN, autoLogin: true },
        },
        effects: [
          {
            type: 'savePreferences',
            agentId: 'ag-1',
            preferences: { loginOption: 'AGENT_DN', dialNumber: DN, international: true, country: 'BR', teamId: 't2', autoLogin: true, skipped: [] },
          },
          { type: 'claimTab', agentId: 'ag-1' },
          {
            type: 'signedIn',
            detail: {
              agentId: 'ag-1',
              email: EMAIL,
              displayName: 'Ana Lima',
              teamId: 't2',
              teamName: 'Support',
              loginOption: 'AGENT_DN',
              dialNumber: DN,
              autoLogin: true,
            },
          },
        ],
      },
      {
        it: 'falls back to the preferences step pre-filled with the saved values when the number is in use',
        given: autoSigningIn,
        when: failWith('DN_IN_USE', 'trk-a'),
        then: {
          step: 'preferences',
          pending: null,
          saved: SAVED,
          notice: { kind: 'auto-login-failed', code: 'DN_IN_USE', trackingId: 'trk-a' },
          error: { code: 'DN_IN_USE', trackingId: 'trk-a', field: 'dialNumber' },
          draft: {
            preferences: { loginOption: 'AGENT_DN', dialNumber: DN, international: true, country: 'BR', valid: true },
            teamId: 't2',
            autoLogin: true,
            e911Accepted: false,
          },
        },
        effects: [{ type: 'error', code: 'DN_IN_USE', trackingId: 'trk-a', step: 'preferences' }],
      },
      {
        it: 'keeps the dial-number error of the fallback while the preferences report the same entry',
        given: () => after(autoSigningIn(), failWith('DN_IN_USE', 'trk-a')),
        when: { type: 'PREFERENCES_CHANGED', value: prefs({ international: true, country: 'BR' }) },
        then: { error: { code: 'DN_IN_USE', trackingId: 'trk-a', field: 'dialNumber' } },
        effects: [],
      },
      {
        it: 'keeps the dial-number error while a typed number is still being checked',
        given: () => after(autoSigningIn(), failWith('DN_IN_USE', 'trk-a')),
        when: { type: 'PREFERENCES_CHANGED', value: prefs({ dialNumber: undefined, valid: false }) },
        then: { error: { code: 'DN_IN_USE', trackingId: 'trk-a', field: 'dialNumber' } },
        effects: [],
      },
      {
        it: 'clears the dial-number error of the fallback when another option is chosen',
        given: () => after(autoSigningIn(), failWith('DN_IN_USE', 'trk-a')),
        when: { type: 'PREFERENCES_CHANGED', value: prefs({ loginOption: 'BROWSER', dialNumber: undefined }) },
        then: { error: null },
        effects: [],
      },
      {
        it: 'signs in manually after the fallback',
        given: () => after(autoSigningIn(), failWith('DN_IN_USE'), { type: 'PREFERENCES_CHANGED', value: prefs({ dialNumber: '+5511912345678' }) }, { type: 'SAVE_REQUESTED' }),
        when: stationLoggedIn,
        then: { step: 'signed-in', notice: null },
        effects: [
          {
            type: 'savePreferences',
            agentId: 'ag-1',
            preferences: { loginOption: 'AGENT_DN', dialNumber: '+5511912345678', international: false, teamId: 't2', autoLogin: true, skipped: [] },
          },
          { type: 'claimTab', agentId: 'ag-1' },
          {
            type: 'signedIn',
            detail: {
              agentId: 'ag-1',
              email: EMAIL,
              displayName: 'Ana Lima',
              teamId: 't2',
              teamName: 'Support',
              loginOption: 'AGENT_DN',
              dialNumber: '+5511912345678',
              autoLogin: false,
            },
          },
        ],
      },
      {
        it: 'shows the preferences step with a notice and logs nothing in when the saved team is gone',
        given: signingIn,
        when: signedInWith(arrival({ prefill: { ...SAVED, teamId: 'gone' }, autoLogin: null, autoLoginBlocked: 'TEAM_INVALID' })),
        then: {
          step: 'preferences',
          pending: null,
          saved: { ...SAVED, teamId: 'gone' },
          notice: { kind: 'auto-login-failed', code: 'TEAM_INVALID' },
        },
        effects: [],
        and: (s) => expect(s.draft).to.deep.include({ teamId: null, autoLogin: true }),
      },
    ]);
  });

  describe('signing out', () => {
    const canSignOutRows: [name: string, state: () => FlowState, expected: boolean][] = [
      ['allows sign-out when signed in and idle', signedIn, true],
      ['refuses sign-out while on a conversation', () => after(signedIn(), { type: 'BUSY_CHANGED', busy: true }), false],
      ['allows sign-out again after the conversation', () => after(signedIn(), { type: 'BUSY_CHANGED', busy: true }, { type: 'BUSY_CHANGED', busy: false }), true],
      ['refuses a second sign-out while one runs', () => signingOut(), false],
      ['refuses sign-out before signing in', () => readyToSave(), false],
    ];
    for (const [name, state, expected] of canSignOutRows) it(name, () => expect(canSignOut(state())).to.equal(expected));

    table([
      {
        it: 'records that the agent is busy',
        given: signedIn,
        when: { type: 'BUSY_CHANGED', busy: true },
        then: { busy: true },
        effects: [],
      },
      {
        it: 'refuses the sign-out while busy',
        given: () => after(signedIn(), { type: 'BUSY_CHANGED', busy: true }),
        when: { type: 'SIGN_OUT_REQUESTED', reason: 'user' },
        then: 'unchanged',
        effects: [],
      },
      {
        it: 'logs the station out once when the agent signs out',
        given: signedIn,
        when: { type: 'SIGN_OUT_REQUESTED', reason: 'user' },
        then: { step: 'signed-in', pending: { op: 'station-logout', id: 3, reason: 'user' } },
        effects: [{ type: 'stationLogout', id: 3, reason: 'user' }],
      },
      {
        it: 'does not log the station out twice',
        given: () => signingOut(),
        when: { type: 'SIGN_OUT_REQUESTED', reason: 'user' },
        then: 'unchanged',
        effects: [],
      },
      {
        it: 'signs out, releases the tab and announces reason user',
        given: () => signingOut('user'),
        when: answer((id) => ({ type: 'STATION_LOGGED_OUT', id })),
        then: { step: 'signed-out', email: EMAIL, profile: null, session: null, pending: null, error: null },
        effects: [{ type: 'releaseTab' }, { type: 'signedOut', reason: 'user' }],
      },
      {
        it: 'announces reason host when the host signs out',
        given: () => signingOut('host'),
        when: answer((id) => ({ type: 'STATION_LOGGED_OUT', id })),
        then: { step: 'signed-out', profile: null },
        effects: [{ type: 'releaseTab' }, { type: 'signedOut', reason: 'host' }],
      },
      {
        it: 'ignores a stale sign-out answer',
        given: () => signingOut(),
        when: { type: 'STATION_LOGGED_OUT', id: 42 },
        then: 'unchanged',
        effects: [],
      },
      {
        it: 'stays signed in and shows the error when the station logout fails',
        given: () => signingOut(),
        when: failWith('NETWORK', 'trk-o'),
        then: { step: 'signed-in', pending: null, error: { code: 'NETWORK', trackingId: 'trk-o' } },
        effects: [{ type: 'error', code: 'NETWORK', trackingId: 'trk-o', step: 'signed-in' }],
      },
      {
        it: 'offers the email step again after signing out, with the email kept',
        given: () => after(signingOut(), answer((id) => ({ type: 'STATION_LOGGED_OUT', id }))),
        when: { type: 'SIGN_IN_AGAIN' },
        then: { step: 'email', email: EMAIL },
        effects: [],
      },
    ]);
  });

  describe('service and tab events', () => {
    const degraded: FlowEvent = { type: 'SERVICE_EVENT', event: { type: 'degraded', features: ['Reports', 'Chat'], message: '<b>down</b>' } };
    const conflict: FlowEvent = { type: 'SERVICE_EVENT', event: { type: 'session-conflict', trackingId: 'trk-m' } };
    const MULTI = { id: 'multi-session', kind: 'multi-session', severity: 'warning', busy: false } as const;

    table([
      {
        it: 'sends the agent back to the email step with the email kept when the session expires',
        given: signedIn,
        when: { type: 'SERVICE_EVENT', event: { type: 'session-expired' } },
        then: {
          step: 'email',
          email: EMAIL,
          profile: null,
          session: null,
          pending: null,
          messages: [{ id: 'session-expired', kind: 'session-expired', severity: 'error', dismissible: true }],
        },
        effects: [{ type: 'releaseTab' }, { type: 'signedOut', reason: 'session-expired' }],
      },
      {
        it: 'aborts a running station login when the session expires',
        given: savingStation,
        when: { type: 'SERVICE_EVENT', event: { type: 'session-expired' } },
        then: { step: 'email', email: EMAIL, pending: null },
        effects: [{ type: 'abort' }, { type: 'releaseTab' }, { type: 'signedOut', reason: 'session-expired' }],
      },
      {
        it: 'replaces the multi-session and degraded banners by the expiry banner',
        given: () => after(signedIn(), degraded, conflict),
        when: { type: 'SERVICE_EVENT', event: { type: 'session-expired' } },
        then: { messages: [{ id: 'session-expired', kind: 'session-expired', severity: 'error', dismissible: true }] },
        effects: [{ type: 'releaseTab' }, { type: 'signedOut', reason: 'session-expired' }],
      },
      {
        it: 'ignores an expiry before anyone signed in',
        given: emailStep,
        when: { type: 'SERVICE_EVENT', event: { type: 'session-expired' } },
        then: 'unchanged',
        effects: [],
      },
      {
        it: 'shows the multi-session warning with the tracking ID on a session conflict',
        given: signedIn,
        when: conflict,
        then: { step: 'signed-in', messages: [{ ...MULTI, trackingId: 'trk-m' }] },
        effects: [],
      },
      {
        it: 'notes in the multi-session warning that the agent is on a call',
        given: () => after(signedIn(), { type: 'BUSY_CHANGED', busy: true }),
        when: conflict,
        then: { messages: [{ ...MULTI, busy: true, trackingId: 'trk-m' }] },
        effects: [],
      },
      {
        it: 'shows the multi-session warning when another tab takes over',
        given: signedIn,
        when: { type: 'TAB_CONFLICT' },
        then: { step: 'signed-in', messages: [MULTI] },
        effects: [],
      },
      {
        it: 'ignores another tab before signing in',
        given: () => readyToSave(),
        when: { type: 'TAB_CONFLICT' },
        then: 'unchanged',
        effects: [],
      },
      {
        it: 'removes the warning and claims the tab on takeover',
        given: () => after(signedIn(), { type: 'TAB_CONFLICT' }),
        when: { type: 'TAKEOVER' },
        then: { step: 'signed-in', messages: [] },
        effects: [{ type: 'claimTab', agentId: 'ag-1' }],
      },
      {
        it: 'ignores a takeover without a multi-session warning',
        given: signedIn,
        when: { type: 'TAKEOVER' },
        then: 'unchanged',
        effects: [],
      },
      {
        it: 'names the unavailable features when the service is degraded, without the server text',
        given: signedIn,
        when: degraded,
        then: { messages: [{ id: 'degraded', kind: 'degraded', severity: 'warning', features: ['Reports', 'Chat'] }] },
        effects: [],
      },
      {
        it: 'removes the degraded banner when the service is restored',
        given: () => after(signedIn(), degraded),
        when: { type: 'SERVICE_EVENT', event: { type: 'restored' } },
        then: { messages: [] },
        effects: [],
      },
      {
        it: 'shows RONA with its tracking ID',
        given: signedIn,
        when: { type: 'SERVICE_EVENT', event: { type: 'rona', trackingId: 'rona-7' } },
        then: { messages: [{ id: 'rona', kind: 'rona', severity: 'error', dismissible: true, trackingId: 'rona-7' }] },
        effects: [],
      },
      {
        it: 'keeps one RONA banner, the newest',
        given: () => after(signedIn(), { type: 'SERVICE_EVENT', event: { type: 'rona', trackingId: 'rona-7' } }),
        when: { type: 'SERVICE_EVENT', event: { type: 'rona', trackingId: 'rona-8' } },
        then: { messages: [{ id: 'rona', kind: 'rona', severity: 'error', dismissible: true, trackingId: 'rona-8' }] },
        effects: [],
      },
      {
        it: 'removes a dismissed banner and keeps the others',
        given: () => after(signedIn(), degraded, { type: 'SERVICE_EVENT', event: { type: 'rona', trackingId: 'rona-7' } }),
        when: { type: 'BANNER_DISMISSED', id: 'rona' },
        then: { messages: [{ id: 'degraded', kind: 'degraded', severity: 'warning', features: ['Reports', 'Chat'] }] },
        effects: [],
      },
      {
        it: 'says the preferences could not be saved',
        given: signedIn,
        when: { type: 'PREFERENCES_NOT_SAVED' },
        then: { messages: [{ id: 'preferences-not-saved', kind: 'preferences-not-saved', severity: 'warning', dismissible: true }] },
        effects: [],
      },
      {
        it: 'turns automatic sign-in off from the profile settings',
        given: () => after(autoSigningIn(), stationLoggedIn),
        when: { type: 'AUTO_LOGIN_SETTING_CHANGED', on: false },
        then: { step: 'signed-in', session: { teamId: 't2', teamName: 'Support', loginOption: 'AGENT_DN', dialNumber: DN, autoLogin: false } },
        effects: [{ type: 'setAutoLogin', agentId: 'ag-1', on: false }],
        and: (s) => expect(s.draft.autoLogin).to.equal(false),
      },
      {
        it: 'turns automatic sign-in on from the profile settings',
        given: signedIn,
        when: { type: 'AUTO_LOGIN_SETTING_CHANGED', on: true },
        then: { step: 'signed-in' },
        effects: [{ type: 'setAutoLogin', agentId: 'ag-1', on: true }],
        and: (s) => expect(s.session?.autoLogin).to.equal(true),
      },
      {
        it: 'ignores the automatic sign-in setting before signing in',
        given: () => readyToSave(),
        when: { type: 'AUTO_LOGIN_SETTING_CHANGED', on: true },
        then: 'unchanged',
        effects: [],
      },
    ]);

    it('clears the banners of the old session on a user sign-out', () => {
      const { state } = play(signedIn(), degraded, { type: 'SIGN_OUT_REQUESTED', reason: 'user' }, answer((id) => ({ type: 'STATION_LOGGED_OUT', id })));
      expect(state.step).to.equal('signed-out');
      expect(state.messages).to.deep.equal([]);
    });
  });

  describe('fieldOf', () => {
    const rows: [AgentErrorCode, Field | undefined][] = [
      ['DN_INVALID', 'dialNumber'],
      ['DN_IN_USE', 'dialNumber'],
      ['TEAM_INVALID', 'team'],
      ['INVALID_CREDENTIALS', 'password'],
      ['INVALID_CODE', 'code'],
      ['NETWORK', undefined],
      ['ACCOUNT_LOCKED', undefined],
      ['UNKNOWN', undefined],
    ];
    for (const [code, field] of rows) it(`puts ${code} ${field ? `at the ${field} field` : 'on the whole step'}`, () => expect(fieldOf(code)).to.equal(field));
  });
});

describe('flow machine: the browser connection', () => {
  it('shows the connection-lost banner when the browser goes offline, and removes it when it is back', () => {
    const offline = transition(initialState(), { type: 'CONNECTION_CHANGED', online: false }).state;
    expect(offline.messages.map((m) => [m.id, m.kind, m.severity])).to.deep.equal([['connection-lost', 'connection-lost', 'warning']]);
    const again = transition(offline, { type: 'CONNECTION_CHANGED', online: false }).state;
    expect(again.messages).to.have.length(1);
    expect(transition(again, { type: 'CONNECTION_CHANGED', online: true }).state.messages).to.deep.equal([]);
  });
});
