import { expect } from '@open-wc/testing';
import '../../src/elements/agent-login/agent-login.js';
import { AgentLogin } from '../../src/elements/agent-login/agent-login.js';
import { customElement } from '../../src/elements/shared/define.js';

describe('a second copy of the bundle', () => {
  let warnings: string[];
  let original: typeof console.warn;
  beforeEach(() => {
    warnings = [];
    original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  });
  afterEach(() => (console.warn = original));

  it('does not crash when <agent-login> is defined again by another copy, keeps the first and says why', () => {
    class SecondCopy extends HTMLElement {}
    expect(() => customElement('agent-login')(SecondCopy)).not.to.throw();
    expect(customElements.get('agent-login')).to.equal(AgentLogin);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<agent-login> is already defined');
  });

  it('stays silent when the same class is defined twice', () => {
    customElement('agent-login')(AgentLogin);
    expect(warnings).to.deep.equal([]);
  });

  it('defines a new tag as usual', () => {
    class Fresh extends HTMLElement {}
    customElement('agent-login-define-test')(Fresh);
    expect(customElements.get('agent-login-define-test')).to.equal(Fresh);
  });
});
