/**
 * Remembered preferences: what an agent chose on the preferences step, kept per agent in
 * `localStorage` so the next sign-in is pre-filled (and, with "Don't show this again", automatic;
 * issue #5).
 *
 * The stored record is versioned and read back through zod: corrupt JSON, an old or future
 * version, another agent's record or anything that fails the schema counts as "nothing saved".
 * Storage that is missing, blocked (private mode, a sandboxed frame) or full never throws out of
 * this module: reads give `null` and writes give `false`, so the flow carries on and can tell the
 * agent their choice will be asked again. A password has no field here and is never written.
 */
import * as z from 'zod/mini';
import { LoginOptionSchema } from '../../contract/schemas.js';

/** Version of the stored record; a record of any other version is ignored. */
export const PREFERENCES_VERSION = 1;

/** The `localStorage` key of an agent's record. */
export const preferencesKey = (agentId: string) => `agent-login:preferences:${agentId}`;

export const SavedPreferencesSchema = z.object({
  v: z.literal(PREFERENCES_VERSION),
  agentId: z.string().check(z.minLength(1), z.maxLength(512)),
  loginOption: z.optional(LoginOptionSchema),
  /** E.164 dial number or the extension's digits. */
  dialNumber: z.optional(z.string().check(z.regex(/^\+?\d{1,20}$/))),
  international: z.optional(z.boolean()),
  country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))),
  teamId: z.string().check(z.minLength(1), z.maxLength(512)),
  /** "Don't show this again": sign in automatically next time. */
  autoLogin: z.boolean(),
  /** The collaboration providers the agent skipped (an automatic sign-in does not connect them). */
  skipped: z.optional(z.array(z.string()).check(z.maxLength(16))),
  savedAt: z.iso.datetime(),
});

/** A stored, validated record. */
export type SavedPreferences = z.infer<typeof SavedPreferencesSchema>;

/** What the caller saves: the record without its version, owner and timestamp. */
export type PreferencesInput = Omit<SavedPreferences, 'v' | 'agentId' | 'savedAt'>;

export interface PreferencesStore {
  /** The agent's saved preferences, or `null` when nothing usable is saved. Never throws. */
  load(agentId: string): SavedPreferences | null;
  /** Saves (replaces) the agent's preferences; `false` when storage is missing, blocked or full. */
  save(agentId: string, preferences: PreferencesInput): boolean;
  /**
   * Turns automatic sign-in on or off in the saved record. With nothing saved, turning it off
   * succeeds (there is nothing to sign in with) and turning it on fails.
   */
  setAutoLogin(agentId: string, on: boolean): boolean;
  /** Forgets the agent's preferences; `false` when storage is missing or blocked. */
  clear(agentId: string): boolean;
}

/** `globalThis.localStorage`, or `null` where merely touching it throws (blocked cookies, sandboxes). */
function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * A preferences store over `storage`: by default the browser's `localStorage`, looked up on each
 * call; `null` for a store that keeps nothing. `now` is the clock of `savedAt`.
 */
export function createPreferencesStore(
  storage?: Storage | null,
  options: { now?: () => Date } = {},
): PreferencesStore {
  const getStorage = storage === undefined ? browserStorage : () => storage;
  const now = options.now ?? (() => new Date());

  const load = (agentId: string): SavedPreferences | null => {
    try {
      const raw = getStorage()?.getItem(preferencesKey(agentId));
      if (raw == null) return null;
      const result = SavedPreferencesSchema.safeParse(JSON.parse(raw));
      return result.success && result.data.agentId === agentId ? result.data : null;
    } catch {
      return null;
    }
  };

  const write = (record: SavedPreferences): boolean => {
    // Validate before writing: never leave a record behind that the next load would reject.
    const result = SavedPreferencesSchema.safeParse(record);
    const target = getStorage();
    if (!result.success || !target) return false;
    try {
      target.setItem(preferencesKey(record.agentId), JSON.stringify(result.data));
      return true;
    } catch {
      // QuotaExceededError, SecurityError: the caller tells the agent it was not saved.
      return false;
    }
  };

  const save = (agentId: string, p: PreferencesInput): boolean =>
    // Fields are picked one by one, so nothing else the caller's object holds is ever stored.
    write({
      v: PREFERENCES_VERSION,
      agentId,
      ...(p.loginOption !== undefined ? { loginOption: p.loginOption } : {}),
      ...(p.dialNumber !== undefined ? { dialNumber: p.dialNumber } : {}),
      ...(p.international !== undefined ? { international: p.international } : {}),
      ...(p.country !== undefined ? { country: p.country } : {}),
      teamId: p.teamId,
      autoLogin: p.autoLogin,
      skipped: p.skipped,
      savedAt: now().toISOString(),
    });

  const setAutoLogin = (agentId: string, on: boolean): boolean => {
    if (!getStorage()) return false;
    const saved = load(agentId);
    if (!saved) return !on;
    return write({ ...saved, autoLogin: on, savedAt: now().toISOString() });
  };

  const clear = (agentId: string): boolean => {
    try {
      const target = getStorage();
      target?.removeItem(preferencesKey(agentId));
      return !!target;
    } catch {
      return false;
    }
  };

  return { load, save, setAutoLogin, clear };
}
