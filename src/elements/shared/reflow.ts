import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Moves without layout shift (issue #10): when a list re-renders and some of its items land
 * elsewhere (an item arrived above or left below them), each moved item is drawn where it was and
 * then brought to its new place with a transform, the "FLIP" technique. A browser does not count a
 * move that a transform change exactly counters as a layout shift, and the agent sees an item glide
 * instead of jump, so a button they were about to press never leaps from under the pointer.
 *
 * With `prefers-reduced-motion: reduce` an item does not travel: it fades out where it was and fades
 * back in where it lands, never seen in between.
 *
 * A change that comes while items are still gliding waits until they have landed and a frame was
 * drawn at rest ({@link Reflow.settled}): started from a moving item, the new glide would not exactly
 * counter the last drawn frame, and Chromium counts the whole move as a shift.
 */

/** Length of a move, in milliseconds. */
export const MOVE_MS = 200;
/** Material's "standard" easing: quick to start, gentle to land. */
const EASING = 'cubic-bezier(0.2, 0, 0, 1)';
const MOVE_ID = 'reflow-move';

/** Glides the keyed items of a Lit host to their new places after each update. */
export class Reflow implements ReactiveController {
  /** Where each item was drawn before the update under way. */
  private drawnAt = new Map<string, DOMRectReadOnly>();
  /** Pending while items glide, until a frame is drawn with all of them at rest. */
  private moving?: Promise<void>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The items, in the host's render root. */
    private readonly items: () => Iterable<HTMLElement>,
    /** An item's identity across renders (its node may be replaced). */
    private readonly keyOf: (item: HTMLElement) => string | undefined,
  ) {
    host.addController(this);
  }

  /**
   * Resolves once nothing glides and a frame was drawn at rest; `undefined` when that is already
   * so. The host's `scheduleUpdate` waits for it before re-rendering.
   */
  settled(): Promise<void> | undefined {
    return this.moving;
  }

  hostUpdate(): void {
    this.drawnAt.clear();
    if (!this.host.isConnected) return;
    for (const item of this.items()) {
      const key = this.keyOf(item);
      if (key !== undefined) this.drawnAt.set(key, item.getBoundingClientRect());
    }
  }

  hostUpdated(): void {
    // A hidden page draws nothing, so nothing can be seen to jump, and its animations would not run.
    if (!this.drawnAt.size || document.visibilityState === 'hidden') return void this.drawnAt.clear();
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const moves: Animation[] = [];
    for (const item of this.items()) {
      const key = this.keyOf(item);
      const was = key === undefined ? undefined : this.drawnAt.get(key);
      if (!was) continue; // new to the list: it appears in place, which is not a shift
      // A glide still running is part of where the item was drawn (measured above), not of its layout.
      for (const a of item.getAnimations()) if (a.id === MOVE_ID) a.cancel();
      const now = item.getBoundingClientRect();
      // Rects are in the viewport's pixels; a transform is in the item's own. They differ when an
      // ancestor is scaled (a zoomed-out preview pane, a CSS `scale`).
      const scaleX = now.width ? item.offsetWidth / now.width : 1;
      const scaleY = now.height ? item.offsetHeight / now.height : 1;
      const dx = (was.left - now.left) * scaleX;
      const dy = (was.top - now.top) * scaleY;
      if (Math.abs(dx) < 0.5 && Math.abs(dy) < 0.5) continue;
      const from = `translate(${dx}px, ${dy}px)`;
      const keyframes: Keyframe[] = reduced
        ? [
            { transform: from, opacity: 1 },
            { transform: from, opacity: 0, offset: 0.5 },
            { transform: 'none', opacity: 0, offset: 0.5 },
            { transform: 'none', opacity: 1 },
          ]
        : [{ transform: from }, { transform: 'none' }];
      moves.push(item.animate(keyframes, { id: MOVE_ID, duration: MOVE_MS, easing: reduced ? 'linear' : EASING }));
    }
    this.drawnAt.clear();
    if (moves.length) this.waitForRest(moves);
  }

  hostDisconnected(): void {
    for (const item of this.items()) for (const a of item.getAnimations()) if (a.id === MOVE_ID) a.finish();
    // Detached, the host draws nothing: an update held for a frame at rest would wait for nothing.
    this.moving = undefined;
  }

  private waitForRest(moves: Animation[]): void {
    const landed = Promise.all(moves.map((m) => m.finished.catch(() => undefined)));
    // Two frames: the one that draws the items at rest, and the next, by which it was drawn. A page
    // hidden meanwhile draws no frames (and nothing can be seen to jump): a timer then.
    const atRest = landed.then(
      () => new Promise<void>((done) => {
        if (document.visibilityState === 'hidden') return void setTimeout(done, 0);
        requestAnimationFrame(() => requestAnimationFrame(() => done()));
      }),
    );
    const moving = Promise.race([atRest, new Promise<void>((done) => setTimeout(done, MOVE_MS + 300))]).then(() => {
      if (this.moving === moving) this.moving = undefined;
    });
    this.moving = moving;
  }
}
