/**
 * The single-session guard: one tab at a time per agent per browser (issue #6). An agent signed in
 * twice loses calls to the wrong tab, so when another tab of the same origin signs in as the same
 * agent (or takes the session over), this tab is told at once (`onConflict`) and shows the
 * multi-session warning; its Continue calls `claim()`, which tells the other tab in turn.
 *
 * How it works, without polling:
 *
 * - **Web Locks, when the browser has them** (`navigator.locks`, secure contexts). The active tab
 *   holds an exclusive lock named `<channel>:<agentId>` for as long as it is active. `claim()`
 *   requests it with `steal: true`: the browser's lock manager hands it over atomically and rejects
 *   the previous holder's request with an `AbortError`, which is how the previous tab learns it lost
 *   the session. The lock manager is the single source of truth, so two tabs claiming at the same
 *   instant still end with exactly one holder, and a tab that was frozen in the background learns
 *   it lost as soon as it runs again. A closed or crashed tab releases its lock by itself.
 *   `heldElsewhere()` uses `locks.query()` to ask, without taking anything, whether another tab
 *   holds the session (e.g. before restoring a session on load).
 * - **BroadcastChannel** carries `{ type: 'claim', agentId, tabId, at }` and
 *   `{ type: 'release', agentId, tabId, at }` to the other tabs. With Web Locks it only informs
 *   (a release lets a warned tab know the session is free: `onVacated`). Without Web Locks
 *   (insecure origins, old browsers) it decides: the latest claim wins, ordered by `at`, a hybrid
 *   logical clock (wall-clock milliseconds, but always later than any claim this tab has seen) with
 *   the tab id breaking ties, so every tab orders two racing claims the same way. An active tab
 *   that hears an *older* claim answers with its own, so a tab that missed a message converges too.
 *
 * The module has no DOM or Lit dependency; the channel, the lock manager, the clock and the tab id
 * are injectable for tests.
 */

/** Sent when a tab takes the session. `at` orders claims (later wins). */
export interface TabClaimMessage {
  readonly type: 'claim';
  readonly agentId: string;
  readonly tabId: string;
  readonly at: number;
}

/** Sent when the active tab signs out. */
export interface TabReleaseMessage {
  readonly type: 'release';
  readonly agentId: string;
  readonly tabId: string;
  readonly at: number;
}

export type TabGuardMessage = TabClaimMessage | TabReleaseMessage;

/** The part of `BroadcastChannel` the guard uses. */
export interface BroadcastChannelLike {
  postMessage(message: unknown): void;
  close(): void;
  onmessage: ((event: MessageEvent) => void) | null;
}

/** The part of `LockManager` (Web Locks) the guard uses. */
export interface LockManagerLike {
  request(name: string, options: { mode?: 'exclusive'; steal?: boolean; ifAvailable?: boolean }, callback: (lock: unknown) => unknown): Promise<unknown>;
  query?(): Promise<{ held?: readonly { name?: string }[] }>;
}

export interface TabGuardOptions {
  /** The signed-in agent: tabs of other agents never conflict. */
  readonly agentId: string;
  /** BroadcastChannel name and Web Lock prefix; the same in every tab. */
  readonly channelName?: string;
  /** Another tab took this agent's session: show the multi-session warning. */
  readonly onConflict: () => void;
  /** This tab holds the session again after a conflict (its `claim()` went through). */
  readonly onResume?: () => void;
  /** The tab that took the session signed out: the session is free (the warning may say so). */
  readonly onVacated?: () => void;
  /** Opens a channel; default `new BroadcastChannel(name)`; `null`: no channel. */
  readonly broadcastChannel?: ((name: string) => BroadcastChannelLike) | null;
  /** The lock manager; default `navigator.locks`; `null`: don't use Web Locks. */
  readonly locks?: LockManagerLike | null;
  /** This tab's id; default `crypto.randomUUID()`. */
  readonly tabId?: string;
  /** Wall clock in milliseconds; default `Date.now`. */
  readonly now?: () => number;
}

/** Where a guard stands: never claimed or released, taking the lock, holding the session, lost it, disposed. */
export type TabGuardState = 'idle' | 'claiming' | 'active' | 'conflict' | 'disposed';

export interface TabGuard {
  /** This tab's id. */
  readonly tabId: string;
  /** Where the guard stands. */
  readonly state: TabGuardState;
  /** Whether this tab holds the agent's session. */
  readonly active: boolean;
  /** Whether the guard uses Web Locks (else BroadcastChannel alone decides). */
  readonly usesLocks: boolean;
  /** Makes this tab the active one (sign-in, or Continue on the warning); resolves once it is. */
  claim(): Promise<void>;
  /** The agent signed out in this tab: gives the session up and tells the other tabs. */
  release(): void;
  /** Stops listening and lets the lock go, without telling the other tabs (the element went away). */
  dispose(): void;
  /** Whether another tab holds this agent's session; `undefined` when it can't be known (no Web Locks). */
  heldElsewhere(): Promise<boolean | undefined>;
}

export const DEFAULT_CHANNEL_NAME = 'agent-login-elements:session';

/** A random tab id: `crypto.randomUUID()` where available (secure contexts), else 128 random bits. */
export function newTabId(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = c.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Whether a channel message is one of ours (any same-origin script may post on the channel). */
export function isTabGuardMessage(data: unknown): data is TabGuardMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  return (
    (m.type === 'claim' || m.type === 'release') &&
    typeof m.agentId === 'string' &&
    typeof m.tabId === 'string' &&
    typeof m.at === 'number' &&
    Number.isFinite(m.at)
  );
}

/** Whether claim `a` comes after claim `b` in the order every tab agrees on. */
export function claimIsLater(a: Pick<TabClaimMessage, 'at' | 'tabId'>, b: Pick<TabClaimMessage, 'at' | 'tabId'>): boolean {
  return a.at > b.at || (a.at === b.at && a.tabId > b.tabId);
}

function defaultChannel(name: string): BroadcastChannelLike | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : null;
}

function defaultLocks(): LockManagerLike | null {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  return locks && typeof locks.request === 'function' ? locks : null;
}

/** Creates the guard of one tab for one agent. Call `claim()` when the agent signs in. */
export function createTabGuard(options: TabGuardOptions): TabGuard {
  const { agentId, onConflict, onResume, onVacated } = options;
  const channelName = options.channelName ?? DEFAULT_CHANNEL_NAME;
  const lockName = `${channelName}:${agentId}`;
  const tabId = options.tabId ?? newTabId();
  const now = options.now ?? Date.now;
  let locks = options.locks === undefined ? defaultLocks() : options.locks;
  const channel = options.broadcastChannel === undefined ? defaultChannel(channelName) : (options.broadcastChannel?.(channelName) ?? null);

  let state: TabGuardState = 'idle';
  /** Bumped by every claim, release and dispose: a lock callback of an older generation lets go at once. */
  let generation = 0;
  /** Settles the promise that keeps the held lock. */
  let letGo: (() => void) | undefined;
  let claiming: Promise<void> | undefined;
  /** The hybrid logical clock: the latest `at` this tab has sent or seen. */
  let clock = 0;
  /** This tab's current claim (broadcast mode orders claims by it). */
  let mine: TabClaimMessage | undefined;
  /** The latest claim this tab knows of (its own included): who holds the session. */
  let latest: Pick<TabClaimMessage, 'tabId' | 'at'> | undefined;

  const tick = () => (clock = Math.max(now(), clock + 1));
  const post = (message: TabGuardMessage) => {
    try {
      channel?.postMessage(message);
    } catch {
      // A closed channel (page going away): nothing to tell.
    }
  };

  function becomeActive(resumed: boolean): void {
    state = 'active';
    claiming = undefined;
    mine = { type: 'claim', agentId, tabId, at: tick() };
    latest = mine;
    post(mine);
    if (resumed) onResume?.();
  }

  function lose(): void {
    if (state !== 'active') return;
    state = 'conflict';
    letGo?.();
    letGo = undefined;
    onConflict();
  }

  function claimWithLock(lockManager: LockManagerLike, resumed: boolean): Promise<void> {
    const gen = ++generation;
    state = 'claiming';
    return new Promise<void>((resolve) => {
      let granted = false;
      const settle = () => {
        if (gen === generation) claiming = undefined;
        resolve();
      };
      const request = (): Promise<unknown> =>
        lockManager.request(lockName, { mode: 'exclusive', steal: true }, () => {
          granted = true;
          if (gen !== generation) return undefined; // released or disposed meanwhile: let go at once
          return new Promise<void>((release) => {
            letGo = release;
            becomeActive(resumed);
            settle();
          });
        });
      let pending: Promise<unknown>;
      try {
        pending = request();
      } catch (error) {
        pending = Promise.reject(error);
      }
      pending.then(
        () => settle(),
        () => {
          if (!granted) {
            // Web Locks refused outright (sandboxed frame, opaque origin): BroadcastChannel decides.
            locks = null;
            if (gen === generation && state === 'claiming') becomeActive(resumed);
            settle();
            return;
          }
          // Stolen: another tab's claim took the lock.
          if (gen === generation) lose();
          settle();
        },
      );
    });
  }

  function onMessage(event: MessageEvent): void {
    const m: unknown = event.data;
    if (state === 'disposed' || !isTabGuardMessage(m) || m.agentId !== agentId || m.tabId === tabId) return;
    clock = Math.max(clock, m.at);
    if (m.type === 'release') {
      if (m.tabId === latest?.tabId) {
        latest = undefined;
        if (state === 'conflict') onVacated?.();
      }
      return;
    }
    if (locks) {
      // The lock manager decides (a stolen lock calls lose()); the claim only says who holds the session.
      if (!latest || claimIsLater(m, latest)) latest = m;
      return;
    }
    if (state === 'active' && mine && !claimIsLater(m, mine)) {
      // An older claim from a tab that missed ours: answer, so it stands down.
      post(mine);
      return;
    }
    if (!latest || claimIsLater(m, latest)) latest = m;
    lose();
  }

  if (channel) channel.onmessage = onMessage;

  return {
    tabId,
    get state() {
      return state;
    },
    get active() {
      return state === 'active';
    },
    get usesLocks() {
      return !!locks;
    },
    claim() {
      if (state === 'disposed' || state === 'active') return Promise.resolve();
      if (claiming) return claiming;
      const resumed = state === 'conflict';
      if (locks) {
        claiming = claimWithLock(locks, resumed);
        return claiming;
      }
      generation++;
      becomeActive(resumed);
      return Promise.resolve();
    },
    release() {
      if (state === 'disposed') return;
      const wasActive = state === 'active';
      generation++;
      claiming = undefined;
      state = 'idle';
      letGo?.();
      letGo = undefined;
      mine = undefined;
      if (wasActive) {
        latest = undefined;
        post({ type: 'release', agentId, tabId, at: tick() });
      }
    },
    dispose() {
      if (state === 'disposed') return;
      generation++;
      claiming = undefined;
      state = 'disposed';
      letGo?.();
      letGo = undefined;
      if (channel) {
        channel.onmessage = null;
        channel.close();
      }
    },
    async heldElsewhere() {
      if (!locks?.query) return undefined;
      if (state === 'active') return false;
      try {
        const snapshot = await locks.query();
        return (snapshot.held ?? []).some((l) => l.name === lockName);
      } catch {
        return undefined;
      }
    },
  };
}
