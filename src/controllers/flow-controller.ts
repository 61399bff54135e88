import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AgentService, ServiceEvent, StationLoginRequest } from '../contract/agent-service.js';
import { AgentServiceError, toAgentError, type AgentErrorCode } from '../contract/errors.js';
import { initialState, transition } from '../core/flow/machine.js';
import type { Arrival, Effect, FlowEvent, FlowState } from '../core/flow/states.js';
import { resolvePreferences } from '../core/preferences/resolve.js';
import type { PreferencesStore } from '../core/preferences/storage.js';
import { createTabGuard, type TabGuard } from '../core/session/tab-guard.js';
import type { AgentProfile } from '../contract/agent-service.js';

/** What the controller reports to its element. */
export interface FlowCallbacks {
  /** A new state (always a new object) after `previous`. */
  onChange(state: FlowState, previous: FlowState): void;
  /** Notification effects: `signedIn`, `signedOut`, `error`; and the tab guard's `claimTab`/`releaseTab`. */
  onEffect(effect: Effect): void;
}

/**
 * zod and the schemas load on demand: nothing needs them before the first profile from the
 * service, and keeping them out of the email step's bytes is what issue #10 budgets. A session
 * restore that finds nothing shows the email step without them; the import starts once that step
 * is on screen and the browser is idle (or when the email is submitted, if sooner).
 */
const schemas = () => import('../contract/schemas.js');
/** Remembered preferences are read through zod too: loaded with it, on first use. */
const preferencesStore = () => import('../core/preferences/storage.js').then((m) => m.createPreferencesStore());

const BLOCKED: Record<string, AgentErrorCode> = {
  TEAM_INVALID: 'TEAM_INVALID',
  DN_INVALID: 'DN_INVALID',
  OPTION_UNAVAILABLE: 'NOT_AUTHORIZED',
};

/**
 * Runs the flow machine for `<agent-login>`: sends events through `transition`, runs the effects
 * against the `AgentService` (each with an `AbortSignal`, all aborted when the element is removed),
 * validates every answer with zod, and feeds the answers back. Remembered preferences are read and
 * written here, so the machine stays pure.
 */
export class FlowController implements ReactiveController {
  /** The current state. */
  state: FlowState = initialState();

  private readonly callbacks: FlowCallbacks;
  private service: AgentService | null = null;
  private blocking = new AbortController();
  private background = new AbortController();
  private unsubscribe?: () => void;
  private connected = false;
  /** One tab at a time per agent in this browser (issue #6). */
  private guard?: TabGuard;
  private guardAgent?: string;
  private storePromise?: Promise<PreferencesStore>;
  /** The element was removed while its session restore was in flight: run it again when it is back. */
  private restoreInterrupted = false;

  constructor(host: ReactiveControllerHost, callbacks: FlowCallbacks, store?: PreferencesStore) {
    this.callbacks = callbacks;
    if (store) this.storePromise = Promise.resolve(store);
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.subscribe();
    // A host that moves the element while the page loads (re-parenting, a framework re-mount) must
    // not cost the agent a live session: the aborted restore left the email step, so ask again.
    if (this.restoreInterrupted) {
      this.restoreInterrupted = false;
      if (this.service && this.state.step === 'email' && !this.state.pending) {
        this.send({ type: 'START', hasService: true, canRestore: !!this.service.restoreSession });
      }
    }
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    // Dropping the guard lets go of the lock without announcing a sign-out to the other tabs.
    this.guard?.dispose();
    this.guard = undefined;
    this.blocking.abort();
    this.background.abort();
    this.blocking = new AbortController();
    this.background = new AbortController();
    this.restoreInterrupted = this.state.pending?.op === 'restore';
    if (this.state.pending || this.state.collaboration.some((c) => c.status === 'connecting')) this.send({ type: 'ABORTED' });
  }

  /**
   * Loads zod, the schemas and the preferences store once the email step is on screen and the
   * browser is idle: ready before the password is typed, yet never part of the email step's bytes.
   */
  private warmUp(): void {
    if (this.storePromise) return;
    const run = () => void this.store();
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1000 });
    else setTimeout(run, 0);
  }

  /** The remembered-preferences store (loaded on first use). */
  private store(): Promise<PreferencesStore> {
    return (this.storePromise ??= preferencesStore());
  }

  /** Switches the backend; listens to its session events. */
  setService(service: AgentService | null): void {
    if (service === this.service) return;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.service = service;
    if (this.connected) this.subscribe();
  }

  /** Sends an intent through the machine and runs the resulting effects. */
  send(event: FlowEvent): void {
    if (event.type === 'EMAIL_SUBMITTED') void this.store();
    const previous = this.state;
    const { state, effects } = transition(previous, event);
    this.state = state;
    if (state.step === 'email' && previous.step !== 'email') this.warmUp();
    if (state !== previous) this.callbacks.onChange(state, previous);
    for (const effect of effects) this.run(effect);
  }

  private subscribe(): void {
    if (!this.service?.subscribe || this.unsubscribe) return;
    this.unsubscribe = this.service.subscribe((raw: ServiceEvent) => {
      void schemas().then(({ parseServiceEvent }) => {
        const event = parseServiceEvent(raw);
        if (event) this.send({ type: 'SERVICE_EVENT', event });
      });
    });
  }

  private run(effect: Effect): void {
    switch (effect.type) {
      case 'restoreSession':
        this.request(effect.id, async (service, signal) => {
          const raw = service.restoreSession ? await service.restoreSession(signal) : null;
          if (raw === null || raw === undefined) return { type: 'RESTORED', id: effect.id, arrival: null };
          const { parseProfile } = await schemas();
          return { type: 'RESTORED', id: effect.id, arrival: await this.arrival(parseProfile(raw)) };
        });
        return;
      case 'signIn':
        this.request(effect.id, async (service, signal) => {
          const raw = await service.signIn({ email: effect.email, password: effect.password }, signal);
          const { parseProfile } = await schemas();
          const profile = parseProfile(raw);
          return { type: 'SIGNED_IN', id: effect.id, arrival: await this.arrival(profile) };
        });
        return;
      case 'requestPasswordReset':
        this.request(effect.id, async (service, signal) => {
          if (!service.requestPasswordReset) throw new AgentServiceError('NOT_SUPPORTED');
          await service.requestPasswordReset(effect.email, signal);
          return { type: 'CODE_SENT', id: effect.id };
        });
        return;
      case 'resetPassword':
        this.request(effect.id, async (service, signal) => {
          if (!service.resetPassword) throw new AgentServiceError('NOT_SUPPORTED');
          await service.resetPassword({ email: effect.email, code: effect.code, newPassword: effect.newPassword }, signal);
          return { type: 'PASSWORD_RESET', id: effect.id };
        });
        return;
      case 'connectCollaboration':
        this.request(
          effect.id,
          async (service, signal) => {
            if (!service.connectCollaboration) throw new AgentServiceError('NOT_SUPPORTED');
            await service.connectCollaboration(effect.provider, signal);
            return { type: 'COLLABORATION_CONNECTED', id: effect.id };
          },
          this.background.signal,
        );
        return;
      case 'stationLogin':
        this.request(effect.id, async (service, signal) => {
          await service.stationLogin(clean(effect.request), signal);
          return { type: 'STATION_LOGGED_IN', id: effect.id };
        });
        return;
      case 'stationLogout':
        this.request(effect.id, async (service, signal) => {
          await service.stationLogout({ reason: effect.reason }, signal);
          return { type: 'STATION_LOGGED_OUT', id: effect.id };
        });
        return;
      case 'abort':
        this.blocking.abort();
        this.blocking = new AbortController();
        return;
      case 'savePreferences': {
        void this.store().then((store) => {
          if (!store.save(effect.agentId, effect.preferences) && effect.preferences.autoLogin) this.send({ type: 'PREFERENCES_NOT_SAVED' });
        });
        return;
      }
      case 'setAutoLogin':
        void this.store().then((store) => {
          if (!store.setAutoLogin(effect.agentId, effect.on) && effect.on) this.send({ type: 'PREFERENCES_NOT_SAVED' });
        });
        return;
      case 'claimTab':
        if (!this.guard || this.guardAgent !== effect.agentId) {
          this.guard?.dispose();
          this.guardAgent = effect.agentId;
          this.guard = createTabGuard({ agentId: effect.agentId, onConflict: () => this.send({ type: 'TAB_CONFLICT' }) });
        }
        void this.guard.claim();
        return;
      case 'releaseTab':
        this.guard?.release();
        this.guard?.dispose();
        this.guard = undefined;
        return;
      default:
        this.callbacks.onEffect(effect);
    }
  }

  /** The profile with its remembered preferences resolved (saved beats the admin default). */
  private async arrival(profile: AgentProfile): Promise<Arrival> {
    const store = await this.store();
    const { prefill, autoLogin } = resolvePreferences(profile, store.load(profile.agentId));
    if ('request' in autoLogin) return { profile, prefill, autoLogin: autoLogin.request };
    const blocked = BLOCKED[autoLogin.reason];
    return { profile, prefill, autoLogin: null, ...(blocked ? { autoLoginBlocked: blocked } : {}) };
  }

  /** Runs one service call; its answer (or failure) comes back as an event unless it was aborted. */
  private request(
    id: number,
    call: (service: AgentService, signal: AbortSignal) => Promise<FlowEvent>,
    signal: AbortSignal = this.blocking.signal,
  ): void {
    const service = this.service;
    const fail = (error: unknown) => {
      if (signal.aborted) return;
      const e = toAgentError(error);
      this.send({ type: 'REQUEST_FAILED', id, code: e.code, ...(e.trackingId ? { trackingId: e.trackingId } : {}) });
    };
    if (!service) {
      queueMicrotask(() => fail(new AgentServiceError('NO_SERVICE')));
      return;
    }
    let pending: Promise<FlowEvent>;
    try {
      pending = call(service, signal);
    } catch (error) {
      // A service that throws synchronously is still answered as a failure, never an uncaught exception.
      queueMicrotask(() => fail(error));
      return;
    }
    pending.then((event) => {
      if (!signal.aborted) this.send(event);
    }, fail);
  }
}

/** Only the fields the contract knows: nothing else reaches the service. */
function clean(r: StationLoginRequest): StationLoginRequest {
  return {
    teamId: r.teamId,
    ...(r.loginOption ? { loginOption: r.loginOption } : {}),
    ...(r.dialNumber ? { dialNumber: r.dialNumber } : {}),
  };
}
