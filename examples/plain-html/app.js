// The host page's own script, a file on this origin (the page's CSP allows no inline script): it shows
// what the page got from `agent-signed-in`, as the React and Vue examples do. Text only, never HTML.
const login = document.querySelector('agent-login');
const status = document.querySelector('[data-testid="host-status"]');
let agent = null;
let step = '';

const show = () => {
  status.textContent = agent ? `Signed in: ${agent.displayName} (${agent.teamName})` : `Not signed in${step ? ` (step: ${step})` : ''}`;
};
login.addEventListener('agent-step-change', (e) => {
  step = e.detail.step;
  show();
});
login.addEventListener('agent-signed-in', (e) => {
  agent = e.detail;
  show();
});
login.addEventListener('agent-signed-out', () => {
  agent = null;
  show();
});
