/**
 * An `AgentService` over HTTP: the REST contract written down in `api/openapi.yaml` (issue #7), so
 * a host with its own backend connects the widget with one line and no glue.
 *
 * What the adapter guarantees, whatever the server does:
 * - Every answer is validated (`parseProfile`, `parseServiceEvent`, an error-body schema): a
 *   malformed one is a `BAD_RESPONSE`, never an exception from deep inside the widget.
 * - Every call has a deadline (`timeoutMs`, retries included) combined with the caller's
 *   `AbortSignal`: the caller's abort rejects with an `AbortError`, the deadline with `TIMEOUT`.
 * - Only idempotent calls are retried (`GET /session`; the event stream reconnects on its own),
 *   with exponential backoff and jitter, on 429, 502, 503 and network errors, honouring
 *   `Retry-After`. Sign-in, password reset and station login are never sent twice.
 * - HTTP statuses map to the contract's error codes; the `X-Tracking-Id` header (or the error
 *   body's `trackingId`) becomes the error's `trackingId`. Server text is never kept.
 * - Credentials travel only in JSON request bodies, never in URLs; requests go only to the
 *   configured origin, follow no redirects (a redirected POST would replay the password
 *   elsewhere) and send the session cookie (`credentials: 'include'`).
 *
 * Session events arrive as Server-Sent Events from `GET /events`, read with `fetch` streaming
 * rather than `EventSource`: it sends the configured headers, uses the injected `fetch`, honours
 * `Retry-After`, and lets the adapter tell "no session" (401) from "server down". The stream runs
 * only while there is a session and at least one subscriber; it reconnects with backoff, resumes
 * with `Last-Event-ID`, and reports a stream that cannot be re-opened as a `degraded` event (then
 * `restored` once it is back).
 */
import * as z from 'zod/mini';
import type {
  AgentProfile,
  AgentService,
  Credentials,
  PasswordResetRequest,
  ServiceEvent,
  StationLoginRequest,
} from '../contract/agent-service.js';
import { AgentServiceError, type AgentErrorCode } from '../contract/errors.js';
import { parseProfile, parseServiceEvent } from '../contract/schemas.js';

/** Options of `createHttpService`. */
export interface HttpServiceOptions {
  /**
   * Where the API lives: absolute (`https://cc.example.com/api`) or relative to the page (`/api`).
   * Every request goes to this origin; a path prefix is kept (`/api` → `/api/session`).
   */
  baseUrl: string | URL;
  /** The `fetch` to use. Default: the global `fetch`. Inject one for tests or to add instrumentation. */
  fetch?: typeof globalThis.fetch;
  /** Extra headers on every request (a CSRF token, a tenant ID), or a function returning them per request. */
  headers?: HeadersInit | (() => HeadersInit);
  /** Deadline of each call in milliseconds, retries included. Default `15000`. */
  timeoutMs?: number;
  /** How many times an idempotent call is retried after the first attempt. Default `2`. */
  retries?: number;
  /** First backoff delay in milliseconds; it doubles per attempt, with jitter. Default `300`. */
  retryDelayMs?: number;
  /** Longest wait between two attempts, and the longest `Retry-After` honoured. Default `10000`. */
  maxRetryDelayMs?: number;
}

/** The HTTP adapter implements every optional method of the contract. */
export type HttpService = Required<AgentService>;

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_RETRIES = 2;
const DEFAULT_RETRY_DELAY_MS = 300;
const DEFAULT_MAX_RETRY_DELAY_MS = 10_000;
/** The server sends a comment at least every 15 s: three missed heartbeats mean a dead stream. */
const STREAM_IDLE_MS = 45_000;
/** A stream that stayed open this long was healthy: the backoff starts over. */
const STREAM_HEALTHY_MS = 10_000;
/** An event line longer than this is not ours: the stream is dropped rather than buffered forever. */
const MAX_EVENT_CHARS = 1_000_000;

/** Statuses worth retrying for an idempotent call. */
const RETRYABLE = new Set([429, 502, 503]);
/** The events endpoint answers one of these when the backend has no event stream: stop quietly. */
const NO_STREAM = new Set([204, 403, 404, 405, 501]);

const TRACKING_ID = /^[\w.:-]{1,128}$/;
/** A collaboration provider id that is one safe path segment (never `.` or `..`). */
const PROVIDER = /^[A-Za-z0-9][\w.-]{0,63}$/;

type Operation =
  | 'signIn'
  | 'restoreSession'
  | 'requestPasswordReset'
  | 'resetPassword'
  | 'connectCollaboration'
  | 'stationLogin'
  | 'stationLogout';

/** Calls that need a live session: a 401 from one of them means the session is over. */
const SESSION_BOUND = new Set<Operation>(['connectCollaboration', 'stationLogin', 'stationLogout']);

/** An error body (`{ code, message?, trackingId? }`); anything else is ignored and the status decides. */
const ErrorBodySchema = z.object({
  code: z.string().check(z.maxLength(64)),
  message: z.optional(z.string().check(z.maxLength(2000))),
  trackingId: z.optional(z.string()),
});

interface Request {
  readonly op: Operation;
  readonly method: 'GET' | 'POST';
  /** Relative to the base URL, without a leading slash. */
  readonly path: string;
  readonly body?: unknown;
  readonly signal?: AbortSignal;
  /** Safe to send again: only these are retried. */
  readonly idempotent?: boolean;
  /** Statuses that mean "nothing" rather than an error (e.g. 204 from `GET /session`). */
  readonly none?: readonly number[];
}

interface Answer {
  /** The parsed JSON body; `undefined` when the body was empty or the status is in `none`. */
  readonly body: unknown;
  readonly none: boolean;
  readonly trackingId?: string;
}

type Outcome =
  | { kind: 'stopped' }
  | { kind: 'expired' }
  | { kind: 'closed' }
  | { kind: 'failed'; retryAfter?: number }
  | { kind: 'ended'; healthy: boolean };

const abortError = () => new DOMException('The operation was aborted.', 'AbortError');

const trackingOf = (value: unknown): string | undefined =>
  typeof value === 'string' && TRACKING_ID.test(value) ? value : undefined;

/** `Retry-After` in milliseconds (seconds or an HTTP date); `undefined` when absent or unreadable. */
function retryAfterMs(value: string | null): number | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

const isJson = (contentType: string | null) => !!contentType && /^application\/(?:[\w.+-]*\+)?json\b/i.test(contentType.trim());

const isEventStream = (contentType: string | null) => !!contentType && /^text\/event-stream\b/i.test(contentType.trim());

/** Resolves after `ms`, or as soon as `signal` aborts (the caller then checks why). */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/** The error code an HTTP status means for this call; `bodyCode` is used where the status allows it. */
function codeFor(status: number, op: Operation, bodyCode: string | undefined): AgentErrorCode {
  const body = (...accepted: AgentErrorCode[]) =>
    bodyCode !== undefined && (accepted as string[]).includes(bodyCode) ? (bodyCode as AgentErrorCode) : undefined;
  switch (status) {
    case 400:
      return body('DN_INVALID', 'TEAM_INVALID', 'INVALID_CODE') ?? 'UNKNOWN';
    case 401:
      return op === 'signIn' ? (body('ACCOUNT_LOCKED') ?? 'INVALID_CREDENTIALS') : 'SESSION_EXPIRED';
    case 403:
      return body('ACCOUNT_LOCKED', 'NOT_AUTHORIZED') ?? 'NOT_AUTHORIZED';
    case 404:
    case 405:
    case 501:
      return 'NOT_SUPPORTED';
    case 408:
    case 504:
      return 'TIMEOUT';
    case 409:
      return body('DN_IN_USE', 'DN_INVALID', 'TEAM_INVALID') ?? (op === 'stationLogin' ? 'DN_IN_USE' : 'UNKNOWN');
    case 422:
      return (
        body('DN_INVALID', 'DN_IN_USE', 'TEAM_INVALID', 'INVALID_CODE', 'INVALID_CREDENTIALS') ??
        (op === 'resetPassword' ? 'INVALID_CODE' : 'UNKNOWN')
      );
    case 423:
      return 'ACCOUNT_LOCKED';
    case 429:
    case 502:
    case 503:
      return 'UNAVAILABLE';
    case 500:
      return 'UNKNOWN';
  }
  return status >= 500 ? 'UNAVAILABLE' : 'UNKNOWN';
}

/** The base URL, absolute and ending in `/`; a configuration mistake throws at once, for the developer. */
function resolveBase(baseUrl: string | URL): URL {
  const page = globalThis.location?.href;
  let url: URL;
  try {
    url = new URL(String(baseUrl), page);
  } catch {
    throw new TypeError(`createHttpService: baseUrl "${String(baseUrl)}" is not a URL${page ? '' : ' (outside a page it must be absolute)'}.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError('createHttpService: baseUrl must be http: or https:.');
  if (url.username || url.password) throw new TypeError('createHttpService: baseUrl must not carry credentials.');
  if (url.search || url.hash) throw new TypeError('createHttpService: baseUrl must not have a query or a fragment.');
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol === 'http:' && !loopback) {
    console.warn(`createHttpService: ${url.origin} is plain HTTP; passwords would cross the network unencrypted. Use https:.`);
  }
  return url;
}

/**
 * An incremental `text/event-stream` reader (the WHATWG "event stream interpretation"): lines end
 * in CR, LF or CRLF, even split across chunks; `data:` lines join with `\n`; an `id:` line sets the
 * last event ID even without data; comments (`:`) and `retry:` are skipped.
 */
class EventStreamParser {
  private buffer = '';
  private data: string[] = [];
  private type = '';
  private id: string | undefined;

  constructor(
    private readonly onMessage: (data: string, type: string) => void,
    private readonly onId: (id: string) => void,
  ) {}

  /** Feeds decoded text; `false` when a line grows past the limit (the stream is not ours). */
  push(chunk: string): boolean {
    this.buffer += chunk;
    let start = 0;
    for (let i = 0; i < this.buffer.length; i++) {
      const c = this.buffer[i];
      if (c !== '\n' && c !== '\r') continue;
      // A CR at the end of the chunk may be the first half of a CRLF: wait for the next chunk.
      if (c === '\r' && i === this.buffer.length - 1) break;
      this.line(this.buffer.slice(start, i));
      if (c === '\r' && this.buffer[i + 1] === '\n') i++;
      start = i + 1;
    }
    this.buffer = this.buffer.slice(start);
    return this.buffer.length <= MAX_EVENT_CHARS;
  }

  private line(line: string): void {
    if (line === '') return this.dispatch();
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') this.data.push(value);
    else if (field === 'event') this.type = value;
    else if (field === 'id' && !value.includes('\0')) this.id = value;
  }

  private dispatch(): void {
    if (this.id !== undefined) this.onId(this.id);
    this.id = undefined;
    const data = this.data;
    const type = this.type || 'message';
    this.data = [];
    this.type = '';
    if (data.length > 0) this.onMessage(data.join('\n'), type);
  }
}

class HttpAgentService implements HttpService {
  /** Agents sign in here with an email and a password. */
  readonly credentials = true;

  private readonly base: URL;
  private readonly fetchImpl: typeof globalThis.fetch;
  private readonly headers?: HeadersInit | (() => HeadersInit);
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly retryDelayMs: number;
  private readonly maxRetryDelayMs: number;
  private readonly listeners = new Set<(event: ServiceEvent) => void>();
  /** A session is believed live: set by sign-in and restore, cleared by logout and 401s. */
  private session = false;
  /** Stops the running event stream, if any. */
  private stream: AbortController | null = null;

  constructor(options: HttpServiceOptions) {
    this.base = resolveBase(options.baseUrl);
    const injected = options.fetch;
    // Called as a plain function: the global fetch throws "Illegal invocation" when detached.
    this.fetchImpl = injected ?? ((input, init) => globalThis.fetch(input, init));
    this.headers = options.headers;
    const nonNegative = (value: number | undefined, fallback: number) =>
      typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
    this.timeoutMs = nonNegative(options.timeoutMs, DEFAULT_TIMEOUT_MS) || DEFAULT_TIMEOUT_MS;
    this.retries = Math.floor(nonNegative(options.retries, DEFAULT_RETRIES));
    this.retryDelayMs = nonNegative(options.retryDelayMs, DEFAULT_RETRY_DELAY_MS);
    this.maxRetryDelayMs = nonNegative(options.maxRetryDelayMs, DEFAULT_MAX_RETRY_DELAY_MS);
  }

  async signIn(credentials: Credentials, signal?: AbortSignal): Promise<AgentProfile> {
    const answer = await this.send({
      op: 'signIn',
      method: 'POST',
      path: 'session',
      body: { email: credentials.email, password: credentials.password },
      signal,
    });
    const profile = this.profile(answer);
    this.setSession(true);
    return profile;
  }

  async restoreSession(signal?: AbortSignal): Promise<AgentProfile | null> {
    // 401 too: an expired cookie is simply no session to restore.
    const answer = await this.send({ op: 'restoreSession', method: 'GET', path: 'session', signal, idempotent: true, none: [204, 401, 404] });
    if (answer.none) {
      this.setSession(false);
      return null;
    }
    const profile = this.profile(answer);
    this.setSession(true);
    return profile;
  }

  async requestPasswordReset(email: string, signal?: AbortSignal): Promise<void> {
    await this.send({ op: 'requestPasswordReset', method: 'POST', path: 'password-reset', body: { email }, signal });
  }

  async resetPassword(request: PasswordResetRequest, signal?: AbortSignal): Promise<void> {
    const { email, code, newPassword } = request;
    await this.send({ op: 'resetPassword', method: 'POST', path: 'password-reset/confirm', body: { email, code, newPassword }, signal });
  }

  async connectCollaboration(provider: string, signal?: AbortSignal): Promise<void> {
    if (!PROVIDER.test(provider)) throw new AgentServiceError('NOT_SUPPORTED', { message: 'The collaboration provider id is not a valid path segment.' });
    await this.send({ op: 'connectCollaboration', method: 'POST', path: `collaboration/${encodeURIComponent(provider)}`, body: {}, signal });
  }

  async stationLogin(request: StationLoginRequest, signal?: AbortSignal): Promise<void> {
    const { teamId, loginOption, dialNumber } = request;
    const body = { teamId, ...(loginOption ? { loginOption } : {}), ...(dialNumber ? { dialNumber } : {}) };
    await this.send({ op: 'stationLogin', method: 'POST', path: 'station/login', body, signal });
  }

  async stationLogout(request: { reason: string }, signal?: AbortSignal): Promise<void> {
    // A 401 means the session is already over, which is what the agent asked for.
    await this.send({ op: 'stationLogout', method: 'POST', path: 'station/logout', body: { reason: request.reason }, signal, none: [401] });
    this.setSession(false);
  }

  subscribe(listener: (event: ServiceEvent) => void): () => void {
    this.listeners.add(listener);
    this.syncStream();
    return () => {
      this.listeners.delete(listener);
      this.syncStream();
    };
  }

  // ——— requests ———

  /** One call: deadline, retries for idempotent requests, status mapping, body validation. */
  private async send(request: Request): Promise<Answer> {
    const caller = request.signal;
    if (caller?.aborted) throw abortError();
    const deadline = AbortSignal.timeout(this.timeoutMs);
    const signal = caller ? AbortSignal.any([caller, deadline]) : deadline;
    const stopped = (): Error | null => {
      if (caller?.aborted) return abortError();
      if (deadline.aborted) return new AgentServiceError('TIMEOUT', { message: `No answer within ${this.timeoutMs} ms.` });
      return null;
    };
    const url = this.url(request.path);
    const init: RequestInit = {
      method: request.method,
      headers: this.headersFor(request.body !== undefined, 'application/json'),
      credentials: 'include',
      redirect: 'error',
      cache: 'no-store',
      signal,
      ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}),
    };
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await this.fetchImpl(url, init);
      } catch {
        const why = stopped();
        if (why) throw why;
        if (request.idempotent && attempt < this.retries) {
          await pause(this.backoff(attempt), signal);
          const after = stopped();
          if (after) throw after;
          continue;
        }
        throw new AgentServiceError('NETWORK', { message: `${request.method} ${request.op}: the request did not reach the server.` });
      }
      const trackingId = trackingOf(response.headers.get('x-tracking-id'));
      if (request.idempotent && attempt < this.retries && RETRYABLE.has(response.status)) {
        const wait = retryAfterMs(response.headers.get('retry-after')) ?? this.backoff(attempt);
        if (wait <= this.maxRetryDelayMs) {
          response.body?.cancel().catch(() => undefined);
          await pause(wait, signal);
          const why = stopped();
          if (why) throw why;
          continue;
        }
      }
      let text: string;
      try {
        text = await response.text();
      } catch {
        const why = stopped();
        if (why) throw why;
        throw new AgentServiceError('NETWORK', { trackingId, message: 'The answer was cut off.' });
      }
      return this.answer(request, response, text, trackingId);
    }
  }

  /** A finished exchange: the body of a success, or the mapped error. */
  private answer(request: Request, response: Response, text: string, headerTrackingId?: string): Answer {
    const { status } = response;
    const contentType = response.headers.get('content-type');
    if (request.none?.includes(status)) return { body: undefined, none: true, ...(headerTrackingId ? { trackingId: headerTrackingId } : {}) };
    if (response.ok) {
      if (text.trim() === '') return { body: undefined, none: false, trackingId: headerTrackingId };
      // A success with a body must be JSON: an HTML page here is a proxy or a wrong baseUrl, not a success.
      let body: unknown;
      try {
        if (!isJson(contentType)) throw new TypeError('not JSON');
        body = JSON.parse(text);
      } catch {
        throw new AgentServiceError('BAD_RESPONSE', { trackingId: headerTrackingId, message: `${request.op}: the answer is not JSON.` });
      }
      return { body, none: false, trackingId: headerTrackingId };
    }
    let parsed: z.infer<typeof ErrorBodySchema> | undefined;
    if (isJson(contentType)) {
      try {
        const result = ErrorBodySchema.safeParse(JSON.parse(text));
        if (result.success) parsed = result.data;
      } catch {
        // An unreadable error body: the status alone decides.
      }
    }
    const code = codeFor(status, request.op, parsed?.code);
    if (code === 'SESSION_EXPIRED' && SESSION_BOUND.has(request.op)) this.expire();
    throw new AgentServiceError(code, {
      trackingId: headerTrackingId ?? trackingOf(parsed?.trackingId),
      message: `${request.op}: HTTP ${status}.`,
    });
  }

  private profile(answer: Answer): AgentProfile {
    try {
      return parseProfile(answer.body);
    } catch {
      throw new AgentServiceError('BAD_RESPONSE', { trackingId: answer.trackingId, message: 'The agent profile failed validation.' });
    }
  }

  /** An absolute URL under the base; anything that would leave its origin is refused. */
  private url(path: string): string {
    const url = new URL(path, this.base);
    if (url.origin !== this.base.origin || !url.pathname.startsWith(this.base.pathname)) {
      throw new AgentServiceError('NOT_SUPPORTED', { message: 'Refusing a URL outside the configured base.' });
    }
    return url.href;
  }

  private headersFor(hasBody: boolean, accept: string): Headers {
    const headers = new Headers(typeof this.headers === 'function' ? this.headers() : this.headers);
    headers.set('Accept', accept);
    if (hasBody) headers.set('Content-Type', 'application/json');
    return headers;
  }

  /** Exponential backoff with "equal jitter": half the delay fixed, half random. */
  private backoff(attempt: number): number {
    const delay = Math.min(this.maxRetryDelayMs, this.retryDelayMs * 2 ** Math.min(attempt, 30));
    return delay / 2 + (Math.random() * delay) / 2;
  }

  // ——— session and events ———

  private setSession(active: boolean): void {
    this.session = active;
    this.syncStream();
  }

  /** The server said the session is gone: stop listening and tell the widget. */
  private expire(): void {
    if (!this.session) return;
    this.setSession(false);
    this.dispatch({ type: 'session-expired' });
  }

  private dispatch(event: ServiceEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(structuredClone(event));
      } catch (error) {
        // One faulty listener must not starve the others, nor kill the stream; the error still surfaces.
        console.error('http-service: a ServiceEvent listener threw', error);
      }
    }
  }

  /** The stream runs while there is a session and somebody listens. */
  private syncStream(): void {
    const wanted = this.session && this.listeners.size > 0;
    if (wanted && !this.stream) {
      const stop = new AbortController();
      this.stream = stop;
      void this.runStream(stop.signal).finally(() => {
        if (this.stream === stop) this.stream = null;
      });
    } else if (!wanted && this.stream) {
      this.stream.abort();
      this.stream = null;
    }
  }

  private async runStream(stop: AbortSignal): Promise<void> {
    const state = { lastEventId: '', degraded: false };
    let unhealthy = 0;
    while (!stop.aborted) {
      const outcome = await this.connect(stop, state);
      if (stop.aborted || outcome.kind === 'stopped') return;
      if (outcome.kind === 'expired') return this.expire();
      if (outcome.kind === 'closed') return;
      let wait: number | undefined;
      if (outcome.kind === 'failed') {
        unhealthy++;
        if (!state.degraded) {
          state.degraded = true;
          this.dispatch({ type: 'degraded', features: [] });
        }
        if (outcome.retryAfter !== undefined && outcome.retryAfter <= this.maxRetryDelayMs) wait = outcome.retryAfter;
      } else {
        unhealthy = outcome.healthy ? 0 : unhealthy + 1;
      }
      await pause(wait ?? this.backoff(unhealthy), stop);
    }
  }

  /** One connection of the event stream, from request to drop. */
  private async connect(stop: AbortSignal, state: { lastEventId: string; degraded: boolean }): Promise<Outcome> {
    const attempt = new AbortController();
    const abort = () => attempt.abort();
    stop.addEventListener('abort', abort, { once: true });
    // Until the headers arrive the deadline is `timeoutMs`; afterwards it is the heartbeat watchdog.
    let timer = setTimeout(abort, this.timeoutMs);
    const arm = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(abort, ms);
    };
    let openedAt = 0;
    try {
      const headers = this.headersFor(false, 'text/event-stream');
      if (state.lastEventId) headers.set('Last-Event-ID', state.lastEventId);
      let response: Response;
      try {
        response = await this.fetchImpl(this.url('events'), {
          method: 'GET',
          headers,
          credentials: 'include',
          redirect: 'error',
          cache: 'no-store',
          signal: attempt.signal,
        });
      } catch {
        return stop.aborted ? { kind: 'stopped' } : { kind: 'failed' };
      }
      const body = response.body;
      if (response.status === 401) {
        body?.cancel().catch(() => undefined);
        return { kind: 'expired' };
      }
      if (NO_STREAM.has(response.status)) {
        body?.cancel().catch(() => undefined);
        return { kind: 'closed' };
      }
      if (!response.ok || !isEventStream(response.headers.get('content-type')) || !body) {
        body?.cancel().catch(() => undefined);
        const retryAfter = retryAfterMs(response.headers.get('retry-after'));
        return { kind: 'failed', ...(retryAfter !== undefined ? { retryAfter } : {}) };
      }
      openedAt = Date.now();
      arm(STREAM_IDLE_MS);
      if (state.degraded) {
        state.degraded = false;
        this.dispatch({ type: 'restored' });
      }
      const reader = body.pipeThrough(new TextDecoderStream()).getReader();
      // An aborted fetch errors a real body, but an injected one may not: cancel the reader too.
      attempt.signal.addEventListener('abort', () => void reader.cancel().catch(() => undefined), { once: true });
      const parser = new EventStreamParser(
        (data, type) => this.onMessage(data, type),
        (id) => (state.lastEventId = id),
      );
      for (;;) {
        const { value, done } = await reader.read();
        if (done || stop.aborted || !this.session) break;
        arm(STREAM_IDLE_MS);
        if (!parser.push(value)) {
          void reader.cancel().catch(() => undefined);
          break;
        }
      }
    } catch {
      // A network drop mid-stream: handled like the end of the stream below.
    } finally {
      clearTimeout(timer);
      stop.removeEventListener('abort', abort);
    }
    if (stop.aborted) return { kind: 'stopped' };
    return openedAt ? { kind: 'ended', healthy: Date.now() - openedAt >= STREAM_HEALTHY_MS } : { kind: 'failed' };
  }

  private onMessage(data: string, type: string): void {
    if (type !== 'message') return;
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      return;
    }
    // Malformed or unknown events are ignored, never thrown (the contract of `parseServiceEvent`).
    const event = parseServiceEvent(json);
    if (!event) return;
    if (event.type === 'session-expired') {
      if (!this.session) return;
      this.setSession(false);
    }
    this.dispatch(event);
  }
}

/**
 * Creates an `AgentService` that talks to a backend implementing the REST contract in
 * `api/openapi.yaml` (the reference server in `server/reference-server.mjs` is one).
 *
 * ```ts
 * import { createHttpService } from 'agent-login-elements';
 * document.querySelector('agent-login')!.service = createHttpService({ baseUrl: '/api' });
 * ```
 *
 * @throws TypeError when `baseUrl` is not an http(s) URL, carries credentials, a query or a fragment.
 */
export function createHttpService(options: HttpServiceOptions): HttpService {
  return new HttpAgentService(options);
}
