/**
 * The banner message model: what `<session-banner>` shows. A message is data (a kind, a severity
 * and the facts it needs); the element turns it into localised text and actions, so the same
 * message reads right in every language and never carries server markup.
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
}

const RANK: Record<BannerSeverity, number> = { error: 0, warning: 1, info: 2, success: 3 };

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
