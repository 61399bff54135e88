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

/** The password of every seeded account. */
export const DEMO_PASSWORD = 'demo1234';

/** The six-digit code `resetPassword` accepts (the demo "sends" no email). */
export const DEMO_RESET_CODE = '123456';

/** Number the demo treats as taken by another agent: `stationLogin` rejects `DN_IN_USE`. */
export const DEMO_DN_IN_USE = '+14155550100';

/** Number the demo treats as not routable: `stationLogin` rejects `DN_INVALID`. */
export const DEMO_DN_INVALID = '+14155550111';

/** The `sessionStorage` key of the persisted demo session (`persist: 'session'`). */
export const DEMO_SESSION_KEY = 'agent-login-demo:session';

// ——— seeded data ———

const MS_TEAMS = { provider: 'msteams', label: 'Microsoft Teams' };

const team = (id: string, name: string): Team => ({ id, name });

const ANA_TEAMS: Team[] = [
  team('t-sup-1', 'Suporte Nível 1'),
  team('t-sup-2', 'Suporte Nível 2'),
  team('t-billing', 'Billing'),
  team('t-sales-emea', 'Sales EMEA'),
  team('t-sales-amer', 'Sales Americas'),
  team('t-retention', 'Customer Retention'),
  team('t-vip', 'VIP Concierge'),
  team('t-onboarding', 'Onboarding & Activation'),
];

const SMALL_TEAMS: Team[] = [team('t-sup-1', 'Suporte Nível 1'), team('t-billing', 'Billing'), team('t-sales-emea', 'Sales EMEA')];

const BR_TEAMS: Team[] = [
  team('t-br-atendimento', 'Atendimento Geral'),
  team('t-sup-1', 'Suporte Nível 1'),
  team('t-sup-2', 'Suporte Nível 2'),
  team('t-br-cobranca', 'Cobrança'),
  team('t-br-retencao', 'Retenção'),
  team('t-br-ouvidoria', 'Ouvidoria'),
];

// Deterministic generator for large team lists (the 5,000-team agent; benches and stories).
const AREAS = [
  'Suporte',
  'Atención al Cliente',
  'Billing',
  'Sales',
  'Retenção',
  'Cobrança',
  'Kundenservice',
  'Réclamations',
  'Technical Support',
  'Onboarding',
  'Fraud Prevention',
  'Back Office',
  'Collections',
  'Renewals',
  'Soporte Técnico',
  'Service Client',
  'Escalations',
  'Partner Desk',
  'Ventas',
  'Logistics',
];
const PLACES = [
  'São Paulo',
  'Zürich',
  'Kraków',
  'Montréal',
  'Malmö',
  'Reykjavík',
  'Bogotá',
  'Düsseldorf',
  'İstanbul',
  'Łódź',
  'Córdoba',
  'Göteborg',
  'Curitiba',
  'Lisboa',
  'München',
  'Besançon',
  'Medellín',
  'Ålesund',
  'Tórshavn',
  'Brasília',
  'Austin',
  'Dublin',
  'Toronto',
  'Singapore',
  'Nairobi',
  'Osaka',
  'Sydney',
  'Manila',
  'Kraljevo',
  'Köln',
  'Niterói',
  'Florianópolis',
  'Valparaíso',
  'Gdańsk',
  'Poznań',
  'Aarhus',
  'Tromsø',
  'Genève',
  'Québec',
  'Ciudad de México',
];
const TIERS = ['Nível 1', 'Nível 2', 'Nível 3', 'Tier 1', 'Tier 2', 'Overflow', 'Night Shift', 'Weekend', 'VIP', 'Pilot'];

/**
 * `count` teams with realistic, varied names (accents, several languages), the same on every call.
 * The first is always "Suporte Nível 2". Useful for stories and benchmarks.
 */
export function generateDemoTeams(count: number): Team[] {
  const total = AREAS.length * PLACES.length * TIERS.length;
  const teams: Team[] = [team('team-00001', 'Suporte Nível 2')];
  // A stride coprime with `total` walks every combination once, in a well-mixed order.
  const stride = 7919;
  for (let i = 0; teams.length < count; i++) {
    const n = (i * stride) % total;
    const area = AREAS[n % AREAS.length];
    const place = PLACES[Math.floor(n / AREAS.length) % PLACES.length];
    const tier = TIERS[Math.floor(n / (AREAS.length * PLACES.length))];
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

const SEEDED: readonly Seed[] = [
  {
    description: 'Desktop, extension or dial number; 8 teams; Microsoft Teams sign-in.',
    profile: {
      agentId: 'demo-ana-souza',
      email: 'agent@demo.example',
      displayName: 'Ana Souza',
      loginOptions: ['BROWSER', 'EXTENSION', 'AGENT_DN'],
      teams: ANA_TEAMS,
      defaultDialNumber: '+14155550123',
      defaultCountry: 'US',
      collaboration: [MS_TEAMS],
    },
  },
  {
    description: 'Extension only, one pre-validated extension (4021).',
    profile: {
      agentId: 'demo-omar-haddad',
      email: 'extension@demo.example',
      displayName: 'Omar Haddad',
      loginOptions: ['EXTENSION'],
      teams: SMALL_TEAMS,
      extensions: ['4021'],
      defaultCountry: 'US',
    },
  },
  {
    description: 'Desktop or extension; three extensions in a drop-down.',
    profile: {
      agentId: 'demo-mei-lin',
      email: 'extensions@demo.example',
      displayName: 'Mei Lin',
      loginOptions: ['BROWSER', 'EXTENSION'],
      teams: SMALL_TEAMS,
      extensions: ['4021', '4022', '4023'],
      defaultCountry: 'US',
    },
  },
  {
    description: 'Dial number only; three numbers (US, UK, Brazil) in a drop-down.',
    profile: {
      agentId: 'demo-lucas-pereira',
      email: 'dialnumbers@demo.example',
      displayName: 'Lucas Pereira',
      loginOptions: ['AGENT_DN'],
      teams: SMALL_TEAMS,
      dialNumbers: ['+14155550123', '+442079460018', '+5511987654321'],
      defaultCountry: 'BR',
    },
  },
  {
    description: 'Dial number or extension restricted to the admin default +1 415 555 0199.',
    profile: {
      agentId: 'demo-grace-okafor',
      email: 'restricted@demo.example',
      displayName: 'Grace Okafor',
      loginOptions: ['AGENT_DN', 'EXTENSION'],
      teams: SMALL_TEAMS,
      defaultDialNumber: '+14155550199',
      dialNumberRestricted: true,
      defaultCountry: 'US',
    },
  },
  {
    description: 'Digital-only (chat and email): no telephony choices.',
    profile: {
      agentId: 'demo-sven-lindqvist',
      email: 'digital@demo.example',
      displayName: 'Sven Lindqvist',
      loginOptions: [],
      teams: SMALL_TEAMS,
    },
  },
  {
    description: '5,000 teams (try typing “niv”).',
    profile: {
      agentId: 'demo-priya-raman',
      email: 'manyteams@demo.example',
      displayName: 'Priya Raman',
      loginOptions: ['BROWSER', 'EXTENSION', 'AGENT_DN'],
      teams: [],
      defaultCountry: 'US',
    },
    generatedTeams: 5000,
  },
  {
    description: 'Microsoft Teams sign-in that always fails (does not block).',
    profile: {
      agentId: 'demo-jonas-weber',
      email: 'collabfail@demo.example',
      displayName: 'Jonas Weber',
      loginOptions: ['BROWSER', 'AGENT_DN'],
      teams: SMALL_TEAMS,
      defaultCountry: 'DE',
      collaboration: [MS_TEAMS],
    },
    failingProviders: ['msteams'],
  },
  {
    description: 'Desktop only; must accept the E911 notice first.',
    profile: {
      agentId: 'demo-maria-garcia',
      email: 'e911@demo.example',
      displayName: 'María García',
      loginOptions: ['BROWSER'],
      teams: SMALL_TEAMS,
      defaultCountry: 'US',
      e911Required: true,
    },
  },
  {
    description: 'Locked account: sign-in is refused.',
    profile: {
      agentId: 'demo-locked',
      email: 'locked@demo.example',
      displayName: 'Lee Locked',
      loginOptions: ['BROWSER'],
      teams: SMALL_TEAMS,
    },
    locked: true,
  },
  {
    description: 'Portuguese-speaking agent in Brazil (+55 11 91234-5678).',
    profile: {
      agentId: 'demo-joao-silva',
      email: 'brasil@demo.example',
      displayName: 'João da Silva',
      loginOptions: ['BROWSER', 'EXTENSION', 'AGENT_DN'],
      teams: BR_TEAMS,
      defaultDialNumber: '+5511912345678',
      defaultCountry: 'BR',
    },
  },
];

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
