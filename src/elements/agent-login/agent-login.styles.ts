import { css, unsafeCSS } from 'lit';
import { controls } from '../shared/tokens.styles.js';

/** Shadow styles of `<agent-login>`: the card, the non-credential steps, the signed-in view. */
export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    min-inline-size: 0;
  }
  .card {
    position: relative;
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    --_pad: var(--agent-login-padding, calc(var(--_space) * 6));
    padding: var(--_pad);
    /* --_bar: the room a scrollbar takes, measured (agent-login.ts): the card's own comes out of its
       end padding, so every row keeps the same space at both ends. */
    padding-inline-end: max(0px, var(--_pad) - var(--_bar, 0px));
    /* The card scrolls up and down only, whatever a theme does to its padding. */
    overflow-x: hidden;
    /* Zero layout shift (issue #10): the card keeps one size whatever the step or the messages, so
       nothing of the host page moves. The step scrolls inside it when taller; the messages take
       their room from the step's box, below it, so nothing above them moves either. The step keeps
       at least 10rem (or half the card): more messages than fit the rest scroll the card itself. */
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    block-size: var(--agent-login-height, 38rem);
    min-block-size: var(--agent-login-min-height, 22rem);
    overflow-wrap: anywhere;
    overflow-y: auto;
    overscroll-behavior: contain;
    /* Reserved from the start, like the step's: the card's scrollbar appears with a message that
       does not fit, and must not narrow the step then (in a right-to-left card it stands where every
       row starts, so every row would move). */
    scrollbar-gutter: stable;
    scrollbar-width: thin;
  }
  /* Always shows a scrollbar, to measure it: out of sight and out of the way. */
  .bar-probe {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    inline-size: 40px;
    block-size: 1px;
    overflow-y: scroll;
    scrollbar-width: thin;
    visibility: hidden;
    pointer-events: none;
  }
  .step {
    flex: 1 1 auto;
    min-block-size: min(10rem, 50%);
    overflow-y: auto;
    overscroll-behavior: contain;
    /* Reserved even when nothing overflows: a scrollbar appearing later would narrow the step and
       reflow (shift) everything in it. */
    scrollbar-gutter: stable;
    scrollbar-width: thin;
    /* Room for focus rings (2px + 2px offset), which the scroll box would clip. */
    padding: 4px;
    margin: -4px;
    /* The step's focus-ring room and scrollbar room reach into the card's end padding, as far as it goes. */
    margin-inline-end: calc(-1 * min(4px + var(--_bar, 0px), max(0px, var(--_pad) - var(--_bar, 0px))));
  }
  /* Boxless, so each message is a row of the card: a message arriving above the others or one
     leaving moves no box that was already drawn (the moved messages glide by a transform). */
  .card > session-banner {
    display: contents;
    --session-banner-lead: calc(var(--_space) * 4);
  }
  @container (max-width: 360px) {
    .card {
      --_pad: var(--agent-login-padding, calc(var(--_space) * 4));
    }
  }
  .brand {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    margin-block-end: calc(var(--_space) * 5);
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 600;
    letter-spacing: 0.01em;
  }
  .brand svg {
    inline-size: 22px;
    block-size: 22px;
    color: var(--_accent);
    flex: none;
  }
  h2 {
    font-size: 1.375em;
    line-height: 1.25;
    margin: 0 0 calc(var(--_space) * 1);
    font-weight: 650;
    outline: none;
  }
  .subtitle {
    color: var(--_muted);
    margin: 0 0 calc(var(--_space) * 5);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 3);
    align-items: center;
    margin-block-start: calc(var(--_space) * 5);
  }
  .actions .primary {
    flex: 1 1 auto;
  }
  .box {
    border-radius: var(--_radius-control);
    padding: calc(var(--_space) * 3);
    margin: 0 0 calc(var(--_space) * 4);
    display: flex;
    gap: calc(var(--_space) * 2);
    align-items: flex-start;
  }
  .box.error {
    background: var(--_danger-bg);
    color: var(--_danger);
    font-size: 1em;
  }
  .box.warning {
    background: var(--_warning-bg);
    color: var(--_warning);
  }
  .box.success {
    background: var(--_success-bg);
    color: var(--_success);
  }
  .box.info {
    background: var(--_info-bg);
    color: var(--_info);
  }
  /* The kind of message shows as a symbol too, not only as a colour. */
  .box::before {
    content: 'ℹ' / '';
    font-weight: 700;
    flex: none;
  }
  .box.error::before,
  .box.warning::before {
    content: '⚠' / '';
  }
  .box.success::before {
    content: '✓' / '';
  }
  .box p {
    margin: 0;
  }
  .box .tracking {
    display: block;
    margin-block-start: calc(var(--_space) * 1);
    font-size: 0.875em;
  }
  code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
  .spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
    flex: none;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  .center {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 3);
    min-block-size: 14rem;
    color: var(--_muted);
    text-align: center;
  }
  .center .spinner {
    inline-size: 2rem;
    block-size: 2rem;
    color: var(--_accent);
  }
  .provider {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 3);
    padding: calc(var(--_space) * 3);
    border: 1px solid var(--_divider);
    border-radius: var(--_radius-control);
    margin-block-end: calc(var(--_space) * 3);
  }
  .provider .name {
    flex: 1 1 10rem;
    font-weight: 600;
  }
  /* On a row of their own, at least a button high: Connect and Skip turn into "Connecting…"
     and back without changing the step's height (issue #10). */
  .provider-actions {
    flex: 1 1 100%;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 3);
    min-block-size: var(--_control-height);
  }
  .status {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .status.failed {
    color: var(--_warning);
  }
  .status.connected {
    color: var(--_success);
  }
  .who {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 3);
    margin-block-end: calc(var(--_space) * 5);
  }
  .avatar {
    inline-size: 2.75rem;
    block-size: 2.75rem;
    border-radius: 50%;
    display: grid;
    place-items: center;
    background: var(--_info-bg);
    color: var(--_info);
    font-weight: 700;
    flex: none;
  }
  .who .name {
    font-weight: 650;
    font-size: 1.0625em;
  }
  .who .email {
    color: var(--_muted);
    font-size: 0.875em;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(6rem, max-content) 1fr;
    gap: calc(var(--_space) * 2) calc(var(--_space) * 4);
    margin: 0 0 calc(var(--_space) * 5);
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    font-weight: 600;
    min-inline-size: 0;
  }
  /* A number moves to the next line whole (still breaks when wider than the line: 200 % text at 320 px). */
  dd [dir='ltr'] {
    display: inline-block;
  }
  @container (max-width: 340px) {
    dl {
      grid-template-columns: 1fr;
      gap: 0;
    }
    dd {
      margin-block-end: calc(var(--_space) * 2);
    }
  }
  fieldset {
    border: 1px solid var(--_divider);
    border-radius: var(--_radius-control);
    margin: 0 0 calc(var(--_space) * 4);
    padding: calc(var(--_space) * 3);
  }
  legend {
    font-weight: 600;
    padding-inline: calc(var(--_space) * 1);
  }
  .signed-in-badge {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 1.5);
    color: var(--_success);
    font-weight: 600;
    font-size: 0.875em;
  }
  .signed-in-badge::before {
    content: '';
    inline-size: 0.5rem;
    block-size: 0.5rem;
    border-radius: 50%;
    background: currentColor;
  }
  interaction-preferences {
    display: block;
    margin-block-end: calc(var(--_space) * 4);
  }
  /* The Desktop option's microphone notice fills in once the browser answers the permission query,
     after the step is shown: its usual size (a status of up to two lines and the Allow button) is
     reserved, so the fields under it do not shift when it arrives. */
  interaction-preferences::part(microphone) {
    min-block-size: calc(2lh + 2rem + var(--_space) * 2);
  }
  .team-field {
    margin-block-end: calc(var(--_space) * 4);
  }
`;

/**
 * Styles of the credential forms, which live in the light DOM (so browsers and password managers
 * can fill them). Adopted into the document (or the enclosing shadow root) as a constructable
 * stylesheet (CSP-safe), and scoped by nesting under the container so they cannot leak into the host page.
 */
export const lightStyles = css`
  agent-login > [data-agent-login-credentials] {
    ${unsafeCSS(controls.cssText)}
    display: block;
    color: var(--_text);
    font: inherit;

    h2 {
      font-size: 1.375em;
      line-height: 1.25;
      margin: 0 0 calc(var(--_space) * 1);
      font-weight: 650;
      outline: none;
      color: var(--_text);
    }
    .al-subtitle {
      color: var(--_muted);
      margin: 0 0 calc(var(--_space) * 5);
    }
    form {
      margin: 0;
    }
    .al-identity {
      display: flex;
      align-items: center;
      gap: calc(var(--_space) * 2);
      padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
      padding-inline-start: calc(var(--_space) * 3);
      border: 1px solid var(--_divider);
      border-radius: 999px;
      margin-block-end: calc(var(--_space) * 5);
      max-inline-size: 100%;
    }
    /* A long address wraps rather than hiding behind an ellipsis (narrow screens, large text). */
    .al-identity span {
      flex: 1 1 auto;
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
    .al-identity .button {
      flex: none;
      overflow-wrap: normal;
    }
    /* The message beside its symbol; the tracking ID on a line of its own below. */
    .error {
      flex-wrap: wrap;
    }
    .error .al-message {
      flex: 1 1 0;
      min-inline-size: 0;
    }
    .error .al-tracking {
      flex-basis: 100%;
      margin-block-start: 0;
    }
    .al-password {
      position: relative;
      display: flex;
    }
    .al-password input {
      padding-inline-end: 4.75rem;
    }
    .al-password .al-toggle {
      position: absolute;
      inset-inline-end: 4px;
      inset-block: 4px;
      border: none;
      background: transparent;
      color: var(--_accent);
      border-radius: calc(var(--_radius-control) - 2px);
      padding-inline: calc(var(--_space) * 2);
      font-weight: 600;
      font-size: 0.875em;
    }
    .al-actions {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 3);
      align-items: center;
      justify-content: space-between;
      margin-block-start: calc(var(--_space) * 5);
    }
    .al-actions .primary {
      flex: 1 1 100%;
    }
    .al-box {
      border-radius: var(--_radius-control);
      padding: calc(var(--_space) * 3);
      margin: 0 0 calc(var(--_space) * 4);
    }
    .al-box {
      display: flex;
      gap: calc(var(--_space) * 2);
      align-items: flex-start;
    }
    /* The kind of message shows as a symbol too, not only as a colour. */
    .al-box::before {
      content: 'ℹ' / '';
      font-weight: 700;
      flex: none;
    }
    .al-box.al-error::before {
      content: '⚠' / '';
    }
    .al-box.al-success::before {
      content: '✓' / '';
    }
    .al-box p {
      margin: 0;
    }
    .al-box.al-error {
      background: var(--_danger-bg);
      color: var(--_danger);
    }
    .al-box.al-success {
      background: var(--_success-bg);
      color: var(--_success);
    }
    .al-box.al-info {
      background: var(--_info-bg);
      color: var(--_info);
    }
    .al-tracking {
      display: block;
      margin-block-start: calc(var(--_space) * 1);
      font-size: 0.875em;
    }
    .al-code {
      font-size: 1.25em;
      letter-spacing: 0.3em;
      font-variant-numeric: tabular-nums;
    }
    .al-spinner {
      inline-size: 1em;
      block-size: 1em;
      border: 2px solid currentColor;
      border-inline-end-color: transparent;
      border-radius: 50%;
      animation: al-spin 0.8s linear infinite;
    }
    kbd {
      font: inherit;
      font-size: 0.85em;
      border: 1px solid var(--_divider);
      border-block-end-width: 2px;
      border-radius: 4px;
      padding: 0 0.35em;
    }
  }
  /* The shadow root's reduced-motion rule (tokens) does not reach the light DOM. */
  @media (prefers-reduced-motion: reduce) {
    agent-login > [data-agent-login-credentials] :is(*, *::before, *::after) {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
  @keyframes al-spin {
    to {
      transform: rotate(360deg);
    }
  }
`;
