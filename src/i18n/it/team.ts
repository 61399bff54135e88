import type { TeamTerms } from '../en/index.js';

/** Termini di <team-picker> (it). */
export const team: TeamTerms = {
  teamLabel: 'Team',
  teamPlaceholder: 'Cerca o scegli un team',
  teamListLabel: 'Elenco dei team',
  teamShowList: 'Mostra i team',
  teamClear: 'Cancella la selezione del team',
  teamNoMatch: (query: string) => `Nessun team corrisponde a «${query}»`,
  teamNoMatchHint: 'Controlla l’ortografia o digita parte del nome del team.',
  teamResults: (count: number) => (count === 1 ? `${count} team trovato` : `${count.toLocaleString('it')} team trovati`),
  teamAvailable: (count: number) =>
    count === 1
      ? `${count} team. Usa i tasti freccia per sceglierlo.`
      : `${count.toLocaleString('it')} team. Digita per cercare o usa i tasti freccia.`,
  teamNone:
    'Non fai parte di nessun team, quindi non puoi ancora accedere. Chiedi all’amministratore di aggiungerti a un team.',
  teamRequired: 'Scegli un team per continuare.',
};
