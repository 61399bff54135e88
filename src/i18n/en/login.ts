/** Terms of <agent-login>'s own steps (English, the source locale). */
export const login = {
  signInTitle: 'Sign in',
  emailLabel: 'Email',
};
