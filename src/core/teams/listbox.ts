/**
 * The geometry and keyboard model of a windowed listbox with fixed-height rows (issue #4): which
 * option a key moves to, which rows are worth rendering for a scroll position, and where to
 * scroll so the active option is visible. Pure arithmetic, so `<team-picker>` can render 10,000
 * teams as a couple of dozen DOM nodes and the rules can be tested as tables.
 */

/** Keys that move the active option of an open listbox. */
export type ListKey = 'ArrowDown' | 'ArrowUp' | 'Home' | 'End' | 'PageDown' | 'PageUp';

/** True for a key handled by {@link moveActive}. */
export function isListKey(key: string): key is ListKey {
  return key === 'ArrowDown' || key === 'ArrowUp' || key === 'Home' || key === 'End' || key === 'PageDown' || key === 'PageUp';
}

/**
 * The next active option (`-1`: none). Moves stop at the ends rather than wrap: with thousands of
 * options, jumping from the last to the first is disorienting, and Home/End do that on purpose.
 * From no active option, Down and PageDown start at the top and Up and PageUp at the bottom.
 */
export function moveActive(current: number, key: ListKey, count: number, pageSize: number): number {
  if (count <= 0) return -1;
  const last = count - 1;
  const page = Math.max(1, pageSize);
  const none = current < 0 || current > last;
  switch (key) {
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'ArrowDown':
      return none ? 0 : Math.min(current + 1, last);
    case 'ArrowUp':
      return none ? last : Math.max(current - 1, 0);
    case 'PageDown':
      return none ? Math.min(page - 1, last) : Math.min(current + page, last);
    case 'PageUp':
      return none ? Math.max(last - page + 1, 0) : Math.max(current - page, 0);
  }
}

/** Rows of a windowed list, `[start, end)`. */
export interface ListWindow {
  readonly start: number;
  readonly end: number;
}

/** What the windowing arithmetic needs to know about the list and its scroll container. */
export interface ListGeometry {
  /** Number of rows. */
  readonly count: number;
  /** Height of one row, px. */
  readonly rowHeight: number;
  /** Height of the scroll container's visible area, px. */
  readonly viewport: number;
  /** The container's `scrollTop`, px. */
  readonly scrollTop: number;
}

/** The rows visible at a scroll position, plus `overscan` rows on each side, within the list. */
export function visibleWindow(g: ListGeometry, overscan: number): ListWindow {
  if (g.count <= 0 || g.rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, g.scrollTop) / g.rowHeight);
  const last = Math.ceil((Math.max(0, g.scrollTop) + Math.max(0, g.viewport)) / g.rowHeight);
  return { start: Math.min(Math.max(0, first - overscan), g.count), end: Math.min(g.count, Math.max(last + overscan, first + 1)) };
}

/** How many rows a PageUp/PageDown moves: a screenful less one, so one row stays in view. */
export function pageSize(rowHeight: number, viewport: number): number {
  return Math.max(1, Math.floor(viewport / rowHeight) - 1);
}

/** The largest useful `scrollTop`. */
function maxScroll(g: Omit<ListGeometry, 'scrollTop'>): number {
  return Math.max(0, g.count * g.rowHeight - g.viewport);
}

/** The `scrollTop` that brings a row fully into view with the least movement (unchanged if it is). */
export function revealRow(index: number, g: ListGeometry): number {
  if (index < 0 || index >= g.count) return g.scrollTop;
  const top = index * g.rowHeight;
  const bottom = top + g.rowHeight;
  let next = g.scrollTop;
  if (top < g.scrollTop) next = top;
  else if (bottom > g.scrollTop + g.viewport) next = bottom - g.viewport;
  return Math.min(Math.max(0, next), maxScroll(g));
}

/** The `scrollTop` that shows a row in the middle of the viewport (as far as the list allows). */
export function centreRow(index: number, g: Omit<ListGeometry, 'scrollTop'>): number {
  if (index < 0 || index >= g.count) return 0;
  const top = index * g.rowHeight - (g.viewport - g.rowHeight) / 2;
  return Math.round(Math.min(Math.max(0, top), maxScroll(g)));
}
