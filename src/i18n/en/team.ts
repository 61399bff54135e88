/** Terms of <team-picker> (English, the source locale). */
export const team = {
  teamLabel: 'Team',
  teamPlaceholder: 'Search or choose a team',
  teamListLabel: 'Teams',
  teamShowList: 'Show teams',
  teamClear: 'Clear team',
  teamNoMatch: (query: string) => `No team matches “${query}”`,
  teamNoMatchHint: 'Check the spelling, or type part of the team’s name.',
  teamResults: (count: number) => (count === 1 ? `${count} team found` : `${count.toLocaleString('en')} teams found`),
  teamAvailable: (count: number) =>
    count === 1 ? `${count} team. Use the arrow keys to choose it.` : `${count.toLocaleString('en')} teams. Type to search, or use the arrow keys.`,
  teamNone: 'You aren’t a member of any team, so you can’t sign in yet. Ask your administrator to add you to a team.',
  teamRequired: 'Choose a team to continue.',
};
