/**
 * Team search: how `<team-picker>` orders, filters and highlights the agent's teams (issue #4).
 *
 * A team list is indexed once per array and locale: names are sorted with `Intl.Collator` in the
 * current language and folded once into a search key (lower case, accents and compatibility forms
 * removed: "Nível" → "nivel", "ﬁ" → "fi", "Straße" → "strasse"). A keystroke then only folds the
 * query and runs a substring scan over the pre-folded keys, and when the agent keeps typing it only
 * re-scans the previous result. Every whitespace-separated word of the query must occur somewhere
 * in the name, in any order ("niv 2" finds "Suporte Nível 2").
 *
 * Highlighting maps the match in the folded key back to the original name, so `<mark>` wraps the
 * characters the agent sees (with their accents), never a shifted range. Team names are untrusted
 * server text: this module returns plain strings and ranges, and the element renders them as text.
 */
import type { Team } from '../../contract/agent-service.js';

/** A team as the picker shows it: the name to display, and its folded search key. */
export interface IndexedTeam {
  readonly team: Team;
  /** The name to display: the team's name, or its id when the name is blank. */
  readonly label: string;
  /** `label` folded for search (see {@link fold}). */
  readonly key: string;
}

/** A team list sorted in one locale, ready to search. */
export interface TeamIndex {
  /** The locale the entries are sorted in. */
  readonly locale: string;
  /** Unique teams (first of each id), sorted by name with `Intl.Collator`. */
  readonly entries: readonly IndexedTeam[];
  /** Position of each team id in `entries`. */
  readonly byId: ReadonlyMap<string, number>;
}

/** A half-open range `[start, end)` of UTF-16 indices in a label. */
export type MatchRange = readonly [start: number, end: number];

/** A piece of a label: matched by the query or not. */
export interface Segment {
  readonly text: string;
  readonly match: boolean;
}

/** Letters that Unicode does not decompose but people type without their stroke or ligature. */
const SPECIAL: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  ł: 'l',
  Ł: 'l',
  ı: 'i',
  þ: 'th',
  Þ: 'th',
  ς: 'σ',
};

const MARKS = /\p{M}/gu;
const WHITESPACE = /^\s$/u;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const folded = new Map<string, string>();

/** One code point, folded: lower case, no accents, compatibility forms expanded, whitespace as ' '. */
function foldCodePoint(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : WHITESPACE.test(ch) ? ' ' : ch;
  let out = folded.get(ch);
  if (out === undefined) {
    out =
      SPECIAL[ch] ??
      (WHITESPACE.test(ch)
        ? ' '
        : ch
            .normalize('NFKD')
            .replace(MARKS, '')
            .toLowerCase()
            // Lower-casing can add a mark again ("İ" → "i̇"), and produce a special letter ("Ø" → "ø").
            .normalize('NFKD')
            .replace(MARKS, '')
            .replace(/./gsu, (c) => SPECIAL[c] ?? c));
    folded.set(ch, out);
  }
  return out;
}

const NOT_PRINTABLE_ASCII = /[^\x20-\x7e]/gu;

/**
 * Folds text for case- and accent-insensitive search: "Suporte NÍVEL 2" → "suporte nivel 2".
 * One native `toLowerCase`, then only the other code points go through the (cached)
 * {@link foldCodePoint}: the same result as folding code point by code point, at a fraction of the
 * cost for 10,000 names. (Lower-casing first only differs for a final sigma, which folds to σ anyway.)
 */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  return PRINTABLE_ASCII.test(lower) ? lower : lower.replace(NOT_PRINTABLE_ASCII, foldCodePoint);
}

/**
 * Folds text and keeps, for every folded UTF-16 unit, the range of the original code point it came
 * from: what turns a match in the folded key back into a range of the label.
 */
function foldWithMap(text: string): { folded: string; starts: number[]; ends: number[] } {
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldCodePoint(ch);
    // A combining mark folds to nothing: it belongs with the letter before it, inside its <mark>.
    if (f === '' && ends.length > 0) ends[ends.length - 1] = i + ch.length;
    for (let k = 0; k < f.length; k++) {
      starts.push(i);
      ends.push(i + ch.length);
    }
    out += f;
    i += ch.length;
  }
  return { folded: out, starts, ends };
}

/** The words of a query, folded; empty for a blank query. */
export function queryTerms(query: string): string[] {
  return [...new Set(fold(query).split(' ').filter(Boolean))];
}

const collators = new Map<string, Intl.Collator>();

/** A cached collator for sorting names: accents and case matter only to break ties; "Team 2" < "Team 10". */
export function collatorFor(locale: string): Intl.Collator {
  let c = collators.get(locale);
  if (!c) {
    c = new Intl.Collator(locale, { sensitivity: 'variant', numeric: true });
    collators.set(locale, c);
  }
  return c;
}

const indexes = new WeakMap<readonly Team[], Map<string, TeamIndex>>();

/**
 * The index of a team list in a locale, built once per array and locale (memoised on the array's
 * identity: a host that replaces the array gets a new index; mutating it in place is not seen).
 */
export function indexTeams(teams: readonly Team[], locale: string): TeamIndex {
  let perLocale = indexes.get(teams);
  const hit = perLocale?.get(locale);
  if (hit) return hit;
  const seen = new Set<string>();
  const entries: IndexedTeam[] = [];
  for (const team of teams) {
    if (seen.has(team.id)) continue;
    seen.add(team.id);
    const label = team.name.trim() || team.id;
    entries.push({ team, label, key: fold(label) });
  }
  const collator = collatorFor(locale);
  const order = (a: IndexedTeam, b: IndexedTeam) =>
    collator.compare(a.label, b.label) || (a.team.id < b.team.id ? -1 : a.team.id > b.team.id ? 1 : 0);
  // Backends often send teams already sorted: one linear check saves the n·log n sort.
  if (!entries.every((e, i) => i === 0 || order(entries[i - 1], e) <= 0)) entries.sort(order);
  const byId = new Map<string, number>();
  entries.forEach((e, i) => byId.set(e.team.id, i));
  const index: TeamIndex = { locale, entries, byId };
  if (!perLocale) indexes.set(teams, (perLocale = new Map()));
  perLocale.set(locale, index);
  return index;
}

/** The last search of each index: a query that only narrows it re-scans that result. */
const lastSearch = new WeakMap<TeamIndex, { terms: string[]; result: readonly IndexedTeam[] }>();

/** True when every name matching the `narrower` words also matches the `wider` ones (each wider word is inside a narrower word). */
function narrows(narrower: readonly string[], wider: readonly string[]): boolean {
  return wider.every((w) => narrower.some((n) => n.includes(w)));
}

/**
 * The teams whose name contains every word of the query (case- and accent-insensitive, anywhere
 * in the name), in the index's order. A blank query gives every team.
 */
export function filterTeams(index: TeamIndex, query: string): readonly IndexedTeam[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return index.entries;
  const last = lastSearch.get(index);
  if (last && last.terms.length === terms.length && last.terms.every((t, i) => t === terms[i])) return last.result;
  const source = last && narrows(terms, last.terms) ? last.result : index.entries;
  const result =
    terms.length === 1
      ? source.filter((e) => e.key.includes(terms[0]))
      : source.filter((e) => terms.every((t) => e.key.includes(t)));
  lastSearch.set(index, { terms, result });
  return result;
}

/**
 * Where the query's words occur in a label, as sorted, merged ranges of the original text, for
 * highlighting: the first occurrence of each word (marking every "1" in "Sul 101" is noise).
 * Empty when the query is blank or nothing matches.
 */
export function matchRanges(label: string, query: string): MatchRange[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const { folded: key, starts, ends } = foldWithMap(label);
  const found: [number, number][] = [];
  for (const term of terms) {
    const at = key.indexOf(term);
    if (at !== -1) found.push([starts[at], ends[at + term.length - 1]]);
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [s, e] of found) {
    const prev = merged[merged.length - 1];
    if (prev && s <= prev[1]) prev[1] = Math.max(prev[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

/** A label cut into plain and matched pieces, in order; joined, they give the label back. */
export function segments(label: string, ranges: readonly MatchRange[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const [s, e] of ranges) {
    if (s > at) out.push({ text: label.slice(at, s), match: false });
    if (e > s) out.push({ text: label.slice(s, e), match: true });
    at = Math.max(at, e);
  }
  if (at < label.length || out.length === 0) out.push({ text: label.slice(at), match: false });
  return out;
}

/**
 * The rules of `TeamSchema` (non-empty id and name of at most 512 characters), written out: a
 * `safeParse` per team costs about 3 ms per 1,000 teams, this check a fraction of that. The core
 * tests check that both agree.
 */
export function isTeam(value: unknown): value is Team {
  if (typeof value !== 'object' || value === null) return false;
  const { id, name } = value as { id?: unknown; name?: unknown };
  return typeof id === 'string' && id.length > 0 && id.length <= 512 && typeof name === 'string' && name.length <= 512;
}

const sanitised = new WeakMap<object, { teams: readonly Team[]; dropped: number }>();

/**
 * Host-set teams, checked once per array (a boundary: STYLE.md §5): entries that are not
 * `{ id, name }` with a non-empty id are dropped and counted. A valid array is returned as is, so
 * its index stays memoised; anything but an array counts as no teams.
 */
export function sanitiseTeams(value: unknown): { teams: readonly Team[]; dropped: number } {
  if (!Array.isArray(value)) return { teams: [], dropped: value == null ? 0 : 1 };
  const hit = sanitised.get(value);
  if (hit) return hit;
  let dropped = 0;
  const teams: Team[] = [];
  for (const item of value as unknown[]) {
    if (isTeam(item)) teams.push(item);
    else dropped++;
  }
  const result = { teams: dropped === 0 ? (value as Team[]) : teams, dropped };
  sanitised.set(value, result);
  return result;
}
