import { aTimeout, expect } from '@open-wc/testing';
import {
  DEMO_ACCOUNTS,
  DEMO_DN_IN_USE,
  DEMO_DN_INVALID,
  DEMO_PASSWORD,
  DEMO_RESET_CODE,
  DEMO_SESSION_KEY,
  createDemoService,
  generateDemoTeams,
  type DemoMethod,
  type DemoService,
} from '../../src/adapters/demo-service.js';
import type { AgentProfile, ServiceEvent, StationLoginRequest } from '../../src/contract/agent-service.js';
import type { AgentErrorCode } from '../../src/contract/errors.js';
import { AgentProfileSchema, parseProfile } from '../../src/contract/schemas.js';

async function rejection(promise: Promise<unknown>): Promise<{ code?: string; trackingId?: string; name?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; trackingId?: string; name?: string };
  }
  throw new Error('expected a rejection');
}

const signedIn = async (email: string, service: DemoService = createDemoService()) => {
  await service.signIn({ email, password: DEMO_PASSWORD });
  return service;
};

const nextEvent = (service: DemoService) =>
  new Promise<ServiceEvent>((resolve) => {
    const off = service.subscribe((event) => {
      off();
      resolve(event);
    });
  });

describe('createDemoService: sign-in', () => {
  it('uses the password, reset code and dial numbers its documentation and the manifest name', () => {
    expect([DEMO_PASSWORD, DEMO_RESET_CODE, DEMO_DN_IN_USE, DEMO_DN_INVALID]).to.deep.equal(['demo1234', '123456', '+14155550100', '+14155550111']);
  });

  const usable = DEMO_ACCOUNTS.filter((a) => a.email !== 'locked@demo.example');

  for (const { email } of usable) {
    it(`signs ${email} in with the demo password and a profile that passes the schema`, async () => {
      const profile = await createDemoService().signIn({ email, password: DEMO_PASSWORD });
      expect(AgentProfileSchema.safeParse(profile).success).to.equal(true);
      expect(profile.email).to.equal(email);
    });
  }

  it('lists eleven seeded accounts, each with a description', () => {
    expect(DEMO_ACCOUNTS).to.have.length(11);
    for (const a of DEMO_ACCOUNTS) expect(a.description).to.match(/\w/);
  });

  it('matches the email case-insensitively and trimmed', async () => {
    const profile = await createDemoService().signIn({ email: '  Agent@Demo.EXAMPLE ', password: DEMO_PASSWORD });
    expect(profile.displayName).to.equal('Ana Souza');
  });

  const refused: [string, string, string, AgentErrorCode][] = [
    ['an unknown email', 'nobody@demo.example', DEMO_PASSWORD, 'INVALID_CREDENTIALS'],
    ['a wrong password', 'agent@demo.example', 'demo12345', 'INVALID_CREDENTIALS'],
    ['a password with different case', 'agent@demo.example', 'DEMO1234', 'INVALID_CREDENTIALS'],
    ['an empty password', 'agent@demo.example', '', 'INVALID_CREDENTIALS'],
    ['the locked account', 'locked@demo.example', DEMO_PASSWORD, 'ACCOUNT_LOCKED'],
    ['the locked account with a wrong password', 'locked@demo.example', 'nope', 'ACCOUNT_LOCKED'],
  ];
  for (const [name, email, password, code] of refused) {
    it(`rejects ${name} with ${code} and a demo tracking ID`, async () => {
      const error = await rejection(createDemoService().signIn({ email, password }));
      expect(error.code).to.equal(code);
      expect(error.trackingId).to.match(/^demo-[0-9a-f]{8}$/);
    });
  }

  it('gives each failure its own tracking ID', async () => {
    const service = createDemoService();
    const a = await rejection(service.signIn({ email: 'x@demo.example', password: 'x' }));
    const b = await rejection(service.signIn({ email: 'x@demo.example', password: 'x' }));
    expect(a.trackingId).not.to.equal(b.trackingId);
  });

  it('returns a fresh copy of the profile on every call', async () => {
    const service = createDemoService();
    const first = await service.signIn({ email: 'agent@demo.example', password: DEMO_PASSWORD });
    first.teams.length = 0;
    first.loginOptions.pop();
    first.displayName = 'Mallory';
    const second = await service.signIn({ email: 'agent@demo.example', password: DEMO_PASSWORD });
    expect(second.teams).to.have.length(8);
    expect(second.loginOptions).to.have.length(3);
    expect(second.displayName).to.equal('Ana Souza');
  });

  it('resolves a profile that fails validation with malformedProfile', async () => {
    const service = createDemoService({ malformedProfile: true });
    const profile = await service.signIn({ email: 'agent@demo.example', password: DEMO_PASSWORD });
    expect(() => parseProfile(profile)).to.throw().with.property('code', 'BAD_RESPONSE');
    expect(await service.restoreSession()).to.equal(null);
  });

  it('still checks the password with malformedProfile', async () => {
    const error = await rejection(createDemoService({ malformedProfile: true }).signIn({ email: 'agent@demo.example', password: 'x' }));
    expect(error.code).to.equal('INVALID_CREDENTIALS');
  });
});

describe('createDemoService: seeded profiles', () => {
  const expected: [string, Partial<AgentProfile>][] = [
    [
      'agent@demo.example',
      {
        displayName: 'Ana Souza',
        loginOptions: ['BROWSER', 'EXTENSION', 'AGENT_DN'],
        defaultDialNumber: '+14155550123',
        defaultCountry: 'US',
        collaboration: [{ provider: 'msteams', label: 'Microsoft Teams' }],
      },
    ],
    ['extension@demo.example', { loginOptions: ['EXTENSION'], extensions: ['4021'] }],
    ['extensions@demo.example', { loginOptions: ['BROWSER', 'EXTENSION'], extensions: ['4021', '4022', '4023'] }],
    [
      'dialnumbers@demo.example',
      { loginOptions: ['AGENT_DN'], dialNumbers: ['+14155550123', '+442079460018', '+5511987654321'], defaultCountry: 'BR' },
    ],
    [
      'restricted@demo.example',
      { loginOptions: ['AGENT_DN', 'EXTENSION'], defaultDialNumber: '+14155550199', dialNumberRestricted: true },
    ],
    ['digital@demo.example', { loginOptions: [] }],
    ['collabfail@demo.example', { collaboration: [{ provider: 'msteams', label: 'Microsoft Teams' }] }],
    ['e911@demo.example', { loginOptions: ['BROWSER'], e911Required: true }],
    ['brasil@demo.example', { defaultCountry: 'BR', defaultDialNumber: '+5511912345678' }],
  ];
  for (const [email, fields] of expected) {
    it(`gives ${email} the profile the flow needs`, async () => {
      const profile = await createDemoService().signIn({ email, password: DEMO_PASSWORD });
      for (const [key, value] of Object.entries(fields)) expect(profile[key as keyof AgentProfile], key).to.deep.equal(value);
    });
  }

  it('gives Ana about eight teams, Suporte Nível 2, Billing and Sales EMEA among them', async () => {
    const { teams } = await createDemoService().signIn({ email: 'agent@demo.example', password: DEMO_PASSWORD });
    expect(teams.length).to.be.within(6, 10);
    expect(teams.map((t) => t.name)).to.include.members(['Suporte Nível 2', 'Billing', 'Sales EMEA']);
  });

  it('gives manyteams 5,000 distinct teams with accented names, the same on every service', async () => {
    const a = await createDemoService().signIn({ email: 'manyteams@demo.example', password: DEMO_PASSWORD });
    const b = await createDemoService().signIn({ email: 'manyteams@demo.example', password: DEMO_PASSWORD });
    expect(a.teams).to.have.length(5000);
    expect(new Set(a.teams.map((t) => t.id)).size).to.equal(5000);
    expect(new Set(a.teams.map((t) => t.name)).size).to.equal(5000);
    expect(a.teams.map((t) => t.name)).to.include('Suporte Nível 2');
    expect(a.teams.filter((t) => /[À-ž]/.test(t.name)).length).to.be.greaterThan(1000);
    expect(b.teams).to.deep.equal(a.teams);
  });
});

describe('generateDemoTeams', () => {
  const counts: [number, number][] = [
    [0, 0],
    [1, 1],
    [10, 10],
    [10_000, 10_000],
  ];
  for (const [count, length] of counts) {
    it(`makes ${count} teams with distinct ids and names`, () => {
      const teams = generateDemoTeams(count);
      expect(teams).to.have.length(length);
      expect(new Set(teams.map((t) => t.id)).size).to.equal(length);
      expect(new Set(teams.map((t) => t.name)).size).to.equal(length);
    });
  }

  it('starts with Suporte Nível 2 and is deterministic', () => {
    expect(generateDemoTeams(3)[0].name).to.equal('Suporte Nível 2');
    expect(generateDemoTeams(50)).to.deep.equal(generateDemoTeams(50));
  });
});

describe('createDemoService: password reset', () => {
  it('resolves a reset request whether or not the account exists', async () => {
    const service = createDemoService();
    await service.requestPasswordReset('agent@demo.example');
    await service.requestPasswordReset('nobody@demo.example');
    expect(service.calls.map((c) => c.method)).to.deep.equal(['requestPasswordReset', 'requestPasswordReset']);
  });

  it('rejects a wrong code with INVALID_CODE and keeps the old password', async () => {
    const service = createDemoService();
    const error = await rejection(service.resetPassword({ email: 'agent@demo.example', code: '654321', newPassword: 'brand-new-1' }));
    expect(error.code).to.equal('INVALID_CODE');
    await service.signIn({ email: 'agent@demo.example', password: DEMO_PASSWORD });
  });

  it('changes the password with the documented code, in this service only', async () => {
    const service = createDemoService();
    await service.resetPassword({ email: 'Agent@demo.example', code: DEMO_RESET_CODE, newPassword: 'brand-new-1' });
    expect((await rejection(service.signIn({ email: 'agent@demo.example', password: DEMO_PASSWORD }))).code).to.equal(
      'INVALID_CREDENTIALS',
    );
    expect((await service.signIn({ email: 'agent@demo.example', password: 'brand-new-1' })).agentId).to.equal('demo-ana-souza');
    await createDemoService().signIn({ email: 'agent@demo.example', password: DEMO_PASSWORD });
  });

  it('answers the right code for an unknown account like a known one', async () => {
    await createDemoService().resetPassword({ email: 'nobody@demo.example', code: DEMO_RESET_CODE, newPassword: 'brand-new-1' });
  });
});

describe('createDemoService: station login', () => {
  const cases: [string, string, StationLoginRequest, AgentErrorCode | null][] = [
    ['Desktop', 'agent@demo.example', { teamId: 't-sup-2', loginOption: 'BROWSER' }, null],
    ['a dial number', 'agent@demo.example', { teamId: 't-billing', loginOption: 'AGENT_DN', dialNumber: '+442079460018' }, null],
    ['an extension', 'agent@demo.example', { teamId: 't-billing', loginOption: 'EXTENSION', dialNumber: '4099' }, null],
    ['the number in use', 'agent@demo.example', { teamId: 't-billing', loginOption: 'AGENT_DN', dialNumber: DEMO_DN_IN_USE }, 'DN_IN_USE'],
    ['the unroutable number', 'agent@demo.example', { teamId: 't-billing', loginOption: 'AGENT_DN', dialNumber: DEMO_DN_INVALID }, 'DN_INVALID'],
    ['junk as a dial number', 'agent@demo.example', { teamId: 't-billing', loginOption: 'AGENT_DN', dialNumber: 'abc123' }, 'DN_INVALID'],
    ['no dial number', 'agent@demo.example', { teamId: 't-billing', loginOption: 'AGENT_DN' }, 'DN_INVALID'],
    ['a team the agent is not in', 'agent@demo.example', { teamId: 't-unknown', loginOption: 'BROWSER' }, 'TEAM_INVALID'],
    ['no login option for a telephony agent', 'agent@demo.example', { teamId: 't-billing' }, 'NOT_AUTHORIZED'],
    ['an option the agent lacks', 'extension@demo.example', { teamId: 't-billing', loginOption: 'BROWSER' }, 'NOT_AUTHORIZED'],
    ['the pre-validated extension', 'extension@demo.example', { teamId: 't-billing', loginOption: 'EXTENSION', dialNumber: '4021' }, null],
    ['the restricted default', 'restricted@demo.example', { teamId: 't-billing', loginOption: 'AGENT_DN', dialNumber: '+14155550199' }, null],
    ['another number when restricted', 'restricted@demo.example', { teamId: 't-billing', loginOption: 'AGENT_DN', dialNumber: '+14155550123' }, 'DN_INVALID'],
    ['a digital-only agent with a team alone', 'digital@demo.example', { teamId: 't-billing' }, null],
    ['a digital-only agent with an option', 'digital@demo.example', { teamId: 't-billing', loginOption: 'BROWSER' }, 'NOT_AUTHORIZED'],
    ['one of 5,000 teams', 'manyteams@demo.example', { teamId: 'team-04999', loginOption: 'BROWSER' }, null],
  ];
  for (const [name, email, request, code] of cases) {
    it(`${code ? `rejects ${code} for` : 'accepts'} ${name}`, async () => {
      const service = await signedIn(email);
      if (code) {
        const error = await rejection(service.stationLogin(request));
        expect(error.code).to.equal(code);
        expect(error.trackingId).to.match(/^demo-[0-9a-f]{8}$/);
      } else {
        await service.stationLogin(request);
      }
    });
  }

  it('rejects a station login without a session as SESSION_EXPIRED', async () => {
    const error = await rejection(createDemoService().stationLogin({ teamId: 't-billing', loginOption: 'BROWSER' }));
    expect(error.code).to.equal('SESSION_EXPIRED');
  });

  it('resolves a station logout even without a session', async () => {
    await createDemoService().stationLogout({ reason: 'user' });
  });
});

describe('createDemoService: collaboration', () => {
  it('connects Microsoft Teams for Ana', async () => {
    await (await signedIn('agent@demo.example')).connectCollaboration('msteams');
  });

  it('fails Microsoft Teams for collabfail with UNAVAILABLE and a tracking ID', async () => {
    const error = await rejection((await signedIn('collabfail@demo.example')).connectCollaboration('msteams'));
    expect(error.code).to.equal('UNAVAILABLE');
    expect(error.trackingId).to.match(/^demo-[0-9a-f]{8}$/);
  });

  it('refuses a provider the agent was not offered', async () => {
    expect((await rejection((await signedIn('agent@demo.example')).connectCollaboration('slack'))).code).to.equal('NOT_AUTHORIZED');
  });

  it('refuses without a session', async () => {
    expect((await rejection(createDemoService().connectCollaboration('msteams'))).code).to.equal('SESSION_EXPIRED');
  });
});

describe('createDemoService: restoreSession', () => {
  afterEach(() => sessionStorage.removeItem(DEMO_SESSION_KEY));

  it('has no session before sign-in', async () => {
    expect(await createDemoService().restoreSession()).to.equal(null);
  });

  it('restores the signed-in agent until station logout', async () => {
    const service = await signedIn('extensions@demo.example');
    expect((await service.restoreSession())?.agentId).to.equal('demo-mei-lin');
    await service.stationLogin({ teamId: 't-billing', loginOption: 'BROWSER' });
    expect((await service.restoreSession())?.agentId).to.equal('demo-mei-lin');
    await service.stationLogout({ reason: 'user' });
    expect(await service.restoreSession()).to.equal(null);
  });

  it('ends the session when it expires', async () => {
    const service = await signedIn('agent@demo.example');
    service.emit({ type: 'session-expired' });
    expect(await service.restoreSession()).to.equal(null);
  });

  it('keeps the session when a later sign-in fails', async () => {
    const service = await signedIn('agent@demo.example');
    await rejection(service.signIn({ email: 'agent@demo.example', password: 'wrong' }));
    expect((await service.restoreSession())?.agentId).to.equal('demo-ana-souza');
  });

  it('keeps the session in memory only by default', async () => {
    await signedIn('agent@demo.example');
    expect(sessionStorage.getItem(DEMO_SESSION_KEY)).to.equal(null);
    expect(await createDemoService().restoreSession()).to.equal(null);
  });

  it("survives a reload with persist: 'session', storing the email alone", async () => {
    await signedIn('Agent@Demo.example', createDemoService({ persist: 'session' }));
    expect(JSON.parse(sessionStorage.getItem(DEMO_SESSION_KEY) ?? 'null')).to.deep.equal({ email: 'agent@demo.example' });
    const reloaded = createDemoService({ persist: 'session' });
    expect((await reloaded.restoreSession())?.displayName).to.equal('Ana Souza');
    await reloaded.stationLogout({ reason: 'user' });
    expect(sessionStorage.getItem(DEMO_SESSION_KEY)).to.equal(null);
  });

  const stored: [string, string][] = [
    ['corrupt JSON', '{"email":'],
    ['an unknown account', '{"email":"nobody@demo.example"}'],
    ['a non-string email', '{"email":42}'],
    ['the locked account', '{"email":"locked@demo.example"}'],
  ];
  for (const [name, raw] of stored) {
    it(`restores nothing from ${name} in sessionStorage`, async () => {
      sessionStorage.setItem(DEMO_SESSION_KEY, raw);
      expect(await createDemoService({ persist: 'session' }).restoreSession()).to.equal(null);
    });
  }
});

describe('createDemoService: events', () => {
  it('delivers emitted events to subscribers until they unsubscribe', async () => {
    const service = createDemoService();
    const seen: ServiceEvent[] = [];
    const off = service.subscribe((e) => seen.push(e));
    service.emit({ type: 'degraded', features: ['Reports'] });
    service.emit({ type: 'rona', trackingId: 'r-1' });
    off();
    service.emit({ type: 'restored' });
    expect(seen).to.deep.equal([{ type: 'degraded', features: ['Reports'] }, { type: 'rona', trackingId: 'r-1' }]);
  });

  it('keeps delivering to the other listeners when one throws', async () => {
    const service = createDemoService();
    const seen: string[] = [];
    const reported: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => reported.push(args);
    try {
      service.subscribe(() => {
        throw new Error('listener bug');
      });
      service.subscribe((e) => seen.push(e.type));
      service.emit({ type: 'restored' });
    } finally {
      console.error = original;
    }
    expect(seen).to.deep.equal(['restored']);
    expect(reported).to.have.length(1);
    expect((reported[0][1] as Error).message).to.equal('listener bug');
  });

  it('emits session-conflict after a station login with sessionConflictAfterMs', async () => {
    const service = await signedIn('agent@demo.example', createDemoService({ sessionConflictAfterMs: 0 }));
    const event = nextEvent(service);
    await service.stationLogin({ teamId: 't-billing', loginOption: 'BROWSER' });
    const e = await event;
    expect(e.type).to.equal('session-conflict');
    expect(e.type === 'session-conflict' && e.trackingId).to.match(/^demo-[0-9a-f]{8}$/);
  });

  it('emits degraded after a station login with degradedAfterMs', async () => {
    const service = await signedIn('agent@demo.example', createDemoService({ degradedAfterMs: 0 }));
    const event = nextEvent(service);
    await service.stationLogin({ teamId: 't-billing', loginOption: 'BROWSER' });
    const e = await event;
    expect(e.type).to.equal('degraded');
    expect(e.type === 'degraded' && e.features.length).to.be.greaterThan(0);
  });

  it('cancels the scheduled events on station logout', async () => {
    const service = await signedIn('agent@demo.example', createDemoService({ sessionConflictAfterMs: 0, degradedAfterMs: 0 }));
    const seen: ServiceEvent[] = [];
    service.subscribe((e) => seen.push(e));
    await service.stationLogin({ teamId: 't-billing', loginOption: 'BROWSER' });
    await service.stationLogout({ reason: 'user' });
    await aTimeout(10);
    expect(seen).to.deep.equal([]);
  });

  it('schedules nothing when the station login fails', async () => {
    const service = await signedIn('agent@demo.example', createDemoService({ sessionConflictAfterMs: 0 }));
    const seen: ServiceEvent[] = [];
    service.subscribe((e) => seen.push(e));
    await rejection(service.stationLogin({ teamId: 't-nope', loginOption: 'BROWSER' }));
    await aTimeout(10);
    expect(seen).to.deep.equal([]);
  });
});

describe('createDemoService: injected failures', () => {
  const calls: [DemoMethod, (s: DemoService) => Promise<unknown>][] = [
    ['signIn', (s) => s.signIn({ email: 'agent@demo.example', password: DEMO_PASSWORD })],
    ['restoreSession', (s) => s.restoreSession()],
    ['requestPasswordReset', (s) => s.requestPasswordReset('agent@demo.example')],
    ['resetPassword', (s) => s.resetPassword({ email: 'agent@demo.example', code: DEMO_RESET_CODE, newPassword: 'brand-new-1' })],
    ['connectCollaboration', (s) => s.connectCollaboration('msteams')],
    ['stationLogin', (s) => s.stationLogin({ teamId: 't-billing', loginOption: 'BROWSER' })],
    ['stationLogout', (s) => s.stationLogout({ reason: 'user' })],
  ];
  for (const [method, call] of calls) {
    it(`makes ${method} reject with the injected code`, async () => {
      const service = await signedIn('agent@demo.example');
      service.setOptions({ fail: { [method]: 'NETWORK' } });
      const error = await rejection(call(service));
      expect(error.code).to.equal('NETWORK');
      expect(error.trackingId).to.match(/^demo-[0-9a-f]{8}$/);
      service.setOptions({ fail: {} });
      await call(service);
    });
  }

  it('takes faults from the options it was created with', async () => {
    const service = createDemoService({ fail: { signIn: 'UNAVAILABLE' } });
    expect((await rejection(service.signIn({ email: 'agent@demo.example', password: DEMO_PASSWORD }))).code).to.equal('UNAVAILABLE');
  });

  it('reports the options in force as a copy', () => {
    const service = createDemoService({ latencyMs: 5, fail: { signIn: 'TIMEOUT' } });
    service.setOptions({ latencyMs: 0 });
    const options = service.options;
    expect(options).to.deep.equal({ latencyMs: 0, fail: { signIn: 'TIMEOUT' } });
    (options.fail as Record<string, string>).signIn = 'NETWORK';
    expect(service.options.fail?.signIn).to.equal('TIMEOUT');
  });

  it('adds and overrides accounts', async () => {
    const service = createDemoService({
      accounts: [
        {
          profile: { agentId: 'x-1', email: 'agent@demo.example', displayName: 'Replaced', loginOptions: [], teams: [] },
          password: 'other-pass',
        },
        { profile: { agentId: 'x-2', email: 'new@acme.example', displayName: 'New', loginOptions: [], teams: [] } },
      ],
    });
    expect((await service.signIn({ email: 'agent@demo.example', password: 'other-pass' })).displayName).to.equal('Replaced');
    expect((await service.signIn({ email: 'NEW@acme.example', password: DEMO_PASSWORD })).agentId).to.equal('x-2');
  });
});

describe('createDemoService: cancellation', () => {
  it('rejects at once with an AbortError when the signal is already aborted', async () => {
    const service = createDemoService();
    const error = await rejection(service.signIn({ email: 'agent@demo.example', password: DEMO_PASSWORD }, AbortSignal.abort()));
    expect(error).to.be.instanceOf(DOMException);
    expect(error.name).to.equal('AbortError');
    expect(await service.restoreSession()).to.equal(null);
  });

  it('rejects with an AbortError when aborted during the latency, with no effect', async () => {
    const service = createDemoService({ latencyMs: 60_000 });
    const controller = new AbortController();
    const pending = service.signIn({ email: 'agent@demo.example', password: DEMO_PASSWORD }, controller.signal);
    controller.abort();
    expect((await rejection(pending)).name).to.equal('AbortError');
    service.setOptions({ latencyMs: 0 });
    expect(await service.restoreSession()).to.equal(null);
  });

  it('rejects with an AbortError when aborted in the same tick as a zero-latency call', async () => {
    const controller = new AbortController();
    const pending = createDemoService().requestPasswordReset('agent@demo.example', controller.signal);
    controller.abort(new Error('a custom reason'));
    expect((await rejection(pending)).name).to.equal('AbortError');
  });

  const methods: [string, (s: DemoService, signal: AbortSignal) => Promise<unknown>][] = [
    ['restoreSession', (s, signal) => s.restoreSession(signal)],
    ['resetPassword', (s, signal) => s.resetPassword({ email: 'a@demo.example', code: DEMO_RESET_CODE, newPassword: 'x' }, signal)],
    ['connectCollaboration', (s, signal) => s.connectCollaboration('msteams', signal)],
    ['stationLogin', (s, signal) => s.stationLogin({ teamId: 't-billing', loginOption: 'BROWSER' }, signal)],
    ['stationLogout', (s, signal) => s.stationLogout({ reason: 'user' }, signal)],
  ];
  for (const [name, call] of methods) {
    it(`honours the signal in ${name}`, async () => {
      const service = await signedIn('agent@demo.example');
      service.setOptions({ latencyMs: 60_000 });
      const controller = new AbortController();
      const pending = call(service, controller.signal);
      controller.abort();
      expect((await rejection(pending)).name).to.equal('AbortError');
    });
  }
});

describe('createDemoService: call log', () => {
  it('records each call with its non-secret arguments and never a secret', async () => {
    const service = createDemoService();
    await rejection(service.signIn({ email: ' Agent@demo.example', password: 'Pw-wrong-7731' }));
    await service.requestPasswordReset('agent@demo.example');
    await rejection(service.resetPassword({ email: 'agent@demo.example', code: '987654', newPassword: 'Pw-new-4419' }));
    await service.resetPassword({ email: 'agent@demo.example', code: DEMO_RESET_CODE, newPassword: 'Pw-new-5520' });
    await service.signIn({ email: 'agent@demo.example', password: 'Pw-new-5520' });
    await service.connectCollaboration('msteams');
    await service.stationLogin({ teamId: 't-billing', loginOption: 'AGENT_DN', dialNumber: '+442079460018' });
    await service.stationLogout({ reason: 'user' });
    expect(service.calls).to.deep.equal([
      { method: 'signIn', email: 'agent@demo.example' },
      { method: 'requestPasswordReset', email: 'agent@demo.example' },
      { method: 'resetPassword', email: 'agent@demo.example' },
      { method: 'resetPassword', email: 'agent@demo.example' },
      { method: 'signIn', email: 'agent@demo.example' },
      { method: 'connectCollaboration', provider: 'msteams' },
      { method: 'stationLogin', teamId: 't-billing', loginOption: 'AGENT_DN', dialNumber: '+442079460018' },
      { method: 'stationLogout', reason: 'user' },
    ]);
    const log = JSON.stringify(service.calls);
    for (const secret of ['Pw-wrong-7731', 'Pw-new-4419', 'Pw-new-5520', '987654', DEMO_RESET_CODE]) expect(log).not.to.contain(secret);
  });
});
