// The demo page's own script: wires the host controls, the fault switches and the event log to
// <agent-login>. It imports the bundle itself (same URL as the page's script tag, so one module
// instance) and is listed first, so the widget gets its service before its first render.
// Text only: nothing here ever writes HTML from data (the page runs under a strict CSP).
import '/dist/bundle/agent-login.js';
import { createDemoService, DEMO_ACCOUNTS } from '/dist/bundle/demo.js';


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

/** Backend faults the page can inject, per service method. */
const FAULTS = [
  { method: 'signIn', label: 'Sign-in', codes: ['INVALID_CREDENTIALS', 'ACCOUNT_LOCKED', 'NETWORK', 'TIMEOUT', 'UNAVAILABLE'] },
  { method: 'restoreSession', label: 'Restore session (on load)', codes: ['NETWORK', 'SESSION_EXPIRED', 'UNAVAILABLE'] },
  { method: 'requestPasswordReset', label: 'Send reset code', codes: ['NETWORK', 'UNAVAILABLE'] },
  { method: 'resetPassword', label: 'Reset password', codes: ['INVALID_CODE', 'NETWORK'] },
  { method: 'connectCollaboration', label: 'Collaboration sign-in', codes: ['UNAVAILABLE', 'NOT_AUTHORIZED', 'NETWORK'] },
  {
    method: 'stationLogin',
    label: 'Station login (Save & Continue)',
    codes: ['DN_IN_USE', 'DN_INVALID', 'TEAM_INVALID', 'NOT_AUTHORIZED', 'NETWORK', 'TIMEOUT'],
  },
  { method: 'stationLogout', label: 'Station logout (Sign out)', codes: ['NETWORK', 'UNAVAILABLE'] },
];

const CONTROLS_KEY = 'agent-login-demo:controls';
const SESSION_KEY = 'agent-login-demo:session';
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
  return `demo-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

function clock(date) {
  const pad = (n, l = 2) => String(n).padStart(l, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`;
}

function say(text) {
  byId('host-status').textContent = text;
}

// ——— settings, kept for this tab so a reload (automatic sign-in) keeps the scenario ———

const DEFAULTS = { lang: 'en', theme: '', veto: false, latencyMs: 400, fail: {}, malformedProfile: false, conflict: false, degraded: false };

const settings = {
  ...DEFAULTS,
  ...safely(() => JSON.parse(sessionStorage.getItem(CONTROLS_KEY) ?? '{}'), {}),
};

function saveSettings() {
  safely(() => sessionStorage.setItem(CONTROLS_KEY, JSON.stringify(settings)));
}

function serviceOptions() {
  const fail = Object.fromEntries(Object.entries(settings.fail).filter(([, code]) => code));
  return {
    latencyMs: Number(settings.latencyMs) || 0,
    fail,
    malformedProfile: !!settings.malformedProfile,
    sessionConflictAfterMs: settings.conflict ? 5000 : undefined,
    degradedAfterMs: settings.degraded ? 3000 : undefined,
  };
}

// ——— the service: created here so the page can flip faults; `demo` stays as the fallback ———

const service = createDemoService({ persist: 'session', ...serviceOptions() });
if (service) widget.service = service;

function applyFaults() {
  saveSettings();
  service?.setOptions(serviceOptions());
}

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

function renderAccounts() {
  const accounts = DEMO_ACCOUNTS;
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
    sessionStorage.removeItem(SESSION_KEY);
  });
  location.reload();
});

// ——— backend faults ———

function select(id, label, options, value, onChange) {
  const control = h(
    'select',
    { id, disabled: !service },
    options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)),
  );
  control.addEventListener('change', () => onChange(control.value));
  return h('div', { className: 'field' }, h('label', { htmlFor: id }, label), control);
}

function toggle(id, label, checked, onChange) {
  const input = h('input', { type: 'checkbox', id, role: 'switch', checked, disabled: !service });
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
    ...FAULTS.map(({ method, label, codes }) =>
      select(
        `fail-${method}`,
        label,
        [['', 'Succeeds'], ...codes.map((code) => [code, `Fails: ${code}`])],
        settings.fail[method] ?? '',
        (v) => {
          settings.fail = { ...settings.fail, [method]: v };
          applyFaults();
        },
      ),
    ),
    toggle('malformed', 'Malformed profile on sign-in', !!settings.malformedProfile, (on) => {
      settings.malformedProfile = on;
      applyFaults();
    }),
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
  if (!service) byId('faults-note').textContent = 'This bundle does not export createDemoService yet: faults are unavailable.';
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
    const button = h('button', { type: 'button', className: 'btn', disabled: !service }, label);
    button.addEventListener('click', () => service?.emit(make()));
    return button;
  });
  byId('emit-buttons').replaceChildren(...buttons);
}

renderAccounts();
renderFaults();
renderPushes();
