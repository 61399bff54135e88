/**
 * JSX types for React 19 (`agent-login-elements/jsx`, types only): `<agent-login>`,
 * `<interaction-preferences>`, `<team-picker>` and `<session-banner>` in `React.JSX.IntrinsicElements`.
 *
 * ```ts
 * import type {} from 'agent-login-elements/jsx'; // once, anywhere in the app
 * ```
 *
 * React 19 sets a prop as a property when the element has one (`service`, `teams`, `busy`, …),
 * else as an attribute (`color-scheme`, `login-options`, …), and adds an `on<event-name>` prop as an
 * event listener, so `<agent-login onagent-signed-in={(e) => …}>` receives a typed `SignedInEvent`.
 * Prefer the `agent-login-elements/react` components for React 18 or camelCase event props.
 */
import type * as React from 'react';
import type { AgentLoginElements, ElementProperties } from './hosts/element-types.js';

/** `on` followed by the exact event name, as React 19 expects for custom elements. */
export type JsxEventProps<M> = { [K in keyof M as `on${K & string}`]?: (event: M[K]) => void };

/** The props JSX accepts on one of the four tags. */
export type JsxElementProps<T extends keyof AgentLoginElements> = Omit<
  React.DetailedHTMLProps<React.HTMLAttributes<AgentLoginElements[T]['element']>, AgentLoginElements[T]['element']>,
  keyof ElementProperties<AgentLoginElements[T]['element']>
> &
  ElementProperties<AgentLoginElements[T]['element']> &
  Omit<AgentLoginElements[T]['attributes'], keyof AgentLoginElements[T]['element']> &
  JsxEventProps<AgentLoginElements[T]['events']>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'agent-login': JsxElementProps<'agent-login'>;
      'interaction-preferences': JsxElementProps<'interaction-preferences'>;
      'team-picker': JsxElementProps<'team-picker'>;
      'session-banner': JsxElementProps<'session-banner'>;
    }
  }
}
