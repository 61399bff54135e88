/** Terms of <interaction-preferences> (English, the source locale). */
export const preferences = {
  handleCalls: 'Handle calls',
};
