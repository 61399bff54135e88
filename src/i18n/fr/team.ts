import type { TeamTerms } from '../en/index.js';

/** Singulier en français pour 0 et 1 (« 0 équipe trouvée »). */
const one = (count: number) => new Intl.PluralRules('fr').select(count) === 'one';

/** Termes de <team-picker> (fr). */
export const team: TeamTerms = {
  teamLabel: 'Équipe',
  teamPlaceholder: 'Rechercher ou choisir une équipe',
  teamListLabel: 'Équipes',
  teamShowList: 'Afficher les équipes',
  teamClear: 'Effacer l’équipe choisie',
  teamNoMatch: (query: string) => `Aucune équipe ne correspond à «\u00a0${query}\u00a0»`,
  teamNoMatchHint: 'Vérifiez l’orthographe ou saisissez une partie du nom de l’équipe.',
  teamResults: (count: number) =>
    one(count) ? `${count} équipe trouvée` : `${count.toLocaleString('fr')} équipes trouvées`,
  teamAvailable: (count: number) =>
    one(count)
      ? `${count} équipe. Utilisez les touches fléchées pour la choisir.`
      : `${count.toLocaleString('fr')} équipes. Saisissez du texte pour rechercher, ou utilisez les touches fléchées.`,
  teamNone:
    'Vous n’êtes membre d’aucune équipe\u00a0: vous ne pouvez donc pas encore vous connecter. Demandez à votre administrateur de vous ajouter à une équipe.',
  teamRequired: 'Choisissez une équipe pour continuer.',
};
