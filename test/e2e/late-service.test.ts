import { expect, aTimeout } from '@open-wc/testing';
import type { AgentLogin } from '../../src/elements/agent-login/agent-login.js';

interface FrameWindow extends Window {
  events: { type: string; detail: Record<string, unknown> }[];
  serviceSetAt?: number;
}

const RECORDER = `<script>
  window.events = [];
  for (const type of ['agent-step-change', 'agent-error']) {
    addEventListener(type, (e) => window.events.push({ type, detail: JSON.parse(JSON.stringify(e.detail)) }), true);
  }
</script>`;

const DEFINE = `<script type="module" src="/src/elements/agent-login/agent-login.ts"></script>`;

const SET_SERVICE = `<script type="module">
  import { createDemoService } from '/src/adapters/demo-service.ts';
  document.querySelector('agent-login').service = createDemoService();
  window.serviceSetAt = performance.now();
</script>`;

async function until(check: () => boolean, what: string, timeoutMs = 15000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await aTimeout(20);
  }
}

async function load(frame: HTMLIFrameElement, body: string): Promise<FrameWindow> {
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head>${RECORDER}</head><body>${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as FrameWindow;
}

const element = (win: FrameWindow) => win.document.querySelector('agent-login') as AgentLogin;
const errors = (win: FrameWindow) => win.events.filter((e) => e.type === 'agent-error').map((e) => e.detail.code);

describe('a service set by the page after the element is parsed', () => {
  let frame: HTMLIFrameElement;
  beforeEach(() => {
    frame = document.createElement('iframe');
  });
  afterEach(() => frame.remove());

  it('is waited for while the document is parsed: no NO_SERVICE error, straight to the email step', async () => {
    const win = await load(frame, `<agent-login></agent-login>${DEFINE}${SET_SERVICE}`);
    await until(() => element(win).step === 'email', 'the email step');
    expect(win.serviceSetAt).to.be.a('number');
    expect(errors(win)).to.deep.equal([]);
    expect(element(win).shadowRoot!.textContent).to.not.include('NO_SERVICE');
    expect(element(win).querySelector('input[name="username"]')).to.not.equal(null);
  });

  it('still says NO_SERVICE once the document is parsed and no script set one', async () => {
    const win = await load(frame, `<agent-login></agent-login>${DEFINE}`);
    await until(() => errors(win).length > 0, 'an agent-error');
    expect(errors(win)).to.deep.equal(['NO_SERVICE']);
    expect(element(win).step).to.equal('email');
  });
});
