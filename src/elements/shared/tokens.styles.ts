import { css, unsafeCSS } from 'lit';

/**
 * The dark palette, used by `prefers-color-scheme: dark` and by `color-scheme="dark"`. A declaration
 * list, not a style sheet, so a plain constant (the build minifies `css` literals as style sheets).
 */
const dark = unsafeCSS(`
  color-scheme: dark;
  --_text: var(--agent-login-color-text, #e8eaed);
  --_muted: var(--agent-login-color-text-muted, #aab1bc);
  --_surface: var(--agent-login-color-surface, #1c1f24);
  --_raised: var(--agent-login-color-surface-raised, #262a31);
  --_border: var(--agent-login-color-border, #8b93a0);
  --_divider: var(--agent-login-color-divider, #3a404a);
  --_accent: var(--agent-login-color-accent, #6aa9f5);
  --_accent-hover: var(--agent-login-color-accent-hover, #8dbdf8);
  --_on-accent: var(--agent-login-color-on-accent, #0b1726);
  --_danger: var(--agent-login-color-danger, #ffb4ab);
  --_danger-bg: var(--agent-login-color-danger-bg, #3b1714);
  --_warning: var(--agent-login-color-warning, #ffcf7a);
  --_warning-bg: var(--agent-login-color-warning-bg, #362708);
  --_success: var(--agent-login-color-success, #8fd6a0);
  --_success-bg: var(--agent-login-color-success-bg, #11301a);
  --_info: var(--agent-login-color-info, #9cc6f9);
  --_info-bg: var(--agent-login-color-info-bg, #13263d);
  --_focus: var(--agent-login-color-focus, #8dbdf8);
`);

/**
 * Design tokens shared by every element. Hosts theme with the public `--agent-login-*` custom
 * properties (they inherit through shadow roots); elements read the private `--_*` copies.
 * Light by default, dark with `prefers-color-scheme`, forced with `color-scheme="light|dark"` on
 * the element or any ancestor element that sets the public properties.
 */
export const tokens = css`
  :host {
    /* Native parts (checkboxes, radios, drop-down lists, scrollbars) follow the palette. */
    color-scheme: light;
    --_font: var(--agent-login-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_font-size: var(--agent-login-font-size, 0.9375rem);
    --_line: 1.45;
    --_text: var(--agent-login-color-text, #1b1d21);
    --_muted: var(--agent-login-color-text-muted, #545b66);
    --_surface: var(--agent-login-color-surface, #ffffff);
    --_raised: var(--agent-login-color-surface-raised, #f4f6f9);
    --_border: var(--agent-login-color-border, #7c8491);
    --_divider: var(--agent-login-color-divider, #dde1e7);
    --_accent: var(--agent-login-color-accent, #0a5fc2);
    --_accent-hover: var(--agent-login-color-accent-hover, #084d9e);
    --_on-accent: var(--agent-login-color-on-accent, #ffffff);
    --_danger: var(--agent-login-color-danger, #b3261e);
    --_danger-bg: var(--agent-login-color-danger-bg, #fdecea);
    --_warning: var(--agent-login-color-warning, #7a4b00);
    --_warning-bg: var(--agent-login-color-warning-bg, #fff4dc);
    --_success: var(--agent-login-color-success, #17692f);
    --_success-bg: var(--agent-login-color-success-bg, #e7f5ea);
    --_info: var(--agent-login-color-info, #0a5fc2);
    --_info-bg: var(--agent-login-color-info-bg, #e8f1fc);
    --_focus: var(--agent-login-color-focus, #0a5fc2);
    --_radius: var(--agent-login-radius, 10px);
    --_radius-control: var(--agent-login-radius-control, 6px);
    --_space: var(--agent-login-space, 4px);
    --_control-height: var(--agent-login-control-height, 2.5rem);
    --_shadow: var(--agent-login-shadow, 0 1px 2px rgb(16 24 40 / 0.06), 0 4px 16px rgb(16 24 40 / 0.08));
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: var(--_line);
    color: var(--_text);
    -webkit-font-smoothing: antialiased;
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([color-scheme='light'])) {
      ${dark}
    }
  }

  :host([color-scheme='dark']) {
    ${dark}
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
`;

/**
 * Form controls shared by every element: fields, inputs, selects, buttons, checkboxes, messages.
 * Logical properties only (right-to-left ready); 24×24 px minimum targets; visible focus.
 */
export const controls = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1.5);
    margin-block-end: calc(var(--_space) * 4);
    min-inline-size: 0;
  }
  label,
  .label {
    font-weight: 600;
    color: var(--_text);
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
    margin: 0;
  }
  input[type='text'],
  input[type='email'],
  input[type='password'],
  input[type='tel'],
  input[type='search'],
  input:not([type]),
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-control);
    min-block-size: var(--_control-height);
    padding-block: calc(var(--_space) * 2);
    padding-inline: calc(var(--_space) * 3);
    inline-size: 100%;
    min-inline-size: 0;
    transition: border-color 120ms ease, box-shadow 120ms ease;
  }
  input::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  input[readonly] {
    background: var(--_raised);
  }
  input:focus-visible,
  select:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
    border-color: var(--_focus);
  }
  :is(input, select)[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .error {
    display: flex;
    gap: calc(var(--_space) * 1.5);
    align-items: flex-start;
    color: var(--_danger);
    font-size: 0.875em;
    margin: 0;
  }
  .error::before {
    content: '⚠' / '';
    font-weight: 700;
  }
  button {
    font: inherit;
    cursor: pointer;
    min-block-size: 24px;
    min-inline-size: 24px;
  }
  button:focus-visible,
  input[type='checkbox']:focus-visible,
  input[type='radio']:focus-visible,
  a:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 2);
    min-block-size: var(--_control-height);
    padding-inline: calc(var(--_space) * 4);
    border-radius: var(--_radius-control);
    border: 1px solid transparent;
    font-weight: 600;
    transition: background-color 120ms ease;
  }
  .button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .button.primary:hover:not(:disabled) {
    background: var(--_accent-hover);
  }
  .button.secondary {
    background: transparent;
    color: var(--_accent);
    border-color: var(--_border);
  }
  .button.link {
    background: none;
    border: none;
    color: var(--_accent);
    padding-inline: calc(var(--_space) * 1);
    text-decoration: underline;
    text-underline-offset: 2px;
    font-weight: 500;
  }
  .button:disabled,
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.55;
  }
  .check {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    font-weight: 400;
    min-block-size: 24px;
  }
  .check input {
    inline-size: 18px;
    block-size: 18px;
    margin: 0;
    accent-color: var(--_accent);
  }
  .visually-hidden {
    position: absolute !important;
    /* !important: field rules such as input[type='email'] { inline-size: 100% } outrank a class. */
    inline-size: 1px !important;
    block-size: 1px !important;
    min-block-size: 0 !important;
    padding: 0 !important;
    border: 0 !important;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .ltr {
    direction: ltr;
    unicode-bidi: isolate;
  }
  @media (forced-colors: active) {
    /* Text in a system colour: the forced palette shows it anyway, and tools that read the text
       colour (axe reads -webkit-text-fill-color, which forced colours leave alone) see it too. */
    .button.primary {
      color: ButtonText;
      border-color: ButtonText;
    }
    .error::before {
      forced-color-adjust: auto;
    }
    /* Opacity alone would leave a disabled button looking enabled in a forced palette. */
    .button:disabled,
    .button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
      opacity: 1;
    }
  }
`;
