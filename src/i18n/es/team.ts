import type { TeamTerms } from '../en/index.js';

/** Términos de <team-picker> (es). */
export const team: TeamTerms = {
  teamLabel: 'Equipo',
  teamPlaceholder: 'Busque o elija un equipo',
  teamListLabel: 'Equipos',
  teamShowList: 'Mostrar equipos',
  teamClear: 'Borrar la selección de equipo',
  teamNoMatch: (query: string) => `Ningún equipo coincide con «${query}»`,
  teamNoMatchHint: 'Revise la ortografía o escriba parte del nombre del equipo.',
  teamResults: (count: number) =>
    count === 1 ? `${count} equipo encontrado` : `${count.toLocaleString('es')} equipos encontrados`,
  teamAvailable: (count: number) =>
    count === 1
      ? `${count} equipo. Use las teclas de flecha para elegirlo.`
      : `${count.toLocaleString('es')} equipos. Escriba para buscar o use las teclas de flecha.`,
  teamNone:
    'No pertenece a ningún equipo, así que todavía no puede iniciar sesión. Pida a su administrador que le asigne un equipo.',
  teamRequired: 'Elija un equipo para continuar.',
};
