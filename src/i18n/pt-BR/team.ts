import type { TeamTerms } from '../en/index.js';

/** Termos do <team-picker> (pt-BR). */
export const team: TeamTerms = {
  teamLabel: 'Equipe',
};
