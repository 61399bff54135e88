/**
 * `@customElement` that tolerates a second definition. Host pages (CRMs with several
 * integrations) sometimes load our bundle twice, from two URLs; `customElements.define` would then
 * throw "already defined" and break the page. The first definition is kept and a warning says why.
 * Named like Lit's decorator so the manifest analyzer still records the tag name.
 */
export function customElement(tagName: string) {
  return (constructor: CustomElementConstructor): void => {
    const existing = customElements.get(tagName);
    if (!existing) {
      customElements.define(tagName, constructor);
    } else if (existing !== constructor) {
      console.warn(`<${tagName}> is already defined (was the agent-login bundle loaded twice?): keeping the first definition.`);
    }
  };
}
