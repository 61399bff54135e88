/** Terms of <team-picker> (English, the source locale). */
export const team = {
  teamLabel: 'Team',
};
