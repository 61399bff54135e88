import { expect } from '@open-wc/testing';
import {
  WEBEX_EVENTS,
  createWebexService,
  type WebexAgentLogin,
  type WebexContactCenter,
  type WebexProfile,
  type WebexServiceOptions,
} from '../../src/adapters/webex-service.js';
import type { AgentProfile, ServiceEvent } from '../../src/contract/agent-service.js';
import { AgentProfileSchema, parseServiceEvent } from '../../src/contract/schemas.js';
import { FakeContactCenter, sdkError, sdkProfile } from '../helpers/webex-fake.js';

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const settled = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

class FakeConnectivity extends EventTarget {
  added = 0;
  removed = 0;

  override addEventListener(...args: Parameters<EventTarget['addEventListener']>): void {
    this.added += 1;
    super.addEventListener(...args);
  }

  override removeEventListener(...args: Parameters<EventTarget['removeEventListener']>): void {
    this.removed += 1;
    super.removeEventListener(...args);
  }

  go(state: 'online' | 'offline'): void {
    this.dispatchEvent(new Event(state));
  }
}

interface Rig {
  cc: FakeContactCenter;
  connectivity: FakeConnectivity;
  clock: { now: number };
  service: ReturnType<typeof createWebexService>;
  events: ServiceEvent[];
  unsubscribe: () => void;
}

function rig(options: WebexServiceOptions = {}): Rig {
  const cc = new FakeContactCenter();
  const connectivity = new FakeConnectivity();
  const clock = { now: 1_000 };
  const service = createWebexService(cc, { connectivity, now: () => clock.now, ...options });
  const events: ServiceEvent[] = [];
  const unsubscribe = service.subscribe((event) => events.push(event));
  return { cc, connectivity, clock, service, events, unsubscribe };
}

async function rejection(promise: Promise<unknown>): Promise<{ code?: string; trackingId?: string; name?: string; message?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; trackingId?: string; name?: string; message?: string };
  }
  throw new Error('expected a rejection');
}

async function restored(profile: Partial<Record<keyof WebexProfile, unknown>> = {}): Promise<AgentProfile> {
  const cc = new FakeContactCenter();
  cc.profile = sdkProfile(profile);
  const result = await createWebexService(cc, { connectivity: null }).restoreSession();
  if (!result) throw new Error('expected a profile');
  return result;
}

describe('createWebexService: construction and sign-in', () => {
  const notCc: [string, unknown][] = [
    ['null', null],
    ['an empty object', {}],
    ['the webex instance instead of webex.cc', { cc: new FakeContactCenter(), once() {} }],
    ['an instance without off', { register() {}, stationLogin() {}, stationLogout() {}, on() {} }],
  ];
  for (const [name, value] of notCc) {
    it(`throws a TypeError naming what is missing when given ${name}`, () => {
      expect(() => createWebexService(value as WebexContactCenter)).to.throw(TypeError, /webex\.cc/);
    });
  }

  it('rejects signIn with NOT_SUPPORTED without touching the SDK', async () => {
    const { cc, service } = rig();
    const error = await rejection(service.signIn({ email: 'ana.souza@example.com', password: 'secret-pass' }));
    expect(error.code).to.equal('NOT_SUPPORTED');
    expect(error.message).not.to.contain('secret-pass');
    expect(cc.registerCalls).to.equal(0);
  });

  it('offers no password reset and no collaboration sign-in', () => {
    const { service } = rig();
    expect(service).not.to.have.property('requestPasswordReset');
    expect(service).not.to.have.property('resetPassword');
    expect(service).not.to.have.property('connectCollaboration');
    expect(service.restoreSession).to.be.a('function');
  });
});

describe('createWebexService: restoreSession maps register() to an AgentProfile', () => {
  it('registers the SDK and maps the full profile', async () => {
    const { cc, service } = rig();
    const profile = await service.restoreSession();
    expect(cc.registerCalls).to.equal(1);
    expect(profile).to.deep.equal({
      agentId: 'a1b2c3d4-agent',
      email: 'ana.souza@example.com',
      displayName: 'Ana Souza',
      loginOptions: ['BROWSER', 'EXTENSION', 'AGENT_DN'],
      teams: [
        { id: 'team-1', name: 'Suporte Nível 1' },
        { id: 'team-2', name: 'Billing' },
      ],
      defaultDialNumber: '+14155550123',
      defaultCountry: 'US',
    });
    expect(AgentProfileSchema.safeParse(profile).success).to.equal(true);
  });

  const teams: [string, unknown, { id: string; name: string }[]][] = [
    ['the runtime shape { id, name }', [{ id: 't1', name: 'Sales' }], [{ id: 't1', name: 'Sales' }]],
    ['the typed shape { teamId, teamName }', [{ teamId: 't1', teamName: 'Sales', desktopLayoutId: 'l1' }], [{ id: 't1', name: 'Sales' }]],
    [
      'both shapes in one list',
      [
        { id: 't1', name: 'Sales' },
        { teamId: 't2', teamName: 'Support' },
      ],
      [
        { id: 't1', name: 'Sales' },
        { id: 't2', name: 'Support' },
      ],
    ],
    ['a team without a name, named by its id', [{ id: 't1' }], [{ id: 't1', name: 't1' }]],
    ['a deactivated team, dropped', [{ id: 't1', name: 'Old', active: false }, { id: 't2', name: 'New', active: true }], [{ id: 't2', name: 'New' }]],
    ['a duplicate id, kept once', [{ id: 't1', name: 'Sales' }, { teamId: 't1', teamName: 'Sales again' }], [{ id: 't1', name: 'Sales' }]],
    ['entries without an id, dropped', [{ name: 'Nameless' }, null, 'x', { id: '  ', name: 'Blank' }, { id: 't1', name: 'Sales' }], [{ id: 't1', name: 'Sales' }]],
    ['ids and names with stray spaces, trimmed', [{ id: ' t1 ', name: ' Sales ' }], [{ id: 't1', name: 'Sales' }]],
    ['no teams at all', undefined, []],
  ];
  for (const [name, input, expected] of teams) {
    it(`accepts teams in ${name}`, async () => {
      expect((await restored({ teams: input })).teams).to.deep.equal(expected);
    });
  }

  const options: [string, Partial<Record<keyof WebexProfile, unknown>>, string[]][] = [
    ['all three options', { loginVoiceOptions: ['BROWSER', 'EXTENSION', 'AGENT_DN'] }, ['BROWSER', 'EXTENSION', 'AGENT_DN']],
    ['Desktop dropped when WebRTC is off for the organisation', { loginVoiceOptions: ['BROWSER', 'AGENT_DN'], webRtcEnabled: false }, ['AGENT_DN']],
    ['Desktop kept when webRtcEnabled is not given', { loginVoiceOptions: ['BROWSER'], webRtcEnabled: undefined }, ['BROWSER']],
    ['unknown values and duplicates dropped', { loginVoiceOptions: ['AGENT_DN', 'MOBILE', 'AGENT_DN', 7] }, ['AGENT_DN']],
    ['a digital-only agent', { loginVoiceOptions: [] }, []],
    ['no loginVoiceOptions at all', { loginVoiceOptions: undefined }, []],
  ];
  for (const [name, input, expected] of options) {
    it(`maps loginVoiceOptions: ${name}`, async () => {
      expect((await restored(input)).loginOptions).to.deep.equal(expected);
    });
  }

  const restriction: [string, Partial<Record<keyof WebexProfile, unknown>>, Partial<AgentProfile>][] = [
    ['forceDefaultDn restricts to the default DN', { forceDefaultDn: true }, { defaultDialNumber: '+14155550123', dialNumberRestricted: true }],
    ['forceDefaultDnForAgent restricts to the default DN', { forceDefaultDnForAgent: true }, { defaultDialNumber: '+14155550123', dialNumberRestricted: true }],
    ['neither flag leaves the number editable', {}, { defaultDialNumber: '+14155550123' }],
    ['a forced default without a default DN restricts nothing', { forceDefaultDn: true, defaultDn: '' }, {}],
    ['an undefined defaultDn gives no default', { defaultDn: undefined }, {}],
    ['an extension as default DN is kept', { defaultDn: ' 4021 ' }, { defaultDialNumber: '4021' }],
  ];
  for (const [name, input, expected] of restriction) {
    it(`maps the default DN: ${name}`, async () => {
      const profile = await restored(input);
      expect({ defaultDialNumber: profile.defaultDialNumber, dialNumberRestricted: profile.dialNumberRestricted }).to.deep.equal({
        defaultDialNumber: undefined,
        dialNumberRestricted: undefined,
        ...expected,
      });
    });
  }

  const entry = (name: string, regex = '.*') => ({ name, regex, prefix: '', strippedChars: '' });
  const countries: [string, unknown, string | undefined][] = [
    ['a plan named US', { type: 'adhocDial', dialPlanEntity: [entry('US')] }, 'US'],
    ['a plan named UK, as GB', { type: 'adhocDial', dialPlanEntity: [entry('UK')] }, 'GB'],
    ['a plan named "BR Mobile"', { type: 'adhocDial', dialPlanEntity: [entry('BR Mobile')] }, 'BR'],
    ['the NANP regex under another name', { type: 'adhocDial', dialPlanEntity: [entry('Default', '1[0-9]{3}[2-9][0-9]{6}([,]{1,10}[0-9]+){0,1}')] }, 'US'],
    ['US beside the "Any Format" catch-all', { type: 'adhocDial', dialPlanEntity: [entry('US'), entry('Any Format', '([0-9a-zA-Z]+[-._])*[0-9a-zA-Z]+')] }, 'US'],
    ['only the "Any Format" catch-all', { type: 'adhocDial', dialPlanEntity: [entry('Any Format')] }, undefined],
    ['plans for two countries', { type: 'adhocDial', dialPlanEntity: [entry('US'), entry('UK')] }, undefined],
    ['a grouping code that is no country (EU)', { type: 'adhocDial', dialPlanEntity: [entry('EU')] }, undefined],
    ['a two-letter word that is no country (DN)', { type: 'adhocDial', dialPlanEntity: [entry('DN Plan')] }, undefined],
    ['lower-case words only', { type: 'adhocDial', dialPlanEntity: [entry('us numbers')] }, undefined],
    ['an empty plan', { type: 'adhocDial', dialPlanEntity: [] }, undefined],
    ['no dial plan (ad-hoc dialling off)', undefined, undefined],
    ['a malformed plan', { dialPlanEntity: 'US' }, undefined],
  ];
  for (const [name, plan, expected] of countries) {
    it(`derives defaultCountry from ${name}`, async () => {
      expect((await restored({ dialPlan: plan })).defaultCountry).to.equal(expected);
    });
  }

  const names: [string, unknown, string][] = [
    ['the agent name', 'Ana Souza', 'Ana Souza'],
    ['a name with a missing last name', 'Ana undefined', 'Ana'],
    ['a name with a missing first name', 'undefined Souza', 'Souza'],
    ['an absent name, as the email', undefined, 'ana.souza@example.com'],
    ['a blank name, as the email', '  ', 'ana.souza@example.com'],
  ];
  for (const [name, input, expected] of names) {
    it(`uses ${name} as displayName`, async () => {
      expect((await restored({ agentName: input })).displayName).to.equal(expected);
    });
  }

  it('maps an absent email to an empty one', async () => {
    const profile = await restored({ agentMailId: undefined, agentName: 'Ana Souza' });
    expect(profile.email).to.equal('');
    expect(profile.displayName).to.equal('Ana Souza');
  });

  const malformed: [string, unknown][] = [
    ['null', null],
    ['an object without agentId', { teams: [] }],
    ['an agentId that is not a string', { agentId: 42 }],
    ['a team name past the schema limit', sdkProfile({ teams: [{ id: 't1', name: 'x'.repeat(600) }] })],
  ];
  for (const [name, value] of malformed) {
    it(`rejects ${name} from register() with BAD_RESPONSE`, async () => {
      const { cc, service } = rig();
      cc.registerWith = () => Promise.resolve(value as WebexProfile);
      expect((await rejection(service.restoreSession())).code).to.equal('BAD_RESPONSE');
    });
  }

  it('shares one register() between concurrent restores, and registers again afterwards', async () => {
    const { cc, service } = rig();
    const pending = deferred<WebexProfile>();
    cc.registerWith = () => pending.promise;
    const a = service.restoreSession();
    const b = service.restoreSession();
    pending.resolve(sdkProfile());
    expect((await a)?.agentId).to.equal((await b)?.agentId);
    expect(cc.registerCalls).to.equal(1);
    cc.registerWith = () => Promise.resolve(sdkProfile());
    await service.restoreSession();
    expect(cc.registerCalls).to.equal(2);
  });

  it('tries again after a register() that threw synchronously', async () => {
    const { cc, service } = rig();
    cc.registerWith = () => {
      throw sdkError('boom', { statusCode: 503 });
    };
    expect((await rejection(service.restoreSession())).code).to.equal('UNAVAILABLE');
    cc.registerWith = () => Promise.resolve(sdkProfile());
    expect((await service.restoreSession())?.agentId).to.equal('a1b2c3d4-agent');
  });

  it('rejects an expired OAuth token from register() with SESSION_EXPIRED and its tracking ID', async () => {
    const { cc, service } = rig();
    cc.registerWith = () => Promise.reject(sdkError('Unauthorized', { statusCode: 401, headers: { trackingid: 'webex-js-sdk_1234_5' } }));
    const error = await rejection(service.restoreSession());
    expect(error.code).to.equal('SESSION_EXPIRED');
    expect(error.trackingId).to.equal('webex-js-sdk_1234_5');
  });
});

describe('createWebexService: station login and logout', () => {
  const logins: [string, Parameters<ReturnType<typeof createWebexService>['stationLogin']>[0], WebexAgentLogin][] = [
    ['a dial number', { teamId: 't1', loginOption: 'AGENT_DN', dialNumber: '+14155550123' }, { teamId: 't1', loginOption: 'AGENT_DN', dialNumber: '+14155550123' }],
    ['an extension', { teamId: 't1', loginOption: 'EXTENSION', dialNumber: '4021' }, { teamId: 't1', loginOption: 'EXTENSION', dialNumber: '4021' }],
    ['the Desktop, without a dial number', { teamId: 't1', loginOption: 'BROWSER', dialNumber: '+14155550123' }, { teamId: 't1', loginOption: 'BROWSER' }],
    ['a digital-only agent, without a login option', { teamId: 't1' }, { teamId: 't1' }],
  ];
  for (const [name, request, expected] of logins) {
    it(`logs in with ${name}`, async () => {
      const { cc, service } = rig();
      await service.stationLogin(request);
      expect(cc.logins).to.deep.equal([expected]);
    });
  }

  const reasons: [string, string][] = [
    ['user', 'User requested logout'],
    ['host', 'User requested logout'],
    ['inactivity', 'Inactivity Logout'],
    ['something else', 'User requested logout'],
  ];
  for (const [reason, logoutReason] of reasons) {
    it(`logs out for reason "${reason}" with logoutReason "${logoutReason}"`, async () => {
      const { cc, service } = rig();
      await service.stationLogout({ reason });
      expect(cc.logouts).to.deep.equal([{ logoutReason }]);
    });
  }
});

describe('createWebexService: SDK errors become our codes, keeping the tracking ID', () => {
  const cases: [string, unknown, string, string | undefined][] = [
    ['the public DUPLICATE_LOCATION error', sdkError('DUPLICATE_LOCATION', { data: { message: 'Dial number is in use.', fieldName: 'AGENT_DN' } }), 'DN_IN_USE', undefined],
    ['a public error that kept data.trackingId', sdkError('DUPLICATE_LOCATION', { data: { message: 'x', fieldName: 'EXTENSION', trackingId: 'notifs_abc-1' } }), 'DN_IN_USE', 'notifs_abc-1'],
    ['the local INVALID_DIAL_NUMBER check', sdkError('INVALID_DIAL_NUMBER', { details: { data: { reason: 'INVALID_DIAL_NUMBER' } } }), 'DN_INVALID', undefined],
    [
      'a raw failure with details.trackingId',
      { id: 'Service.aqm.agent.stationLoginFailed', details: { type: 'AgentStationLoginFailed', trackingId: 'notifs_77', data: { reason: 'DUPLICATE_LOCATION', trackingId: 'inner_1' } } },
      'DN_IN_USE',
      'notifs_77',
    ],
    ['a raw failure with only details.data.trackingId', { details: { data: { reason: 'INVALID_DIAL_NUMBER', trackingId: 'inner_2' } } }, 'DN_INVALID', 'inner_2'],
    ['AGENT_NOT_FOUND', { details: { trackingId: 't-3', data: { reason: 'AGENT_NOT_FOUND' } } }, 'NOT_AUTHORIZED', 't-3'],
    ['a reason we do not know', { details: { trackingId: 't-4', data: { reason: 'SOMETHING_NEW' } } }, 'UNKNOWN', 't-4'],
    ['the SDK fallback message', sdkError('Error while performing stationLogin', { data: { message: '', fieldName: 'generic' } }), 'UNKNOWN', undefined],
    ['an AQM request timeout', { id: 'Service.aqm.reqs.Timeout', details: { trackingId: 't-5' } }, 'TIMEOUT', 't-5'],
    ['an AQM event timeout', { id: 'Service.aqm.reqs.TimeoutEvent' }, 'TIMEOUT', undefined],
    ['HTTP 401', sdkError('x', { statusCode: 401 }), 'SESSION_EXPIRED', undefined],
    ['HTTP 403', sdkError('x', { statusCode: 403, headers: { TrackingID: 'WX_1' } }), 'NOT_AUTHORIZED', 'WX_1'],
    ['HTTP 408', sdkError('x', { statusCode: 408 }), 'TIMEOUT', undefined],
    ['HTTP 429', sdkError('x', { statusCode: 429 }), 'UNAVAILABLE', undefined],
    ['HTTP 500', sdkError('x', { statusCode: 500 }), 'UNAVAILABLE', undefined],
    ['HTTP 502', sdkError('x', { statusCode: 502 }), 'UNAVAILABLE', undefined],
    ['HTTP 503', sdkError('x', { statusCode: 503 }), 'UNAVAILABLE', undefined],
    ['HTTP 504', sdkError('x', { statusCode: 504 }), 'TIMEOUT', undefined],
    ['HTTP status 0 (no network)', sdkError('x', { statusCode: 0 }), 'NETWORK', undefined],
    ['a fetch TypeError', new TypeError('Failed to fetch'), 'NETWORK', undefined],
    ['a top-level trackingId', sdkError('DUPLICATE_LOCATION', { trackingId: 'top_1' }), 'DN_IN_USE', 'top_1'],
    ['a tracking ID that is not one', { details: { trackingId: '<img src=x>', data: { reason: 'DUPLICATE_LOCATION' } } }, 'DN_IN_USE', undefined],
    ['a string', 'boom', 'UNKNOWN', undefined],
    ['null', null, 'UNKNOWN', undefined],
  ];

  for (const [name, thrown, code, trackingId] of cases) {
    it(`maps ${name} from stationLogin to ${code}`, async () => {
      const { cc, service } = rig();
      cc.loginWith = () => Promise.reject(thrown);
      const error = await rejection(service.stationLogin({ teamId: 't1', loginOption: 'AGENT_DN', dialNumber: '+14155550123' }));
      expect(error.code).to.equal(code);
      expect(error.trackingId).to.equal(trackingId);
    });
  }

  it('maps stationLogout failures the same way', async () => {
    const { cc, service } = rig();
    cc.logoutWith = () => Promise.reject({ details: { trackingId: 'lo_1', data: { reason: 'AGENT_NOT_FOUND' } } });
    const error = await rejection(service.stationLogout({ reason: 'user' }));
    expect(error).to.include({ code: 'NOT_AUTHORIZED', trackingId: 'lo_1' });
  });

  it('never copies the SDK’s message text into the error', async () => {
    const { cc, service } = rig();
    cc.loginWith = () => Promise.reject(sdkError('Dial number is in use. Try a different one.', { data: { reason: 'DUPLICATE_LOCATION' } }));
    const error = await rejection(service.stationLogin({ teamId: 't1', loginOption: 'AGENT_DN', dialNumber: '+1' }));
    expect(error.code).to.equal('DN_IN_USE');
    expect(error.message).not.to.contain('in use');
  });
});

describe('createWebexService: abort signals', () => {
  it('rejects at once, without calling the SDK, when the signal is already aborted', async () => {
    const { cc, service } = rig();
    const signal = AbortSignal.abort();
    expect((await rejection(service.restoreSession(signal))).name).to.equal('AbortError');
    expect((await rejection(service.stationLogin({ teamId: 't1', loginOption: 'BROWSER' }, signal))).name).to.equal('AbortError');
    expect((await rejection(service.stationLogout({ reason: 'user' }, signal))).name).to.equal('AbortError');
    expect(cc.registerCalls).to.equal(0);
    expect(cc.logins).to.have.length(0);
    expect(cc.logouts).to.have.length(0);
  });

  const pendingCalls: [string, (rig: Rig, signal: AbortSignal) => Promise<unknown>, (cc: FakeContactCenter, d: Deferred<never>) => void][] = [
    ['restoreSession', (r, signal) => r.service.restoreSession(signal), (cc, d) => (cc.registerWith = () => d.promise)],
    ['stationLogin', (r, signal) => r.service.stationLogin({ teamId: 't1', loginOption: 'BROWSER' }, signal), (cc, d) => (cc.loginWith = () => d.promise)],
    ['stationLogout', (r, signal) => r.service.stationLogout({ reason: 'user' }, signal), (cc, d) => (cc.logoutWith = () => d.promise)],
  ];
  for (const [name, call, hold] of pendingCalls) {
    it(`rejects a pending ${name} with an AbortError as soon as the signal aborts, and ignores the late answer`, async () => {
      const r = rig();
      const pending = deferred<never>();
      hold(r.cc, pending);
      const controller = new AbortController();
      const result = rejection(call(r, controller.signal));
      controller.abort();
      expect((await result).name).to.equal('AbortError');
      pending.reject(sdkError('DUPLICATE_LOCATION'));
      await settled();
    });
  }

  it('still learns of a station logged in after its stationLogin was aborted', async () => {
    const { cc, service, events } = rig();
    const pending = deferred<unknown>();
    cc.loginWith = () => pending.promise;
    const controller = new AbortController();
    const result = rejection(service.stationLogin({ teamId: 't1', loginOption: 'BROWSER' }, controller.signal));
    controller.abort();
    await result;
    pending.resolve({});
    await settled();
    cc.emit(WEBEX_EVENTS.logoutSuccess, { type: 'AgentLogoutSuccess' });
    expect(events).to.deep.equal([{ type: 'session-expired' }]);
  });
});

describe('createWebexService: SDK events become ServiceEvents', () => {
  const stationUp = async (r: Rig) => r.service.stationLogin({ teamId: 't1', loginOption: 'BROWSER' });

  const cases: [string, (r: Rig) => Promise<void> | void, ServiceEvent[]][] = [
    ['agent:multiLogin closing this session → session-conflict with its tracking ID', (r) => r.cc.emit(WEBEX_EVENTS.multiLogin, { type: 'AgentMultiLoginCloseSession', trackingId: 'ml_1' }), [{ type: 'session-conflict', trackingId: 'ml_1' }]],
    ['agent:multiLogin without a payload → session-conflict', (r) => r.cc.emit(WEBEX_EVENTS.multiLogin), [{ type: 'session-conflict' }]],
    ['agent:multiLogin of another kind → nothing', (r) => r.cc.emit(WEBEX_EVENTS.multiLogin, { type: 'AgentMultiLoginSomethingElse' }), []],
    ['agent:multiLogin with a malformed tracking ID → session-conflict without it', (r) => r.cc.emit(WEBEX_EVENTS.multiLogin, { type: 'AgentMultiLoginCloseSession', trackingId: 'a b<c>' }), [{ type: 'session-conflict' }]],
    [
      'agent:logoutSuccess after our station login → session-expired',
      async (r) => {
        await stationUp(r);
        r.cc.emit(WEBEX_EVENTS.logoutSuccess, { type: 'AgentLogoutSuccess', loggedOutBy: 'supervisor-1' });
      },
      [{ type: 'session-expired' }],
    ],
    [
      'agent:logoutSuccess twice → one session-expired',
      async (r) => {
        await stationUp(r);
        r.cc.emit(WEBEX_EVENTS.logoutSuccess);
        r.cc.emit(WEBEX_EVENTS.logoutSuccess);
      },
      [{ type: 'session-expired' }],
    ],
    ['agent:logoutSuccess with no station logged in → nothing', (r) => r.cc.emit(WEBEX_EVENTS.logoutSuccess), []],
    [
      'agent:logoutSuccess during our own stationLogout → nothing',
      async (r) => {
        await stationUp(r);
        r.cc.logoutWith = () => {
          r.cc.emit(WEBEX_EVENTS.logoutSuccess, { type: 'AgentLogoutSuccess' });
          return Promise.resolve({});
        };
        await r.service.stationLogout({ reason: 'user' });
      },
      [],
    ],
    [
      'agent:logoutSuccess after our own stationLogout → nothing',
      async (r) => {
        await stationUp(r);
        await r.service.stationLogout({ reason: 'user' });
        r.cc.emit(WEBEX_EVENTS.logoutSuccess);
      },
      [],
    ],
    [
      'agent:logoutSuccess after a station login from another device → session-expired',
      (r) => {
        r.cc.emit(WEBEX_EVENTS.stationLoginSuccess, { type: 'AgentStationLoginSuccess' });
        r.cc.emit(WEBEX_EVENTS.logoutSuccess);
      },
      [{ type: 'session-expired' }],
    ],
    [
      'agent:logoutSuccess after restoring a session already logged in → session-expired',
      async (r) => {
        r.cc.profile = sdkProfile({ isAgentLoggedIn: true });
        await r.service.restoreSession();
        r.cc.emit(WEBEX_EVENTS.logoutSuccess);
      },
      [{ type: 'session-expired' }],
    ],
    [
      'agent:logoutSuccess after a failed stationLogin → nothing',
      async (r) => {
        r.cc.loginWith = () => Promise.reject(sdkError('DUPLICATE_LOCATION'));
        await rejection(stationUp(r));
        r.cc.emit(WEBEX_EVENTS.logoutSuccess);
      },
      [],
    ],
    ['AgentOfferContactRona → rona with its tracking ID', (r) => r.cc.emit(WEBEX_EVENTS.rona, { type: 'AgentOfferContactRona', interactionId: 'i1', trackingId: 'rona_9' }), [{ type: 'rona', trackingId: 'rona_9' }]],
    ['AgentOfferContactRona without a tracking ID → rona', (r) => r.cc.emit(WEBEX_EVENTS.rona), [{ type: 'rona' }]],
    ['agent:stationLoginFailed → nothing (the rejected call reports it)', (r) => r.cc.emit(WEBEX_EVENTS.stationLoginFailed, { reason: 'DUPLICATE_LOCATION' }), []],
    ['agent:logoutFailed → nothing', (r) => r.cc.emit(WEBEX_EVENTS.logoutFailed, {}), []],
    ['agent:dnRegistered → nothing', (r) => r.cc.emit(WEBEX_EVENTS.dnRegistered, {}), []],
    ['agent:reloginSuccess with nothing lost → nothing', (r) => r.cc.emit(WEBEX_EVENTS.reloginSuccess, {}), []],
    ['going offline → degraded with no feature names', (r) => r.connectivity.go('offline'), [{ type: 'degraded', features: [] }]],
    [
      'going offline twice → one degraded',
      (r) => {
        r.connectivity.go('offline');
        r.connectivity.go('offline');
      },
      [{ type: 'degraded', features: [] }],
    ],
    ['coming online without having been offline → nothing', (r) => r.connectivity.go('online'), []],
    [
      'back online within the recovery window → restored',
      async (r) => {
        await stationUp(r);
        r.connectivity.go('offline');
        r.clock.now += 49_999;
        r.connectivity.go('online');
      },
      [{ type: 'degraded', features: [] }, { type: 'restored' }],
    ],
    [
      'back online after the recovery window with a station logged in → session-expired',
      async (r) => {
        await stationUp(r);
        r.connectivity.go('offline');
        r.clock.now += 50_000;
        r.connectivity.go('online');
        r.cc.emit(WEBEX_EVENTS.logoutSuccess);
      },
      [{ type: 'degraded', features: [] }, { type: 'session-expired' }],
    ],
    [
      'back online after the recovery window with no station → restored',
      (r) => {
        r.connectivity.go('offline');
        r.clock.now += 600_000;
        r.connectivity.go('online');
      },
      [{ type: 'degraded', features: [] }, { type: 'restored' }],
    ],
    [
      'the recovery window of the registered profile',
      async (r) => {
        r.cc.profile = sdkProfile({ lostConnectionRecoveryTimeout: 20_000 });
        await r.service.restoreSession();
        await stationUp(r);
        r.connectivity.go('offline');
        r.clock.now += 20_000;
        r.connectivity.go('online');
      },
      [{ type: 'degraded', features: [] }, { type: 'session-expired' }],
    ],
    [
      'agent:reloginSuccess after going offline → restored, once',
      (r) => {
        r.connectivity.go('offline');
        r.cc.emit(WEBEX_EVENTS.reloginSuccess, { type: 'AgentReloginSuccess' });
        r.connectivity.go('online');
      },
      [{ type: 'degraded', features: [] }, { type: 'restored' }],
    ],
  ];

  for (const [name, act, expected] of cases) {
    it(`maps ${name}`, async () => {
      const r = rig();
      await act(r);
      expect(r.events).to.deep.equal(expected);
      for (const event of r.events) expect(parseServiceEvent(event)).to.deep.equal(event);
    });
  }
});

describe('createWebexService: subscribe and unsubscribe', () => {
  it('listens to the SDK events it maps, and only those', () => {
    const { cc } = rig();
    expect(cc.events().sort()).to.deep.equal(
      [WEBEX_EVENTS.multiLogin, WEBEX_EVENTS.stationLoginSuccess, WEBEX_EVENTS.reloginSuccess, WEBEX_EVENTS.logoutSuccess, WEBEX_EVENTS.rona].sort(),
    );
  });

  it('adds no SDK listener before the first subscriber', () => {
    const cc = new FakeContactCenter();
    createWebexService(cc, { connectivity: null });
    expect(cc.listenerCount()).to.equal(0);
  });

  it('removes every SDK and connectivity listener on unsubscribe', () => {
    const { cc, connectivity, unsubscribe, events } = rig();
    expect(cc.listenerCount()).to.equal(5);
    expect(connectivity.added).to.equal(2);
    unsubscribe();
    expect(cc.listenerCount()).to.equal(0);
    expect(connectivity.removed).to.equal(2);
    cc.emit(WEBEX_EVENTS.multiLogin);
    connectivity.go('offline');
    expect(events).to.deep.equal([]);
  });

  it('shares one set of SDK listeners between subscribers and keeps it until the last leaves', () => {
    const { cc, service, events, unsubscribe } = rig();
    const second: ServiceEvent[] = [];
    const off = service.subscribe((event) => second.push(event));
    expect(cc.listenerCount()).to.equal(5);
    cc.emit(WEBEX_EVENTS.rona, { trackingId: 'r1' });
    unsubscribe();
    expect(cc.listenerCount()).to.equal(5);
    cc.emit(WEBEX_EVENTS.multiLogin);
    off();
    off();
    expect(cc.listenerCount()).to.equal(0);
    expect(events).to.deep.equal([{ type: 'rona', trackingId: 'r1' }]);
    expect(second).to.deep.equal([{ type: 'rona', trackingId: 'r1' }, { type: 'session-conflict' }]);
  });

  it('subscribes again after everyone left', () => {
    const { cc, service, unsubscribe } = rig();
    unsubscribe();
    const events: ServiceEvent[] = [];
    service.subscribe((event) => events.push(event));
    cc.emit(WEBEX_EVENTS.multiLogin, { type: 'AgentMultiLoginCloseSession' });
    expect(events).to.deep.equal([{ type: 'session-conflict' }]);
  });

  it('keeps delivering to the other listeners when one throws', () => {
    const { cc, service, events } = rig();
    const original = console.error;
    const logged: unknown[] = [];
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      service.subscribe(() => {
        throw new Error('listener bug');
      });
      cc.emit(WEBEX_EVENTS.rona);
    } finally {
      console.error = original;
    }
    expect(events).to.deep.equal([{ type: 'rona' }]);
    expect(logged).to.have.length(1);
  });

  it('hands each listener its own copy of the event', () => {
    const { cc, service } = rig();
    const seen: ServiceEvent[] = [];
    service.subscribe((event) => {
      (event as { trackingId?: string }).trackingId = 'changed';
    });
    service.subscribe((event) => seen.push(event));
    cc.emit(WEBEX_EVENTS.rona, { trackingId: 'r1' });
    expect(seen).to.deep.equal([{ type: 'rona', trackingId: 'r1' }]);
  });

  it('reads online and offline from the window by default', () => {
    const cc = new FakeContactCenter();
    const service = createWebexService(cc);
    const events: ServiceEvent[] = [];
    const off = service.subscribe((event) => events.push(event));
    window.dispatchEvent(new Event('offline'));
    window.dispatchEvent(new Event('online'));
    off();
    window.dispatchEvent(new Event('offline'));
    expect(events).to.deep.equal([{ type: 'degraded', features: [] }, { type: 'restored' }]);
  });

  it('reports no connection changes when connectivity is null', () => {
    const cc = new FakeContactCenter();
    const service = createWebexService(cc, { connectivity: null });
    const events: ServiceEvent[] = [];
    const off = service.subscribe((event) => events.push(event));
    window.dispatchEvent(new Event('offline'));
    off();
    expect(events).to.deep.equal([]);
  });
});
