import { aTimeout, expect } from '@open-wc/testing';
import { createHttpService, type HttpServiceOptions } from '../../src/adapters/http-service.js';
import type { AgentProfile, ServiceEvent } from '../../src/contract/agent-service.js';
import { AgentServiceError, toAgentError } from '../../src/contract/errors.js';

interface Sent {
  url: string;
  method: string;
  headers: Headers;
  body: string | undefined;
  init: RequestInit;
  at: number;
}

type Reply = Response | Error | ((sent: Sent) => Response | Promise<Response>);

const BASE = 'https://cc.example/api';
const PASSWORD = 'correct horse 9!';
const PROFILE: AgentProfile = {
  agentId: 'a-1',
  email: 'ana@cc.example',
  displayName: 'Ana',
  loginOptions: ['BROWSER', 'AGENT_DN'],
  teams: [{ id: 't-1', name: 'Billing' }],
};

function fakeFetch(route: (sent: Sent) => Reply | Promise<Response>) {
  const sent: Sent[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const s: Sent = {
      url: String(input),
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : undefined,
      init,
      at: performance.now(),
    };
    sent.push(s);
    const reply = route(s);
    if (reply instanceof Error) throw reply;
    if (typeof reply === 'function') return reply(s);
    return reply;
  };
  return { fetch: fetch as typeof globalThis.fetch, sent };
}

/** Replies in order; the last one repeats. */
function queue(...replies: (Reply | (() => Reply))[]): (sent: Sent) => Reply {
  return () => {
    const next = replies.length > 1 ? replies.shift()! : replies[0];
    const reply = typeof next === 'function' && next.length === 0 ? (next as () => Reply)() : (next as Reply);
    return reply instanceof Response ? reply.clone() : reply;
  };
}

const json = (status: number, body?: unknown, headers: Record<string, string> = {}) =>
  new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

const text = (status: number, body: string, type: string, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { 'Content-Type': type, ...headers } });

const empty = (status = 204, headers: Record<string, string> = {}) => new Response(null, { status, headers });

const hang = (sent: Sent) =>
  new Promise<Response>((_, reject) => {
    const signal = sent.init.signal!;
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });

function make(route: (sent: Sent) => Reply | Promise<Response>, options: Partial<HttpServiceOptions> = {}) {
  const fake = fakeFetch(route);
  const service = createHttpService({ baseUrl: BASE, fetch: fake.fetch, retryDelayMs: 1, maxRetryDelayMs: 20, ...options });
  return { service, sent: fake.sent };
}

async function rejection(promise: Promise<unknown>): Promise<AgentServiceError & Error> {
  try {
    await promise;
  } catch (error) {
    return error as AgentServiceError & Error;
  }
  throw new Error('expected a rejection');
}

async function until(check: () => boolean, what: string, timeoutMs = 3000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await aTimeout(5);
  }
}

function eventStream(status = 200, type = 'text/event-stream') {
  const encoder = new TextEncoder();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const state = { cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    start: (c) => {
      controller = c;
    },
    cancel: () => {
      state.cancelled = true;
    },
  });
  return {
    response: new Response(body, { status, headers: { 'Content-Type': type } }),
    send: (chunk: string) => controller.enqueue(encoder.encode(chunk)),
    end: () => controller.close(),
    fail: () => controller.error(new TypeError('network changed')),
    state,
  };
}

type Stream = ReturnType<typeof eventStream>;

/** Routes `/events` to the given streams or responses in order, everything else to `rest`. */
function withEvents(events: (Stream | Response)[], rest: (sent: Sent) => Reply) {
  const pending = [...events];
  return (sent: Sent): Reply => {
    if (!sent.url.endsWith('/events')) return rest(sent);
    const next = pending.length > 1 ? pending.shift()! : pending[0];
    return next instanceof Response ? next.clone() : next.response;
  };
}

describe('createHttpService: requests', () => {
  it('signs in with a JSON POST to <base>/session: credentials in the body, cookie included, no redirects', async () => {
    const { service, sent } = make(queue(json(200, PROFILE)));
    const profile = await service.signIn({ email: 'ana@cc.example', password: PASSWORD });
    expect(profile).to.deep.equal(PROFILE);
    expect(sent).to.have.length(1);
    const [request] = sent;
    expect(request.url).to.equal(`${BASE}/session`);
    expect(request.method).to.equal('POST');
    expect(JSON.parse(request.body!)).to.deep.equal({ email: 'ana@cc.example', password: PASSWORD });
    expect(request.headers.get('content-type')).to.equal('application/json');
    expect(request.headers.get('accept')).to.equal('application/json');
    expect(request.init.credentials).to.equal('include');
    expect(request.init.redirect).to.equal('error');
    expect(request.url).not.to.contain(encodeURIComponent(PASSWORD));
  });

  it('sends every call to its endpoint, and no secret ever appears in a URL', async () => {
    const { service, sent } = make((s) => (s.method === 'GET' ? json(200, PROFILE) : empty()));
    const cases: [() => Promise<unknown>, string, string, unknown][] = [
      [() => service.restoreSession(), 'GET', '/session', undefined],
      [() => service.requestPasswordReset('ana@cc.example'), 'POST', '/password-reset', { email: 'ana@cc.example' }],
      [
        () => service.resetPassword({ email: 'ana@cc.example', code: '123456', newPassword: PASSWORD }),
        'POST',
        '/password-reset/confirm',
        { email: 'ana@cc.example', code: '123456', newPassword: PASSWORD },
      ],
      [() => service.connectCollaboration('msteams'), 'POST', '/collaboration/msteams', {}],
      [
        () => service.stationLogin({ teamId: 't-1', loginOption: 'AGENT_DN', dialNumber: '+14155550123' }),
        'POST',
        '/station/login',
        { teamId: 't-1', loginOption: 'AGENT_DN', dialNumber: '+14155550123' },
      ],
      [() => service.stationLogin({ teamId: 't-1' }), 'POST', '/station/login', { teamId: 't-1' }],
      [() => service.stationLogout({ reason: 'user' }), 'POST', '/station/logout', { reason: 'user' }],
    ];
    for (const [call, method, path, body] of cases) {
      const before = sent.length;
      await call();
      const request = sent[before];
      expect(`${request.method} ${request.url}`).to.equal(`${method} ${BASE}${path}`);
      expect(request.body === undefined ? undefined : JSON.parse(request.body)).to.deep.equal(body);
    }
    for (const request of sent) {
      expect(request.url).not.to.contain(encodeURIComponent(PASSWORD));
      expect(request.url).not.to.contain('123456');
      expect(request.url).not.to.contain('%40');
    }
  });

  it('resolves a relative baseUrl against the page and keeps a path prefix', async () => {
    const relative = fakeFetch(queue(empty()));
    await createHttpService({ baseUrl: '/api', fetch: relative.fetch }).requestPasswordReset('a@b.example');
    expect(relative.sent[0].url).to.equal(`${location.origin}/api/password-reset`);
    const nested = fakeFetch(queue(empty()));
    await createHttpService({ baseUrl: 'https://cc.example/v1/agent', fetch: nested.fetch }).requestPasswordReset('a@b.example');
    expect(nested.sent[0].url).to.equal('https://cc.example/v1/agent/password-reset');
  });

  for (const [name, baseUrl] of [
    ['a non-HTTP scheme', 'ftp://cc.example/api'],
    ['credentials in the URL', 'https://user:secret@cc.example/api'],
    ['a query string', 'https://cc.example/api?token=1'],
    ['a fragment', 'https://cc.example/api#x'],
    ['text that is not a URL', 'http://'],
  ] as const) {
    it(`refuses a baseUrl with ${name}`, () => {
      expect(() => createHttpService({ baseUrl })).to.throw(TypeError);
    });
  }

  for (const provider of ['..', '.', 'a/b', '', 'x'.repeat(65), '%2e%2e']) {
    it(`refuses the collaboration provider ${JSON.stringify(provider.slice(0, 12))} without sending anything`, async () => {
      const { service, sent } = make(queue(empty()));
      const error = await rejection(service.connectCollaboration(provider));
      expect(error.code).to.equal('NOT_SUPPORTED');
      expect(sent).to.have.length(0);
    });
  }

  it('adds the configured headers, from an object or from a function called per request', async () => {
    const fromObject = make(queue(empty()), { headers: { 'X-CSRF-Token': 'csrf-1' } });
    await fromObject.service.stationLogout({ reason: 'user' });
    expect(fromObject.sent[0].headers.get('x-csrf-token')).to.equal('csrf-1');
    let n = 0;
    const fromFunction = make(queue(empty()), { headers: () => ({ 'X-Request-Number': String(++n) }) });
    await fromFunction.service.stationLogout({ reason: 'user' });
    await fromFunction.service.stationLogout({ reason: 'user' });
    expect(fromFunction.sent.map((s) => s.headers.get('x-request-number'))).to.deep.equal(['1', '2']);
    expect(fromFunction.sent[0].headers.get('content-type'), 'the adapter sets the body type').to.equal('application/json');
  });

  for (const status of [204, 401, 404]) {
    it(`restores no session (null) when GET /session answers ${status}`, async () => {
      const { service } = make(queue(status === 204 ? empty() : json(status, { code: 'SESSION_EXPIRED' })));
      expect(await service.restoreSession()).to.equal(null);
    });
  }

  it('returns the validated profile, without fields the contract does not know', async () => {
    const { service } = make(queue(json(200, { ...PROFILE, internalNote: 'x', teams: [{ id: 't-1', name: 'Billing', secret: 1 }] })));
    const profile = await service.signIn({ email: 'ana@cc.example', password: PASSWORD });
    expect(profile).to.deep.equal(PROFILE);
  });
});

describe('createHttpService: HTTP status → error code', () => {
  type Op = 'signIn' | 'stationLogin' | 'connectCollaboration' | 'resetPassword' | 'requestPasswordReset';
  const call = (service: ReturnType<typeof make>['service'], op: Op) => {
    switch (op) {
      case 'signIn':
        return service.signIn({ email: 'ana@cc.example', password: PASSWORD });
      case 'stationLogin':
        return service.stationLogin({ teamId: 't-1', loginOption: 'AGENT_DN', dialNumber: '+14155550100' });
      case 'connectCollaboration':
        return service.connectCollaboration('msteams');
      case 'resetPassword':
        return service.resetPassword({ email: 'ana@cc.example', code: '000000', newPassword: PASSWORD });
      case 'requestPasswordReset':
        return service.requestPasswordReset('ana@cc.example');
    }
  };
  const cases: [Op, Response, string][] = [
    ['signIn', json(401, { code: 'INVALID_CREDENTIALS' }), 'INVALID_CREDENTIALS'],
    ['signIn', json(401), 'INVALID_CREDENTIALS'],
    ['stationLogin', json(401, { code: 'SESSION_EXPIRED' }), 'SESSION_EXPIRED'],
    ['connectCollaboration', json(401), 'SESSION_EXPIRED'],
    ['signIn', json(403, { code: 'ACCOUNT_LOCKED' }), 'ACCOUNT_LOCKED'],
    ['signIn', json(403, { code: 'NOT_AUTHORIZED' }), 'NOT_AUTHORIZED'],
    ['signIn', json(403), 'NOT_AUTHORIZED'],
    ['signIn', json(403, { code: 'DN_IN_USE' }), 'NOT_AUTHORIZED'],
    ['signIn', json(423), 'ACCOUNT_LOCKED'],
    ['stationLogin', json(409, { code: 'DN_IN_USE' }), 'DN_IN_USE'],
    ['stationLogin', json(409), 'DN_IN_USE'],
    ['stationLogin', json(409, { code: 42 }), 'DN_IN_USE'],
    ['stationLogin', json(422, { code: 'DN_INVALID' }), 'DN_INVALID'],
    ['stationLogin', json(422, { code: 'TEAM_INVALID' }), 'TEAM_INVALID'],
    ['stationLogin', json(422), 'UNKNOWN'],
    ['stationLogin', json(400, { code: 'TEAM_INVALID' }), 'TEAM_INVALID'],
    ['resetPassword', json(422, { code: 'INVALID_CODE' }), 'INVALID_CODE'],
    ['resetPassword', json(422), 'INVALID_CODE'],
    ['signIn', json(400, { code: 'BAD_REQUEST' }), 'UNKNOWN'],
    ['signIn', json(429, { code: 'UNAVAILABLE' }), 'UNAVAILABLE'],
    ['signIn', json(502), 'UNAVAILABLE'],
    ['signIn', json(503), 'UNAVAILABLE'],
    ['signIn', text(503, '<html>Service Unavailable</html>', 'text/html'), 'UNAVAILABLE'],
    ['stationLogin', json(500, { code: 'INTERNAL' }), 'UNKNOWN'],
    ['stationLogin', json(507), 'UNAVAILABLE'],
    ['stationLogin', json(504), 'TIMEOUT'],
    ['stationLogin', json(408), 'TIMEOUT'],
    ['stationLogin', json(418), 'UNKNOWN'],
    ['requestPasswordReset', json(404), 'NOT_SUPPORTED'],
    ['requestPasswordReset', json(405), 'NOT_SUPPORTED'],
    ['requestPasswordReset', json(501), 'NOT_SUPPORTED'],
  ];
  for (const [op, response, code] of cases) {
    const body = response.headers.get('content-type')?.includes('json') ? 'JSON' : 'HTML';
    it(`${op}: ${response.status} (${body} body) → ${code}`, async () => {
      const { service } = make(queue(response));
      const error = await rejection(call(service, op));
      expect(error).to.be.instanceOf(AgentServiceError);
      expect(error.code).to.equal(code);
    });
  }

  it('never copies the server message into the error', async () => {
    const { service } = make(queue(json(403, { code: 'ACCOUNT_LOCKED', message: 'user ana@cc.example locked by hunter2' })));
    const error = await rejection(service.signIn({ email: 'ana@cc.example', password: PASSWORD }));
    expect(error.message).not.to.contain('hunter2');
    expect(error.message).not.to.contain('ana@');
  });
});

describe('createHttpService: tracking IDs', () => {
  const signIn = (service: ReturnType<typeof make>['service']) => service.signIn({ email: 'ana@cc.example', password: PASSWORD });

  it('takes the X-Tracking-Id header', async () => {
    const { service } = make(queue(json(409, { code: 'DN_IN_USE' }, { 'X-Tracking-Id': 'trk-409' })));
    expect((await rejection(service.stationLogin({ teamId: 't-1' }))).trackingId).to.equal('trk-409');
  });

  it("falls back to the error body's trackingId", async () => {
    const { service } = make(queue(json(401, { code: 'INVALID_CREDENTIALS', trackingId: 'body-1' })));
    expect((await rejection(signIn(service))).trackingId).to.equal('body-1');
  });

  it('prefers the header to the body', async () => {
    const { service } = make(queue(json(401, { code: 'INVALID_CREDENTIALS', trackingId: 'body-1' }, { 'X-Tracking-Id': 'head-1' })));
    expect((await rejection(signIn(service))).trackingId).to.equal('head-1');
  });

  it('drops a tracking ID that does not look like one', async () => {
    const { service } = make(queue(json(503, { code: 'UNAVAILABLE', trackingId: '<img src=x>' }, { 'X-Tracking-Id': 'a b' })));
    expect((await rejection(signIn(service))).trackingId).to.equal(undefined);
  });

  it('keeps the tracking ID of a malformed answer', async () => {
    const { service } = make(queue(text(200, '{"agentId":', 'application/json', { 'X-Tracking-Id': 'trk-bad' })));
    const error = await rejection(signIn(service));
    expect(error.code).to.equal('BAD_RESPONSE');
    expect(error.trackingId).to.equal('trk-bad');
  });
});

describe('createHttpService: malformed answers', () => {
  const signInWith = (response: Response) => make(queue(response)).service.signIn({ email: 'ana@cc.example', password: PASSWORD });
  const loginWith = (response: Response) => make(queue(response)).service.stationLogin({ teamId: 't-1' });
  const restoreWith = (response: Response) => make(queue(response)).service.restoreSession();
  for (const [name, run] of [
    ['sign-in: truncated JSON', () => signInWith(text(200, '{"agentId":"a-1","teams":[', 'application/json'))],
    ['sign-in: an HTML page (a wrong baseUrl or a proxy)', () => signInWith(text(200, '<!doctype html><p>Hi', 'text/html'))],
    ['sign-in: JSON that is not a profile', () => signInWith(json(200, { ...PROFILE, loginOptions: ['PIGEON'] }))],
    ['sign-in: no body at all', () => signInWith(empty(200))],
    ['restore: a profile without teams', () => restoreWith(json(200, { ...PROFILE, teams: undefined }))],
    ['station login: broken JSON on a success', () => loginWith(text(200, '{"ok":', 'application/json'))],
    ['station login: HTML on a success', () => loginWith(text(200, '<html></html>', 'text/html'))],
  ] as const) {
    it(`turns ${name} into BAD_RESPONSE`, async () => {
      expect((await rejection(run())).code).to.equal('BAD_RESPONSE');
    });
  }

  it('accepts a success with an empty JSON object where no body is needed', async () => {
    await loginWith(json(200, {}));
    await loginWith(empty(204));
  });
});

describe('createHttpService: retries', () => {
  for (const [name, failure] of [
    ['503', () => json(503)],
    ['429', () => json(429)],
    ['502', () => text(502, 'Bad gateway', 'text/plain')],
    ['a network error', () => new TypeError('Failed to fetch')],
  ] as const) {
    it(`retries GET /session after ${name}, then succeeds`, async () => {
      const { service, sent } = make(queue(failure, failure, json(200, PROFILE)));
      expect(await service.restoreSession()).to.deep.equal(PROFILE);
      expect(sent).to.have.length(3);
      expect(sent.every((s) => s.method === 'GET')).to.equal(true);
    });
  }

  for (const retries of [0, 1, 4]) {
    it(`makes ${retries + 1} attempt(s) with retries: ${retries}, then reports the last error`, async () => {
      const { service, sent } = make(queue(json(503, { code: 'UNAVAILABLE' })), { retries });
      expect((await rejection(service.restoreSession())).code).to.equal('UNAVAILABLE');
      expect(sent).to.have.length(retries + 1);
    });
  }

  it('reports NETWORK when every attempt fails to reach the server', async () => {
    const { service, sent } = make(queue(() => new TypeError('Failed to fetch')));
    expect((await rejection(service.restoreSession())).code).to.equal('NETWORK');
    expect(sent).to.have.length(3);
  });

  it('does not retry what a retry cannot fix (500, 401, 403)', async () => {
    for (const status of [500, 403]) {
      const { service, sent } = make(queue(json(status)));
      await rejection(service.restoreSession());
      expect(sent, `status ${status}`).to.have.length(1);
    }
    const { service, sent } = make(queue(json(401)));
    expect(await service.restoreSession()).to.equal(null);
    expect(sent).to.have.length(1);
  });

  const unsafe: [string, (s: ReturnType<typeof make>['service']) => Promise<unknown>][] = [
    ['sign-in', (s) => s.signIn({ email: 'ana@cc.example', password: PASSWORD })],
    ['station login', (s) => s.stationLogin({ teamId: 't-1' })],
    ['station logout', (s) => s.stationLogout({ reason: 'user' })],
    ['the reset-code request', (s) => s.requestPasswordReset('ana@cc.example')],
    ['the password reset', (s) => s.resetPassword({ email: 'ana@cc.example', code: '123456', newPassword: PASSWORD })],
    ['a collaboration sign-in', (s) => s.connectCollaboration('msteams')],
  ];
  for (const [name, run] of unsafe) {
    it(`never sends ${name} twice (503 or network error)`, async () => {
      const unavailable = make(queue(json(503, undefined, { 'Retry-After': '0' })), { retries: 5 });
      expect((await rejection(run(unavailable.service))).code).to.equal('UNAVAILABLE');
      expect(unavailable.sent).to.have.length(1);
      const offline = make(queue(() => new TypeError('Failed to fetch')), { retries: 5 });
      expect((await rejection(run(offline.service))).code).to.equal('NETWORK');
      expect(offline.sent).to.have.length(1);
    });
  }

  it('waits as long as Retry-After says before retrying', async () => {
    const { service, sent } = make(queue(json(503, undefined, { 'Retry-After': '1' }), json(200, PROFILE)), { maxRetryDelayMs: 5000 });
    await service.restoreSession();
    expect(sent).to.have.length(2);
    expect(sent[1].at - sent[0].at).to.be.at.least(950);
  });

  it('reads Retry-After as an HTTP date too', async () => {
    const past = new Date(Date.now() - 60_000).toUTCString();
    const { service, sent } = make(queue(json(429, undefined, { 'Retry-After': past }), json(200, PROFILE)), { retryDelayMs: 60_000, maxRetryDelayMs: 60_000 });
    await service.restoreSession();
    expect(sent).to.have.length(2);
  });

  it('gives up at once when Retry-After asks for longer than maxRetryDelayMs', async () => {
    const { service, sent } = make(queue(json(503, { code: 'UNAVAILABLE' }, { 'Retry-After': '120', 'X-Tracking-Id': 'trk-later' })));
    const error = await rejection(service.restoreSession());
    expect(error.code).to.equal('UNAVAILABLE');
    expect(error.trackingId).to.equal('trk-later');
    expect(sent).to.have.length(1);
  });
});

describe('createHttpService: deadlines and aborts', () => {
  it('rejects with TIMEOUT when the server does not answer in time, and aborts the request', async () => {
    const { service, sent } = make(hang, { timeoutMs: 40 });
    const error = await rejection(service.stationLogin({ teamId: 't-1' }));
    expect(error.code).to.equal('TIMEOUT');
    expect(sent[0].init.signal!.aborted).to.equal(true);
  });

  it('counts retries against the same deadline', async () => {
    const { service, sent } = make(queue(json(503, undefined, { 'Retry-After': '0' }), hang), { timeoutMs: 60, retries: 5 });
    expect((await rejection(service.restoreSession())).code).to.equal('TIMEOUT');
    expect(sent).to.have.length(2);
  });

  it("rejects with an AbortError when the caller aborts, not with TIMEOUT", async () => {
    const { service, sent } = make(hang);
    const controller = new AbortController();
    const pending = service.signIn({ email: 'ana@cc.example', password: PASSWORD }, controller.signal);
    await until(() => sent.length === 1, 'the request');
    controller.abort();
    const error = await rejection(pending);
    expect(error.name).to.equal('AbortError');
    expect(toAgentError(error).code).to.equal('ABORTED');
    expect(sent[0].init.signal!.aborted).to.equal(true);
  });

  it('stops retrying as soon as the caller aborts during the backoff', async () => {
    const { service, sent } = make(queue(json(503)), { retryDelayMs: 5000, maxRetryDelayMs: 5000 });
    const controller = new AbortController();
    const pending = service.restoreSession(controller.signal);
    await until(() => sent.length === 1, 'the first attempt');
    controller.abort();
    expect((await rejection(pending)).name).to.equal('AbortError');
    await aTimeout(20);
    expect(sent).to.have.length(1);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const { service, sent } = make(queue(json(200, PROFILE)));
    const error = await rejection(service.signIn({ email: 'ana@cc.example', password: PASSWORD }, AbortSignal.abort()));
    expect(error.name).to.equal('AbortError');
    expect(sent).to.have.length(0);
  });
});

describe('createHttpService: session events', () => {
  const signedIn = (rest?: (s: Sent) => Reply) => (s: Sent): Reply => {
    if (s.url.endsWith('/session') && s.method === 'POST') return json(200, PROFILE);
    return rest ? rest(s) : empty();
  };
  const eventsSent = (sent: Sent[]) => sent.filter((s) => s.url.endsWith('/events'));

  function listen(service: ReturnType<typeof make>['service']) {
    const received: ServiceEvent[] = [];
    const stop = service.subscribe((e) => received.push(e));
    return { received, stop };
  }

  it('opens the stream only while signed in, and closes it on station logout', async () => {
    const stream = eventStream();
    const { service, sent } = make(withEvents([stream], signedIn()));
    listen(service);
    await aTimeout(20);
    expect(eventsSent(sent), 'no session yet').to.have.length(0);
    await service.signIn({ email: 'ana@cc.example', password: PASSWORD });
    await until(() => eventsSent(sent).length === 1, 'the stream');
    const request = eventsSent(sent)[0];
    expect(request.method).to.equal('GET');
    expect(request.url).to.equal(`${BASE}/events`);
    expect(request.headers.get('accept')).to.equal('text/event-stream');
    expect(request.init.credentials).to.equal('include');
    await service.stationLogout({ reason: 'user' });
    await until(() => stream.state.cancelled, 'the stream to close');
    await aTimeout(20);
    expect(eventsSent(sent)).to.have.length(1);
  });

  it('delivers each event however the stream splits it, and ignores what is not a ServiceEvent', async () => {
    const stream = eventStream();
    const { service, sent } = make(withEvents([stream], signedIn()));
    const { received } = listen(service);
    await service.signIn({ email: 'ana@cc.example', password: PASSWORD });
    await until(() => eventsSent(sent).length === 1, 'the stream');
    stream.send(': agent events\nid: 0\n\ndata: {"type":"rona",');
    stream.send('"trackingId":"r-1"}\r');
    stream.send('\n\r\n: keep-alive\n\n');
    stream.send('data: {"type":"degraded",\ndata: "features":["Chat"]}\n\n');
    stream.send('event: audit\ndata: {"type":"restored"}\n\n');
    stream.send('data: not json\n\ndata: {"type":"pigeon"}\n\n');
    stream.send('data:{"type":"restored"}\r\rdata: {"type":"session-conflict","trackingId":"c-1"}\n\n');
    await until(() => received.length === 4, 'four events');
    expect(received).to.deep.equal([
      { type: 'rona', trackingId: 'r-1' },
      { type: 'degraded', features: ['Chat'] },
      { type: 'restored' },
      { type: 'session-conflict', trackingId: 'c-1' },
    ]);
  });

  it('reconnects after a drop with Last-Event-ID, and shows nothing when it is back at once', async () => {
    const first = eventStream();
    const second = eventStream();
    const { service, sent } = make(withEvents([first, second], signedIn()));
    const { received } = listen(service);
    await service.signIn({ email: 'ana@cc.example', password: PASSWORD });
    await until(() => eventsSent(sent).length === 1, 'the stream');
    first.send('id: 7\ndata: {"type":"rona","trackingId":"r-7"}\n\n');
    await until(() => received.length === 1, 'the first event');
    first.end();
    await until(() => eventsSent(sent).length === 2, 'the reconnection');
    expect(eventsSent(sent)[1].headers.get('last-event-id')).to.equal('7');
    second.send('id: 8\ndata: {"type":"rona","trackingId":"r-8"}\n\n');
    await until(() => received.length === 2, 'an event on the new stream');
    expect(received.map((e) => e.type)).to.deep.equal(['rona', 'rona']);
  });

  it('reports degraded while the stream cannot be re-opened, and restored once it is back', async () => {
    const first = eventStream();
    const second = eventStream();
    const { service, sent } = make(withEvents([first, json(503), text(502, 'Bad gateway', 'text/plain'), second], signedIn()));
    const { received } = listen(service);
    await service.signIn({ email: 'ana@cc.example', password: PASSWORD });
    await until(() => eventsSent(sent).length === 1, 'the stream');
    first.fail();
    await until(() => received.some((e) => e.type === 'restored'), 'restored');
    expect(received).to.deep.equal([{ type: 'degraded', features: [] }, { type: 'restored' }]);
    expect(eventsSent(sent)).to.have.length(4);
    second.send('data: {"type":"rona"}\n\n');
    await until(() => received.length === 3, 'an event after the recovery');
  });

  it('treats a stream that is not an event stream as a failure', async () => {
    const good = eventStream();
    const { service, sent } = make(withEvents([text(200, '<html></html>', 'text/html'), good], signedIn()));
    const { received } = listen(service);
    await service.signIn({ email: 'ana@cc.example', password: PASSWORD });
    await until(() => eventsSent(sent).length === 2, 'the second attempt');
    await until(() => received.length === 2, 'degraded then restored');
    expect(received.map((e) => e.type)).to.deep.equal(['degraded', 'restored']);
  });

  it('ends the session with session-expired when the stream answers 401, and does not reconnect', async () => {
    const { service, sent } = make(withEvents([json(401, { code: 'SESSION_EXPIRED' })], signedIn()));
    const { received } = listen(service);
    await service.signIn({ email: 'ana@cc.example', password: PASSWORD });
    await until(() => received.length === 1, 'session-expired');
    expect(received).to.deep.equal([{ type: 'session-expired' }]);
    await aTimeout(50);
    expect(eventsSent(sent)).to.have.length(1);
  });

  it('stops quietly when the backend offers no event stream (404)', async () => {
    const { service, sent } = make(withEvents([json(404)], signedIn()));
    const { received } = listen(service);
    await service.signIn({ email: 'ana@cc.example', password: PASSWORD });
    await until(() => eventsSent(sent).length === 1, 'the attempt');
    await aTimeout(50);
    expect(eventsSent(sent)).to.have.length(1);
    expect(received).to.deep.equal([]);
  });

  it('stops listening after a pushed session-expired', async () => {
    const stream = eventStream();
    const { service, sent } = make(withEvents([stream], signedIn()));
    const { received } = listen(service);
    await service.signIn({ email: 'ana@cc.example', password: PASSWORD });
    await until(() => eventsSent(sent).length === 1, 'the stream');
    stream.send('data: {"type":"session-expired"}\n\n');
    await until(() => stream.state.cancelled, 'the stream to close');
    expect(received).to.deep.equal([{ type: 'session-expired' }]);
    await aTimeout(50);
    expect(eventsSent(sent)).to.have.length(1);
  });

  it('tells the widget the session is over when a call answers 401, before the call rejects', async () => {
    const stream = eventStream();
    const route = signedIn((s) => (s.url.endsWith('/station/login') ? json(401, { code: 'SESSION_EXPIRED' }) : empty()));
    const { service, sent } = make(withEvents([stream], route));
    const { received } = listen(service);
    await service.signIn({ email: 'ana@cc.example', password: PASSWORD });
    await until(() => eventsSent(sent).length === 1, 'the stream');
    let seenAtRejection: ServiceEvent[] = [];
    const error = await rejection(service.stationLogin({ teamId: 't-1' }).catch((e) => {
      seenAtRejection = [...received];
      throw e;
    }));
    expect(error.code).to.equal('SESSION_EXPIRED');
    expect(seenAtRejection).to.deep.equal([{ type: 'session-expired' }]);
    await until(() => stream.state.cancelled, 'the stream to close');
  });

  it('treats a 401 on station logout as already signed out', async () => {
    const { service } = make(withEvents([eventStream()], signedIn(() => json(401, { code: 'SESSION_EXPIRED' }))));
    const { received } = listen(service);
    await service.signIn({ email: 'ana@cc.example', password: PASSWORD });
    await service.stationLogout({ reason: 'user' });
    expect(received).to.deep.equal([]);
  });

  it('closes the stream when the last listener leaves, and reopens it for a new one', async () => {
    const first = eventStream();
    const second = eventStream();
    const { service, sent } = make(withEvents([first, second], signedIn()));
    const a = listen(service);
    const b = listen(service);
    await service.signIn({ email: 'ana@cc.example', password: PASSWORD });
    await until(() => eventsSent(sent).length === 1, 'the stream');
    a.stop();
    await aTimeout(20);
    expect(first.state.cancelled, 'one listener is left').to.equal(false);
    b.stop();
    await until(() => first.state.cancelled, 'the stream to close');
    listen(service);
    await until(() => eventsSent(sent).length === 2, 'a new stream');
  });

  it('keeps delivering to the other listeners when one throws', async () => {
    const stream = eventStream();
    const { service, sent } = make(withEvents([stream], signedIn()));
    const original = console.error;
    const logged: unknown[] = [];
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      service.subscribe(() => {
        throw new Error('listener bug');
      });
      const { received } = listen(service);
      await service.signIn({ email: 'ana@cc.example', password: PASSWORD });
      await until(() => eventsSent(sent).length === 1, 'the stream');
      stream.send('data: {"type":"restored"}\n\ndata: {"type":"rona"}\n\n');
      await until(() => received.length === 2, 'both events');
      expect(logged).to.have.length(2);
    } finally {
      console.error = original;
    }
  });

  it('opens the stream after a restored session, not after an absent one', async () => {
    const stream = eventStream();
    let live = false;
    const { service, sent } = make(withEvents([stream], () => (live ? json(200, PROFILE) : empty())));
    listen(service);
    expect(await service.restoreSession()).to.equal(null);
    await aTimeout(20);
    expect(eventsSent(sent)).to.have.length(0);
    live = true;
    await service.restoreSession();
    await until(() => eventsSent(sent).length === 1, 'the stream');
  });
});
