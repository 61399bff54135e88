// The demo page's own script: wires the host controls, the fault switches and the event log to
// <agent-login>. It imports the bundle itself (same URL as the page's script tag, so one module
// instance) and is listed first, so the widget gets its service before its first render.
// The backend is the reference server behind `npm start` (server/reference-server.mjs): the widget
// signs in over real HTTP through `createHttpService({ baseUrl: '/api' })`, and the switches below
// set the server's faults (`POST /api/__faults`).
// Text only: nothing here ever writes HTML from data (the page runs under a strict CSP).
import '/dist/bundle/agent-login.js';
import { createHttpService } from '/dist/bundle/http.js';

const EVENTS = [
  'agent-step-change',
  'agent-signed-in',
  'agent-signed-out',
  'agent-error',
  'agent-preferences-change',
  'agent-team-change',
  'agent-session-takeover',
  'agent-banner-dismiss',
];

const KIND = {
  'agent-error': 'error',
  'agent-signed-in': 'success',
  'agent-signed-out': 'warning',
  'agent-session-takeover': 'warning',
};

/** How long the page's HTTP service waits for an answer (the "no answer" faults take this long). */
const TIMEOUT_MS = 8000;

/** Server faults, as `POST /api/__faults` takes them: `status[:CODE]` or a mode. */
const FAULT = {
  '401': '401 · wrong email or password',
  '401:SESSION_EXPIRED': '401 · session expired',
  '403:ACCOUNT_LOCKED': '403 · account locked',
  '403': '403 · not authorized',
  '409:DN_IN_USE': '409 · number in use',
  '422:DN_INVALID': '422 · number invalid',
  '422:TEAM_INVALID': '422 · team invalid',
  '422:INVALID_CODE': '422 · wrong code',
  '429': '429 · too many requests',
  '500': '500 · server error',
  '503': '503 · unavailable',
  timeout: `No answer (gives up after ${TIMEOUT_MS / 1000} s)`,
  malformed: 'Malformed JSON',
  network: 'Connection dropped',
  drop: 'Stream dropped, reconnections refused',
};

/** Backend faults the page can inject, per operation of the REST contract. */
const FAULTS = [
  { op: 'signIn', label: 'Sign-in (POST /session)', faults: ['401', '403:ACCOUNT_LOCKED', '403', '429', '500', '503', 'timeout', 'malformed', 'network'] },
  { op: 'restoreSession', label: 'Restore session on load (GET /session)', faults: ['503', '500', 'timeout', 'malformed', 'network'] },
  { op: 'requestPasswordReset', label: 'Send reset code', faults: ['503', '500', 'network'] },
  { op: 'resetPassword', label: 'Reset password', faults: ['422:INVALID_CODE', '503', 'network'] },
  { op: 'connectCollaboration', label: 'Collaboration sign-in', faults: ['503', '403', 'network'] },
  {
    op: 'stationLogin',
    label: 'Station login (Save & Continue)',
    faults: ['409:DN_IN_USE', '422:DN_INVALID', '422:TEAM_INVALID', '403', '401:SESSION_EXPIRED', '500', '503', 'timeout', 'malformed', 'network'],
  },
  { op: 'stationLogout', label: 'Station logout (Sign out)', faults: ['503', '500', 'network'] },
  { op: 'events', label: 'Session events (GET /events)', faults: ['drop', '503'] },
];

const CONTROLS_KEY = 'agent-login-demo:http-controls';
const PREFERENCES_PREFIX = 'agent-login:preferences:';
const LOG_LIMIT = 200;

const byId = (id) => document.getElementById(id);
const widget = document.querySelector('agent-login');

// ——— small helpers ———

/** An element with properties and children (strings become text nodes, never HTML). */
function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key in node && !key.includes('-')) node[key] = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  node.append(...children.flat());
  return node;
}

function safely(fn, fallback) {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

function trackingId() {
  const bytes = crypto.getRandomValues(new Uint8Array(4));
  return `page-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** A call to the reference server's demo controls (same origin: the session cookie goes along). */
async function control(path, { method = 'POST', body } = {}) {
  const response = await window.fetch(`/api${path}`, {
    method,
    ...(body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} /api${path} answered ${response.status}`);
  return response.status === 204 ? null : response.json();
}

function clock(date) {
  const pad = (n, l = 2) => String(n).padStart(l, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`;
}

function say(text) {
  byId('host-status').textContent = text;
}

// ——— settings, kept for this tab so a reload (automatic sign-in) keeps the scenario ———

const DEFAULTS = { lang: 'en', theme: '', veto: false, latencyMs: 400, fail: {}, conflict: false, degraded: false };

const settings = {
  ...DEFAULTS,
  ...safely(() => JSON.parse(sessionStorage.getItem(CONTROLS_KEY) ?? '{}'), {}),
};

function saveSettings() {
  safely(() => sessionStorage.setItem(CONTROLS_KEY, JSON.stringify(settings)));
}

/** The faults in force, as the body of `POST /api/__faults` (only values this page offers). */
function serverFaults() {
  const body = { latencyMs: Number(settings.latencyMs) || 0 };
  for (const { op, faults } of FAULTS) {
    const fault = settings.fail?.[op];
    if (fault && faults.includes(fault)) body[op] = fault;
  }
  if (settings.conflict) body.conflictAfterMs = 5000;
  if (settings.degraded) body.degradedAfterMs = 3000;
  return body;
}

// ——— the service: real HTTP to the reference server; `demo` stays as the fallback ———

widget.service = createHttpService({ baseUrl: '/api', timeoutMs: TIMEOUT_MS });

/** Sends the switches to the server; they also survive a reload of this tab. */
async function applyFaults() {
  saveSettings();
  try {
    await control('/__faults', { body: serverFaults() });
  } catch {
    say('The reference server did not take the faults: is `npm start` still running?');
  }
}

// The server keeps its faults across reloads, but another tab may have changed them: this tab's win.
void applyFaults();

// ——— event log ———

let count = 0;

function logEvent(event) {
  const { type, detail } = event;
  if (type === 'agent-session-takeover' && settings.veto && event.cancelable) event.preventDefault();
  count += 1;
  const notes = [];
  if (event.cancelable) notes.push(event.defaultPrevented ? 'cancelable · vetoed by the host' : 'cancelable');
  const entry = h(
    'li',
    { className: 'log-entry', 'data-kind': KIND[type] ?? 'info' },
    h(
      'div',
      { className: 'log-entry-head' },
      h('span', { className: 'log-name' }, type),
      h('time', { className: 'log-time', dateTime: new Date().toISOString() }, clock(new Date())),
    ),
    h('pre', { className: 'log-detail' }, detail === undefined ? '(no detail)' : JSON.stringify(detail, null, 2)),
    notes.length ? h('p', { className: 'muted small' }, notes.join(' · ')) : [],
  );
  const log = byId('log');
  log.prepend(entry);
  while (log.childElementCount > LOG_LIMIT) log.lastElementChild.remove();
  byId('log-count').textContent = String(count);
  byId('log-empty').hidden = true;
}

for (const type of EVENTS) widget.addEventListener(type, logEvent);

byId('log-clear').addEventListener('click', () => {
  byId('log').replaceChildren();
  count = 0;
  byId('log-count').textContent = '0';
  byId('log-empty').hidden = false;
});

// ——— status chips ———

let signedIn = null;

function renderAgentChip() {
  const chip = byId('agent-chip');
  if (!signedIn) {
    chip.textContent = 'Not signed in';
    chip.removeAttribute('data-state');
    return;
  }
  const state = widget.busy ? 'busy' : 'ready';
  chip.dataset.state = state;
  chip.textContent = `${signedIn.displayName || signedIn.email} · ${state === 'busy' ? 'On a call' : 'Available'}`;
  chip.title = signedIn.teamName ? `Team: ${signedIn.teamName}` : '';
}

widget.addEventListener('agent-step-change', (e) => {
  byId('step-chip').textContent = e.detail.step;
});
widget.addEventListener('agent-signed-in', (e) => {
  signedIn = e.detail;
  renderAgentChip();
});
widget.addEventListener('agent-signed-out', () => {
  signedIn = null;
  renderAgentChip();
});

customElements.whenDefined('agent-login').then(() => {
  byId('step-chip').textContent = widget.step ?? 'ready';
});

// ——— demo accounts ———

async function renderAccounts() {
  const accounts = await control('/__accounts', { method: 'GET' }).catch(() => []);
  const rows = accounts.map(({ email, description }) =>
    h(
      'tr',
      {},
      h('td', {}, email),
      h('td', {}, description),
      h(
        'td',
        {},
        h(
          'button',
          {
            type: 'button',
            className: 'btn btn-small',
            'aria-label': `Copy ${email}`,
            onclick: () =>
              navigator.clipboard
                ?.writeText(email)
                .then(() => say(`Copied ${email}. The password is demo1234.`))
                .catch(() => say(`Could not copy: the email is ${email}.`)),
          },
          'Copy',
        ),
      ),
    ),
  );
  byId('accounts').replaceChildren(...rows);
}

// ——— host controls ———

const busy = byId('busy');
busy.addEventListener('change', () => {
  widget.busy = busy.checked;
  renderAgentChip();
  say(busy.checked ? 'The host says the agent is on a call: sign-out is disabled.' : 'The agent is available again.');
});

const lang = byId('lang');
lang.value = settings.lang;
widget.setAttribute('lang', settings.lang);
lang.addEventListener('change', () => {
  settings.lang = lang.value;
  saveSettings();
  widget.setAttribute('lang', lang.value);
});

const theme = byId('theme');
function applyTheme() {
  theme.value = settings.theme;
  if (settings.theme) {
    document.documentElement.dataset.theme = settings.theme;
    widget.setAttribute('color-scheme', settings.theme);
  } else {
    delete document.documentElement.dataset.theme;
    widget.removeAttribute('color-scheme');
  }
}
applyTheme();
theme.addEventListener('change', () => {
  settings.theme = theme.value;
  saveSettings();
  applyTheme();
});

const veto = byId('veto-takeover');
veto.checked = !!settings.veto;
veto.addEventListener('change', () => {
  settings.veto = veto.checked;
  saveSettings();
});

byId('host-sign-out').addEventListener('click', () => {
  const accepted = typeof widget.signOut === 'function' ? widget.signOut() : false;
  say(accepted ? 'signOut() accepted: the station logs out with reason "host".' : 'signOut() refused: nobody is signed in, or the agent is on a call.');
});

function forgetPreferences() {
  return safely(() => {
    const keys = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(PREFERENCES_PREFIX)) keys.push(key);
    }
    keys.forEach((key) => localStorage.removeItem(key));
    return keys.length;
  }, 0);
}

byId('forget-prefs').addEventListener('click', () => {
  const n = forgetPreferences();
  say(n ? `Forgot ${n} saved preference record${n === 1 ? '' : 's'}: the next sign-in asks again.` : 'No saved preferences in this browser.');
});

byId('reset-demo').addEventListener('click', () => {
  forgetPreferences();
  safely(() => {
    sessionStorage.removeItem(CONTROLS_KEY);
  });
  // Back to the seed on the server too: no sessions, no faults, original passwords.
  void control('/__reset').finally(() => location.reload());
});

// ——— backend faults ———

function select(id, label, options, value, onChange) {
  const control = h(
    'select',
    { id },
    options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)),
  );
  control.addEventListener('change', () => onChange(control.value));
  return h('div', { className: 'field' }, h('label', { htmlFor: id }, label), control);
}

function toggle(id, label, checked, onChange) {
  const input = h('input', { type: 'checkbox', id, role: 'switch', checked });
  input.addEventListener('change', () => onChange(input.checked));
  return h('label', { className: 'switch' }, input, h('span', { className: 'switch-track', 'aria-hidden': 'true' }), h('span', {}, label));
}

function renderFaults() {
  const controls = [
    select(
      'latency',
      'Latency of every call',
      [
        ['0', 'None'],
        ['400', '400 ms (default)'],
        ['1500', '1.5 s'],
        ['4000', '4 s'],
      ],
      String(settings.latencyMs),
      (v) => {
        settings.latencyMs = Number(v);
        applyFaults();
      },
    ),
    ...FAULTS.map(({ op, label, faults }) =>
      select(
        `fail-${op}`,
        label,
        [['', 'Succeeds'], ...faults.map((fault) => [fault, FAULT[fault]])],
        faults.includes(settings.fail?.[op]) ? settings.fail[op] : '',
        (v) => {
          settings.fail = { ...settings.fail, [op]: v };
          applyFaults();
        },
      ),
    ),
    toggle('conflict', 'Signed in elsewhere 5 s after station login', !!settings.conflict, (on) => {
      settings.conflict = on;
      applyFaults();
    }),
    toggle('degraded', 'Degraded features 3 s after station login', !!settings.degraded, (on) => {
      settings.degraded = on;
      applyFaults();
    }),
  ];
  byId('faults').replaceChildren(...controls);
  byId('faults-note').textContent =
    'Set on the reference server (POST /api/__faults) and applied to the next call; they survive a reload of this tab.';
}

// ——— service events ———

const PUSHES = [
  ['Session expired', () => ({ type: 'session-expired' })],
  ['Signed in elsewhere', () => ({ type: 'session-conflict', trackingId: trackingId() })],
  ['Degraded', () => ({ type: 'degraded', features: ['Real-time reports', 'Call recording'] })],
  ['Restored', () => ({ type: 'restored' })],
  ['RONA', () => ({ type: 'rona', trackingId: trackingId() })],
];

function renderPushes() {
  const buttons = PUSHES.map(([label, make]) => {
    const button = h('button', { type: 'button', className: 'btn' }, label);
    button.addEventListener('click', () =>
      control('/__emit', { body: make() })
        .then(({ delivered }) => say(delivered ? 'Pushed over the event stream.' : 'Nobody is signed in: sign in first, then push events.'))
        .catch(() => say('The reference server did not take the event.')),
    );
    return button;
  });
  byId('emit-buttons').replaceChildren(...buttons);
}

void renderAccounts();
renderFaults();
renderPushes();
