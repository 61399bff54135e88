import { expect } from '@open-wc/testing';
import {
  BANNER_KINDS,
  bannerActions,
  browserFamily,
  isAlert,
  messageSignature,
  removeMessage,
  sortMessages,
  uniqueMessages,
  upsertMessage,
  type BannerAction,
  type BannerMessage,
  type BrowserFamily,
} from '../../src/core/session/messages.js';

const msg = (id: string, over: Partial<BannerMessage> = {}): BannerMessage => ({ id, kind: 'degraded', severity: 'warning', ...over });

describe('sortMessages', () => {
  it('puts errors first, then warnings, information and success', () => {
    const list = [msg('s', { severity: 'success' }), msg('i', { severity: 'info' }), msg('w'), msg('e', { severity: 'error' })];
    expect(sortMessages(list).map((m) => m.id)).to.deep.equal(['e', 'w', 'i', 's']);
  });

  it('keeps the arrival order within a severity', () => {
    const list = [msg('w1'), msg('e1', { severity: 'error' }), msg('w2'), msg('e2', { severity: 'error' }), msg('w3')];
    expect(sortMessages(list).map((m) => m.id)).to.deep.equal(['e1', 'e2', 'w1', 'w2', 'w3']);
  });

  it('does not change the list it is given', () => {
    const list = [msg('w'), msg('e', { severity: 'error' })];
    sortMessages(list);
    expect(list.map((m) => m.id)).to.deep.equal(['w', 'e']);
  });
});

describe('upsertMessage, removeMessage, uniqueMessages', () => {
  it('adds a message with a new id at the end', () => {
    expect(upsertMessage([msg('a')], msg('b')).map((m) => m.id)).to.deep.equal(['a', 'b']);
  });

  it('replaces a message with the same id', () => {
    const out = upsertMessage([msg('a'), msg('b')], msg('a', { features: ['Chat'] }));
    expect(out.map((m) => m.id)).to.deep.equal(['b', 'a']);
    expect(out[1].features).to.deep.equal(['Chat']);
  });

  it('removes a message by id and ignores an unknown id', () => {
    expect(removeMessage([msg('a'), msg('b')], 'a').map((m) => m.id)).to.deep.equal(['b']);
    expect(removeMessage([msg('a')], 'zz').map((m) => m.id)).to.deep.equal(['a']);
  });

  it('keeps the last message of a repeated id', () => {
    const out = uniqueMessages([msg('a', { features: ['old'] }), msg('b'), msg('a', { features: ['new'] })]);
    expect(out.map((m) => [m.id, m.features?.[0]])).to.deep.equal([
      ['b', undefined],
      ['a', 'new'],
    ]);
  });
});

describe('bannerActions', () => {
  const cases: [string, BannerMessage, BannerAction[]][] = [
    ['multi-session offers Continue', msg('m', { kind: 'multi-session' }), ['continue']],
    ['multi-session from another browser also shows its tracking ID', msg('m', { kind: 'multi-session', trackingId: 't-1' }), ['continue', 'copy']],
    ['degraded offers Reload', msg('d'), ['reload']],
    ['connection-lost offers Reload', msg('c', { kind: 'connection-lost', severity: 'error' }), ['reload']],
    ['session-expired offers nothing by default', msg('x', { kind: 'session-expired', severity: 'error' }), []],
    ['session-expired offers Reload when asked', msg('x', { kind: 'session-expired', severity: 'error', reload: true }), ['reload']],
    ['degraded can do without Reload', msg('d', { reload: false }), []],
    ['rona with a tracking ID offers Copy and Dismiss', msg('r', { kind: 'rona', severity: 'error', trackingId: 'trk', dismissible: true }), ['copy', 'dismiss']],
    ['rona without a tracking ID only dismisses', msg('r', { kind: 'rona', severity: 'error', dismissible: true }), ['dismiss']],
    ['an empty tracking ID offers no Copy', msg('r', { kind: 'rona', severity: 'error', trackingId: '' }), []],
    ['a dismissible message offers Dismiss last', msg('c', { kind: 'connection-lost', severity: 'error', trackingId: 'x', dismissible: true }), ['reload', 'copy', 'dismiss']],
    ['microphone-blocked offers nothing unless dismissible', msg('mic', { kind: 'microphone-blocked', severity: 'error' }), []],
    ['collaboration-failed is dismissible when marked so', msg('c', { kind: 'collaboration-failed', dismissible: true }), ['dismiss']],
    ['preferences-not-saved offers nothing unless dismissible', msg('p', { kind: 'preferences-not-saved', severity: 'info' }), []],
  ];
  for (const [name, message, actions] of cases) it(name, () => expect(bannerActions(message)).to.deep.equal(actions));
});

describe('isAlert', () => {
  const cases: [BannerMessage['severity'], boolean][] = [
    ['error', true],
    ['warning', false],
    ['info', false],
    ['success', false],
  ];
  for (const [severity, alert] of cases) {
    it(`${severity} ${alert ? 'interrupts' : 'waits'}`, () => expect(isAlert(msg('a', { severity }))).to.equal(alert));
  }
});

describe('messageSignature', () => {
  const base = msg('d', { features: ['Chat', 'Email'], trackingId: 't' });
  it('is the same for equal messages built separately', () => {
    expect(messageSignature(base)).to.equal(messageSignature({ ...base, features: ['Chat', 'Email'] }));
  });
  const changes: [string, Partial<BannerMessage>][] = [
    ['features', { features: ['Chat'] }],
    ['tracking ID', { trackingId: 'u' }],
    ['severity', { severity: 'error' }],
    ['kind', { kind: 'connection-lost' }],
    ['busy', { busy: true }],
    ['label', { label: 'Microsoft Teams' }],
    ['dismissible', { dismissible: true }],
    ['reload', { reload: false }],
  ];
  for (const [name, change] of changes) {
    it(`changes with the ${name}`, () => expect(messageSignature({ ...base, ...change })).not.to.equal(messageSignature(base)));
  }
});

describe('BANNER_KINDS', () => {
  it('lists every kind once', () => {
    expect(new Set(BANNER_KINDS).size).to.equal(BANNER_KINDS.length);
    expect(BANNER_KINDS).to.have.length(8);
  });
});

describe('browserFamily', () => {
  const cases: [string, string, string[], BrowserFamily][] = [
    ['Chrome on Windows', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36', [], 'chrome'],
    ['Chromium brands', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36', ['Chromium', 'Not/A)Brand'], 'chrome'],
    ['Edge', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.2592.87', [], 'edge'],
    ['Edge by brand', 'Mozilla/5.0 Chrome/126.0.0.0 Safari/537.36', ['Microsoft Edge', 'Chromium'], 'edge'],
    ['Firefox', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0', [], 'firefox'],
    ['Safari on macOS', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15', [], 'safari'],
    ['Chrome on iOS', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1', [], 'chrome'],
    ['Opera', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 OPR/111.0.0.0', [], 'other'],
    ['headless Chrome', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/126.0.0.0 Safari/537.36', [], 'chrome'],
    ['an unknown agent', 'curl/8.0', [], 'other'],
    ['an empty string', '', [], 'other'],
  ];
  for (const [name, ua, brands, family] of cases) it(`recognises ${name}`, () => expect(browserFamily(ua, brands)).to.equal(family));
});
