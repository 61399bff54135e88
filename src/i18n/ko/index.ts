/** ko 카탈로그. 필요할 때 로드됩니다(번들의 별도 청크). */
import { common } from './common.js';
import { login } from './login.js';
import { preferences } from './preferences.js';
import { team } from './team.js';
import { session } from './session.js';
import type { Terms } from '../terms.js';

export const terms: Terms = { ...common, ...login, ...preferences, ...team, ...session };
