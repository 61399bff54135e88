import { LitElement, html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { customElement } from '../shared/define.js';
import { consume } from '@lit/context';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { cssomStyle } from '../shared/cssom-style.js';
import { warnAttribute } from '../shared/attribute-warning.js';
import { checkBooleanAttribute, checkEnumAttribute } from '../../core/attributes.js';
import type { Team } from '../../contract/agent-service.js';
import { agentLoginContext, type AgentLoginContext, type FieldError } from '../../context/agent-login-context.js';
import { TermsController } from '../../controllers/terms-controller.js';
import { centreRow, isListKey, moveActive, pageSize, revealRow, visibleWindow } from '../../core/teams/listbox.js';
import {
  filterTeams,
  indexTeams,
  matchRanges,
  sanitiseTeams,
  segments,
  type IndexedTeam,
  type TeamIndex,
} from '../../core/teams/search.js';
import { controls, tokens } from '../shared/tokens.styles.js';
import { TeamChangeEvent } from './team-picker.events.js';
import { ROW_HEIGHT, styles } from './team-picker.styles.js';

/** Space between the field and its list, px. */
const POPUP_GAP = 4;
/** Rows rendered above and below the visible ones, so fast scrolling never shows a blank strip. */
const OVERSCAN = 6;
/** The listbox height (18rem at 16 px) until it has been measured. */
const DEFAULT_VIEWPORT = 288;
const NO_TEAMS: readonly Team[] = [];
const warned = new WeakSet<object>();

const checkIcon = svg`<svg viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M3 8.5l3.2 3L13 4.5"/></svg>`;
const clearIcon = svg`<svg viewBox="0 0 20 20" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><path d="M5.5 5.5l9 9M14.5 5.5l-9 9"/></svg>`;
const chevronIcon = svg`<svg viewBox="0 0 20 20" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M5 7.5l5 5 5-5"/></svg>`;
const infoIcon = svg`<svg viewBox="0 0 20 20" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"><circle cx="10" cy="10" r="8"/><path d="M10 9v5M10 6.2v.1"/></svg>`;

/**
 * A searchable drop-down of the agent's teams: an ARIA 1.2 editable combobox with list
 * autocomplete (WAI-ARIA APG). The agent types any part of a team's name (case and accents do not
 * matter, the match is highlighted) or browses with the arrow keys, Page Up/Down and Home/End, and
 * picks with Enter, Tab, a click or a tap. The list is sorted in the current language and windowed,
 * so 10,000 teams stay as fast as ten. Team names are untrusted server text and are only ever
 * rendered as text.
 *
 * Inside `<agent-login>` the teams, the saved team, the station-login error and the busy state come
 * from the shared context; standalone, the host sets `teams` (and optionally `teamId` and `error`).
 * Host-set properties win over the context. The only team, or the saved one, is preselected.
 *
 * Keyboard (focus stays in the text field; the active option is `aria-activedescendant`):
 * Down/Up open the list or move through it; Alt+Down opens it without moving; Alt+Up closes it;
 * Page Down/Up move a screenful; Home/End go to the first/last team while the list is open;
 * Enter picks the active team; Tab picks it and moves on; Escape closes the list and restores the
 * chosen team's name. Erasing the name clears the team, as does the Clear button (kept out of the
 * tab order, like Shoelace's and MUI's: the name is selected on focus, so Backspace clears it).
 *
 * @summary Searchable list of the agent's teams; scales to 10,000 teams.
 *
 * @fires {TeamChangeEvent} agent-team-change - The chosen team changed: `detail.teamId`, `null` when cleared. Also fired when the only team or the saved team is preselected.
 *
 * @slot empty - Replaces the "No team matches …" text shown when the search finds nothing.
 *
 * @csspart base - The field wrapper.
 * @csspart label - The "Team" label.
 * @csspart control - The wrapper of the text field, its buttons and the drop-down.
 * @csspart input - The search text field (the combobox).
 * @csspart clear-button - The Clear team button.
 * @csspart toggle-button - The button that opens and closes the list.
 * @csspart popup - The drop-down panel.
 * @csspart listbox - The list of teams.
 * @csspart option - A team in the list.
 * @csspart option-active - The team the arrow keys are on.
 * @csspart option-selected - The chosen team.
 * @csspart match - The highlighted part of a team's name that matches the search.
 * @csspart empty - The "No team matches …" panel.
 * @csspart no-teams - The message shown when the agent has no team.
 * @csspart error - The error under the field.
 *
 * @cssprop [--team-picker-max-height=18rem] - Height of the list before it scrolls.
 * @cssprop [--team-picker-z-index=10] - Stacking order of the drop-down over the page.
 */
@customElement('team-picker')
export class TeamPicker extends LitElement {
  static override styles = [tokens, controls, styles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  @consume({ context: agentLoginContext, subscribe: true })
  @state()
  private ctx?: AgentLoginContext;

  private readonly terms = new TermsController(this);

  /** Teams to choose from; names are shown as text. Unset: the signed-in agent's teams from `<agent-login>`. */
  @property({ attribute: false }) teams?: readonly Team[];

  /** Id of the chosen team; empty when none. Set it to choose a team; the agent's choice updates it. An id that is not in the list selects nothing, with a warning. */
  @property({ attribute: 'team-id', converter: (value: string | null) => value ?? '' }) teamId = '';

  /** Disables the picker. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** A team must be chosen: leaving the field empty shows "Choose a team". `required="false"` turns it off; any other value keeps it on (with a warning unless it is `true` or `required`). */
  @property({ converter: (value: string | null) => value !== 'false' }) required = true;

  /** An error shown under the field, e.g. `TEAM_INVALID` with its tracking ID. Unset: the one from `<agent-login>`. */
  @property({ attribute: false }) error?: FieldError;

  @state() private open = false;
  /** The text the agent typed since the last choice; `null` while the field shows the chosen team. */
  @state() private query: string | null = null;
  /** Index in `results` of the option the arrow keys are on; `-1` for none. */
  @state() private active = -1;
  @state() private listScroll = 0;
  @state() private viewport = DEFAULT_VIEWPORT;
  @state() private touched = false;

  // Plain lookups rather than @query: the decorator's code is bytes the all-in budget lacks (issue #10).
  private get input() {
    return this.find<HTMLInputElement>('#input');
  }
  private get listbox() {
    return this.find('#listbox');
  }
  private find<T extends HTMLElement = HTMLElement>(selector: string): T | undefined {
    return this.renderRoot?.querySelector<T>(selector) ?? undefined;
  }
  /** The animation frame that keeps the open list beside the field; 0 when closed. */
  private following = 0;

  private index: TeamIndex = indexTeams(NO_TEAMS, 'en');
  private results: readonly IndexedTeam[] = [];
  /** The agent chose or cleared a team: no more preselection. */
  private dirty = false;
  /** The error that was showing when the agent last changed the team: it no longer applies. */
  private dismissedError?: FieldError;
  private pendingChange?: string | null;
  private syncScroll = false;

  /** The chosen team, or `null` (also while `teamId` names a team that is not in the list). */
  get selectedTeam(): Team | null {
    return this.selectedEntry?.team ?? null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.following);
    this.following = 0;
  }

  /** Checks `disabled` and `required` as they are written (issue #11); `team-id` is checked against the list in `willUpdate`. */
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    warnAttribute(
      this,
      name === 'disabled'
        ? checkBooleanAttribute(name, value)
        : name === 'required'
          ? checkEnumAttribute(name, value === '' ? null : value, ['true', 'false', 'required'], 'required (only "false" makes the team optional)')
          : null,
    );
  }

  protected override willUpdate(): void {
    const previous = this.index;
    this.index = indexTeams(this.currentTeams(), this.terms.locale);
    this.reconcileSelection(previous);
    if (this.teamId && this.index.entries.length > 0 && !this.index.byId.has(this.teamId)) {
      warnAttribute(this, {
        attribute: 'team-id',
        value: this.teamId,
        expected: 'the id of a team in the list',
        fallback: 'no team selected',
      });
    }
    if (this.inactive) {
      this.open = false;
      this.query = null;
    }
    this.results = this.open ? filterTeams(this.index, this.query ?? '') : this.index.entries;
    if (previous !== this.index && this.open) this.active = this.query?.trim() ? Math.min(0, this.results.length - 1) : this.selectedPosition;
    if (!this.open || this.active >= this.results.length) this.active = this.open ? this.results.length - 1 : -1;
  }

  protected override updated(): void {
    if (this.open && !this.following) this.follow();
    if (this.syncScroll && this.listbox && !this.listbox.hidden) {
      this.syncScroll = false;
      if (this.listbox.scrollTop !== this.listScroll) this.listbox.scrollTop = this.listScroll;
    }
    if (this.pendingChange !== undefined) {
      const teamId = this.pendingChange;
      this.pendingChange = undefined;
      this.dispatchEvent(new TeamChangeEvent({ teamId }));
    }
  }

  /** Moves focus to the search field. */
  override focus(options?: FocusOptions): void {
    if (this.input) this.input.focus(options);
    else super.focus(options);
  }

  private get inactive(): boolean {
    return this.disabled || Boolean(this.ctx?.disabled);
  }

  private get selectedPosition(): number {
    return this.teamId ? (this.index.byId.get(this.teamId) ?? -1) : -1;
  }

  private get selectedEntry(): IndexedTeam | undefined {
    const i = this.selectedPosition;
    return i >= 0 ? this.index.entries[i] : undefined;
  }

  private get fieldError(): FieldError | undefined {
    const error = this.error ?? this.ctx?.errors.team;
    return error && error !== this.dismissedError ? error : undefined;
  }

  /** Host-set teams (checked at this boundary), else the agent's teams from `<agent-login>`. */
  private currentTeams(): readonly Team[] {
    if (this.teams == null) return this.ctx?.profile?.teams ?? NO_TEAMS;
    const { teams, dropped } = sanitiseTeams(this.teams);
    if (dropped > 0 && typeof this.teams === 'object' && !warned.has(this.teams)) {
      warned.add(this.teams);
      console.warn(`<team-picker>: ignored ${dropped} invalid team(s); each team needs a non-empty string "id" and a string "name".`);
    }
    return teams;
  }

  /**
   * Preselects the saved team (inside `<agent-login>`) or the only team, until the agent chooses;
   * clears a chosen team that disappeared from a new list. Both are reported with `agent-team-change`
   * so the orchestrator's Save & Continue always matches what the field shows.
   */
  private reconcileSelection(previous: TeamIndex): void {
    const { byId, entries } = this.index;
    if (this.teamId) {
      if (!byId.has(this.teamId) && previous !== this.index && previous.byId.has(this.teamId)) {
        this.teamId = '';
        this.pendingChange = null;
      }
      return;
    }
    if (this.dirty) return;
    const saved = this.ctx?.saved?.teamId;
    const preset = saved && byId.has(saved) ? saved : entries.length === 1 ? entries[0].team.id : undefined;
    if (preset) {
      this.teamId = preset;
      this.pendingChange = preset;
    }
  }

  /** Measures the listbox's height (it shrinks to fit a short list, or the room beside the field); `follow` calls it each frame while the list is open. */
  private measure(): void {
    const height = this.listbox?.clientHeight ?? 0;
    if (height > 0 && height !== this.viewport) this.viewport = height;
  }

  private geometry(scrollTop = this.listScroll) {
    return { count: this.results.length, rowHeight: ROW_HEIGHT, viewport: this.viewport, scrollTop };
  }

  /**
   * Keeps the open list beside the field, every frame while it is open (the step, the card or the
   * page may scroll, the window may resize). The list is `position: fixed`, so no scrolling box
   * around the field clips it (the card's step does, with a long form): below the field, or above
   * it when there is more room there, and never taller than that room.
   */
  private readonly follow = (): void => {
    const popup = this.find('.popup');
    const control = this.find('.control');
    this.following = this.open && popup && control ? requestAnimationFrame(this.follow) : 0;
    if (!this.following) return;
    const style = popup!.style;
    const box = popup!.getBoundingClientRect();
    const field = control!.getBoundingClientRect();
    const below = innerHeight - field.bottom - 2 * POPUP_GAP;
    const above = field.top - 2 * POPUP_GAP;
    const up = below < 160 && above > below;
    // Whole pixels: a value it already has changes nothing, so the list stands still (fractions
    // would drift by rounding errors from frame to frame, and pointer tools wait for it to settle).
    const set = (name: string, value: number) => style.setProperty(name, `${Math.round(value)}px`);
    set('--_room', Math.max(up ? above : below, 80));
    set('width', field.width);
    // From where top: 0 and left: 0 put it (the viewport, or the nearest ancestor that contains fixed boxes).
    set('left', field.left - box.left + (parseFloat(style.left) || 0));
    set('top', (up ? field.top - POPUP_GAP - popup!.offsetHeight : field.bottom + POPUP_GAP) - box.top + (parseFloat(style.top) || 0));
    this.measure(); // the rows the list has room for
  };

  private scrollListTo(top: number): void {
    this.listScroll = top;
    this.syncScroll = true;
  }

  private openList(start: 'selected' | 'first' | 'last' = 'selected'): void {
    if (this.inactive || this.open) return;
    this.open = true;
    this.results = filterTeams(this.index, this.query ?? '');
    const searching = Boolean(this.query?.trim());
    let active = searching ? -1 : this.selectedPosition;
    if (active < 0 && this.results.length > 0) {
      if (start === 'first' || searching) active = 0;
      else if (start === 'last') active = this.results.length - 1;
    }
    this.active = active;
    this.scrollListTo(active >= 0 ? centreRow(active, this.geometry()) : 0);
  }

  private closeList(): void {
    this.open = false;
    this.active = -1;
  }

  private moveTo(index: number): void {
    this.active = index;
    this.scrollListTo(revealRow(index, this.geometry()));
  }

  /** The agent chose a team (or cleared it with `null`): one `agent-team-change`, at once. */
  private commit(teamId: string | null): void {
    this.dirty = true;
    this.dismissedError = this.error ?? this.ctx?.errors.team;
    this.teamId = teamId ?? '';
    this.pendingChange = undefined;
    this.dispatchEvent(new TeamChangeEvent({ teamId }));
  }

  private choose(entry: IndexedTeam): void {
    this.query = null;
    this.closeList();
    this.touched = true;
    if (entry.team.id !== this.teamId) this.commit(entry.team.id);
  }

  private readonly onInput = (event: InputEvent): void => {
    if (this.inactive) return;
    const text = (event.target as HTMLInputElement).value;
    this.query = text;
    this.open = true;
    this.results = filterTeams(this.index, text);
    // A search highlights its first match, so Enter or Tab takes it (APG list autocomplete with
    // automatic selection). Erasing the field clears the team at once (as MUI's Autocomplete does):
    // the field never looks empty while a team is still chosen and Save & Continue enabled (issue #4).
    const searching = Boolean(text.trim());
    this.active = searching ? Math.min(0, this.results.length - 1) : -1;
    this.scrollListTo(0);
    if (!text && this.teamId) this.commit(null);
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (this.inactive || event.isComposing) return;
    const { key } = event;
    if ((key === 'ArrowDown' || key === 'ArrowUp') && event.altKey) {
      event.preventDefault();
      if (key === 'ArrowDown') this.openList();
      else this.closeList();
      return;
    }
    if (isListKey(key)) {
      if (this.open) {
        event.preventDefault();
        this.moveTo(moveActive(this.active, key, this.results.length, pageSize(ROW_HEIGHT, this.viewport)));
      } else if (key === 'ArrowDown' || key === 'ArrowUp') {
        // Closed, Home/End/Page keys keep their text-editing meaning.
        event.preventDefault();
        this.openList(key === 'ArrowDown' ? 'first' : 'last');
      }
      return;
    }
    if (key === 'Enter' && this.open) {
      event.preventDefault();
      const entry = this.results[this.active];
      if (entry) this.choose(entry);
      else if (!this.query?.trim()) this.closeList();
    } else if (key === 'Escape' && (this.open || this.query !== null)) {
      // Handled here: an enclosing dialog must not close with the list.
      event.preventDefault();
      event.stopPropagation();
      this.query = null;
      this.closeList();
    } else if (key === 'Tab' && this.open) {
      const entry = this.results[this.active];
      if (entry) this.choose(entry);
      else this.closeList();
    }
  };

  private readonly onInputClick = (): void => {
    this.openList();
  };

  private readonly onInputFocus = (event: FocusEvent): void => {
    // Coming from outside, the chosen name is selected so typing replaces it.
    const from = event.relatedTarget as Node | null;
    if ((!from || !this.renderRoot.contains(from)) && this.query === null && this.selectedEntry) this.input?.select();
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget as Node | null;
    if (to && this.renderRoot.contains(to)) return;
    // Leaving the field with only spaces in it clears the team too; any other unfinished search is
    // dropped and the chosen name comes back.
    const erased = this.query !== null && this.query.trim() === '';
    this.query = null;
    this.closeList();
    this.touched = true;
    if (erased && this.teamId) this.commit(null);
  };

  private readonly onClear = (): void => {
    this.query = null;
    this.closeList();
    this.touched = true;
    if (this.teamId) this.commit(null);
    this.input?.focus();
  };

  /** Pointer presses on the list and the toggle keep focus in the text field (no blur, no close). */
  private readonly keepFocus = (event: PointerEvent): void => {
    event.preventDefault();
  };

  private readonly onToggle = (): void => {
    if (this.open) {
      this.query = null;
      this.closeList();
    } else {
      this.openList();
    }
    this.input?.focus();
  };

  private readonly onOptionClick = (event: MouseEvent): void => {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    const entry = option ? this.results[Number(option.dataset.index)] : undefined;
    if (!entry) return;
    this.choose(entry);
    this.input?.focus();
  };

  private readonly onScroll = (event: Event): void => {
    this.listScroll = (event.currentTarget as HTMLElement).scrollTop;
  };

  override render(): TemplateResult {
    if (this.index.entries.length === 0) return this.renderNoTeams();
    const t = this.terms;
    const selected = this.selectedEntry;
    const editing = this.query !== null;
    const search = this.query?.trim() ?? '';
    const expanded = this.open && this.results.length > 0;
    const activeId = expanded && this.active >= 0 ? `option-${this.active}` : undefined;
    const message = this.errorMessage(Boolean(selected));
    const readonly = !this.disabled && Boolean(this.ctx?.disabled);
    return html`
      <div class="field" part="base" dir=${t.dir} lang=${t.locale} @focusout=${this.onFocusOut}>
        <label id="label" for="input" part="label">${t.t('teamLabel')}</label>
        <div class="control" part="control">
          <input
            id="input"
            part="input"
            type="text"
            role="combobox"
            autocomplete="off"
            autocapitalize="none"
            spellcheck="false"
            aria-autocomplete="list"
            aria-controls="listbox"
            aria-expanded=${expanded ? 'true' : 'false'}
            aria-activedescendant=${ifDefined(activeId)}
            aria-describedby=${ifDefined(message ? 'error' : undefined)}
            aria-invalid=${message ? 'true' : 'false'}
            aria-required=${this.required ? 'true' : 'false'}
            placeholder=${t.t('teamPlaceholder')}
            title=${ifDefined(!editing && selected ? selected.label : undefined)}
            ?disabled=${this.disabled}
            ?readonly=${readonly}
            .value=${live(editing ? (this.query ?? '') : (selected?.label ?? ''))}
            @input=${this.onInput}
            @keydown=${this.onKeyDown}
            @click=${this.onInputClick}
            @focus=${this.onInputFocus}
          />
          <div class="actions">
            ${selected && !this.inactive
              ? html`<button type="button" class="icon-button clear" part="clear-button" tabindex="-1" aria-label=${t.t('teamClear')} @click=${this.onClear}>
                  ${clearIcon}
                </button>`
              : nothing}
            <button
              type="button"
              class="icon-button toggle"
              part="toggle-button"
              tabindex="-1"
              aria-label=${t.t('teamShowList')}
              aria-controls="listbox"
              aria-expanded=${expanded ? 'true' : 'false'}
              ?disabled=${this.inactive}
              @pointerdown=${this.keepFocus}
              @click=${this.onToggle}
            >
              ${chevronIcon}
            </button>
          </div>
          <div class="popup" part="popup" ?hidden=${!this.open}>
            <div
              id="listbox"
              role="listbox"
              part="listbox"
              aria-label=${t.t('teamListLabel')}
              ?hidden=${!expanded}
              @pointerdown=${this.keepFocus}
              @click=${this.onOptionClick}
              @scroll=${this.onScroll}
            >
              ${expanded ? this.renderRows(search) : nothing}
            </div>
            ${this.open && this.results.length === 0
              ? html`<div class="empty" part="empty">
                  <slot name="empty"><strong>${t.t('teamNoMatch', search)}</strong><span>${t.t('teamNoMatchHint')}</span></slot>
                </div>`
              : nothing}
          </div>
        </div>
        ${this.renderError(message)}
        <div class="visually-hidden" role="status">${this.statusText(search)}</div>
      </div>
    `;
  }

  /**
   * The windowed listbox: only the rows in view (plus overscan, plus the active row so
   * `aria-activedescendant` always points at a real element) are in the DOM, absolutely positioned
   * over a spacer as tall as the whole list; `aria-setsize`/`aria-posinset` give assistive
   * technology the full count and each row's place.
   *
   * Why not `@lit-labs/virtualizer`: it measures variable-height items with ResizeObservers and
   * brings its own layout engine (about 6 KB min+brotli, a new runtime dependency to review and
   * pin), while every row here has the same height, so the window is two divisions
   * (`core/teams/listbox.ts`) and the whole listbox costs well under 1 KB.
   */
  private renderRows(search: string): TemplateResult {
    const count = this.results.length;
    const { start, end } = visibleWindow(
      { count, rowHeight: ROW_HEIGHT, viewport: Math.max(this.viewport, DEFAULT_VIEWPORT), scrollTop: this.listScroll },
      OVERSCAN,
    );
    const rows: number[] = [];
    if (this.active >= 0 && this.active < start) rows.push(this.active);
    for (let i = start; i < end; i++) rows.push(i);
    if (this.active >= end) rows.push(this.active);
    return html`<div class="sizer" aria-hidden="true" ${cssomStyle({ 'block-size': `${count * ROW_HEIGHT}px` })}></div>
      ${rows.map((i) => this.renderRow(i, count, search))}`;
  }

  private renderRow(i: number, count: number, search: string): TemplateResult {
    const entry = this.results[i];
    const selected = entry.team.id === this.teamId;
    const active = i === this.active;
    const parts = search ? segments(entry.label, matchRanges(entry.label, search)) : undefined;
    return html`<div
      role="option"
      id="option-${i}"
      class=${active ? 'active' : ''}
      part="option${selected ? ' option-selected' : ''}${active ? ' option-active' : ''}"
      aria-selected=${selected ? 'true' : 'false'}
      aria-setsize=${count}
      aria-posinset=${i + 1}
      data-index=${i}
      title=${entry.label}
      ${cssomStyle({ transform: `translateY(${i * ROW_HEIGHT}px)` })}
    >
      <span class="check" aria-hidden="true">${selected ? checkIcon : nothing}</span>
      <span class="name"
        >${parts ? parts.map((p) => (p.match ? html`<mark part="match">${p.text}</mark>` : p.text)) : entry.label}</span
      >
    </div>`;
  }

  private renderNoTeams(): TemplateResult {
    const message = this.errorMessage(false);
    return html`
      <div class="field" part="base" dir=${this.terms.dir} lang=${this.terms.locale}>
        <span class="label" id="label" part="label">${this.terms.t('teamLabel')}</span>
        <p class="no-teams" part="no-teams">${infoIcon}<span>${this.terms.t('teamNone')}</span></p>
        ${this.renderError(message)}
      </div>
    `;
  }

  /**
   * The error under the field, in a live region that is always there: a region that appears (un-hidden)
   * together with its text is not announced by screen readers; one whose content changes is.
   */
  private renderError(message: TemplateResult | undefined): TemplateResult {
    return html`<div class="live ${message ? '' : 'quiet'}" aria-live="polite">
      <div id="error" class="error" part="error" ?hidden=${!message}>${message ?? nothing}</div>
    </div>`;
  }

  /** The station-login error (with its tracking ID), else "Choose a team" once the field was left empty. */
  private errorMessage(hasTeam: boolean): TemplateResult | undefined {
    const error = this.fieldError;
    if (error) {
      return html`<span class="message">${this.terms.t(`error${error.code}`)}</span>${error.trackingId
          ? html`<span class="tracking ltr">${this.terms.t('trackingId', error.trackingId)}</span>`
          : nothing}`;
    }
    if (this.required && this.touched && !hasTeam && !this.open && this.index.entries.length > 0) {
      return html`<span class="message">${this.terms.t('teamRequired')}</span>`;
    }
    return undefined;
  }

  /** What the polite live region says: how many teams the search found, or that none matches. */
  private statusText(search: string): string {
    if (!this.open) return '';
    if (!search) return this.terms.t('teamAvailable', this.index.entries.length);
    return this.results.length > 0 ? this.terms.t('teamResults', this.results.length) : this.terms.t('teamNoMatch', search);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'team-picker': TeamPicker;
  }
}
