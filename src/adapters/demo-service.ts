/**
 * The embedded demo backend: an `AgentService` that runs in the browser with no server, so
 * `<agent-login demo>`, the stories and the tests can show every state of the flow (issue #2 §5).
 *
 * Seeded agents cover every profile the flow must handle (see `DEMO_ACCOUNTS`; every password is
 * `demo1234`, every password-reset code is `123456`). Options inject latency and failures; faults
 * can be changed at runtime with `setOptions` (Storybook controls, the demo page's switches), and
 * `emit` pushes any `ServiceEvent` to subscribers. A `calls` log records each call's method and its
 * non-secret arguments for tests: never a password, a new password or a reset code.
 *
 * Like a real backend it hands out fresh objects (nothing the widget mutates leaks back), honours
 * every `AbortSignal`, including during the simulated latency, and rejects with
 * `AgentServiceError`s that carry a `demo-xxxxxxxx` tracking ID.
 */
import type {
  AgentProfile,
  AgentService,
  Credentials,
  PasswordResetRequest,
  ServiceEvent,
  StationLoginRequest,
  Team,
} from '../contract/agent-service.js';
import { AgentServiceError, type AgentErrorCode } from '../contract/errors.js';
import seedFile from './demo-seed.json';

/** The methods whose failure can be injected with `fail`. */
export type DemoMethod =
  | 'signIn'
  | 'restoreSession'
  | 'requestPasswordReset'
  | 'resetPassword'
  | 'connectCollaboration'
  | 'stationLogin'
  | 'stationLogout';

/** A seeded (or host-supplied) demo agent. */
export interface DemoAccountSpec {
  /** The agent's profile; `profile.email` is the sign-in email (matched case-insensitively). */
  readonly profile: AgentProfile;
  /** Defaults to `demo1234`. */
  readonly password?: string;
  /** One line for the demo accounts table. */
  readonly description?: string;
  /** Sign-in always rejects with `ACCOUNT_LOCKED`. */
  readonly locked?: boolean;
  /** Collaboration providers whose sign-in always fails with `UNAVAILABLE`. */
  readonly failingProviders?: readonly string[];
}

/** Options of `createDemoService`; all but `accounts` can be changed later with `setOptions`. */
export interface DemoServiceOptions {
  /** Simulated round-trip time of every call, in milliseconds. Default `0`. */
  latencyMs?: number;
  /**
   * Where the live session lives: `memory` (default) forgets it on reload; `session` keeps it in
   * `sessionStorage` (key `agent-login-demo:session`) so `restoreSession()` survives a page reload.
   */
  persist?: 'memory' | 'session';
  /** Make a method reject with the given code (after the latency). */
  fail?: Partial<Record<DemoMethod, AgentErrorCode>>;
  /** `signIn` resolves an object that fails `AgentProfileSchema` (a malformed response). */
  malformedProfile?: boolean;
  /** Emit `session-conflict` this long after each successful station login. */
  sessionConflictAfterMs?: number;
  /** Emit `degraded` this long after each successful station login. */
  degradedAfterMs?: number;
  /** Extra accounts; one with a seeded account's email replaces it. */
  accounts?: readonly DemoAccountSpec[];
}

/** One recorded call: the method and its non-secret arguments. */
export interface DemoCall {
  readonly method: DemoMethod;
  readonly email?: string;
  readonly provider?: string;
  readonly teamId?: string;
  readonly loginOption?: string;
  readonly dialNumber?: string;
  readonly reason?: string;
}

/** The demo backend: every optional `AgentService` method, plus test and demo hooks. */
export interface DemoService extends Required<AgentService> {
  /** Every call so far, oldest first (never a password, new password or reset code). */
  readonly calls: readonly DemoCall[];
  /** The options in force. */
  readonly options: Readonly<DemoServiceOptions>;
  /** Pushes a service event to every subscriber (`session-expired` also ends the session). */
  emit(event: ServiceEvent): void;
  /** Changes options at runtime: fields present replace the current ones; `fail` is replaced whole. */
  setOptions(options: Partial<DemoServiceOptions>): void;
}

// ——— seeded data (src/adapters/demo-seed.json, shared with the reference server) ———

/** The JSON seed as written: profiles name a team list instead of repeating it. */
interface SeedFile {
  readonly password: string;
  readonly resetCode: string;
  readonly dialNumberInUse: string;
  readonly dialNumberInvalid: string;
  readonly teamLists: Readonly<Record<string, readonly Team[]>>;
  readonly generatedTeamNames: { readonly areas: readonly string[]; readonly places: readonly string[]; readonly tiers: readonly string[] };
  readonly accounts: readonly (Omit<Seed, 'profile'> & { readonly teams: string; readonly profile: Omit<AgentProfile, 'teams'> })[];
}

// One file, two readers: this service (bundled through @rollup/plugin-json, esbuild in the tests,
// Vite in Storybook) and server/reference-server.mjs, so the demo and the HTTP demo cannot drift.
// The cast is checked by test/core/demo-service.test.ts (every profile passes AgentProfileSchema).
const SEED_FILE = seedFile as unknown as SeedFile;

/** The password of every seeded account: `demo1234`. */
export const DEMO_PASSWORD: string = SEED_FILE.password;

/** The six-digit code `resetPassword` accepts, `123456` (the demo "sends" no email). */
export const DEMO_RESET_CODE: string = SEED_FILE.resetCode;

/** Number the demo treats as taken by another agent, `+14155550100`: `stationLogin` rejects `DN_IN_USE`. */
export const DEMO_DN_IN_USE: string = SEED_FILE.dialNumberInUse;

/** Number the demo treats as not routable, `+14155550111`: `stationLogin` rejects `DN_INVALID`. */
export const DEMO_DN_INVALID: string = SEED_FILE.dialNumberInvalid;

/** The `sessionStorage` key of the persisted demo session (`persist: 'session'`). */
export const DEMO_SESSION_KEY = 'agent-login-demo:session';

const team = (id: string, name: string): Team => ({ id, name });

/**
 * `count` teams with realistic, varied names (accents, several languages), the same on every call.
 * The first is always "Suporte Nível 2". Useful for stories and benchmarks. The reference server
 * generates the same list from the same names.
 */
export function generateDemoTeams(count: number): Team[] {
  const { areas, places, tiers } = SEED_FILE.generatedTeamNames;
  const total = areas.length * places.length * tiers.length;
  const teams: Team[] = [team('team-00001', 'Suporte Nível 2')];
  // A stride coprime with `total` walks every combination once, in a well-mixed order.
  const stride = 7919;
  for (let i = 0; teams.length < count; i++) {
    const n = (i * stride) % total;
    const area = areas[n % areas.length];
    const place = places[Math.floor(n / areas.length) % places.length];
    const tier = tiers[Math.floor(n / (areas.length * places.length))];
    const round = Math.floor(i / total);
    const name = `${area} ${tier} · ${place}${round > 0 ? ` ${round + 1}` : ''}`;
    teams.push(team(`team-${String(teams.length + 1).padStart(5, '0')}`, name));
  }
  return teams.slice(0, Math.max(0, count));
}

/** A seeded account; `generatedTeams` replaces `profile.teams` with that many generated teams on first use. */
interface Seed extends DemoAccountSpec {
  readonly generatedTeams?: number;
}

const SEEDED: readonly Seed[] = SEED_FILE.accounts.map(({ teams, profile, ...rest }) => ({
  ...rest,
  profile: { ...profile, teams: [...(SEED_FILE.teamLists[teams] ?? [])] },
}));

/** The seeded accounts, for a README or a demo page (every password is `demo1234`). */
export const DEMO_ACCOUNTS: readonly { readonly email: string; readonly description: string }[] = SEEDED.map((a) =>
  Object.freeze({ email: a.profile.email, description: a.description ?? '' }),
);

// ——— helpers ———

const normalise = (email: string) => email.trim().toLowerCase();

function trackingId(): string {
  const bytes = new Uint8Array(4);
  globalThis.crypto.getRandomValues(bytes);
  return `demo-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

const fail = (code: AgentErrorCode) => new AgentServiceError(code, { trackingId: trackingId() });

const abortError = () => new DOMException('The operation was aborted.', 'AbortError');

/** Resolves after `ms` (a microtask when 0); rejects with an AbortError as soon as `signal` aborts. */
function wait(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortError());
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    const done = () => {
      signal?.removeEventListener('abort', onAbort);
      if (signal?.aborted) reject(abortError());
      else resolve();
    };
    const timer = ms > 0 ? setTimeout(done, ms) : undefined;
    signal?.addEventListener('abort', onAbort, { once: true });
    if (timer === undefined) queueMicrotask(done);
  });
}

function sessionStore(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

const E164 = /^\+[1-9]\d{6,14}$/;
const EXTENSION = /^\d{2,15}$/;

// ——— the service ———

interface Account {
  readonly spec: Seed;
  password: string;
}

class DemoAgentService implements DemoService {
  /** Agents sign in here with an email and a password. */
  readonly credentials = true;

  readonly calls: DemoCall[] = [];
  private current: DemoServiceOptions;
  private readonly accounts = new Map<string, Account>();
  private readonly listeners = new Set<(event: ServiceEvent) => void>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  /** Normalised email of the signed-in agent, if any. */
  private session: string | null = null;

  constructor(options: DemoServiceOptions) {
    this.current = { ...options };
    for (const spec of [...SEEDED, ...(options.accounts ?? [])]) {
      this.accounts.set(normalise(spec.profile.email), { spec, password: spec.password ?? DEMO_PASSWORD });
    }
    if (this.current.persist === 'session') this.session = this.readPersisted();
  }

  get options(): Readonly<DemoServiceOptions> {
    return { ...this.current, ...(this.current.fail ? { fail: { ...this.current.fail } } : {}) };
  }

  setOptions(options: Partial<DemoServiceOptions>): void {
    const { accounts: _ignored, ...rest } = options;
    this.current = { ...this.current, ...rest };
    if (rest.persist === 'session') this.writePersisted();
  }

  async signIn(credentials: Credentials, signal?: AbortSignal): Promise<AgentProfile> {
    const email = normalise(credentials.email);
    await this.begin({ method: 'signIn', email }, signal);
    const account = this.accounts.get(email);
    if (!account) throw fail('INVALID_CREDENTIALS');
    if (account.spec.locked) throw fail('ACCOUNT_LOCKED');
    if (credentials.password !== account.password) throw fail('INVALID_CREDENTIALS');
    if (this.current.malformedProfile) {
      // Shaped like a profile, but fails AgentProfileSchema: the widget must report BAD_RESPONSE.
      return { agentId: '', email, displayName: 42, loginOptions: ['PIGEON'], teams: 'all' } as unknown as AgentProfile;
    }
    this.startSession(email);
    return this.profileOf(account);
  }

  async restoreSession(signal?: AbortSignal): Promise<AgentProfile | null> {
    await this.begin({ method: 'restoreSession' }, signal);
    // Another instance in this tab (e.g. a second story) may have signed in meanwhile.
    if (!this.session && this.current.persist === 'session') this.session = this.readPersisted();
    const account = this.session ? this.accounts.get(this.session) : undefined;
    if (!account || account.spec.locked) {
      if (this.session) this.endSession();
      return null;
    }
    return this.profileOf(account);
  }

  async requestPasswordReset(email: string, signal?: AbortSignal): Promise<void> {
    // Resolves whether or not the account exists: the answer must not reveal who has an account.
    await this.begin({ method: 'requestPasswordReset', email: normalise(email) }, signal);
  }

  async resetPassword(request: PasswordResetRequest, signal?: AbortSignal): Promise<void> {
    const email = normalise(request.email);
    await this.begin({ method: 'resetPassword', email }, signal);
    if (request.code.trim() !== DEMO_RESET_CODE) throw fail('INVALID_CODE');
    const account = this.accounts.get(email);
    if (account) account.password = request.newPassword;
  }

  async connectCollaboration(provider: string, signal?: AbortSignal): Promise<void> {
    await this.begin({ method: 'connectCollaboration', provider }, signal);
    const account = this.signedIn();
    if (!account.spec.profile.collaboration?.some((c) => c.provider === provider)) throw fail('NOT_AUTHORIZED');
    if (account.spec.failingProviders?.includes(provider)) throw fail('UNAVAILABLE');
  }

  async stationLogin(request: StationLoginRequest, signal?: AbortSignal): Promise<void> {
    const { teamId, loginOption, dialNumber } = request;
    await this.begin(
      {
        method: 'stationLogin',
        teamId,
        ...(loginOption ? { loginOption } : {}),
        ...(dialNumber ? { dialNumber } : {}),
      },
      signal,
    );
    const account = this.signedIn();
    const profile = account.spec.profile;
    const options = profile.loginOptions;
    // A telephony agent must say how calls are handled; a digital-only agent has nothing to choose.
    if (loginOption ? !options.includes(loginOption) : options.length > 0) throw fail('NOT_AUTHORIZED');
    if (!teamsOf(account.spec).some((t) => t.id === teamId)) throw fail('TEAM_INVALID');
    if (loginOption === 'EXTENSION' || loginOption === 'AGENT_DN') {
      const number = dialNumber ?? '';
      if (number === DEMO_DN_IN_USE) throw fail('DN_IN_USE');
      if (number === DEMO_DN_INVALID) throw fail('DN_INVALID');
      if (profile.dialNumberRestricted && number !== profile.defaultDialNumber) throw fail('DN_INVALID');
      const shape = loginOption === 'AGENT_DN' ? E164 : EXTENSION;
      if (!shape.test(number) && number !== profile.defaultDialNumber) throw fail('DN_INVALID');
    }
    this.schedule(this.current.sessionConflictAfterMs, { type: 'session-conflict', trackingId: trackingId() });
    this.schedule(this.current.degradedAfterMs, {
      type: 'degraded',
      features: ['Real-time reports', 'Call recording'],
    });
  }

  async stationLogout(request: { reason: string }, signal?: AbortSignal): Promise<void> {
    await this.begin({ method: 'stationLogout', reason: request.reason }, signal);
    this.endSession();
  }

  subscribe(listener: (event: ServiceEvent) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  emit(event: ServiceEvent): void {
    if (event.type === 'session-expired') this.endSession();
    for (const listener of [...this.listeners]) {
      try {
        listener(structuredClone(event));
      } catch (error) {
        // One faulty listener must not starve the others; the error still surfaces.
        console.error('demo-service: a ServiceEvent listener threw', error);
      }
    }
  }

  // ——— internals ———

  /** Logs the call, waits the latency (abortable), then applies an injected failure. */
  private async begin(call: DemoCall, signal?: AbortSignal): Promise<void> {
    this.calls.push(Object.freeze(call));
    await wait(this.current.latencyMs ?? 0, signal);
    const code = this.current.fail?.[call.method];
    if (code) throw fail(code);
  }

  private signedIn(): Account {
    const account = this.session ? this.accounts.get(this.session) : undefined;
    if (!account) throw fail('SESSION_EXPIRED');
    return account;
  }

  /** A fresh deep copy: the caller may mutate it freely. */
  private profileOf(account: Account): AgentProfile {
    return structuredClone({ ...account.spec.profile, teams: teamsOf(account.spec) as Team[] });
  }

  private startSession(email: string): void {
    this.clearTimers();
    this.session = email;
    this.writePersisted();
  }

  private endSession(): void {
    this.clearTimers();
    this.session = null;
    this.writePersisted();
  }

  private clearTimers(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private schedule(ms: number | undefined, event: ServiceEvent): void {
    if (ms === undefined || ms < 0) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (this.session) this.emit(event);
    }, ms);
    this.timers.add(timer);
  }

  private readPersisted(): string | null {
    try {
      const raw = sessionStore()?.getItem(DEMO_SESSION_KEY);
      const email = raw ? (JSON.parse(raw) as { email?: unknown }).email : undefined;
      return typeof email === 'string' && this.accounts.has(email) ? email : null;
    } catch {
      return null;
    }
  }

  private writePersisted(): void {
    if (this.current.persist !== 'session') return;
    try {
      const store = sessionStore();
      // Only the email: the demo session never holds a password or a token.
      if (this.session) store?.setItem(DEMO_SESSION_KEY, JSON.stringify({ email: this.session }));
      else store?.removeItem(DEMO_SESSION_KEY);
    } catch {
      // Storage blocked or full: the session simply does not survive a reload.
    }
  }
}

const generated = new Map<number, readonly Team[]>();

/** The account's teams; generated lists are built once, on first use, and shared (callers get copies). */
function teamsOf(seed: Seed): readonly Team[] {
  const count = seed.generatedTeams;
  if (count === undefined) return seed.profile.teams;
  let teams = generated.get(count);
  if (!teams) generated.set(count, (teams = generateDemoTeams(count)));
  return teams;
}

/**
 * Creates an embedded demo backend. Seeded agents (all with password `demo1234`) are listed in
 * `DEMO_ACCOUNTS`; the password-reset code is always `123456`.
 *
 * ```ts
 * const service = createDemoService({ latencyMs: 400, persist: 'session' });
 * document.querySelector('agent-login')!.service = service;
 * service.setOptions({ fail: { stationLogin: 'DN_IN_USE' } });
 * ```
 */
export function createDemoService(options: DemoServiceOptions = {}): DemoService {
  return new DemoAgentService(options);
}
