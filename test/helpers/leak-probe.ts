/**
 * Counts what a page holds on to, for the 50-sign-in leak test (issue #10). Import it before any
 * element module: it wraps `addEventListener`/`removeEventListener`, the timer functions and
 * `BroadcastChannel` so that everything the elements register from then on is counted.
 */

type Key = string;

const listeners = new Map<EventTarget, Map<unknown, Set<Key>>>();
const pendingTimers = new Set<string>();
const openChannels = new Set<BroadcastChannel>();

const keyOf = (type: string, options?: boolean | AddEventListenerOptions) =>
  `${type}|${typeof options === 'boolean' ? options : !!options?.capture}`;

function forget(target: EventTarget, listener: unknown, key: Key): void {
  const byListener = listeners.get(target);
  const keys = byListener?.get(listener);
  if (!keys?.delete(key)) return;
  if (keys.size === 0) byListener!.delete(listener);
  if (byListener!.size === 0) listeners.delete(target);
}

const add = EventTarget.prototype.addEventListener;
const remove = EventTarget.prototype.removeEventListener;
EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
  add.call(this, type, listener, options);
  if (!listener) return;
  const key = keyOf(type, options);
  const byListener = listeners.get(this) ?? new Map<unknown, Set<Key>>();
  listeners.set(this, byListener);
  const keys = byListener.get(listener) ?? new Set<Key>();
  byListener.set(listener, keys);
  keys.add(key);
  if (typeof options === 'object' && options.once) add.call(this, type, () => forget(this, listener, key), { once: true, capture: !!options.capture });
  if (typeof options === 'object' && options.signal) options.signal.addEventListener('abort', () => forget(this, listener, key), { once: true });
};
EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
  remove.call(this, type, listener, options);
  if (listener) forget(this, listener, keyOf(type, options));
};

type Schedule = (callback: (...args: unknown[]) => void, ...rest: unknown[]) => number;

function track(kind: string, schedule: Schedule, cancel: (id: number) => void, repeats = false) {
  return {
    schedule(callback: (...args: unknown[]) => void, ...rest: unknown[]): number {
      let id = 0;
      id = schedule((...args: unknown[]) => {
        if (!repeats) pendingTimers.delete(`${kind}:${id}`);
        callback(...args);
      }, ...rest);
      pendingTimers.add(`${kind}:${id}`);
      return id;
    },
    cancel(id: number): void {
      pendingTimers.delete(`${kind}:${id}`);
      cancel(id);
    },
  };
}

const w = window as unknown as Record<string, unknown>;
for (const [kind, scheduleName, cancelName, repeats] of [
  ['timeout', 'setTimeout', 'clearTimeout', false],
  ['interval', 'setInterval', 'clearInterval', true],
  ['frame', 'requestAnimationFrame', 'cancelAnimationFrame', false],
  ['idle', 'requestIdleCallback', 'cancelIdleCallback', false],
] as const) {
  if (typeof w[scheduleName] !== 'function') continue;
  const t = track(kind, (w[scheduleName] as Schedule).bind(window), (w[cancelName] as (id: number) => void).bind(window), repeats);
  w[scheduleName] = t.schedule;
  w[cancelName] = t.cancel;
}

const NativeChannel = BroadcastChannel;
const close = NativeChannel.prototype.close;
window.BroadcastChannel = class extends NativeChannel {
  constructor(name: string) {
    super(name);
    openChannels.add(this);
  }
} as typeof BroadcastChannel;
NativeChannel.prototype.close = function (this: BroadcastChannel) {
  openChannels.delete(this);
  close.call(this);
};

/** Every node of the document, shadow roots included. */
function countNodes(root: Node): number {
  let count = 1;
  if (root instanceof Element && root.shadowRoot) count += countNodes(root.shadowRoot);
  for (let child = root.firstChild; child; child = child.nextSibling) count += countNodes(child);
  return count;
}

/** Listeners still registered on live targets: nodes in the document and every non-node target. */
function countListeners(): number {
  let count = 0;
  for (const [target, byListener] of listeners) {
    if (target instanceof Node && !target.isConnected) continue;
    for (const keys of byListener.values()) count += keys.size;
  }
  return count;
}

export interface Holdings {
  nodes: number;
  listeners: number;
  timers: number;
  channels: number;
  locks: number;
}

/** What the page holds right now. */
export async function holdings(): Promise<Holdings> {
  const locks = navigator.locks ? await navigator.locks.query() : { held: [], pending: [] };
  return {
    nodes: countNodes(document),
    listeners: countListeners(),
    timers: pendingTimers.size,
    channels: openChannels.size,
    locks: (locks.held?.length ?? 0) + (locks.pending?.length ?? 0),
  };
}
