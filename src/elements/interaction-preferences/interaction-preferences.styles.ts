import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    min-inline-size: 0;
  }
  :host([hidden]) {
    display: none;
  }

  .options {
    border: none;
    margin: 0 0 calc(var(--_space) * 4);
    padding: 0;
    min-inline-size: 0;
  }
  .options legend {
    font-weight: 600;
    padding: 0;
    margin-block-end: calc(var(--_space) * 2);
  }
  .choices {
    display: grid;
    gap: var(--interaction-preferences-gap, calc(var(--_space) * 2));
  }
  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: start;
    column-gap: calc(var(--_space) * 3);
    row-gap: calc(var(--_space) * 0.5);
    padding-block: calc(var(--_space) * 2.5);
    padding-inline: calc(var(--_space) * 3);
    border: 1px solid var(--_divider);
    border-radius: var(--_radius-control);
    background: var(--_surface);
    cursor: pointer;
    font-weight: 400;
    transition: border-color 120ms ease, background-color 120ms ease;
  }
  .choice:hover {
    border-color: var(--_border);
  }
  .choice:has(input:checked) {
    border-color: var(--_accent);
    background: var(--_info-bg);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .choice:has(input:disabled) {
    cursor: not-allowed;
    opacity: 0.7;
  }
  .choice input {
    grid-row: span 2;
    inline-size: 18px;
    block-size: 18px;
    margin: 0;
    margin-block-start: 2px;
    accent-color: var(--_accent);
  }
  .choice-label {
    font-weight: 600;
  }
  .choice-hint {
    grid-column: 2;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .panel {
    display: flex;
    flex-direction: column;
  }
  .check {
    margin-block-end: calc(var(--_space) * 3);
  }
  .country-search {
    margin-block-end: calc(var(--_space) * 1.5);
  }
  /* A national number and its calling code read left to right in every language. */
  .tel {
    direction: ltr;
    display: flex;
    align-items: stretch;
    min-inline-size: 0;
  }
  .tel .prefix {
    display: inline-flex;
    align-items: center;
    padding-inline: calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-inline-end: none;
    border-start-start-radius: var(--_radius-control);
    border-end-start-radius: var(--_radius-control);
    background: var(--_raised);
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .tel .prefix + input {
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }
  input[type='tel'] {
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.01em;
  }
  /* Numbers read left to right in every language, typed or picked from a list (in a right-to-left
     run, "+1 415 555 0123" would show its groups in reverse); the placeholder follows. */
  input[type='tel'],
  input[inputmode='numeric'],
  select#dn,
  select#ext {
    direction: ltr;
    text-align: start;
  }
  [dir='rtl'] input[type='tel'],
  [dir='rtl'] input[inputmode='numeric'],
  [dir='rtl'] select#dn,
  [dir='rtl'] select#ext {
    text-align: end;
  }

  .status {
    margin: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .status.ok {
    color: var(--_success);
  }
  .status.busy::before {
    content: '';
    display: inline-block;
    inline-size: 0.8em;
    block-size: 0.8em;
    margin-inline-end: calc(var(--_space) * 1.5);
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    vertical-align: -0.1em;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  .error .tracking {
    display: block;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }

  .note {
    margin: 0;
    padding: calc(var(--_space) * 3);
    border-radius: var(--_radius-control);
    background: var(--_raised);
    color: var(--_text);
  }
  .notice {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 3);
    border: 1px solid var(--_warning);
    border-inline-start-width: 4px;
    border-radius: var(--_radius-control);
    background: var(--_warning-bg);
    color: var(--_text);
  }
  .notice p {
    margin: 0;
  }
  .notice .title {
    font-weight: 600;
    color: var(--_warning);
  }
  .notice .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
  }
  .mic {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--_space) * 2);
  }
  .button.secondary {
    min-block-size: 2rem;
  }

  @media (forced-colors: active) {
    .choice:has(input:checked) {
      border: 2px solid Highlight;
    }
    .notice {
      border-color: CanvasText;
    }
  }
`;
