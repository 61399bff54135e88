// @ts-check
/**
 * The reference server of the REST contract in `api/openapi.yaml` (issue #7): Node only, no
 * dependencies. It is what `npm start` runs (the demo page signs in over real HTTP) and what the
 * end-to-end tests drive, and it shows integrators a complete backend for `createHttpService`.
 *
 * Seeded from the same file as the embedded demo service (`src/adapters/demo-seed.json`): the same
 * agents, every password `demo1234`, reset code `123456`, dial number +14155550100 always in use and
 * +14155550111 never routable. State lives in memory, or in a JSON file (`dataFile`) so passwords
 * and sessions survive a restart; passwords are stored as scrypt hashes and session IDs as SHA-256.
 *
 * Security the contract relies on: the session is an HttpOnly, SameSite=Strict cookie; state-changing
 * requests must be JSON (`415` otherwise) from the same origin (`Origin`/`Sec-Fetch-Site` checked);
 * credentials are only ever read from request bodies; sign-in failures are throttled per email;
 * every response carries an `X-Tracking-Id` and no server text beyond `{ code, message }`.
 *
 * Demo and test controls live under `<prefix>/__*` (turn them off with `controls: false`):
 *
 *   GET    /__faults          the faults in force
 *   POST   /__faults          replace them: JSON body, or a query string (see `parseFaults`)
 *   DELETE /__faults          clear them
 *   POST   /__emit            push a ServiceEvent (JSON body) to the caller's session, else to all
 *   POST   /__reset           back to the seed: no sessions, start-up faults, original passwords
 *   GET    /__accounts        the seeded accounts: [{ email, description }]
 *   GET    /__log             the last 200 calls: [{ at, method, op, status, trackingId }] (no bodies)
 *
 * Faults, per operation (`signIn`, `restoreSession`, `requestPasswordReset`, `resetPassword`,
 * `connectCollaboration`, `stationLogin`, `stationLogout`, `events`, or `*` for all of them):
 *
 *   401 | 403 | 409 | 422 | 429 | 500 | 503 | ...   answer that status with `{ code, message }`
 *   { "status": 403, "code": "ACCOUNT_LOCKED", "retryAfter": 2, "times": 1 }
 *   "timeout"     never answer (the client gives up)      "malformed"  200 with broken JSON
 *   "network"     cut the connection mid-answer           "drop"       (events) end open streams
 *                 (logged with status -1)                               and drop new ones
 * plus `latencyMs` (every call), `conflictAfterMs` and `degradedAfterMs` (events pushed that long
 * after a station login). `times` limits a fault to the next N calls. Example:
 *
 *   curl -X POST 'http://127.0.0.1:8000/api/__faults?signIn=503&stationLogin=409:DN_IN_USE&latencyMs=300'
 *   curl -X POST http://127.0.0.1:8000/api/__faults -H 'Content-Type: application/json' \
 *        -d '{"events":"drop","restoreSession":{"status":503,"times":1}}'
 *
 * Command line (`npm start` runs it through scripts/serve-demo.mjs with the demo page):
 *
 *   node server/reference-server.mjs [--port 8000] [--host 127.0.0.1] [--data state.json]
 *                                    [--latency 300] [--static /=demo --static /dist/=dist] [--no-controls]
 *                                    [--cors-origin http://localhost:5173]
 *
 * `--cors-origin` (option `corsOrigin`) lets a page on exactly that origin call the API with the
 * session cookie (credentials-mode CORS, preflight answered). The cookie stays SameSite=Strict, so
 * the page and the API must be same-site (e.g. localhost:5173 and localhost:8000).
 */
import { Buffer } from 'node:buffer';
import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { createReadStream, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import process from 'node:process';
import { clearInterval, clearTimeout, setInterval, setTimeout } from 'node:timers';
import { fileURLToPath, pathToFileURL, URL } from 'node:url';
import { parseArgs } from 'node:util';
import console from 'node:console';

// ——— seed (src/adapters/demo-seed.json, shared with the embedded demo service) ———

/**
 * @typedef {{ id: string, name: string }} Team
 * @typedef {{
 *   agentId: string, email: string, displayName: string, loginOptions: string[], teams: Team[],
 *   defaultDialNumber?: string, dialNumberRestricted?: boolean, extensions?: string[], dialNumbers?: string[],
 *   defaultCountry?: string, collaboration?: { provider: string, label: string }[], e911Required?: boolean
 * }} Profile
 * @typedef {{ profile: Profile, description: string, locked?: boolean, failingProviders?: string[], generatedTeams?: number }} Seed
 * @typedef {{
 *   password: string, resetCode: string, dialNumberInUse: string, dialNumberInvalid: string,
 *   teamLists: Record<string, Team[]>,
 *   generatedTeamNames: { areas: string[], places: string[], tiers: string[] },
 *   accounts: (Omit<Seed, 'profile'> & { teams: string, profile: Omit<Profile, 'teams'> })[],
 * }} SeedFile
 */

/** @type {SeedFile} */
const SEED_FILE = JSON.parse(readFileSync(new URL('../src/adapters/demo-seed.json', import.meta.url), 'utf8'));

/** The password of every seeded account. */
export const SEED_PASSWORD = SEED_FILE.password;
/** The password-reset code the server accepts (it sends no email). */
export const RESET_CODE = SEED_FILE.resetCode;
/** A number always taken by another agent: station login answers 409 DN_IN_USE. */
export const DN_IN_USE = SEED_FILE.dialNumberInUse;
/** A number that can never take calls: station login answers 422 DN_INVALID. */
export const DN_INVALID = SEED_FILE.dialNumberInvalid;
/** The session cookie. */
export const SESSION_COOKIE = 'agent_session';

/** @param {string} id @param {string} name */
const team = (id, name) => ({ id, name });

/** The same generator as `generateDemoTeams`, so the 5,000-team agent sees the same list over HTTP. @param {number} count */
function generateTeams(count) {
  const { areas, places, tiers } = SEED_FILE.generatedTeamNames;
  const total = areas.length * places.length * tiers.length;
  const teams = [team('team-00001', 'Suporte Nível 2')];
  const stride = 7919;
  for (let i = 0; teams.length < count; i++) {
    const n = (i * stride) % total;
    const area = areas[n % areas.length];
    const place = places[Math.floor(n / areas.length) % places.length];
    const tier = tiers[Math.floor(n / (areas.length * places.length))];
    const round = Math.floor(i / total);
    teams.push(team(`team-${String(teams.length + 1).padStart(5, '0')}`, `${area} ${tier} · ${place}${round > 0 ? ` ${round + 1}` : ''}`));
  }
  return teams.slice(0, Math.max(0, count));
}

/** @type {readonly Seed[]} */
export const SEED = Object.freeze(
  SEED_FILE.accounts.map(({ teams, profile, ...rest }) => ({ ...rest, profile: { ...profile, teams: SEED_FILE.teamLists[teams] ?? [] } })),
);

// ——— small helpers ———

/** An error answer decided while handling a request: `{ code, message? }` with `status`. */
class Problem extends Error {
  /** @param {number} status @param {string} code @param {string} [detail] */
  constructor(status, code, detail) {
    super(detail ?? code);
    this.status = status;
    this.code = code;
    this.detail = detail;
  }
}

const OPERATIONS = /** @type {const} */ ([
  'signIn',
  'restoreSession',
  'requestPasswordReset',
  'resetPassword',
  'connectCollaboration',
  'stationLogin',
  'stationLogout',
  'events',
]);
/** @typedef {(typeof OPERATIONS)[number]} Operation */

const EVENT_TYPES = new Set(['session-expired', 'session-conflict', 'degraded', 'restored', 'rona']);
const LOGIN_OPTIONS = new Set(['BROWSER', 'EXTENSION', 'AGENT_DN']);
const E164 = /^\+[1-9]\d{6,14}$/;
const EXTENSION = /^\d{2,15}$/;
const MAX_BODY_BYTES = 64 * 1024;
const HEARTBEAT_MS = 15_000;
const EVENT_BUFFER = 100;
const LOG_SIZE = 200;
/** Failed sign-ins per email before 429, and the window they count in. */
const THROTTLE_FAILURES = 10;
const THROTTLE_WINDOW_MS = 15 * 60_000;

/** The host of an `Origin` header; `null` for `null` or anything unreadable (never equal to a Host). */
const hostOf = (/** @type {string} */ origin) => {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
};
const normalise = (/** @type {string} */ email) => email.trim().toLowerCase();
const hex = (/** @type {number} */ bytes) => randomBytes(bytes).toString('hex');
const newTrackingId = () => `ref-${hex(4)}`;
const sha256 = (/** @type {string} */ text) => createHash('sha256').update(text).digest('hex');

/**
 * @param {string} password
 * @param {Buffer} salt
 * @returns {Promise<Buffer>}
 */
const hashPassword = (password, salt) =>
  new Promise((done, fail) => scrypt(password, salt, 32, (error, key) => (error ? fail(error) : done(key))));

/** @param {import('node:http').IncomingMessage} req */
function cookies(req) {
  /** @type {Record<string, string>} */
  const jar = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) jar[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return jar;
}

/**
 * The request body as JSON (at most 64 KB). Throws `{ status, code }` for the caller to answer.
 * @param {import('node:http').IncomingMessage} req
 * @returns {Promise<unknown>}
 */
async function readJson(req) {
  const type = String(req.headers['content-type'] ?? '');
  if (!/^application\/json\b/i.test(type)) throw new Problem(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send JSON (Content-Type: application/json).');
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new Problem(413, 'TOO_LARGE');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    throw new Problem(400, 'BAD_REQUEST', 'The body is not JSON.');
  }
}

/** @param {unknown} value @param {number} max */
const isText = (value, max) => typeof value === 'string' && value.length > 0 && value.length <= max;

/** @param {unknown} value @returns {value is Record<string, unknown>} */
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

// ——— faults ———

/**
 * @typedef {{ status: number, code?: string, retryAfter?: number, times?: number }
 *   | { mode: 'timeout' | 'malformed' | 'network' | 'drop', times?: number }} Fault
 * @typedef {{ latencyMs: number, conflictAfterMs?: number, degradedAfterMs?: number, ops: Partial<Record<Operation | '*', Fault>> }} Faults
 */

const MODES = new Set(['timeout', 'malformed', 'network', 'drop']);

/** @returns {Faults} */
const noFaults = () => ({ latencyMs: 0, ops: {} });

/**
 * One fault from JSON (`503`, `"timeout"`, `{ status, code?, retryAfter?, times? }`) or from a query
 * value (`503`, `409:DN_IN_USE`, `timeout`). Throws a message on anything else.
 * @param {unknown} value
 * @returns {Fault | null}
 */
function parseFault(value) {
  if (value === null || value === '' || value === false) return null;
  if (typeof value === 'string' && MODES.has(value)) return { mode: /** @type {any} */ (value) };
  if (typeof value === 'string' && /^\d{3}(?::[A-Z_]{1,64})?$/.test(value)) {
    const [status, code] = value.split(':');
    return parseFault({ status: Number(status), ...(code ? { code } : {}) });
  }
  if (typeof value === 'number') return parseFault({ status: value });
  if (isObject(value)) {
    const times = value.times === undefined ? undefined : Number(value.times);
    if (times !== undefined && !(Number.isInteger(times) && times > 0)) throw new Problem(400, 'BAD_REQUEST', 'times must be a positive integer');
    if (typeof value.mode === 'string' && MODES.has(value.mode)) return { mode: /** @type {any} */ (value.mode), ...(times ? { times } : {}) };
    const status = Number(value.status);
    if (!Number.isInteger(status) || status < 400 || status > 599) throw new Problem(400, 'BAD_REQUEST', 'status must be 400-599');
    if (value.code !== undefined && !(typeof value.code === 'string' && /^[A-Z_]{1,64}$/.test(value.code))) throw new Problem(400, 'BAD_REQUEST', 'code must be UPPER_SNAKE');
    const retryAfter = value.retryAfter === undefined ? undefined : Number(value.retryAfter);
    if (retryAfter !== undefined && !(Number.isInteger(retryAfter) && retryAfter >= 0)) throw new Problem(400, 'BAD_REQUEST', 'retryAfter must be whole seconds');
    return {
      status,
      ...(typeof value.code === 'string' ? { code: value.code } : {}),
      ...(retryAfter !== undefined ? { retryAfter } : {}),
      ...(times ? { times } : {}),
    };
  }
  throw new Problem(400, 'BAD_REQUEST', `not a fault: ${JSON.stringify(value)}`);
}

/**
 * The whole fault set, from a JSON object or a query string's entries.
 * @param {Record<string, unknown>} input
 * @returns {Faults}
 */
export function parseFaults(input) {
  const faults = noFaults();
  for (const [key, raw] of Object.entries(input)) {
    if (key === 'latencyMs' || key === 'conflictAfterMs' || key === 'degradedAfterMs') {
      const ms = Number(raw);
      if (!Number.isFinite(ms) || ms < 0 || ms > 600_000) throw new Problem(400, 'BAD_REQUEST', `${key} must be 0-600000`);
      faults[key] = ms;
      continue;
    }
    if (key !== '*' && !OPERATIONS.includes(/** @type {Operation} */ (key))) throw new Problem(400, 'BAD_REQUEST', `unknown operation ${key}`);
    const fault = parseFault(typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw);
    if (fault) faults.ops[/** @type {Operation | '*'} */ (key)] = fault;
  }
  return faults;
}

/** The request headers a page on `corsOrigin` may send: what `createHttpService` sends, plus a CSRF token. */
const CORS_REQUEST_HEADERS = 'Accept, Content-Type, Last-Event-ID, X-CSRF-Token';

/**
 * The `corsOrigin` option as the browser writes an `Origin` header (`scheme://host[:port]`, no path).
 * Throws on anything else, `*` and `null` included: credentials-mode CORS names one origin exactly.
 * @param {string} value
 */
export function parseCorsOrigin(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`corsOrigin ${JSON.stringify(value)}: expected an origin such as http://localhost:5173`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== value.replace(/\/$/, '')) {
    throw new Error(`corsOrigin ${JSON.stringify(value)}: expected an origin such as http://localhost:5173 (scheme, host and port only)`);
  }
  return url.origin;
}

/** @param {number} status @param {Operation} op */
function defaultCode(status, op) {
  switch (status) {
    case 401:
      return op === 'signIn' ? 'INVALID_CREDENTIALS' : 'SESSION_EXPIRED';
    case 403:
      return 'NOT_AUTHORIZED';
    case 409:
      return 'DN_IN_USE';
    case 422:
      return op === 'resetPassword' ? 'INVALID_CODE' : 'DN_INVALID';
    case 423:
      return 'ACCOUNT_LOCKED';
    case 429:
    case 502:
    case 503:
      return 'UNAVAILABLE';
    case 504:
      return 'TIMEOUT';
    default:
      return status >= 500 ? 'INTERNAL' : 'BAD_REQUEST';
  }
}

// ——— the handler ———

/**
 * @typedef {{
 *   prefix?: string,
 *   dataFile?: string,
 *   controls?: boolean,
 *   latencyMs?: number,
 *   sessionTtlMs?: number,
 *   heartbeatMs?: number,
 *   log?: (line: string) => void,
 *   corsOrigin?: string,
 * }} ReferenceOptions
 *
 * @typedef {{
 *   id: string, email: string, expiresAt: number,
 *   station: { teamId: string, loginOption?: string, dialNumber?: string } | null,
 *   seq: number, events: { id: number, data: string }[],
 *   streams: Set<import('node:http').ServerResponse>, timers: Set<ReturnType<typeof setTimeout>>,
 * }} Session
 *
 * @typedef {{ seed: Seed, salt?: Buffer, hash?: Buffer }} Account
 *
 * @typedef {((req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next?: () => void) => void) & {
 *   reset(): void, setFaults(faults: Record<string, unknown>): void, close(): void, readonly prefix: string,
 * }} ReferenceHandler
 */

/**
 * The API as a Node request handler, mounted under `prefix` (default `/api`). A request outside the
 * prefix is passed to `next` when given, else answered 404. Works with `node:http`, Connect/Express
 * and Koa (`ctx.respond = false; handler(ctx.req, ctx.res)`).
 * @param {ReferenceOptions} [options]
 * @returns {ReferenceHandler}
 */
export function createReferenceHandler(options = {}) {
  const prefix = (options.prefix ?? '/api').replace(/\/+$/, '');
  const controls = options.controls ?? true;
  const sessionTtlMs = options.sessionTtlMs ?? 8 * 60 * 60_000;
  const heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS;
  const log = options.log;
  const cookiePath = prefix || '/';
  const corsOrigin = options.corsOrigin === undefined ? null : parseCorsOrigin(options.corsOrigin);

  /** @type {Map<string, Account>} */
  let accounts = new Map();
  /** @type {Map<string, Session>} keyed by SHA-256 of the cookie value */
  const sessions = new Map();
  /** @type {Map<string, { count: number, since: number }>} */
  const failures = new Map();
  /** The faults at start-up (`latencyMs`), which a reset goes back to. */
  const initialFaults = () => ({ ...noFaults(), latencyMs: options.latencyMs ?? 0 });
  /** @type {Faults} */
  let faults = initialFaults();
  /** Requests held open by a `timeout` fault, answered never, closed on reset. */
  const held = new Set();
  /** @type {{ at: string, method: string, op: string, status: number, trackingId: string }[]} */
  const calls = [];
  /** @type {Map<number, Team[]>} */
  const generated = new Map();

  const seedAccounts = () => {
    accounts = new Map(SEED.map((seed) => [normalise(seed.profile.email), { seed }]));
  };
  seedAccounts();

  // ——— persistence ———

  const load = () => {
    if (!options.dataFile) return;
    let raw;
    try {
      raw = readFileSync(options.dataFile, 'utf8');
    } catch {
      return; // No file yet: created on the first change.
    }
    let data;
    try {
      data = JSON.parse(raw);
      if (!isObject(data) || data.version !== 1) throw new Error('unknown version');
    } catch (error) {
      throw new Error(`reference-server: ${options.dataFile} is not a state file; move it away or pick another --data.`, { cause: error });
    }
    for (const [email, entry] of Object.entries(isObject(data.passwords) ? data.passwords : {})) {
      const account = accounts.get(email);
      if (account && isObject(entry) && typeof entry.salt === 'string' && typeof entry.hash === 'string') {
        account.salt = Buffer.from(entry.salt, 'base64');
        account.hash = Buffer.from(entry.hash, 'base64');
      }
    }
    for (const [id, entry] of Object.entries(isObject(data.sessions) ? data.sessions : {})) {
      if (!isObject(entry) || typeof entry.email !== 'string' || typeof entry.expiresAt !== 'number') continue;
      if (entry.expiresAt < Date.now() || !accounts.has(entry.email)) continue;
      const station = isObject(entry.station) ? /** @type {Session['station']} */ (entry.station) : null;
      sessions.set(id, { id, email: entry.email, expiresAt: entry.expiresAt, station, seq: 0, events: [], streams: new Set(), timers: new Set() });
    }
  };

  const save = () => {
    if (!options.dataFile) return;
    /** @type {Record<string, { salt: string, hash: string }>} */
    const passwords = {};
    for (const [email, account] of accounts) {
      if (account.salt && account.hash) passwords[email] = { salt: account.salt.toString('base64'), hash: account.hash.toString('base64') };
    }
    /** @type {Record<string, unknown>} */
    const stored = {};
    for (const [id, s] of sessions) stored[id] = { email: s.email, expiresAt: s.expiresAt, station: s.station };
    const tmp = `${options.dataFile}.${process.pid}.tmp`;
    try {
      writeFileSync(tmp, `${JSON.stringify({ version: 1, passwords, sessions: stored }, null, 2)}\n`, { mode: 0o600 });
      renameSync(tmp, options.dataFile);
    } catch (error) {
      console.error(`reference-server: could not write ${options.dataFile}:`, String(error));
    }
  };

  load();

  // ——— accounts and sessions ———

  /** @param {Account} account @returns {Profile} */
  const profileOf = (account) => {
    const { seed } = account;
    let teams = seed.profile.teams;
    if (seed.generatedTeams) {
      teams = generated.get(seed.generatedTeams) ?? generateTeams(seed.generatedTeams);
      generated.set(seed.generatedTeams, teams);
    }
    return { ...seed.profile, teams };
  };

  /** Checks a password in constant time; unknown accounts cost the same as known ones. */
  const verify = async (/** @type {Account | undefined} */ account, /** @type {string} */ password) => {
    if (account && !account.hash) {
      account.salt = randomBytes(16);
      account.hash = await hashPassword(SEED_PASSWORD, account.salt);
    }
    const salt = account?.salt ?? Buffer.alloc(16);
    const key = await hashPassword(password, salt);
    return !!account?.hash && timingSafeEqual(key, account.hash);
  };

  /** @param {import('node:http').IncomingMessage} req @returns {Session | null} */
  const sessionOf = (req) => {
    const value = cookies(req)[SESSION_COOKIE];
    if (!value) return null;
    const s = sessions.get(sha256(value));
    if (!s) return null;
    if (s.expiresAt < Date.now()) {
      endSession(s, true);
      return null;
    }
    s.expiresAt = Date.now() + sessionTtlMs;
    return s;
  };

  /** @param {import('node:http').IncomingMessage} req */
  const secure = (req) => /** @type {import('node:tls').TLSSocket} */ (req.socket).encrypted === true || req.headers['x-forwarded-proto'] === 'https';

  /** @param {import('node:http').IncomingMessage} req @param {string} value @param {boolean} [clear] */
  const cookie = (req, value, clear = false) =>
    `${SESSION_COOKIE}=${value}; Path=${cookiePath}; HttpOnly; SameSite=Strict${secure(req) ? '; Secure' : ''}${clear ? '; Max-Age=0' : ''}`;

  /** @param {Session} s @param {boolean} [expired] */
  const endSession = (s, expired = false) => {
    if (expired) push(s, { type: 'session-expired' });
    for (const timer of s.timers) clearTimeout(timer);
    for (const stream of s.streams) stream.end();
    s.streams.clear();
    sessions.delete(s.id);
    save();
  };

  /** Sends an event to the session's open streams and keeps it for a reconnect (`Last-Event-ID`). */
  const push = (/** @type {Session} */ s, /** @type {Record<string, unknown>} */ event) => {
    const entry = { id: ++s.seq, data: JSON.stringify(event) };
    s.events.push(entry);
    if (s.events.length > EVENT_BUFFER) s.events.shift();
    for (const stream of s.streams) stream.write(`id: ${entry.id}\ndata: ${entry.data}\n\n`);
  };

  /** @param {Session} s @param {number | undefined} ms @param {() => Record<string, unknown>} make */
  const schedule = (s, ms, make) => {
    if (ms === undefined) return;
    const timer = setTimeout(() => {
      s.timers.delete(timer);
      if (sessions.has(s.id)) push(s, make());
    }, ms);
    timer.unref?.();
    s.timers.add(timer);
  };

  // Idle sessions expire on their own, and say so on their stream.
  const sweeper = setInterval(() => {
    for (const s of [...sessions.values()]) if (s.expiresAt < Date.now()) endSession(s, true);
  }, 60_000);
  sweeper.unref?.();

  // ——— responses ———

  /**
   * @param {import('node:http').ServerResponse} res
   * @param {number} status
   * @param {unknown} [body]
   * @param {Record<string, string | string[]>} [headers]
   */
  const send = (res, status, body, headers = {}) => {
    if (res.headersSent || res.destroyed) return;
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, {
      ...(text ? { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) } : {}),
      ...headers,
    });
    res.end(text);
  };

  /**
   * An error answer: `{ code, message?, trackingId }`.
   * @param {import('node:http').ServerResponse} res
   * @param {number} status
   * @param {string} code
   * @param {string} [message]
   * @param {Record<string, string>} [headers]
   */
  const fail = (res, status, code, message, headers = {}) =>
    send(res, status, { code, ...(message ? { message } : {}), trackingId: String(res.getHeader('X-Tracking-Id')) }, headers);

  // ——— operations ———

  /** @typedef {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, params: Record<string, string>) => Promise<void> | void} Route */

  /** @type {Record<string, Route>} */
  const ops = {
    async signIn(req, res) {
      const body = await readJson(req);
      if (!isObject(body) || !isText(body.email, 320) || !isText(body.password, 1024)) {
        return fail(res, 400, 'BAD_REQUEST', 'Expected { email, password }.');
      }
      const email = normalise(/** @type {string} */ (body.email));
      const record = failures.get(email);
      if (record && Date.now() - record.since < THROTTLE_WINDOW_MS && record.count >= THROTTLE_FAILURES) {
        const wait = Math.ceil((record.since + THROTTLE_WINDOW_MS - Date.now()) / 1000);
        return fail(res, 429, 'UNAVAILABLE', 'Too many attempts.', { 'Retry-After': String(wait) });
      }
      const account = accounts.get(email);
      const ok = await verify(account, /** @type {string} */ (body.password));
      if (!account || !ok) {
        const r = record && Date.now() - record.since < THROTTLE_WINDOW_MS ? record : { count: 0, since: Date.now() };
        r.count += 1;
        failures.set(email, r);
        return fail(res, 401, 'INVALID_CREDENTIALS');
      }
      if (account.seed.locked) return fail(res, 403, 'ACCOUNT_LOCKED');
      failures.delete(email);
      // Always a fresh session ID on sign-in (no session fixation); an older session of this cookie ends.
      const previous = sessionOf(req);
      if (previous) endSession(previous);
      const value = randomBytes(32).toString('base64url');
      const id = sha256(value);
      sessions.set(id, { id, email, expiresAt: Date.now() + sessionTtlMs, station: null, seq: 0, events: [], streams: new Set(), timers: new Set() });
      save();
      send(res, 200, profileOf(account), { 'Set-Cookie': cookie(req, value) });
    },

    restoreSession(req, res) {
      const s = sessionOf(req);
      const account = s ? accounts.get(s.email) : undefined;
      if (!s || !account || account.seed.locked) {
        if (s) endSession(s);
        const stale = !!cookies(req)[SESSION_COOKIE];
        return send(res, 204, undefined, stale ? { 'Set-Cookie': cookie(req, '', true) } : {});
      }
      send(res, 200, profileOf(account));
    },

    async requestPasswordReset(req, res) {
      const body = await readJson(req);
      if (!isObject(body) || !isText(body.email, 320)) return fail(res, 400, 'BAD_REQUEST', 'Expected { email }.');
      // The same answer whether or not the account exists: it must not reveal who has one.
      send(res, 202);
    },

    async resetPassword(req, res) {
      const body = await readJson(req);
      if (!isObject(body) || !isText(body.email, 320) || !isText(body.code, 32) || !isText(body.newPassword, 1024)) {
        return fail(res, 400, 'BAD_REQUEST', 'Expected { email, code, newPassword }.');
      }
      if (String(body.code).replace(/\s+/g, '') !== RESET_CODE) return fail(res, 422, 'INVALID_CODE');
      const account = accounts.get(normalise(/** @type {string} */ (body.email)));
      if (account) {
        account.salt = randomBytes(16);
        account.hash = await hashPassword(/** @type {string} */ (body.newPassword), account.salt);
        failures.delete(normalise(/** @type {string} */ (body.email)));
        save();
      }
      send(res, 204);
    },

    async connectCollaboration(req, res, params) {
      await readJson(req);
      const s = sessionOf(req);
      const account = s ? accounts.get(s.email) : undefined;
      if (!s || !account) return fail(res, 401, 'SESSION_EXPIRED');
      const provider = params.provider;
      if (!account.seed.profile.collaboration?.some((c) => c.provider === provider)) return fail(res, 403, 'NOT_AUTHORIZED');
      if (account.seed.failingProviders?.includes(provider)) return fail(res, 503, 'UNAVAILABLE');
      send(res, 204);
    },

    async stationLogin(req, res) {
      const body = await readJson(req);
      const s = sessionOf(req);
      const account = s ? accounts.get(s.email) : undefined;
      if (!s || !account) return fail(res, 401, 'SESSION_EXPIRED');
      if (
        !isObject(body) ||
        !isText(body.teamId, 512) ||
        (body.loginOption !== undefined && !LOGIN_OPTIONS.has(String(body.loginOption))) ||
        (body.dialNumber !== undefined && !isText(body.dialNumber, 64))
      ) {
        return fail(res, 400, 'BAD_REQUEST', 'Expected { teamId, loginOption?, dialNumber? }.');
      }
      const teamId = /** @type {string} */ (body.teamId);
      const loginOption = /** @type {string | undefined} */ (body.loginOption);
      const dialNumber = /** @type {string | undefined} */ (body.dialNumber);
      const profile = profileOf(account);
      // A telephony agent must say how calls are handled; a digital-only agent has nothing to choose.
      if (loginOption ? !profile.loginOptions.includes(loginOption) : profile.loginOptions.length > 0) {
        return fail(res, 403, 'NOT_AUTHORIZED');
      }
      if (!profile.teams.some((t) => t.id === teamId)) return fail(res, 422, 'TEAM_INVALID');
      if (loginOption === 'EXTENSION' || loginOption === 'AGENT_DN') {
        const number = dialNumber ?? '';
        const takenByOther = [...sessions.values()].some((o) => o.email !== s.email && o.station?.dialNumber === number);
        if (number === DN_IN_USE || takenByOther) return fail(res, 409, 'DN_IN_USE');
        if (number === DN_INVALID) return fail(res, 422, 'DN_INVALID');
        if (profile.dialNumberRestricted && number !== profile.defaultDialNumber) return fail(res, 422, 'DN_INVALID');
        const shape = loginOption === 'AGENT_DN' ? E164 : EXTENSION;
        if (!shape.test(number) && number !== profile.defaultDialNumber) return fail(res, 422, 'DN_INVALID');
      }
      s.station = { teamId, ...(loginOption ? { loginOption } : {}), ...(dialNumber ? { dialNumber } : {}) };
      // The same agent signed in from another browser: that session is told (Webex's agent:multiLogin).
      for (const other of sessions.values()) {
        if (other !== s && other.email === s.email && other.station) push(other, { type: 'session-conflict', trackingId: newTrackingId() });
      }
      schedule(s, faults.conflictAfterMs, () => ({ type: 'session-conflict', trackingId: newTrackingId() }));
      schedule(s, faults.degradedAfterMs, () => ({ type: 'degraded', features: ['Real-time reports', 'Call recording'] }));
      save();
      send(res, 204);
    },

    async stationLogout(req, res) {
      const body = await readJson(req);
      const s = sessionOf(req);
      if (!s) return fail(res, 401, 'SESSION_EXPIRED', undefined, { 'Set-Cookie': cookie(req, '', true) });
      if (!isObject(body) || !isText(body.reason, 64)) return fail(res, 400, 'BAD_REQUEST', 'Expected { reason }.');
      endSession(s);
      send(res, 204, undefined, { 'Set-Cookie': cookie(req, '', true) });
    },

    events(req, res) {
      const s = sessionOf(req);
      if (!s) return fail(res, 401, 'SESSION_EXPIRED');
      res.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
        'X-Accel-Buffering': 'no',
      });
      // The last event ID now, so a reconnect replays what was pushed while the stream was down.
      const last = Number.parseInt(String(req.headers['last-event-id'] ?? ''), 10);
      const missed = Number.isNaN(last) ? [] : s.events.filter((e) => e.id > last);
      res.write(`: agent events\nid: ${s.seq}\n\n`);
      for (const e of missed) res.write(`id: ${e.id}\ndata: ${e.data}\n\n`);
      s.streams.add(res);
      const beat = setInterval(() => res.write(': keep-alive\n\n'), heartbeatMs);
      beat.unref?.();
      res.on('close', () => {
        clearInterval(beat);
        s.streams.delete(res);
      });
    },
  };

  /** Method + path → operation. */
  /** @type {{ method: string, pattern: RegExp, op: Operation }[]} */
  const ROUTES = [
    { method: 'POST', pattern: /^\/session$/, op: 'signIn' },
    { method: 'GET', pattern: /^\/session$/, op: 'restoreSession' },
    { method: 'POST', pattern: /^\/password-reset$/, op: 'requestPasswordReset' },
    { method: 'POST', pattern: /^\/password-reset\/confirm$/, op: 'resetPassword' },
    { method: 'POST', pattern: /^\/collaboration\/(?<provider>[A-Za-z0-9][\w.-]{0,63})$/, op: 'connectCollaboration' },
    { method: 'POST', pattern: /^\/station\/login$/, op: 'stationLogin' },
    { method: 'POST', pattern: /^\/station\/logout$/, op: 'stationLogout' },
    { method: 'GET', pattern: /^\/events$/, op: 'events' },
  ];

  // ——— demo and test controls ———

  /** @type {Record<string, Route>} */
  const control = {
    'GET /__faults': (_req, res) => send(res, 200, faults),
    'DELETE /__faults': (_req, res) => {
      faults = noFaults();
      send(res, 204);
    },
    'POST /__faults': async (req, res) => {
      const query = new URL(req.url ?? '/', 'http://x').searchParams;
      /** @type {Record<string, unknown>} */
      let input = Object.fromEntries(query);
      if (query.size === 0) {
        const body = await readJson(req);
        if (!isObject(body)) return fail(res, 400, 'BAD_REQUEST', 'Expected an object of faults.');
        input = body;
      }
      faults = parseFaults(input);
      if (faults.ops.events && 'mode' in faults.ops.events && faults.ops.events.mode === 'drop') {
        for (const s of sessions.values()) for (const stream of s.streams) stream.destroy();
      }
      send(res, 200, faults);
    },
    'POST /__emit': async (req, res) => {
      const event = await readJson(req);
      if (!isObject(event) || !EVENT_TYPES.has(String(event.type))) return fail(res, 400, 'BAD_REQUEST', 'Expected a ServiceEvent.');
      const own = sessionOf(req);
      const targets = own ? [own] : [...sessions.values()];
      for (const s of targets) {
        if (event.type === 'session-expired') endSession(s, true);
        else push(s, event);
      }
      send(res, 200, { delivered: targets.length });
    },
    'POST /__reset': (req, res) => {
      reset();
      send(res, 204, undefined, { 'Set-Cookie': cookie(req, '', true) });
    },
    'GET /__accounts': (_req, res) =>
      send(res, 200, SEED.map((s) => ({ email: s.profile.email, description: s.description }))),
    'GET /__log': (_req, res) => send(res, 200, calls),
  };

  const reset = () => {
    for (const s of [...sessions.values()]) endSession(s);
    for (const res of held) res.destroy();
    held.clear();
    failures.clear();
    calls.length = 0;
    faults = initialFaults();
    seedAccounts();
    save();
  };

  /** The fault in force for this call, counted down when limited to a number of calls. */
  const takeFault = (/** @type {Operation} */ op) => {
    const key = faults.ops[op] ? op : faults.ops['*'] ? '*' : null;
    if (!key) return null;
    const fault = /** @type {Fault} */ (faults.ops[key]);
    if (fault.times !== undefined) {
      if (fault.times <= 1) delete faults.ops[key];
      else faults.ops[key] = { ...fault, times: fault.times - 1 };
    }
    return fault;
  };

  /**
   * Answers a call with its fault; `true` when it did.
   * @param {Fault} fault
   * @param {Operation} op
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  const applyFault = (fault, op, req, res) => {
    if ('status' in fault) {
      const retry = fault.retryAfter ?? (fault.status === 429 || fault.status === 503 ? 1 : undefined);
      fail(res, fault.status, fault.code ?? defaultCode(fault.status, op), 'Injected fault.', retry !== undefined ? { 'Retry-After': String(retry) } : {});
      return true;
    }
    switch (fault.mode) {
      case 'timeout':
        held.add(res);
        res.on('close', () => held.delete(res));
        req.resume();
        return true;
      case 'network':
        // Cut the connection in the middle of the answer, after the status line and the headers.
        // Destroying the socket before answering is not enough: when a request dies on a reused
        // keep-alive connection before any byte of the answer, Chromium silently re-sends it on
        // another connection, so a one-time fault is spent unseen and the page gets the real
        // answer (issue #7). With the answer begun the browser cannot re-send, and reading the
        // body fails as a network error does. `Connection: close`: the connection is not reused.
        req.resume();
        req.once('end', () => {
          res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': '1024', Connection: 'close' });
          res.write('{"code":', () => res.socket?.end());
        });
        return true;
      case 'drop':
        if (op !== 'events') return false;
        req.socket.destroy();
        return true;
      case 'malformed': {
        const text = '{"agentId":"ref-malformed","teams":[{"id":';
        res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
        res.end(text);
        return true;
      }
    }
    return false;
  };

  /** Waits the injected latency; resolves `false` if the client went away meanwhile. */
  const latency = (/** @type {import('node:http').ServerResponse} */ res) =>
    new Promise((done) => {
      if (!faults.latencyMs) return done(true);
      const timer = setTimeout(() => done(!res.destroyed), faults.latencyMs);
      res.once('close', () => {
        clearTimeout(timer);
        done(false);
      });
    });

  /** @type {ReferenceHandler} */
  const handler = Object.assign(
    /**
     * @param {import('node:http').IncomingMessage} req
     * @param {import('node:http').ServerResponse} res
     * @param {() => void} [next]
     */
    (req, res, next) => {
      void handle(req, res, next).catch((error) => {
        if (!res.headersSent) fail(res, 500, 'INTERNAL');
        else res.destroy();
        console.error('reference-server:', error);
      });
    },
    {
      reset,
      /** @param {Record<string, unknown>} input */
      setFaults(input) {
        faults = parseFaults(input);
      },
      close() {
        clearInterval(sweeper);
        for (const s of sessions.values()) {
          for (const timer of s.timers) clearTimeout(timer);
          for (const stream of s.streams) stream.end();
        }
        for (const res of held) res.destroy();
      },
      prefix,
    },
  );

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {() => void} [next]
   */
  async function handle(req, res, next) {
    const url = new URL(req.url ?? '/', 'http://reference.invalid');
    if (prefix && url.pathname !== prefix && !url.pathname.startsWith(`${prefix}/`)) {
      if (next) return next();
      return send(res, 404, { code: 'NOT_FOUND' });
    }
    const path = url.pathname.slice(prefix.length) || '/';
    const method = req.method ?? 'GET';
    const trackingId = newTrackingId();
    res.setHeader('X-Tracking-Id', trackingId);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
    res.setHeader('Referrer-Policy', 'no-referrer');

    // Same origin only, or exactly the one origin given as `corsOrigin`: no other page may drive
    // the API with the agent's cookie.
    const site = req.headers['sec-fetch-site'];
    const origin = req.headers.origin;
    const allowedOrigin = corsOrigin !== null && origin === corsOrigin;
    if (corsOrigin !== null) res.setHeader('Vary', 'Origin');
    if (allowedOrigin) {
      // Credentials mode: the page's fetch sends the session cookie (`credentials: 'include'`), so
      // the origin is named exactly; `*` is never combined with credentials (browsers refuse it).
      res.setHeader('Access-Control-Allow-Origin', corsOrigin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Access-Control-Expose-Headers', 'X-Tracking-Id, Retry-After');
      if (method === 'OPTIONS') {
        res.writeHead(204, {
          'Access-Control-Allow-Methods': 'GET, POST, DELETE',
          'Access-Control-Allow-Headers': CORS_REQUEST_HEADERS,
          'Access-Control-Max-Age': '600',
        });
        return res.end();
      }
    }
    const crossSite = !allowedOrigin && ((site && site !== 'same-origin' && site !== 'none') || (origin !== undefined && hostOf(origin) !== req.headers.host));
    if (crossSite) return fail(res, 403, 'NOT_AUTHORIZED', 'Cross-origin requests are refused.');

    if (path === '/openapi.yaml' && method === 'GET') {
      res.setHeader('Content-Type', 'application/yaml; charset=utf-8');
      createReadStream(fileURLToPath(new URL('../api/openapi.yaml', import.meta.url)))
        .on('error', () => fail(res, 404, 'NOT_FOUND'))
        .pipe(res);
      return;
    }

    if (path.startsWith('/__')) {
      const route = control[`${method} ${path}`];
      if (!controls || !route) return fail(res, 404, 'NOT_FOUND');
      try {
        return await route(req, res, {});
      } catch (problem) {
        if (problem instanceof Problem) return fail(res, problem.status, problem.code, problem.detail);
        throw problem;
      }
    }

    const matches = ROUTES.filter((r) => r.pattern.test(path));
    const route = matches.find((r) => r.method === method);
    if (!route) {
      if (matches.length) return fail(res, 405, 'METHOD_NOT_ALLOWED', undefined, { Allow: matches.map((r) => r.method).join(', ') });
      return fail(res, 404, 'NOT_FOUND');
    }
    const params = /** @type {Record<string, string>} */ (path.match(route.pattern)?.groups ?? {});
    const entry = { at: new Date().toISOString(), method, op: route.op, status: 0, trackingId };
    calls.push(entry);
    if (calls.length > LOG_SIZE) calls.shift();
    res.on('finish', () => {
      entry.status = res.statusCode;
      log?.(`${method} ${prefix}${path} → ${res.statusCode} ${trackingId}`);
    });
    res.on('close', () => {
      // Unfinished: an event stream that ended (its status stands), or an answer never given or cut off (-1).
      if (!entry.status) entry.status = res.headersSent && route.op === 'events' ? res.statusCode : -1;
    });

    if (!(await latency(res))) return;
    const fault = takeFault(route.op);
    if (fault && applyFault(fault, route.op, req, res)) return;
    try {
      await ops[route.op](req, res, params);
    } catch (problem) {
      if (problem instanceof Problem) return fail(res, problem.status, problem.code, problem.detail);
      throw problem;
    }
  }

  return handler;
}

// ——— static files and the standalone server ———

// Trusted Types required: the only policy allowed is the one Lit creates for its own templates
// (`lit-html`); the widget and the demo page never write HTML from strings (issue #11).
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers of every static file: the strict policy a careful host page would use. */
const STATIC_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'microphone=(self), camera=(), geolocation=()',
  // A demo of a build that changes under it: never serve a stale bundle.
  'Cache-Control': 'no-store',
};

/** @type {Record<string, string>} */
const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.yaml': 'application/yaml; charset=utf-8',
};

/**
 * @typedef {{ prefix: string, dir: string }} StaticRoot
 */

/**
 * A static file handler over `roots` (URL prefix → folder; the longest prefix wins). Paths that
 * escape a folder (`..`, encoded slashes, NUL) are refused. Every file carries `STATIC_HEADERS`;
 * `contentSecurityPolicy` replaces their policy (the smoke test serves a page under a stricter one,
 * with Trusted Types required).
 * @param {readonly StaticRoot[]} roots
 * @param {{ contentSecurityPolicy?: string }} [options]
 */
export function createStaticHandler(roots, options = {}) {
  const headers = options.contentSecurityPolicy ? { ...STATIC_HEADERS, 'Content-Security-Policy': options.contentSecurityPolicy } : STATIC_HEADERS;
  const mounts = [...roots]
    .map((r) => ({ prefix: r.prefix.endsWith('/') ? r.prefix : `${r.prefix}/`, dir: resolve(r.dir) }))
    .sort((a, b) => b.prefix.length - a.prefix.length);

  /** @param {string} pathname */
  const fileFor = (pathname) => {
    let decoded;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return null;
    }
    if (decoded.includes('\0') || decoded.includes('\\')) return null;
    for (const { prefix, dir } of mounts) {
      if (!decoded.startsWith(prefix) && decoded !== prefix.slice(0, -1)) continue;
      const file = normalize(join(dir, decoded.slice(prefix.length)));
      if (file !== dir && !file.startsWith(dir + sep)) return null;
      return file;
    }
    return null;
  };

  /**
   * @param {import('node:http').ServerResponse} res
   * @param {number} status
   * @param {string} text
   */
  const text = (res, status, text) => {
    res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(text);
  };

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  return async (req, res) => {
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return text(res, 405, 'Method not allowed\n');
    }
    const { pathname } = new URL(req.url ?? '/', 'http://static.invalid');
    let file = fileFor(pathname);
    if (!file) return text(res, 400, 'Bad path\n');
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        // `/dist` → `/dist/`: relative URLs inside an index page must resolve against the folder.
        if (!pathname.endsWith('/')) {
          res.writeHead(301, { ...headers, Location: `${pathname}/` });
          return res.end();
        }
        file = join(file, 'index.html');
        info = await stat(file);
      }
      res.writeHead(200, { ...headers, 'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream', 'Content-Length': info.size });
      if (method === 'HEAD') return res.end();
      createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
    } catch {
      const hint = pathname.startsWith('/dist/') ? ' (run `npm run build` first)' : '';
      text(res, 404, `Not found: ${pathname}${hint}\n`);
    }
  };
}

/**
 * Starts the API under `/api` (or `prefix`) and, optionally, static folders, on `host:port`.
 * Resolves once listening; rejects when the port is taken. `contentSecurityPolicy` replaces the
 * policy the static files are served with.
 * @param {ReferenceOptions & { port?: number, host?: string, staticRoots?: readonly StaticRoot[], contentSecurityPolicy?: string }} [options]
 * @returns {Promise<{ server: import('node:http').Server, url: string, handler: ReferenceHandler, close(): Promise<void> }>}
 */
export function startReferenceServer(options = {}) {
  const { port = 8000, host = '127.0.0.1', staticRoots = [], contentSecurityPolicy, ...rest } = options;
  const handler = createReferenceHandler(rest);
  const files = staticRoots.length ? createStaticHandler(staticRoots, contentSecurityPolicy ? { contentSecurityPolicy } : {}) : null;
  const server = createServer((req, res) =>
    handler(req, res, () => {
      if (files) void files(req, res);
      else {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Not found\n');
      }
    }),
  );
  return new Promise((ready, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      const url = `http://${host.includes(':') ? `[${host}]` : host}:${actual}/`;
      ready({
        server,
        url,
        handler,
        close: () =>
          new Promise((done) => {
            handler.close();
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/**
 * The command line: `node server/reference-server.mjs [--port N] [--host H] [--data FILE]
 * [--latency MS] [--static PREFIX=DIR]... [--no-controls] [--cors-origin ORIGIN]`.
 * @param {string[]} argv
 */
export function parseCommandLine(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      latency: { type: 'string' },
      static: { type: 'string', multiple: true },
      'no-controls': { type: 'boolean' },
      'cors-origin': { type: 'string' },
    },
    strict: true,
  });
  const port = parsePort(values.port, '--port') ?? parsePort(process.env.PORT || undefined, 'PORT') ?? 8000;
  const latencyMs = values.latency === undefined ? undefined : Number(values.latency);
  if (latencyMs !== undefined && !(Number.isFinite(latencyMs) && latencyMs >= 0 && values.latency?.trim())) {
    throw new Error(`--latency ${values.latency}: expected milliseconds, 0 or more, e.g. --latency 300`);
  }
  const staticRoots = (values.static ?? []).map((spec) => {
    const eq = spec.indexOf('=');
    if (eq <= 0) throw new Error(`--static ${spec}: expected PREFIX=DIR, e.g. /=demo`);
    return { prefix: spec.slice(0, eq), dir: resolve(spec.slice(eq + 1)) };
  });
  return {
    port,
    host: values.host ?? '127.0.0.1',
    staticRoots,
    ...(values.data ? { dataFile: resolve(values.data) } : {}),
    ...(latencyMs !== undefined ? { latencyMs } : {}),
    ...(values['no-controls'] ? { controls: false } : {}),
    ...(values['cors-origin'] ? { corsOrigin: parseCorsOrigin(values['cors-origin']) } : {}),
  };
}

/**
 * A TCP port from the command line or the environment; `undefined` when not given.
 * @param {string | undefined} value @param {string} name
 */
function parsePort(value, name) {
  if (value === undefined) return undefined;
  const port = /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!(port >= 0 && port <= 65535)) throw new Error(`${name} ${value}: expected a port number from 0 to 65535 (0 picks a free one)`);
  return port;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  let options;
  try {
    options = parseCommandLine(process.argv.slice(2));
  } catch (error) {
    console.error(String(error instanceof Error ? error.message : error));
    process.exit(2);
  }
  startReferenceServer({ ...options, log: (line) => console.log(line) }).then(
    ({ url, close }) => {
      console.log(`Reference API: ${url}api/ (contract: ${url}api/openapi.yaml)`);
      for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => void close().then(() => process.exit(0)));
    },
    (error) => {
      console.error(error.code === 'EADDRINUSE' ? `Port ${options.port} is in use: try --port ${options.port + 1}` : String(error));
      process.exit(1);
    },
  );
}
