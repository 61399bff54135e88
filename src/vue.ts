/**
 * Vue 3 template types (`agent-login-elements/vue`, types only): declares the four elements as
 * global components, so `vue-tsc` checks their props and `@agent-…` listeners in templates.
 *
 * ```ts
 * import type {} from 'agent-login-elements/vue'; // once, e.g. in env.d.ts
 * ```
 *
 * Vue still has to be told they are custom elements, not Vue components:
 * `vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.includes('-') } } })`.
 * Vue sets a binding as a property when the element has one, so bind objects and arrays by their
 * property names (`:service="svc"`, `:loginOptions="['BROWSER']"`); `@agent-signed-in="…"` receives
 * a typed `SignedInEvent`.
 */
import type { DefineComponent } from 'vue';
import type { AgentLoginElements, ElementProperties } from './hosts/element-types.js';

type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;

/** `@agent-signed-in` in a template is the `onAgentSignedIn` prop. */
export type VueEventProps<M> = { [K in keyof M as `on${Capitalize<CamelCase<K & string>>}`]?: (event: M[K]) => void };

/** The props a template may bind on one of the four tags. */
export type VueElementProps<T extends keyof AgentLoginElements> = ElementProperties<AgentLoginElements[T]['element']> &
  Omit<AgentLoginElements[T]['attributes'], `${string}-${string}` | keyof AgentLoginElements[T]['element']> &
  VueEventProps<AgentLoginElements[T]['events']>;

declare module 'vue' {
  interface GlobalComponents {
    'agent-login': DefineComponent<VueElementProps<'agent-login'>>;
    'interaction-preferences': DefineComponent<VueElementProps<'interaction-preferences'>>;
    'team-picker': DefineComponent<VueElementProps<'team-picker'>>;
    'session-banner': DefineComponent<VueElementProps<'session-banner'>>;
  }
}
