import type { LoginTerms } from '../en/index.js';

/** Termos do <agent-login> (pt-BR). */
export const login: LoginTerms = {
  signInTitle: 'Iniciar sessão',
  emailLabel: 'Email',
};
