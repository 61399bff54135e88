import { expect } from '@open-wc/testing';
import type { Team } from '../../src/contract/agent-service.js';
import { TeamSchema } from '../../src/contract/schemas.js';
import {
  centreRow,
  isListKey,
  moveActive,
  pageSize,
  revealRow,
  visibleWindow,
  type ListKey,
} from '../../src/core/teams/listbox.js';
import {
  filterTeams,
  fold,
  indexTeams,
  isTeam,
  matchRanges,
  queryTerms,
  sanitiseTeams,
  segments,
} from '../../src/core/teams/search.js';

const teams = (...names: string[]): Team[] => names.map((name, i) => ({ id: `t${i}`, name }));
const labels = (list: readonly { label: string }[]) => list.map((e) => e.label);
const marked = (label: string, query: string) =>
  segments(label, matchRanges(label, query))
    .map((s) => (s.match ? `[${s.text}]` : s.text))
    .join('');

describe('fold', () => {
  const cases: [string, string][] = [
    ['Suporte Nível 2', 'suporte nivel 2'],
    ['SUPORTE NÍVEL 2', 'suporte nivel 2'],
    ['Atenção ao Cliente', 'atencao ao cliente'],
    ['Ñandú Über', 'nandu uber'],
    ['Straße', 'strasse'],
    ['Øresund Æble', 'oresund aeble'],
    ['İstanbul', 'istanbul'],
    ['Łódź', 'lodz'],
    ['ﬁnance', 'finance'],
    ['Ｔｅａｍ', 'team'],
    ['tab\there\u00a0nbsp', 'tab here nbsp'],
    ['plain ascii 123', 'plain ascii 123'],
    ['', ''],
  ];
  for (const [input, output] of cases) it(`folds "${input}" to "${output}"`, () => expect(fold(input)).to.equal(output));
});

describe('queryTerms', () => {
  const cases: [string, string[]][] = [
    ['', []],
    ['   ', []],
    ['Nív', ['niv']],
    ['  suporte   NÍVEL ', ['suporte', 'nivel']],
    ['a a b', ['a', 'b']],
  ];
  for (const [query, terms] of cases) it(`splits "${query}" into ${JSON.stringify(terms)}`, () => expect(queryTerms(query)).to.deep.equal(terms));
});

describe('indexTeams', () => {
  it('sorts with the collator of the locale, ignoring accents and case, numbers by value', () => {
    const index = indexTeams(teams('Zeta', 'Ágil', 'beta', 'alfa', 'Team 10', 'Team 2', 'Éclair'), 'en');
    expect(labels(index.entries)).to.deep.equal(['Ágil', 'alfa', 'beta', 'Éclair', 'Team 2', 'Team 10', 'Zeta']);
  });

  it('sorts by the locale it is given', () => {
    const list = teams('ä', 'z', 'a');
    expect(labels(indexTeams(list, 'de').entries)).to.deep.equal(['a', 'ä', 'z']);
    expect(labels(indexTeams(list, 'sv').entries)).to.deep.equal(['a', 'z', 'ä']);
  });

  it('keeps the first team of each id and shows the id when the name is blank', () => {
    const index = indexTeams(
      [
        { id: 'a', name: 'Vendas' },
        { id: 'a', name: 'Duplicate' },
        { id: 'b', name: '   ' },
      ],
      'en',
    );
    expect(labels(index.entries)).to.deep.equal(['b', 'Vendas']);
    expect(index.byId.get('a')).to.equal(1);
    expect(index.byId.get('b')).to.equal(0);
  });

  it('is built once per array and locale', () => {
    const list = teams('b', 'a');
    expect(indexTeams(list, 'en')).to.equal(indexTeams(list, 'en'));
    expect(indexTeams(list, 'en')).not.to.equal(indexTeams(list, 'pt-BR'));
    expect(indexTeams([...list], 'en')).not.to.equal(indexTeams(list, 'en'));
  });
});

describe('filterTeams', () => {
  const index = indexTeams(
    teams('Suporte Nível 2', 'Suporte Nível 1', 'Vendas Brasil', 'NIVEL Executivo', 'Cobrança', 'Backoffice', 'Straße Team'),
    'pt-BR',
  );
  const cases: [string, string[]][] = [
    ['', ['Backoffice', 'Cobrança', 'NIVEL Executivo', 'Straße Team', 'Suporte Nível 1', 'Suporte Nível 2', 'Vendas Brasil']],
    ['niv', ['NIVEL Executivo', 'Suporte Nível 1', 'Suporte Nível 2']],
    ['NÍV', ['NIVEL Executivo', 'Suporte Nível 1', 'Suporte Nível 2']],
    ['nível 2', ['Suporte Nível 2']],
    ['2 suporte', ['Suporte Nível 2']],
    ['cobranca', ['Cobrança']],
    ['ança', ['Cobrança']],
    ['office', ['Backoffice']],
    ['strasse', ['Straße Team']],
    ['  vendas  ', ['Vendas Brasil']],
    ['xyz', []],
  ];
  for (const [query, names] of cases) {
    it(`finds ${JSON.stringify(names)} for "${query}"`, () => expect(labels(filterTeams(index, query))).to.deep.equal(names));
  }

  it('gives the same answers when the agent types, erases and retypes a query', () => {
    const fresh = indexTeams(teams('Suporte Nível 2', 'Suporte Nível 1', 'Vendas', 'Nivelamento'), 'en');
    const steps = ['n', 'ni', 'niv', 'nive', 'nivel', 'nivel ', 'nivel 2', 'nivel', 'niv', 'v', 've', ''];
    for (const q of steps) {
      const expected = fresh.entries.filter((e) => queryTerms(q).every((t) => e.key.includes(t)));
      expect(labels(filterTeams(fresh, q)), q).to.deep.equal(labels(expected));
    }
  });

  it('finds the one match among 10,000 teams', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({ id: `t${i}`, name: `Equipe ${i} Atendimento Região ${i % 97}` }));
    many[7321] = { id: 'target', name: 'Suporte Nível 2' };
    const big = indexTeams(many, 'pt-BR');
    const result = filterTeams(big, 'niv');
    expect(result.map((e) => e.team.id)).to.deep.equal(['target']);
  });
});

describe('matchRanges and segments', () => {
  const cases: [string, string, string][] = [
    ['Suporte Nível 2', 'niv', 'Suporte [Nív]el 2'],
    ['Suporte Nível 2', 'NIVEL 2', 'Suporte [Nível] [2]'],
    ['Suporte Nível 2', 'e', 'Suport[e] Nível 2'],
    ['Ouvidoria Sul 101', 'sul 1', 'Ouvidoria [Sul] [1]01'],
    ['Suporte Nível 2', 'sup suporte', '[Suporte] Nível 2'],
    ['Straße', 'ss', 'Stra[ß]e'],
    ['Straße', 'asse', 'Str[aße]'],
    ['ﬁnance', 'fin', '[ﬁn]ance'],
    ['banana', 'ana', 'b[ana]na'],
    ['Vendas', 'xyz', 'Vendas'],
    ['Vendas', '', 'Vendas'],
    ['Équipe 🎧 Écoute', 'ecoute', 'Équipe 🎧 [Écoute]'],
    ['<img src=x onerror=alert(1)>', 'img', '<[img] src=x onerror=alert(1)>'],
    ['Cafe\u0301 Central', 'cafe', '[Cafe\u0301] Central'],
  ];
  for (const [label, query, expected] of cases) {
    it(`marks "${query}" in "${label}" as ${expected}`, () => expect(marked(label, query)).to.equal(expected));
  }

  it('gives the whole label back when the pieces are joined', () => {
    for (const [label, query] of cases) expect(segments(label, matchRanges(label, query)).map((s) => s.text).join('')).to.equal(label);
  });

  const tricky = ['ΟΔΥΣΣΕΥΣ ΑΘΗΝΑΣ', 'İstanbul Straße', 'ﬁnance Ｔｅａｍ', 'Øresund ǿl Æble', 'Ñandú\u00a0Über', 'a\u0301 e\u0300', 'Équipe 🎧'];
  for (const label of tricky) {
    it(`finds and marks all of "${label}" when the query is the label itself`, () => {
      expect(filterTeams(indexTeams([{ id: 'x', name: label }], 'en'), label)).to.have.length(1);
      const pieces = segments(label, matchRanges(label, label));
      expect(pieces.filter((p) => !p.match).every((p) => p.text.trim() === '')).to.equal(true);
    });
  }

  it('keeps an empty label as one empty piece', () => {
    expect(segments('', [])).to.deep.equal([{ text: '', match: false }]);
  });
});

describe('sanitiseTeams', () => {
  it('keeps a valid array as it is', () => {
    const list = teams('a', 'b');
    expect(sanitiseTeams(list)).to.deep.equal({ teams: list, dropped: 0 });
    expect(sanitiseTeams(list).teams).to.equal(list);
  });

  const cases: [string, unknown, number, number][] = [
    ['null', null, 0, 0],
    ['a string', 'teams', 0, 1],
    ['entries without an id or with a bad name', [{ id: 'a', name: 'A' }, { id: '', name: 'B' }, { name: 'C' }, { id: 'd', name: 4 }, null], 1, 4],
  ];
  for (const [what, value, kept, dropped] of cases) {
    it(`drops ${what}`, () => {
      const r = sanitiseTeams(value);
      expect(r.teams.length).to.equal(kept);
      expect(r.dropped).to.equal(dropped);
    });
  }
});

describe('isTeam', () => {
  const values: unknown[] = [
    { id: 'a', name: 'A' },
    { id: 'a', name: '' },
    { id: 'a', name: 'A', extra: true },
    { id: '', name: 'A' },
    { id: 'x'.repeat(513), name: 'A' },
    { id: 'a', name: 'x'.repeat(513) },
    { id: 'a', name: 'x'.repeat(512) },
    { id: 1, name: 'A' },
    { name: 'A' },
    'a',
    null,
    [],
  ];
  values.forEach((value, i) => {
    it(`agrees with TeamSchema on value #${i}`, () => expect(isTeam(value)).to.equal(TeamSchema.safeParse(value).success));
  });
});

describe('moveActive', () => {
  const cases: [number, ListKey, number, number, number][] = [
    // current, key, count, page, next
    [-1, 'ArrowDown', 10, 5, 0],
    [-1, 'ArrowUp', 10, 5, 9],
    [0, 'ArrowDown', 10, 5, 1],
    [9, 'ArrowDown', 10, 5, 9],
    [0, 'ArrowUp', 10, 5, 0],
    [5, 'ArrowUp', 10, 5, 4],
    [5, 'Home', 10, 5, 0],
    [5, 'End', 10, 5, 9],
    [2, 'PageDown', 10, 5, 7],
    [7, 'PageDown', 10, 5, 9],
    [7, 'PageUp', 10, 5, 2],
    [2, 'PageUp', 10, 5, 0],
    [-1, 'PageDown', 10, 5, 4],
    [-1, 'PageUp', 10, 5, 5],
    [3, 'ArrowDown', 0, 5, -1],
    [3, 'ArrowDown', 10, 0, 4],
    [42, 'ArrowDown', 10, 5, 0],
  ];
  for (const [current, key, count, page, next] of cases) {
    it(`${key} from ${current} of ${count} (page ${page}) goes to ${next}`, () => expect(moveActive(current, key, count, page)).to.equal(next));
  }

  it('knows which keys move the active option', () => {
    expect(['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp'].every(isListKey)).to.equal(true);
    expect(['Enter', 'Escape', 'Tab', 'a', 'ArrowLeft'].some(isListKey)).to.equal(false);
  });
});

describe('list geometry', () => {
  const g = { count: 10_000, rowHeight: 40, viewport: 280 };
  const windows: [number, number, number, number][] = [
    // scrollTop, overscan, start, end
    [0, 0, 0, 7],
    [0, 6, 0, 13],
    [4000, 6, 94, 113],
    [4020, 0, 100, 108],
    [399_720, 6, 9987, 10_000],
    [-50, 0, 0, 7],
  ];
  for (const [scrollTop, overscan, start, end] of windows) {
    it(`renders rows ${start}-${end} at scrollTop ${scrollTop} with overscan ${overscan}`, () =>
      expect(visibleWindow({ ...g, scrollTop }, overscan)).to.deep.equal({ start, end }));
  }

  it('renders nothing for an empty list', () => {
    expect(visibleWindow({ ...g, count: 0, scrollTop: 0 }, 6)).to.deep.equal({ start: 0, end: 0 });
  });

  const reveals: [number, number, number][] = [
    // index, scrollTop, next scrollTop
    [3, 0, 0],
    [7, 0, 40],
    [2, 400, 80],
    [9999, 0, 399_720],
    [-1, 120, 120],
  ];
  for (const [index, scrollTop, next] of reveals) {
    it(`scrolls from ${scrollTop} to ${next} to reveal row ${index}`, () => expect(revealRow(index, { ...g, scrollTop })).to.equal(next));
  }

  const centres: [number, number, number][] = [
    // count, index, scrollTop
    [10_000, 0, 0],
    [10_000, 100, 3880],
    [10_000, 9999, 399_720],
    [3, 2, 0],
  ];
  for (const [count, index, top] of centres) {
    it(`centres row ${index} of ${count} at scrollTop ${top}`, () => expect(centreRow(index, { ...g, count })).to.equal(top));
  }

  it('pages by a screenful less one row', () => {
    expect(pageSize(40, 280)).to.equal(6);
    expect(pageSize(40, 20)).to.equal(1);
  });
});
