/** Catalogus nl, op aanvraag geladen (een eigen chunk in de bundle). */
import { common } from './common.js';
import { login } from './login.js';
import { preferences } from './preferences.js';
import { team } from './team.js';
import { session } from './session.js';
import type { Terms } from '../terms.js';

export const terms: Terms = { ...common, ...login, ...preferences, ...team, ...session };
