import type { TeamTerms } from '../en/index.js';

/** Termos do <team-picker> (pt-BR). */
export const team: TeamTerms = {
  teamLabel: 'Equipe',
  teamPlaceholder: 'Pesquise ou escolha uma equipe',
  teamListLabel: 'Equipes',
  teamShowList: 'Mostrar equipes',
  teamClear: 'Limpar equipe',
  teamNoMatch: (query: string) => `Nenhuma equipe corresponde a “${query}”`,
  teamNoMatchHint: 'Verifique a grafia ou digite parte do nome da equipe.',
  teamResults: (count: number) =>
    count === 1 ? `${count} equipe encontrada` : `${count.toLocaleString('pt-BR')} equipes encontradas`,
  teamAvailable: (count: number) =>
    count === 1
      ? `${count} equipe. Use as teclas de seta para escolhê-la.`
      : `${count.toLocaleString('pt-BR')} equipes. Digite para pesquisar ou use as teclas de seta.`,
  teamNone:
    'Você não faz parte de nenhuma equipe, por isso ainda não pode iniciar sessão. Peça ao administrador para incluir você em uma equipe.',
  teamRequired: 'Escolha uma equipe para continuar.',
};
