/**
 * The events `<session-banner>` fires. Both bubble, are composed (they reach the host page from
 * inside `<agent-login>`'s shadow root) and are cancelable: they fire *before* the action, and a
 * listener that calls `preventDefault()` vetoes it.
 */

/** Empty: the takeover concerns this tab's session, which the listener already knows. */
export type SessionTakeoverDetail = Record<string, never>;

export interface BannerDismissDetail {
  /** The id of the message the agent dismissed. */
  readonly id: string;
}

/**
 * The agent chose Continue on the multi-session warning: this tab should take the session back.
 * `<agent-login>` (or the host page, standalone) performs the takeover; `preventDefault()` vetoes it.
 */
export class SessionTakeoverEvent extends Event {
  static readonly type = 'agent-session-takeover';
  readonly detail: SessionTakeoverDetail;
  constructor() {
    super(SessionTakeoverEvent.type, { bubbles: true, composed: true, cancelable: true });
    this.detail = {};
  }
}

/**
 * The agent dismissed a message. Unless a listener calls `preventDefault()`, a banner whose messages
 * the host set hides the message itself; inside `<agent-login>` the flow removes it from the context.
 */
export class BannerDismissEvent extends Event {
  static readonly type = 'agent-banner-dismiss';
  readonly detail: BannerDismissDetail;
  constructor(detail: BannerDismissDetail) {
    super(BannerDismissEvent.type, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'agent-session-takeover': SessionTakeoverEvent;
    'agent-banner-dismiss': BannerDismissEvent;
  }
  interface GlobalEventHandlersEventMap {
    'agent-session-takeover': SessionTakeoverEvent;
    'agent-banner-dismiss': BannerDismissEvent;
  }
}
