import { expect } from '@open-wc/testing';
import type { AgentProfile } from '../../src/contract/agent-service.js';
import { resolvePreferences, type ResolvedPreferences } from '../../src/core/preferences/resolve.js';
import {
  createPreferencesStore,
  preferencesKey,
  type PreferencesInput,
  type SavedPreferences,
} from '../../src/core/preferences/storage.js';

type Mode = 'ok' | 'throw-get' | 'throw-set' | 'throw-all';

class FakeStorage implements Storage {
  readonly data = new Map<string, string>();
  constructor(
    private readonly mode: Mode = 'ok',
    private readonly quota = Infinity,
  ) {}
  get length() {
    return this.data.size;
  }
  key(index: number) {
    return [...this.data.keys()][index] ?? null;
  }
  getItem(key: string) {
    if (this.mode === 'throw-get' || this.mode === 'throw-all') throw new DOMException('blocked', 'SecurityError');
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.mode === 'throw-set' || this.mode === 'throw-all') throw new DOMException('blocked', 'SecurityError');
    const used = [...this.data].reduce((n, [k, v]) => n + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.data.set(key, value);
  }
  removeItem(key: string) {
    if (this.mode === 'throw-all') throw new DOMException('blocked', 'SecurityError');
    this.data.delete(key);
  }
  clear() {
    this.data.clear();
  }
}

const NOW = new Date('2026-03-02T08:30:00.000Z');
const store = (storage: Storage | null) => createPreferencesStore(storage, { now: () => NOW });

const input: PreferencesInput = {
  loginOption: 'AGENT_DN',
  dialNumber: '+442079460018',
  international: true,
  country: 'GB',
  teamId: 't-sup-2',
  autoLogin: true,
};

const record = (agentId: string, fields: Record<string, unknown> = {}) =>
  JSON.stringify({ v: 1, agentId, ...input, savedAt: NOW.toISOString(), ...fields });

describe('preferences storage: load and save', () => {
  it('loads nothing when nothing is saved', () => {
    expect(store(new FakeStorage()).load('a-1')).to.equal(null);
  });

  it('saves under agent-login:preferences:<agentId> and loads it back', () => {
    const storage = new FakeStorage();
    expect(store(storage).save('a-1', input)).to.equal(true);
    expect([...storage.data.keys()]).to.deep.equal(['agent-login:preferences:a-1']);
    expect(preferencesKey('a-1')).to.equal('agent-login:preferences:a-1');
    expect(store(storage).load('a-1')).to.deep.equal({ v: 1, agentId: 'a-1', ...input, savedAt: '2026-03-02T08:30:00.000Z' });
  });

  it('keeps the collaboration sign-ins the agent skipped (records without them still load)', () => {
    const storage = new FakeStorage();
    expect(store(storage).save('a-1', { ...input, skipped: ['teams'] })).to.equal(true);
    expect(store(storage).load('a-1')?.skipped).to.deep.equal(['teams']);
    storage.data.set(preferencesKey('a-1'), record('a-1'));
    expect(store(storage).load('a-1')).to.include({ teamId: 't-sup-2' }).and.not.have.property('skipped');
  });

  it('keeps agents apart', () => {
    const storage = new FakeStorage();
    store(storage).save('a-1', input);
    store(storage).save('a-2', { teamId: 't-billing', autoLogin: false });
    expect(store(storage).load('a-1')?.teamId).to.equal('t-sup-2');
    expect(store(storage).load('a-2')).to.deep.equal({ v: 1, agentId: 'a-2', teamId: 't-billing', autoLogin: false, savedAt: NOW.toISOString() });
  });

  it('replaces the previous record', () => {
    const storage = new FakeStorage();
    store(storage).save('a-1', input);
    store(storage).save('a-1', { loginOption: 'BROWSER', teamId: 't-billing', autoLogin: false });
    expect(store(storage).load('a-1')).to.deep.equal({
      v: 1,
      agentId: 'a-1',
      loginOption: 'BROWSER',
      teamId: 't-billing',
      autoLogin: false,
      savedAt: NOW.toISOString(),
    });
  });

  const unreadable: [string, string][] = [
    ['corrupt JSON', '{"v":1,'],
    ['JSON null', 'null'],
    ['a JSON array', '[]'],
    ['a JSON string', '"hello"'],
    ['an old version', record('a-1', { v: 0 })],
    ['a future version', record('a-1', { v: 2 })],
    ['a missing version', record('a-1', { v: undefined })],
    ['another agent’s record', record('a-2')],
    ['an empty team', record('a-1', { teamId: '' })],
    ['a missing team', record('a-1', { teamId: undefined })],
    ['an unknown login option', record('a-1', { loginOption: 'PIGEON' })],
    ['letters in the dial number', record('a-1', { dialNumber: '+1 415 abc' })],
    ['markup in the dial number', record('a-1', { dialNumber: '<img src=x onerror=alert(1)>' })],
    ['a lower-case country', record('a-1', { country: 'gb' })],
    ['a string for autoLogin', record('a-1', { autoLogin: 'yes' })],
    ['a string for international', record('a-1', { international: 'true' })],
    ['a date that is not ISO', record('a-1', { savedAt: 'yesterday' })],
    ['a string for the skipped providers', record('a-1', { skipped: 'teams' })],
    ['a number among the skipped providers', record('a-1', { skipped: ['teams', 7] })],
    ['more skipped providers than there could be', record('a-1', { skipped: Array.from({ length: 17 }, (_, i) => `p${i}`) })],
  ];
  for (const [name, raw] of unreadable) {
    it(`treats ${name} as nothing saved`, () => {
      const storage = new FakeStorage();
      storage.data.set(preferencesKey('a-1'), raw);
      expect(store(storage).load('a-1')).to.equal(null);
    });
  }

  it('drops unknown fields when loading', () => {
    const storage = new FakeStorage();
    storage.data.set(preferencesKey('a-1'), record('a-1', { password: 'hunter2', extra: 1 }));
    const loaded = store(storage).load('a-1') as Record<string, unknown>;
    expect(loaded).not.to.have.property('password');
    expect(loaded).not.to.have.property('extra');
  });

  it('never stores a password, whatever the caller hands it', () => {
    const storage = new FakeStorage();
    const sneaky = { ...input, password: 'hunter2-secret', token: 'tok-123' } as PreferencesInput;
    expect(store(storage).save('a-1', sneaky)).to.equal(true);
    const raw = storage.data.get(preferencesKey('a-1')) ?? '';
    expect(raw).not.to.contain('hunter2-secret');
    expect(raw).not.to.contain('password');
    expect(raw).not.to.contain('tok-123');
  });

  it('has no password field in its types', () => {
    const fields: 'password' extends keyof SavedPreferences | keyof PreferencesInput ? 'has one' : 'none' = 'none';
    expect(fields).to.equal('none');
  });

  it('refuses to save what it could not load back', () => {
    const storage = new FakeStorage();
    expect(store(storage).save('a-1', { ...input, teamId: '' })).to.equal(false);
    expect(store(storage).save('a-1', { ...input, country: 'Brazil' })).to.equal(false);
    expect(store(storage).save('', input)).to.equal(false);
    expect(storage.data.size).to.equal(0);
  });
});

describe('preferences storage: unavailable storage', () => {
  const cases: [string, () => Storage | null, boolean][] = [
    ['no storage', () => null, false],
    ['storage that throws on read', () => new FakeStorage('throw-get'), true],
    ['storage that throws on write', () => new FakeStorage('throw-set'), false],
    ['storage that throws on everything', () => new FakeStorage('throw-all'), false],
    ['full storage (quota)', () => new FakeStorage('ok', 64), false],
  ];
  for (const [name, make, saves] of cases) {
    it(`with ${name}: load gives null, save gives ${saves}, nothing throws`, () => {
      const s = store(make());
      expect(s.load('a-1')).to.equal(null);
      expect(s.save('a-1', input)).to.equal(saves);
      expect(s.setAutoLogin('a-1', true)).to.equal(false);
      expect(() => s.clear('a-1')).not.to.throw();
    });
  }

  it('reports a clear on blocked storage as failed', () => {
    expect(store(new FakeStorage('throw-all')).clear('a-1')).to.equal(false);
    expect(store(null).clear('a-1')).to.equal(false);
  });

  it('saves again once the quota allows it', () => {
    const storage = new FakeStorage('ok', 400);
    storage.data.set('other-app', 'x'.repeat(300));
    expect(store(storage).save('a-1', input)).to.equal(false);
    storage.data.delete('other-app');
    expect(store(storage).save('a-1', input)).to.equal(true);
  });
});

describe('preferences storage: automatic sign-in and clearing', () => {
  it('turns automatic sign-in off and on in the saved record', () => {
    const storage = new FakeStorage();
    const s = store(storage);
    s.save('a-1', input);
    expect(s.setAutoLogin('a-1', false)).to.equal(true);
    expect(s.load('a-1')).to.deep.include({ autoLogin: false, teamId: 't-sup-2', dialNumber: '+442079460018' });
    expect(s.setAutoLogin('a-1', true)).to.equal(true);
    expect(s.load('a-1')?.autoLogin).to.equal(true);
  });

  it('with nothing saved, turning it off succeeds and on fails', () => {
    const s = store(new FakeStorage());
    expect(s.setAutoLogin('a-1', false)).to.equal(true);
    expect(s.setAutoLogin('a-1', true)).to.equal(false);
    expect(s.load('a-1')).to.equal(null);
  });

  it('cannot change a record it cannot write', () => {
    const storage = new FakeStorage();
    store(storage).save('a-1', input);
    const readOnly = new FakeStorage('throw-set');
    readOnly.data.set(preferencesKey('a-1'), storage.data.get(preferencesKey('a-1')) ?? '');
    expect(store(readOnly).setAutoLogin('a-1', false)).to.equal(false);
    expect(store(readOnly).load('a-1')?.autoLogin).to.equal(true);
  });

  it('forgets one agent and keeps the others', () => {
    const storage = new FakeStorage();
    const s = store(storage);
    s.save('a-1', input);
    s.save('a-2', input);
    expect(s.clear('a-1')).to.equal(true);
    expect(s.load('a-1')).to.equal(null);
    expect(s.load('a-2')).not.to.equal(null);
  });
});

describe('preferences storage: the browser default', () => {
  const key = preferencesKey('pref-test-agent');
  afterEach(() => localStorage.removeItem(key));

  it('uses localStorage when no storage is given', () => {
    const s = createPreferencesStore();
    expect(s.save('pref-test-agent', input)).to.equal(true);
    expect(JSON.parse(localStorage.getItem(key) ?? 'null')).to.include({ agentId: 'pref-test-agent', teamId: 't-sup-2' });
    expect(s.load('pref-test-agent')?.dialNumber).to.equal('+442079460018');
  });

  it('keeps working when merely touching localStorage throws', () => {
    const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    try {
      const s = createPreferencesStore();
      expect(s.save('pref-test-agent', input)).to.equal(false);
      expect(s.load('pref-test-agent')).to.equal(null);
      expect(s.setAutoLogin('pref-test-agent', false)).to.equal(false);
      expect(s.clear('pref-test-agent')).to.equal(false);
    } finally {
      if (own) Object.defineProperty(window, 'localStorage', own);
      else delete (window as { localStorage?: Storage }).localStorage;
    }
    expect(localStorage.getItem(key)).to.equal(null);
  });
});

const profile = (fields: Partial<AgentProfile> = {}): AgentProfile => ({
  agentId: 'a-1',
  email: 'ana@demo.example',
  displayName: 'Ana',
  loginOptions: ['BROWSER', 'EXTENSION', 'AGENT_DN'],
  teams: [
    { id: 't-sup-2', name: 'Suporte Nível 2' },
    { id: 't-billing', name: 'Billing' },
  ],
  ...fields,
});

const saved = (fields: Partial<SavedPreferences> = {}): SavedPreferences => ({
  v: 1,
  agentId: 'a-1',
  loginOption: 'AGENT_DN',
  dialNumber: '+442079460018',
  teamId: 't-sup-2',
  autoLogin: true,
  savedAt: NOW.toISOString(),
  ...fields,
});

describe('resolvePreferences', () => {
  const cases: [string, AgentProfile, SavedPreferences | null, ResolvedPreferences][] = [
    ['nothing saved and no default: an empty pre-fill', profile(), null, { prefill: {}, autoLogin: { reason: 'NOT_REQUESTED' } }],
    [
      'nothing saved: the admin default pre-fills the number',
      profile({ defaultDialNumber: '+14155550123' }),
      null,
      { prefill: { dialNumber: '+14155550123' }, autoLogin: { reason: 'NOT_REQUESTED' } },
    ],
    [
      'saved with the box unchecked: pre-filled, no automatic sign-in',
      profile(),
      saved({ autoLogin: false, international: true, country: 'GB' }),
      {
        prefill: { loginOption: 'AGENT_DN', dialNumber: '+442079460018', international: true, country: 'GB', teamId: 't-sup-2', autoLogin: false },
        autoLogin: { reason: 'NOT_REQUESTED' },
      },
    ],
    [
      'the saved number beats the admin default',
      profile({ defaultDialNumber: '+14155550123' }),
      saved(),
      {
        prefill: { loginOption: 'AGENT_DN', dialNumber: '+442079460018', teamId: 't-sup-2', autoLogin: true },
        autoLogin: { request: { teamId: 't-sup-2', loginOption: 'AGENT_DN', dialNumber: '+442079460018' } },
      },
    ],
    [
      'a saved extension signs in automatically',
      profile({ extensions: ['4021', '4022'] }),
      saved({ loginOption: 'EXTENSION', dialNumber: '4022' }),
      {
        prefill: { loginOption: 'EXTENSION', dialNumber: '4022', teamId: 't-sup-2', autoLogin: true },
        autoLogin: { request: { teamId: 't-sup-2', loginOption: 'EXTENSION', dialNumber: '4022' } },
      },
    ],
    [
      'saved Desktop keeps the admin default for a later switch and sends no number',
      profile({ defaultDialNumber: '+14155550123' }),
      saved({ loginOption: 'BROWSER', dialNumber: undefined }),
      {
        prefill: { loginOption: 'BROWSER', dialNumber: '+14155550123', teamId: 't-sup-2', autoLogin: true },
        autoLogin: { request: { teamId: 't-sup-2', loginOption: 'BROWSER' } },
      },
    ],
    [
      'a saved team that is gone is dropped: TEAM_INVALID',
      profile(),
      saved({ teamId: 't-gone' }),
      {
        prefill: { loginOption: 'AGENT_DN', dialNumber: '+442079460018', autoLogin: true },
        autoLogin: { reason: 'TEAM_INVALID' },
      },
    ],
    [
      'a saved team that is gone, box unchecked: dropped, NOT_REQUESTED',
      profile(),
      saved({ teamId: 't-gone', autoLogin: false }),
      { prefill: { loginOption: 'AGENT_DN', dialNumber: '+442079460018', autoLogin: false }, autoLogin: { reason: 'NOT_REQUESTED' } },
    ],
    [
      'a saved option no longer offered: dropped with its number, OPTION_UNAVAILABLE',
      profile({ loginOptions: ['BROWSER', 'EXTENSION'] }),
      saved(),
      { prefill: { teamId: 't-sup-2', autoLogin: true }, autoLogin: { reason: 'OPTION_UNAVAILABLE' } },
    ],
    [
      'no saved option for a telephony agent: OPTION_UNAVAILABLE',
      profile(),
      saved({ loginOption: undefined, dialNumber: undefined }),
      { prefill: { teamId: 't-sup-2', autoLogin: true }, autoLogin: { reason: 'OPTION_UNAVAILABLE' } },
    ],
    [
      'restricted, saved number differs from the default: DN_INVALID, the default pre-fills',
      profile({ defaultDialNumber: '+14155550199', dialNumberRestricted: true }),
      saved(),
      {
        prefill: { loginOption: 'AGENT_DN', dialNumber: '+14155550199', teamId: 't-sup-2', autoLogin: true },
        autoLogin: { reason: 'DN_INVALID' },
      },
    ],
    [
      'restricted, saved number is the default: signs in',
      profile({ defaultDialNumber: '+14155550199', dialNumberRestricted: true }),
      saved({ dialNumber: '+14155550199' }),
      {
        prefill: { loginOption: 'AGENT_DN', dialNumber: '+14155550199', teamId: 't-sup-2', autoLogin: true },
        autoLogin: { request: { teamId: 't-sup-2', loginOption: 'AGENT_DN', dialNumber: '+14155550199' } },
      },
    ],
    [
      'restricted, no saved number: signs in with the default',
      profile({ defaultDialNumber: '+14155550199', dialNumberRestricted: true }),
      saved({ dialNumber: undefined }),
      {
        prefill: { loginOption: 'AGENT_DN', dialNumber: '+14155550199', teamId: 't-sup-2', autoLogin: true },
        autoLogin: { request: { teamId: 't-sup-2', loginOption: 'AGENT_DN', dialNumber: '+14155550199' } },
      },
    ],
    [
      'a dial number option saved without a number: DN_INVALID',
      profile(),
      saved({ dialNumber: undefined }),
      { prefill: { loginOption: 'AGENT_DN', teamId: 't-sup-2', autoLogin: true }, autoLogin: { reason: 'DN_INVALID' } },
    ],
    [
      'a saved number outside the drop-down of numbers: DN_INVALID',
      profile({ dialNumbers: ['+14155550123', '+5511987654321'] }),
      saved(),
      { prefill: { loginOption: 'AGENT_DN', teamId: 't-sup-2', autoLogin: true }, autoLogin: { reason: 'DN_INVALID' } },
    ],
    [
      'a saved extension outside the drop-down of extensions: DN_INVALID',
      profile({ extensions: ['4021', '4022'] }),
      saved({ loginOption: 'EXTENSION', dialNumber: '4099' }),
      { prefill: { loginOption: 'EXTENSION', teamId: 't-sup-2', autoLogin: true }, autoLogin: { reason: 'DN_INVALID' } },
    ],
    [
      'a saved dial number that is not E.164: DN_INVALID',
      profile(),
      saved({ dialNumber: '4021' }),
      { prefill: { loginOption: 'AGENT_DN', teamId: 't-sup-2', autoLogin: true }, autoLogin: { reason: 'DN_INVALID' } },
    ],
    [
      'a saved extension with a plus sign: DN_INVALID',
      profile(),
      saved({ loginOption: 'EXTENSION', dialNumber: '+4021' }),
      { prefill: { loginOption: 'EXTENSION', teamId: 't-sup-2', autoLogin: true }, autoLogin: { reason: 'DN_INVALID' } },
    ],
    [
      'a digital-only agent: no option, no number, signs in with the team',
      profile({ loginOptions: [], defaultDialNumber: '+14155550123' }),
      saved({ international: true, country: 'GB' }),
      { prefill: { teamId: 't-sup-2', autoLogin: true }, autoLogin: { request: { teamId: 't-sup-2' } } },
    ],
    [
      'a digital-only agent whose team is gone: TEAM_INVALID',
      profile({ loginOptions: [] }),
      saved({ teamId: 't-gone' }),
      { prefill: { autoLogin: true }, autoLogin: { reason: 'TEAM_INVALID' } },
    ],
    [
      'a gone team is reported before an unavailable option',
      profile({ loginOptions: ['BROWSER'] }),
      saved({ teamId: 't-gone' }),
      { prefill: { autoLogin: true }, autoLogin: { reason: 'TEAM_INVALID' } },
    ],
  ];
  for (const [name, p, s, expected] of cases) {
    it(name, () => {
      expect(resolvePreferences(p, s)).to.deep.equal(expected);
    });
  }

  it('leaves its inputs untouched', () => {
    const p = profile({ defaultDialNumber: '+14155550199', dialNumberRestricted: true });
    const s = saved();
    const before = JSON.stringify([p, s]);
    resolvePreferences(p, s);
    expect(JSON.stringify([p, s])).to.equal(before);
  });
});
