/**
 * The microphone permission, for the Desktop (browser calling) option: what the browser says, and
 * how to allow the microphone in the browser the agent is using. Issue #3: an agent whose browser
 * blocks the microphone must learn it, and how to fix it, before signing in.
 */

/** What the Permissions API says about the microphone; `unsupported` when the browser can't tell. */
export type MicrophoneState = PermissionState | 'unsupported';

/** The part of a `PermissionStatus` the element uses (so tests and hosts can supply their own). */
export interface MicrophonePermission {
  readonly state: PermissionState;
  addEventListener?(type: 'change', listener: () => void): void;
  removeEventListener?(type: 'change', listener: () => void): void;
}

/** Browsers whose settings differ enough to need their own instructions. */
export type BrowserFamily = 'edge' | 'chrome' | 'firefox' | 'safari' | 'other';

/** The browser family of a user-agent string (Edge before Chrome: Edge's string also says Chrome). */
export function browserFamily(userAgent: string): BrowserFamily {
  if (/\bEdg(?:e|A|iOS)?\//.test(userAgent)) return 'edge';
  if (/\b(?:Firefox|FxiOS)\//.test(userAgent)) return 'firefox';
  if (/\b(?:Chrome|Chromium|CriOS|HeadlessChrome)\//.test(userAgent)) return 'chrome';
  if (/\bVersion\/[\d.]+.*\bSafari\//.test(userAgent)) return 'safari';
  return 'other';
}

/**
 * Asks the Permissions API about the microphone. `null` when the browser has no Permissions API or
 * doesn't know the `microphone` name (older Firefox and Safari throw a `TypeError`).
 */
export async function queryMicrophonePermission(): Promise<MicrophonePermission | null> {
  if (typeof navigator === 'undefined' || !navigator.permissions?.query) return null;
  try {
    return await navigator.permissions.query({ name: 'microphone' as PermissionName });
  } catch {
    return null;
  }
}
