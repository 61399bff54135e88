import type {
  WebexAgentLogin,
  WebexContactCenter,
  WebexListener,
  WebexLogout,
  WebexProfile,
} from '../../src/adapters/webex-service.js';

/** A `register()` answer as Cisco's SDK gives it (Ana Souza, two teams, every voice option); `overrides` replace fields. */
export function sdkProfile(overrides: Partial<Record<keyof WebexProfile, unknown>> = {}): WebexProfile {
  return {
    agentId: 'a1b2c3d4-agent',
    agentName: 'Ana Souza',
    agentMailId: 'ana.souza@example.com',
    agentProfileID: 'profile-1',
    teams: [
      { id: 'team-1', name: 'Suporte Nível 1', active: true, userIds: ['a1b2c3d4-agent'] },
      { id: 'team-2', name: 'Billing', active: true, userIds: [] },
    ],
    defaultDn: '+14155550123',
    dn: '+14155550123',
    forceDefaultDn: false,
    forceDefaultDnForAgent: false,
    regexUS: '',
    regexOther: '',
    dialPlan: {
      type: 'adhocDial',
      dialPlanEntity: [{ regex: '1[0-9]{3}[2-9][0-9]{6}([,]{1,10}[0-9]+){0,1}', prefix: '', strippedChars: '', name: 'US' }],
    },
    loginVoiceOptions: ['BROWSER', 'EXTENSION', 'AGENT_DN'],
    webRtcEnabled: true,
    isAgentLoggedIn: false,
    idleCodes: [{ id: '0', name: 'Available', isSystem: false, isDefault: false }],
    wrapupCodes: [],
    lostConnectionRecoveryTimeout: 50_000,
    ...overrides,
  } as unknown as WebexProfile;
}

/** A stand-in for `webex.cc`: records logins and logouts, answers through the swappable `*With` functions, and emits SDK events. */
export class FakeContactCenter implements WebexContactCenter {
  profile: WebexProfile = sdkProfile();
  registerCalls = 0;
  readonly logins: WebexAgentLogin[] = [];
  readonly logouts: WebexLogout[] = [];
  registerWith: () => Promise<WebexProfile> = () => Promise.resolve(this.profile);
  loginWith: () => Promise<unknown> = () => Promise.resolve({ type: 'AgentStationLoginSuccess' });
  logoutWith: () => Promise<unknown> = () => Promise.resolve({ type: 'AgentLogoutSuccess' });
  private readonly handlers = new Map<string, Set<WebexListener>>();

  register(): Promise<WebexProfile> {
    this.registerCalls += 1;
    return this.registerWith();
  }

  stationLogin(request: WebexAgentLogin): Promise<unknown> {
    this.logins.push(request);
    return this.loginWith();
  }

  stationLogout(request: WebexLogout): Promise<unknown> {
    this.logouts.push(request);
    return this.logoutWith();
  }

  on(event: string, listener: WebexListener): this {
    if (!this.handlers.has(event)) this.handlers.set(event, new Set());
    this.handlers.get(event)!.add(listener);
    return this;
  }

  off(event: string, listener: WebexListener): this {
    this.handlers.get(event)?.delete(listener);
    return this;
  }

  emit(event: string, payload?: unknown): void {
    for (const listener of [...(this.handlers.get(event) ?? [])]) listener(payload);
  }

  listenerCount(): number {
    let count = 0;
    for (const set of this.handlers.values()) count += set.size;
    return count;
  }

  events(): string[] {
    return [...this.handlers.entries()].filter(([, set]) => set.size > 0).map(([event]) => event);
  }
}

/** An error as the SDK throws it: an `Error` with the SDK's extra fields (`data`, `details`, `statusCode`…). */
export const sdkError = (message: string, extra: Record<string, unknown> = {}) => Object.assign(new Error(message), extra);
