import { expect } from '@open-wc/testing';
import { createDemoService, DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/adapters/demo-service.js';
import { createHttpService } from '../../src/adapters/http-service.js';

describe('one seed for the demo service and the reference server', () => {
  beforeEach(async () => {
    await fetch('/api/__reset', { method: 'POST' });
  });

  after(async () => {
    await fetch('/api/__reset', { method: 'POST' });
  });

  it('lists the same accounts with the same descriptions', async () => {
    const served = (await (await fetch('/api/__accounts')).json()) as { email: string; description: string }[];
    expect(served).to.deep.equal(DEMO_ACCOUNTS.map((a) => ({ email: a.email, description: a.description })));
  });

  it('signs every agent in with the same profile, over HTTP and in memory, and refuses the locked one on both', async () => {
    const http = createHttpService({ baseUrl: '/api', retries: 0 });
    const demo = createDemoService();
    for (const { email } of DEMO_ACCOUNTS) {
      const overHttp = await http.signIn({ email, password: DEMO_PASSWORD }).catch((e: { code: string }) => e.code);
      const inMemory = await demo.signIn({ email, password: DEMO_PASSWORD }).catch((e: { code: string }) => e.code);
      expect(overHttp, email).to.deep.equal(inMemory);
    }
  });
});
