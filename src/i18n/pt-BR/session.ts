import type { SessionTerms } from '../en/index.js';

/** Termos do <session-banner> (pt-BR). */
export const session: SessionTerms = {
  bannerRegion: 'Mensagens da sessão',
};
