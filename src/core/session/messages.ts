/**
 * The banner message model: what `<session-banner>` shows. A message is data (a kind, a severity
 * and the facts it needs); the element turns it into localised text and actions, so the same
 * message reads right in every language and never carries server markup.
 *
 * The pure helpers below decide what the element renders: the order of a stack
 * ({@link sortMessages}), which actions a message offers ({@link bannerActions}), whether it is
 * announced as an alert ({@link isAlert}), and when a message counts as changed
 * ({@link messageSignature}: a changed message is announced again, an unchanged one never is).
 */

export type BannerSeverity = 'error' | 'warning' | 'info' | 'success';

export type BannerKind =
  | 'multi-session' // another tab or browser took the session: Continue takes it back
  | 'degraded' // some features are unavailable: Reload
  | 'session-expired'
  | 'connection-lost' // or a session that cannot be restored: Reload guidance
  | 'rona' // Redirection on No Answer: tracking ID + Copy
  | 'microphone-blocked'
  | 'collaboration-failed'
  | 'preferences-not-saved';

/** Every kind, in no particular order (for stories, tests and dev-mode checks). */
export const BANNER_KINDS: readonly BannerKind[] = [
  'multi-session',
  'degraded',
  'session-expired',
  'connection-lost',
  'rona',
  'microphone-blocked',
  'collaboration-failed',
  'preferences-not-saved',
];

export interface BannerMessage {
  /** Stable id: one message per id (a newer one replaces it). */
  readonly id: string;
  readonly kind: BannerKind;
  readonly severity: BannerSeverity;
  readonly trackingId?: string;
  /** `degraded`: the unavailable features (untrusted server text, rendered as text). */
  readonly features?: readonly string[];
  /** `collaboration-failed`: the provider's label, e.g. "Microsoft Teams". */
  readonly label?: string;
  /** `multi-session` while on a call: the call controls may take a few seconds to come back. */
  readonly busy?: boolean;
  /** Whether the agent may dismiss it. */
  readonly dismissible?: boolean;
  /** Offer Reload. Default: `true` for `degraded` and `connection-lost`, `false` otherwise. */
  readonly reload?: boolean;
}

/** What the agent can do about a message, in the order the buttons appear. */
export type BannerAction = 'continue' | 'reload' | 'copy' | 'dismiss';

const RANK: Record<BannerSeverity, number> = { error: 0, warning: 1, info: 2, success: 3 };

const RELOAD_BY_DEFAULT: ReadonlySet<BannerKind> = new Set(['degraded', 'connection-lost']);

/** Messages in display order: most severe first, then oldest first (stable). */
export function sortMessages(messages: readonly BannerMessage[]): BannerMessage[] {
  return messages
    .map((m, i) => ({ m, i }))
    .sort((a, b) => RANK[a.m.severity] - RANK[b.m.severity] || a.i - b.i)
    .map(({ m }) => m);
}

/** Adds or replaces a message by id. */
export function upsertMessage(messages: readonly BannerMessage[], message: BannerMessage): BannerMessage[] {
  return [...messages.filter((m) => m.id !== message.id), message];
}

/** Removes a message by id. */
export function removeMessage(messages: readonly BannerMessage[], id: string): BannerMessage[] {
  return messages.filter((m) => m.id !== id);
}

/** One message per id, the last one winning (a list built by hand may repeat an id). */
export function uniqueMessages(messages: readonly BannerMessage[]): BannerMessage[] {
  const last = new Map<string, number>();
  messages.forEach((m, i) => last.set(m.id, i));
  return messages.filter((m, i) => last.get(m.id) === i);
}

/**
 * The actions a message offers: Continue for `multi-session`; Reload where asked for (by default on
 * `degraded` and `connection-lost`); Copy whenever there is a tracking ID (RONA always shows one when
 * the service sent it); Dismiss when the message is dismissible.
 */
export function bannerActions(message: BannerMessage): BannerAction[] {
  const actions: BannerAction[] = [];
  if (message.kind === 'multi-session') actions.push('continue');
  if (message.reload ?? RELOAD_BY_DEFAULT.has(message.kind)) actions.push('reload');
  if (message.trackingId) actions.push('copy');
  if (message.dismissible) actions.push('dismiss');
  return actions;
}

/** Errors interrupt (`role="alert"`); warnings, information and success wait (`role="status"`). */
export function isAlert(message: BannerMessage): boolean {
  return message.severity === 'error';
}

/**
 * Everything about a message that changes what the agent reads or can do. Two messages with the same
 * signature look the same: re-rendering one does not announce it again, and dismissing one hides
 * the other. A message whose facts change (new features, a new tracking ID) is announced anew.
 */
export function messageSignature(message: BannerMessage): string {
  return JSON.stringify([
    message.id,
    message.kind,
    message.severity,
    message.trackingId ?? null,
    message.features ?? null,
    message.label ?? null,
    !!message.busy,
    !!message.dismissible,
    message.reload ?? null,
  ]);
}

/** Browsers whose microphone settings we can describe step by step. */
export type BrowserFamily = 'chrome' | 'edge' | 'firefox' | 'safari' | 'other';

/**
 * The browser family from a user-agent string (or the brands of `navigator.userAgentData`), to say
 * how to allow the microphone in *this* browser. Order matters: Edge and Opera also say "Chrome",
 * Chrome also says "Safari".
 */
export function browserFamily(userAgent: string, brands: readonly string[] = []): BrowserFamily {
  const b = brands.join(' ');
  if (/Microsoft Edge/i.test(b) || /\bEdg(e|A|iOS)?\//.test(userAgent)) return 'edge';
  if (/\bOPR\/|Opera/i.test(userAgent) || /Opera/i.test(b)) return 'other';
  if (/Google Chrome|Chromium/i.test(b) || /(Chrome|Chromium|CriOS)\//.test(userAgent)) return 'chrome';
  if (/\b(Firefox|FxiOS)\//.test(userAgent)) return 'firefox';
  if (/\bVersion\/[\d.]+.*Safari\//.test(userAgent)) return 'safari';
  return 'other';
}
