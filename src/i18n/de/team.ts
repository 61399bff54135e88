import type { TeamTerms } from '../en/index.js';

/** Begriffe von <team-picker> (de). */
export const team: TeamTerms = {
  teamLabel: 'Team',
  teamPlaceholder: 'Team suchen oder auswählen',
  teamListLabel: 'Teams',
  teamShowList: 'Teams anzeigen',
  teamClear: 'Teamauswahl löschen',
  teamNoMatch: (query: string) => `Kein Team entspricht „${query}“`,
  teamNoMatchHint: 'Überprüfen Sie die Schreibweise oder geben Sie einen Teil des Teamnamens ein.',
  teamResults: (count: number) => (count === 1 ? `${count} Team gefunden` : `${count.toLocaleString('de')} Teams gefunden`),
  teamAvailable: (count: number) =>
    count === 1
      ? `${count} Team. Wählen Sie es mit den Pfeiltasten aus.`
      : `${count.toLocaleString('de')} Teams. Geben Sie einen Suchbegriff ein oder verwenden Sie die Pfeiltasten.`,
  teamNone:
    'Sie sind keinem Team zugeordnet und können sich daher noch nicht anmelden. Bitten Sie Ihren Administrator, Sie einem Team hinzuzufügen.',
  teamRequired: 'Wählen Sie ein Team, um fortzufahren.',
};
