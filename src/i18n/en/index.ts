/**
 * The English catalogue: the source locale, bundled with the elements. Every other locale must
 * have exactly these keys with the same placeholder parameters (checked by tsc and by a test).
 * One file per area so each element's terms live next to each other.
 */
import { common } from './common.js';
import { login } from './login.js';
import { preferences } from './preferences.js';
import { team } from './team.js';
import { session } from './session.js';

export const en = { ...common, ...login, ...preferences, ...team, ...session };

export type CommonTerms = typeof common;
export type LoginTerms = typeof login;
export type PreferencesTerms = typeof preferences;
export type TeamTerms = typeof team;
export type SessionTerms = typeof session;
