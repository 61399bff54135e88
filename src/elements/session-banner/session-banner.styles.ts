import { css } from 'lit';

/**
 * `<session-banner>`: a stack of messages, most severe first. Each banner has a severity stripe at
 * the inline start, an icon, the text, its actions and (when dismissible) a close button.
 *
 * Zero layout shift (issue #10): the wrappers (the region, the alert and status live regions) draw no
 * box of their own (`display: contents`), so only the messages themselves have a place on the page;
 * inside `<agent-login>` the host is boxless too and each message is a row of the card. A message
 * that moves because another arrived or left glides there by a transform (shared/reflow.ts).
 */
export const styles = css`
  :host {
    /* Its own formatting context: the first message's lead margin stays inside the host instead of
       collapsing through it (inside <agent-login> the host is boxless and the card holds it). */
    display: flow-root;
    --_gap: var(--session-banner-gap, calc(var(--_space) * 2));
    --_pad: var(--session-banner-padding, calc(var(--_space) * 3));
    --_banner-radius: var(--session-banner-radius, var(--_radius-control));
    --_stripe: var(--session-banner-accent-width, 4px);
  }

  .base,
  .stack {
    display: contents;
  }

  .banner {
    --_tone: var(--_info);
    --_tone-bg: var(--_info-bg);
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    align-items: start;
    column-gap: calc(var(--_space) * 2.5);
    padding: var(--_pad);
    padding-inline-start: calc(var(--_pad) + var(--_stripe) - 1px);
    border: 1px solid color-mix(in srgb, var(--_tone) 35%, transparent);
    border-inline-start: var(--_stripe) solid var(--_tone);
    border-radius: var(--_banner-radius);
    background: var(--_tone-bg);
    color: var(--_text);
    overflow-wrap: anywhere;
    flex: none;
    margin-block-start: var(--_gap);
  }
  .alerts > .banner:first-child,
  .alerts:not(.filled) + .statuses > .banner:first-child {
    margin-block-start: var(--session-banner-lead, 0px);
  }
  .banner:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .banner.is-error {
    --_tone: var(--_danger);
    --_tone-bg: var(--_danger-bg);
  }
  .banner.is-warning {
    --_tone: var(--_warning);
    --_tone-bg: var(--_warning-bg);
  }
  .banner.is-success {
    --_tone: var(--_success);
    --_tone-bg: var(--_success-bg);
  }

  .icon {
    display: flex;
    color: var(--_tone);
    padding-block-start: 0.1em;
  }
  .icon svg {
    inline-size: 1.25em;
    block-size: 1.25em;
  }

  .body {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1.5);
    min-inline-size: 0;
  }
  .message,
  .detail {
    margin: 0;
  }
  .title {
    display: block;
    font-weight: 650;
  }
  .detail {
    color: var(--_text);
  }

  .features {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 1.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .features-label {
    font-weight: 600;
  }
  .features li {
    padding-block: 1px;
    padding-inline: calc(var(--_space) * 2);
    border-radius: 999px;
    border: 1px solid color-mix(in srgb, var(--_tone) 45%, transparent);
    background: var(--_surface);
    font-size: 0.875em;
  }

  .tracking {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: calc(var(--_space) * 1.5);
    margin: 0;
    font-size: 0.875em;
  }
  .tracking-label {
    font-weight: 600;
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace;
    font-size: 0.95em;
    padding-block: 1px;
    padding-inline: calc(var(--_space) * 1.5);
    border-radius: 4px;
    background: var(--_surface);
    border: 1px solid var(--_divider);
    user-select: all;
    word-break: break-all;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    margin-block-start: calc(var(--_space) * 0.5);
  }
  .actions:empty {
    display: none;
  }
  .actions .button {
    min-block-size: 2.25rem;
    padding-inline: calc(var(--_space) * 3.5);
  }
  .actions .button.secondary {
    background: var(--_surface);
  }
  .actions svg {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
  }

  .dismiss {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: 2rem;
    block-size: 2rem;
    margin-block: calc(var(--_space) * -1);
    margin-inline-end: calc(var(--_space) * -1);
    padding: 0;
    border: none;
    border-radius: var(--_radius-control);
    background: transparent;
    color: var(--_muted);
  }
  .dismiss:hover {
    background: color-mix(in srgb, var(--_tone) 12%, transparent);
    color: var(--_text);
  }
  .dismiss svg {
    inline-size: 1.1em;
    block-size: 1.1em;
  }

  @media (forced-colors: active) {
    .banner {
      border-color: CanvasText;
    }
    .icon {
      color: CanvasText;
    }
    .dismiss {
      border: 1px solid ButtonText;
    }
  }
`;
