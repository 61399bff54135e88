import { expect } from '@open-wc/testing';
import {
  claimIsLater,
  createTabGuard,
  isTabGuardMessage,
  newTabId,
  type BroadcastChannelLike,
  type LockManagerLike,
  type TabGuard,
  type TabGuardOptions,
} from '../../src/core/session/tab-guard.js';

/** Counts a callback's calls; `next()` resolves on the following call. */
function signal() {
  let calls = 0;
  let waiters: (() => void)[] = [];
  return {
    get calls() {
      return calls;
    },
    fire: () => {
      calls++;
      const w = waiters;
      waiters = [];
      w.forEach((f) => f());
    },
    next: () => new Promise<void>((resolve) => waiters.push(resolve)),
  };
}

/** An in-memory BroadcastChannel whose deliveries the test releases with `flush()`. */
function channelHub() {
  const open = new Set<FakeChannel>();
  const queue: { to: FakeChannel; data: unknown }[] = [];
  const posted: unknown[] = [];
  class FakeChannel implements BroadcastChannelLike {
    onmessage: ((event: MessageEvent) => void) | null = null;
    closed = false;
    constructor(readonly name: string) {
      open.add(this);
    }
    postMessage(data: unknown): void {
      posted.push(data);
      for (const c of open) if (c !== this && c.name === this.name) queue.push({ to: c, data: structuredClone(data) });
    }
    close(): void {
      this.closed = true;
      open.delete(this);
    }
  }
  return {
    posted,
    factory: (name: string) => new FakeChannel(name),
    flush() {
      while (queue.length) {
        const { to, data } = queue.shift()!;
        if (!to.closed) to.onmessage?.(new MessageEvent('message', { data }));
      }
    },
    drop: () => void queue.splice(0),
    inject(data: unknown) {
      for (const c of open) c.onmessage?.(new MessageEvent('message', { data }));
    },
    get open() {
      return open.size;
    },
  };
}

const activeCount = (...guards: TabGuard[]) => guards.filter((g) => g.active).length;

let unique = 0;
const freshName = () => `tab-guard-test-${Date.now()}-${++unique}`;

describe('isTabGuardMessage', () => {
  const cases: [string, unknown, boolean][] = [
    ['a claim', { type: 'claim', agentId: 'a', tabId: 't', at: 1 }, true],
    ['a release', { type: 'release', agentId: 'a', tabId: 't', at: 1 }, true],
    ['another type', { type: 'hello', agentId: 'a', tabId: 't', at: 1 }, false],
    ['a missing agent', { type: 'claim', tabId: 't', at: 1 }, false],
    ['a numeric tab id', { type: 'claim', agentId: 'a', tabId: 5, at: 1 }, false],
    ['a string time', { type: 'claim', agentId: 'a', tabId: 't', at: '1' }, false],
    ['an infinite time', { type: 'claim', agentId: 'a', tabId: 't', at: Infinity }, false],
    ['null', null, false],
    ['a string', 'claim', false],
  ];
  for (const [name, data, ok] of cases) it(`${ok ? 'accepts' : 'rejects'} ${name}`, () => expect(isTabGuardMessage(data)).to.equal(ok));
});

describe('claimIsLater', () => {
  const cases: [string, [number, string], [number, string], boolean][] = [
    ['a later time wins', [2, 'a'], [1, 'b'], true],
    ['an earlier time loses', [1, 'z'], [2, 'a'], false],
    ['the same time: the greater tab id wins', [5, 'b'], [5, 'a'], true],
    ['the same time: the smaller tab id loses', [5, 'a'], [5, 'b'], false],
    ['the same claim is not later than itself', [5, 'a'], [5, 'a'], false],
  ];
  for (const [name, [at1, id1], [at2, id2], later] of cases) {
    it(name, () => expect(claimIsLater({ at: at1, tabId: id1 }, { at: at2, tabId: id2 })).to.equal(later));
  }
});

describe('newTabId', () => {
  it('gives a different id every time', () => {
    const ids = new Set(Array.from({ length: 50 }, newTabId));
    expect(ids.size).to.equal(50);
  });
});

describe('createTabGuard over BroadcastChannel alone', () => {
  function setup(hub = channelHub()) {
    const make = (tabId: string, over: Partial<TabGuardOptions> = {}) => {
      const conflict = signal();
      const resume = signal();
      const vacated = signal();
      const guard = createTabGuard({
        agentId: 'agent-1',
        tabId,
        locks: null,
        broadcastChannel: hub.factory,
        onConflict: conflict.fire,
        onResume: resume.fire,
        onVacated: vacated.fire,
        ...over,
      });
      return { guard, conflict, resume, vacated };
    };
    return { hub, make };
  }

  it('makes the claiming tab active and broadcasts the claim', async () => {
    const { hub, make } = setup();
    const a = make('tab-a', { now: () => 1000 });
    await a.guard.claim();
    expect(a.guard.active).to.equal(true);
    expect(a.guard.usesLocks).to.equal(false);
    expect(hub.posted).to.deep.equal([{ type: 'claim', agentId: 'agent-1', tabId: 'tab-a', at: 1000 }]);
  });

  it('tells the active tab when another tab claims the same agent, and takes over both ways', async () => {
    const { make, hub } = setup();
    const a = make('tab-a');
    const b = make('tab-b');
    await a.guard.claim();
    hub.flush();
    await b.guard.claim();
    hub.flush();
    expect([a.guard.state, b.guard.state]).to.deep.equal(['conflict', 'active']);
    expect(a.conflict.calls).to.equal(1);
    await a.guard.claim();
    hub.flush();
    expect([a.guard.state, b.guard.state]).to.deep.equal(['active', 'conflict']);
    expect(b.conflict.calls).to.equal(1);
    expect(a.resume.calls).to.equal(1);
    expect(activeCount(a.guard, b.guard)).to.equal(1);
  });

  it('leaves tabs of another agent alone', async () => {
    const { make, hub } = setup();
    const a = make('tab-a');
    const other = make('tab-b', { agentId: 'agent-2' });
    await a.guard.claim();
    await other.guard.claim();
    hub.flush();
    expect([a.guard.active, other.guard.active]).to.deep.equal([true, true]);
    expect(a.conflict.calls + other.conflict.calls).to.equal(0);
  });

  it('leaves tabs on another channel alone', async () => {
    const { make, hub } = setup();
    const a = make('tab-a', { channelName: 'one' });
    const b = make('tab-b', { channelName: 'two' });
    await a.guard.claim();
    await b.guard.claim();
    hub.flush();
    expect(activeCount(a.guard, b.guard)).to.equal(2);
  });

  it('settles racing claims on the later one, the same in every tab', async () => {
    const { make, hub } = setup();
    const a = make('tab-a', { now: () => 5000 });
    const b = make('tab-b', { now: () => 5001 });
    await a.guard.claim();
    await b.guard.claim();
    hub.flush();
    expect([a.guard.state, b.guard.state]).to.deep.equal(['conflict', 'active']);
  });

  it('breaks a tie on the same millisecond by tab id', async () => {
    const { make, hub } = setup();
    const z = make('tab-z', { now: () => 5000 });
    const a = make('tab-a', { now: () => 5000 });
    await z.guard.claim();
    await a.guard.claim();
    hub.flush();
    expect([z.guard.state, a.guard.state]).to.deep.equal(['active', 'conflict']);
  });

  it('orders a claim after every claim the tab has seen, even when its clock is behind', async () => {
    const { make, hub } = setup();
    const a = make('tab-a', { now: () => 9000 });
    const b = make('tab-b', { now: () => 100 });
    await a.guard.claim();
    hub.flush();
    await b.guard.claim();
    hub.flush();
    expect([a.guard.state, b.guard.state]).to.deep.equal(['conflict', 'active']);
    expect((hub.posted.at(-1) as { at: number }).at).to.be.greaterThan(9000);
  });

  it('converges when a tab missed the active claim: the active tab answers and the older claim stands down', async () => {
    const { make, hub } = setup();
    const a = make('tab-a', { now: () => 9000 });
    const b = make('tab-b', { now: () => 100 });
    await a.guard.claim();
    hub.drop();
    await b.guard.claim();
    hub.flush();
    hub.flush();
    expect([a.guard.state, b.guard.state]).to.deep.equal(['active', 'conflict']);
    expect(a.conflict.calls).to.equal(0);
  });

  it('does nothing when an active tab claims again', async () => {
    const { make, hub } = setup();
    const a = make('tab-a');
    await a.guard.claim();
    await a.guard.claim();
    expect(hub.posted).to.have.length(1);
  });

  it('announces a sign-out so a warned tab knows the session is free', async () => {
    const { make, hub } = setup();
    const a = make('tab-a');
    const b = make('tab-b');
    await a.guard.claim();
    hub.flush();
    await b.guard.claim();
    hub.flush();
    b.guard.release();
    hub.flush();
    expect(b.guard.state).to.equal('idle');
    expect(hub.posted.at(-1)).to.include({ type: 'release', agentId: 'agent-1', tabId: 'tab-b' });
    expect(a.vacated.calls).to.equal(1);
    expect(activeCount(a.guard, b.guard)).to.equal(0);
  });

  it('sends nothing when a tab that is not active signs out', async () => {
    const { make, hub } = setup();
    const a = make('tab-a');
    a.guard.release();
    expect(hub.posted).to.deep.equal([]);
  });

  it('ignores a release from a tab that no longer holds the session', async () => {
    const { make, hub } = setup();
    const a = make('tab-a');
    const b = make('tab-b');
    const c = make('tab-c');
    await a.guard.claim();
    hub.flush();
    await b.guard.claim();
    hub.flush();
    await c.guard.claim();
    hub.flush();
    hub.inject({ type: 'release', agentId: 'agent-1', tabId: 'tab-a', at: 1 });
    expect(a.vacated.calls + b.vacated.calls).to.equal(0);
  });

  it('ignores foreign and malformed messages', async () => {
    const { make, hub } = setup();
    const a = make('tab-a');
    await a.guard.claim();
    hub.inject({ type: 'claim', agentId: 'agent-1', tabId: 'x', at: 'later' });
    hub.inject('claim');
    hub.inject({ type: 'claim', agentId: 'agent-1' });
    expect(a.guard.active).to.equal(true);
    expect(a.conflict.calls).to.equal(0);
  });

  it('closes its channel on dispose and ignores what comes after', async () => {
    const { make, hub } = setup();
    const a = make('tab-a');
    const b = make('tab-b');
    await a.guard.claim();
    a.guard.dispose();
    expect(hub.open).to.equal(1);
    await b.guard.claim();
    hub.flush();
    expect(a.guard.state).to.equal('disposed');
    expect(a.conflict.calls).to.equal(0);
    await a.guard.claim();
    expect(a.guard.active).to.equal(false);
  });

  it('cannot tell whether another tab holds the session', async () => {
    const { make } = setup();
    expect(await make('tab-a').guard.heldElsewhere()).to.equal(undefined);
  });

  it('works with no channel at all', async () => {
    const conflicts = signal();
    const g = createTabGuard({ agentId: 'a', locks: null, broadcastChannel: null, onConflict: conflicts.fire });
    await g.claim();
    expect(g.active).to.equal(true);
    g.dispose();
  });

  it('falls back to BroadcastChannel when Web Locks refuse the request', async () => {
    const hub = channelHub();
    const refusing: LockManagerLike = { request: () => Promise.reject(new DOMException('no', 'SecurityError')) };
    const a = createTabGuard({ agentId: 'x', tabId: 'a', locks: refusing, broadcastChannel: hub.factory, onConflict: () => {} });
    const bConflict = signal();
    const b = createTabGuard({ agentId: 'x', tabId: 'b', locks: null, broadcastChannel: hub.factory, onConflict: bConflict.fire });
    await b.claim();
    hub.flush();
    await a.claim();
    hub.flush();
    expect(a.usesLocks).to.equal(false);
    expect([a.active, b.active]).to.deep.equal([true, false]);
    expect(bConflict.calls).to.equal(1);
  });
});

describe('createTabGuard with Web Locks (two guards in one page)', () => {
  function make(name: string, tabId: string, over: Partial<TabGuardOptions> = {}) {
    const conflict = signal();
    const resume = signal();
    const vacated = signal();
    const guard = createTabGuard({
      agentId: 'agent-1',
      channelName: name,
      tabId,
      onConflict: conflict.fire,
      onResume: resume.fire,
      onVacated: vacated.fire,
      ...over,
    });
    return { guard, conflict, resume, vacated };
  }
  const guards: TabGuard[] = [];
  afterEach(() => guards.splice(0).forEach((g) => g.dispose()));

  it('holds a per-agent lock while active', async () => {
    const name = freshName();
    const a = make(name, 'tab-a');
    guards.push(a.guard);
    expect(a.guard.usesLocks).to.equal(true);
    await a.guard.claim();
    const { held = [] } = await navigator.locks.query();
    expect(held.map((l) => l.name)).to.include(`${name}:agent-1`);
  });

  it('takes the session over both ways, with exactly one tab active', async () => {
    const name = freshName();
    const a = make(name, 'tab-a');
    const b = make(name, 'tab-b');
    guards.push(a.guard, b.guard);
    await a.guard.claim();
    const aLost = a.conflict.next();
    await b.guard.claim();
    await aLost;
    expect([a.guard.state, b.guard.state]).to.deep.equal(['conflict', 'active']);
    const bLost = b.conflict.next();
    await a.guard.claim();
    await bLost;
    expect([a.guard.state, b.guard.state]).to.deep.equal(['active', 'conflict']);
    expect(a.resume.calls).to.equal(1);
    expect(activeCount(a.guard, b.guard)).to.equal(1);
  });

  it('ends racing claims with exactly one tab active', async () => {
    const name = freshName();
    const a = make(name, 'tab-a');
    const b = make(name, 'tab-b');
    guards.push(a.guard, b.guard);
    const someoneLost = Promise.race([a.conflict.next(), b.conflict.next()]);
    await Promise.all([a.guard.claim(), b.guard.claim()]);
    await someoneLost;
    expect(activeCount(a.guard, b.guard)).to.equal(1);
    const { held = [] } = await navigator.locks.query();
    expect(held.filter((l) => l.name === `${name}:agent-1`)).to.have.length(1);
  });

  it('says whether another tab holds the session', async () => {
    const name = freshName();
    const a = make(name, 'tab-a');
    const b = make(name, 'tab-b');
    guards.push(a.guard, b.guard);
    expect(await b.guard.heldElsewhere()).to.equal(false);
    await a.guard.claim();
    expect(await b.guard.heldElsewhere()).to.equal(true);
    expect(await a.guard.heldElsewhere()).to.equal(false);
  });

  it('lets the lock go on sign-out and tells the warned tab', async () => {
    const name = freshName();
    const a = make(name, 'tab-a');
    const b = make(name, 'tab-b');
    guards.push(a.guard, b.guard);
    await a.guard.claim();
    const aLost = a.conflict.next();
    await b.guard.claim();
    await aLost;
    const freed = a.vacated.next();
    b.guard.release();
    await freed;
    expect(await navigator.locks.request(`${name}:agent-1`, () => 'granted')).to.equal('granted');
    expect(activeCount(a.guard, b.guard)).to.equal(0);
  });

  it('lets the lock go on dispose', async () => {
    const name = freshName();
    const a = make(name, 'tab-a');
    const b = make(name, 'tab-b');
    guards.push(b.guard);
    await a.guard.claim();
    a.guard.dispose();
    expect(await navigator.locks.request(`${name}:agent-1`, () => 'granted')).to.equal('granted');
    expect(await b.guard.heldElsewhere()).to.equal(false);
  });

  it('keeps agents apart', async () => {
    const name = freshName();
    const a = make(name, 'tab-a');
    const b = make(name, 'tab-b', { agentId: 'agent-2' });
    guards.push(a.guard, b.guard);
    await a.guard.claim();
    await b.guard.claim();
    expect(activeCount(a.guard, b.guard)).to.equal(2);
    expect(await a.guard.heldElsewhere()).to.equal(false);
  });
});

describe('createTabGuard across two pages of one browser context', () => {
  interface FrameHandle {
    guard: TabGuard;
    conflicts: ReturnType<typeof signal>;
    resumes: ReturnType<typeof signal>;
    frame: HTMLIFrameElement;
  }

  // One clock for both pages, a step per reading: claims are ordered by when they are made, never tied.
  let ticks = 0;
  const sharedClock = () => (ticks += 10);
  (window as unknown as { sharedClock: () => number }).sharedClock = sharedClock;

  async function openPage(name: string, useLocks: boolean): Promise<FrameHandle> {
    const conflicts = signal();
    const resumes = signal();
    const frame = document.createElement('iframe');
    const token = `${name}-frame`;
    const ready = new Promise<void>((resolve) => {
      const onMessage = (e: MessageEvent) => {
        const d = e.data as { token?: string; event?: string };
        if (e.source !== frame.contentWindow || d?.token !== token) return;
        if (d.event === 'ready') resolve();
        if (d.event === 'conflict') conflicts.fire();
        if (d.event === 'resume') resumes.fire();
      };
      window.addEventListener('message', onMessage);
    });
    frame.srcdoc = `<!doctype html><script type="module">
      import { createTabGuard } from '/src/core/session/tab-guard.ts';
      const token = ${JSON.stringify(token)};
      window.guard = createTabGuard({
        agentId: 'agent-1',
        channelName: ${JSON.stringify(name)},
        now: () => parent.sharedClock(),
        ${useLocks ? '' : 'locks: null,'}
        onConflict: () => parent.postMessage({ token, event: 'conflict' }, '*'),
        onResume: () => parent.postMessage({ token, event: 'resume' }, '*'),
      });
      parent.postMessage({ token, event: 'ready' }, '*');
    </script>`;
    document.body.append(frame);
    await ready;
    const guard = (frame.contentWindow as unknown as { guard: TabGuard }).guard;
    return { guard, conflicts, resumes, frame };
  }

  for (const useLocks of [true, false]) {
    describe(useLocks ? 'with Web Locks' : 'with BroadcastChannel alone', () => {
      let page: FrameHandle | undefined;
      let here: TabGuard | undefined;
      afterEach(() => {
        page?.guard.dispose();
        page?.frame.remove();
        here?.dispose();
      });

      it('takes the session over both ways, with exactly one page active', async () => {
        const name = freshName();
        page = await openPage(name, useLocks);
        const hereLost = signal();
        const hereResumed = signal();
        here = createTabGuard({
          agentId: 'agent-1',
          channelName: name,
          now: sharedClock,
          ...(useLocks ? {} : { locks: null }),
          onConflict: hereLost.fire,
          onResume: hereResumed.fire,
        });
        expect(page.guard.usesLocks).to.equal(useLocks);
        expect(page.guard.tabId).not.to.equal(here.tabId);

        await here.claim();
        expect(activeCount(here, page.guard)).to.equal(1);

        const lostHere = hereLost.next();
        await page.guard.claim();
        await lostHere;
        expect([here.state, page.guard.state]).to.deep.equal(['conflict', 'active']);

        const lostThere = page.conflicts.next();
        await here.claim();
        await lostThere;
        expect([here.state, page.guard.state]).to.deep.equal(['active', 'conflict']);
        expect(hereResumed.calls).to.equal(1);

        const lostHereAgain = hereLost.next();
        const resumedThere = page.resumes.next();
        await page.guard.claim();
        await Promise.all([lostHereAgain, resumedThere]);
        expect([here.state, page.guard.state]).to.deep.equal(['conflict', 'active']);
        expect(activeCount(here, page.guard)).to.equal(1);
      });
    });
  }
});
