import type { TeamTerms } from '../en/index.js';

/** Termen van <team-picker> (nl). */
export const team: TeamTerms = {
  teamLabel: 'Team',
  teamPlaceholder: 'Zoek of kies een team',
  teamListLabel: 'Teams',
  teamShowList: 'Teams weergeven',
  teamClear: 'Teamselectie wissen',
  teamNoMatch: (query: string) => `Geen team gevonden voor ‘${query}’`,
  teamNoMatchHint: 'Controleer de spelling of typ een deel van de teamnaam.',
  teamResults: (count: number) => (count === 1 ? `${count} team gevonden` : `${count.toLocaleString('nl')} teams gevonden`),
  teamAvailable: (count: number) =>
    count === 1
      ? `${count} team. Gebruik de pijltoetsen om het te kiezen.`
      : `${count.toLocaleString('nl')} teams. Typ om te zoeken of gebruik de pijltoetsen.`,
  teamNone:
    'U bent geen lid van een team en kunt zich daarom nog niet aanmelden. Vraag uw beheerder om u aan een team toe te voegen.',
  teamRequired: 'Kies een team om door te gaan.',
};
