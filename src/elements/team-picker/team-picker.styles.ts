import { css } from 'lit';

/**
 * Height of one option, px. Fixed, because the windowed listbox positions rows by arithmetic
 * (row × height) instead of measuring them; 40 px also keeps every option a comfortable touch target.
 */
export const ROW_HEIGHT = 40;

export const styles = css`
  :host {
    display: block;
    min-inline-size: 0;
    max-inline-size: 100%;
  }

  .field {
    margin-block-end: 0;
  }
  /* The error's live region stays in the field when there is no error: it takes no room then. */
  .live.quiet {
    margin-block-start: calc(var(--_space) * -1.5);
  }

  .control {
    position: relative;
    min-inline-size: 0;
  }

  /* Room for the Clear and Show teams buttons at the end of the input. */
  input[role='combobox'] {
    padding-inline-end: calc(var(--_space) * 18);
    text-overflow: ellipsis;
  }
  /* The shared [aria-invalid] rule loses to input[type='text'] on specificity. */
  input[role='combobox'][aria-invalid='true'] {
    border-color: var(--_danger);
  }
  input[role='combobox'][disabled] {
    cursor: not-allowed;
    opacity: 0.6;
    background: var(--_raised);
  }

  .actions {
    position: absolute;
    inset-block: 0;
    inset-inline-end: calc(var(--_space) * 1);
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
  }

  .icon-button {
    display: inline-grid;
    place-items: center;
    inline-size: 32px;
    block-size: 32px;
    padding: 0;
    border: none;
    border-radius: var(--_radius-control);
    background: transparent;
    color: var(--_muted);
  }
  .icon-button:hover:not(:disabled) {
    background: var(--_raised);
    color: var(--_text);
  }
  .icon-button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .icon-button svg {
    inline-size: 18px;
    block-size: 18px;
    pointer-events: none;
  }
  .toggle svg {
    transition: transform 120ms ease;
  }
  .toggle[aria-expanded='true'] svg {
    transform: rotate(180deg);
  }

  /* Placed beside the field, below or above it, by the element (team-picker.ts, follow). */
  .popup {
    position: fixed;
    z-index: var(--team-picker-z-index, 10);
    top: 0;
    left: 0;
    box-sizing: border-box;
    background: var(--_surface);
    border: 1px solid var(--_divider);
    border-radius: var(--_radius-control);
    box-shadow: var(--_shadow);
    overflow: hidden;
  }

  [role='listbox'] {
    position: relative;
    max-block-size: min(var(--team-picker-max-height, 18rem), var(--_room, 18rem));
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: 0;
    margin: 0;
  }

  .sizer {
    position: relative;
    inline-size: 100%;
  }

  [role='option'] {
    position: absolute;
    inset-block-start: 0;
    inset-inline: 0;
    block-size: ${ROW_HEIGHT}px;
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    padding-inline: calc(var(--_space) * 2) calc(var(--_space) * 3);
    white-space: nowrap;
    cursor: pointer;
    user-select: none;
    -webkit-tap-highlight-color: transparent;
    color: var(--_text);
  }
  [role='option']:hover {
    background: var(--_raised);
  }
  [role='option'].active {
    background: var(--_info-bg);
  }
  [role='option'].active::before {
    content: '';
    position: absolute;
    inset-block: 4px;
    inset-inline-start: 0;
    inline-size: 3px;
    border-radius: 2px;
    background: var(--_accent);
  }
  [role='option'][aria-selected='true'] {
    font-weight: 600;
  }

  .check {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 18px;
    block-size: 18px;
    color: var(--_accent);
  }
  .check svg {
    inline-size: 16px;
    block-size: 16px;
  }

  .name {
    flex: 1;
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  mark {
    background: color-mix(in srgb, var(--_accent) 20%, transparent);
    color: inherit;
    font-weight: 700;
    border-radius: 2px;
  }

  .empty {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    margin: 0;
    padding: calc(var(--_space) * 3);
    overflow-wrap: anywhere;
  }
  .empty strong {
    font-weight: 600;
  }

  .no-teams {
    display: flex;
    gap: calc(var(--_space) * 2);
    align-items: flex-start;
    margin: 0;
    padding: calc(var(--_space) * 3);
    border-radius: var(--_radius-control);
    background: var(--_warning-bg);
    color: var(--_warning);
  }
  .no-teams svg {
    flex: none;
    inline-size: 20px;
    block-size: 20px;
    margin-block-start: 1px;
  }

  .error {
    flex-wrap: wrap;
  }
  .error .message {
    flex: 1 1 12rem;
    min-inline-size: 0;
  }
  .error .tracking {
    flex-basis: 100%;
    padding-inline-start: calc(var(--_space) * 4);
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    [role='option'].active {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    [role='option'].active .check {
      color: HighlightText;
    }
    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
    .popup {
      border-color: CanvasText;
    }
  }

  @media (pointer: coarse) {
    .icon-button {
      inline-size: 40px;
      block-size: 40px;
    }
    input[role='combobox'] {
      padding-inline-end: calc(var(--_space) * 22);
    }
  }
`;
