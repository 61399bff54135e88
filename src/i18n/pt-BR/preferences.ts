import type { PreferencesTerms } from '../en/index.js';

/** Termos do <interaction-preferences> (pt-BR), na redação do guia do Agent Desktop. */
export const preferences: PreferencesTerms = {
  handleCalls: 'Tratar chamadas',
};
