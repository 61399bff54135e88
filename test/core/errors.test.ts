import { expect } from '@open-wc/testing';
import { AgentServiceError, toAgentError } from '../../src/contract/errors.js';
import { parseProfile, parseServiceEvent } from '../../src/contract/schemas.js';

describe('toAgentError', () => {
  const cases: [string, unknown, string, string | undefined][] = [
    ['keeps a known code and its tracking ID', { code: 'DN_IN_USE', trackingId: 'trk-1' }, 'DN_IN_USE', 'trk-1'],
    ['maps an unknown code to UNKNOWN, keeping the tracking ID', { code: 'WHATEVER', trackingId: 'abc' }, 'UNKNOWN', 'abc'],
    ['drops a tracking ID that is not one', { code: 'NETWORK', trackingId: '<img src=x>' }, 'NETWORK', undefined],
    ['turns an AbortError into ABORTED', new DOMException('x', 'AbortError'), 'ABORTED', undefined],
    ['turns a TimeoutError into TIMEOUT', new DOMException('x', 'TimeoutError'), 'TIMEOUT', undefined],
    ['turns a fetch TypeError into NETWORK', new TypeError('Failed to fetch'), 'NETWORK', undefined],
    ['turns a string into UNKNOWN', 'boom', 'UNKNOWN', undefined],
    ['turns null into UNKNOWN', null, 'UNKNOWN', undefined],
    ['turns a plain Error into UNKNOWN', new Error('secret-password'), 'UNKNOWN', undefined],
  ];
  for (const [name, input, code, trackingId] of cases) {
    it(name, () => {
      const e = toAgentError(input);
      expect(e).to.be.instanceOf(AgentServiceError);
      expect(e.code).to.equal(code);
      expect(e.trackingId).to.equal(trackingId);
    });
  }

  it('never copies the thrown message into the error', () => {
    expect(toAgentError(new Error('hunter2')).message).not.to.contain('hunter2');
    expect(toAgentError({ code: 'NETWORK', message: 'hunter2' }).message).not.to.contain('hunter2');
  });
});

describe('parseProfile', () => {
  const valid = { agentId: 'a1', email: 'a@b.co', displayName: 'A', loginOptions: ['BROWSER'], teams: [{ id: 't', name: 'T' }] };

  it('accepts a valid profile', () => {
    expect(parseProfile(valid).agentId).to.equal('a1');
  });

  for (const [name, bad] of [
    ['a missing agentId', { ...valid, agentId: undefined }],
    ['an unknown login option', { ...valid, loginOptions: ['PIGEON'] }],
    ['teams that are not a list', { ...valid, teams: 'x' }],
    ['a lower-case country', { ...valid, defaultCountry: 'br' }],
    ['null', null],
    ['a string', '{"agentId":"a1"}'],
  ] as const) {
    it(`rejects ${name} as BAD_RESPONSE`, () => {
      expect(() => parseProfile(bad)).to.throw(AgentServiceError).with.property('code', 'BAD_RESPONSE');
    });
  }
});

describe('parseServiceEvent', () => {
  it('accepts each documented event', () => {
    for (const e of [
      { type: 'session-expired' },
      { type: 'session-conflict', trackingId: 't' },
      { type: 'degraded', features: ['Reports'] },
      { type: 'restored' },
      { type: 'rona', trackingId: 'r' },
    ]) expect(parseServiceEvent(e)).to.deep.equal(e);
  });

  it('ignores malformed events', () => {
    expect(parseServiceEvent({ type: 'degraded' })).to.equal(null);
    expect(parseServiceEvent({ type: 'nope' })).to.equal(null);
    expect(parseServiceEvent(42)).to.equal(null);
  });
});
